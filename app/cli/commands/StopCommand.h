// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

namespace RayDeck {

/// `raydeck-cli stop ...`: see run() for the exact form.
class StopCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    void run(const QStringList &arguments) override;
};

} // namespace RayDeck
