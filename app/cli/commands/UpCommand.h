// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

namespace RayDeck {

class CliSession;

/// `raydeck-cli up NAME [--accept-new-host-key] [--attach-only]`: the connect chain, then the tunnel until interrupted.
class UpCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    void run(const QStringList &arguments) override;

private:
    CliSession *m_session = nullptr;
};

} // namespace RayDeck
