// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

namespace RayDeck {

/// `raydeck-cli down NAME [--stop-ray] [--stop-container] [--accept-new-host-key]`
class DownCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    void run(const QStringList &arguments) override;
};

} // namespace RayDeck
