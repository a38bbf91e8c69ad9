// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommandTable.h"

#include "commands/ExecCommand.h"
#include "commands/ProfilesCommand.h"
#include "commands/SecretCommand.h"
#include "commands/TunnelCommand.h"

#include <QCoreApplication>

namespace RayDeck {

namespace {
template<typename Command>
std::function<std::unique_ptr<CliCommand>()> factory()
{
    return [] { return std::make_unique<Command>(); };
}
} // namespace

const std::vector<CliCommandEntry> &cliCommands()
{
    static const std::vector<CliCommandEntry> table{
        {QStringLiteral("profiles"), QCoreApplication::translate("cli", "List, show, add, remove and import server profiles"),
         factory<ProfilesCommand>()},
        {QStringLiteral("secret"), QCoreApplication::translate("cli", "Store or clear a profile's secret in the OS keychain"),
         factory<SecretCommand>()},
        {QStringLiteral("exec"), QCoreApplication::translate("cli", "Run a command on a server over SSH"),
         factory<ExecCommand>()},
        {QStringLiteral("tunnel"), QCoreApplication::translate("cli", "Forward a local port to the server until interrupted"),
         factory<TunnelCommand>()},
    };
    return table;
}

} // namespace RayDeck
