// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

namespace RayDeck {

/// `raydeck-cli logs ...`: see run() for the exact form.
class LogsCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    void run(const QStringList &arguments) override;
};

} // namespace RayDeck
