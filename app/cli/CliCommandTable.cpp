// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommandTable.h"

#include "commands/ClusterCommand.h"
#include "commands/DownCommand.h"
#include "commands/ExecCommand.h"
#include "commands/JobsCommand.h"
#include "commands/LogsCommand.h"
#include "commands/MetricsCommand.h"
#include "commands/StopCommand.h"
#include "commands/SubmitCommand.h"
#include "commands/UpCommand.h"
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
        {QStringLiteral("up"), QCoreApplication::translate("cli", "Connect: container, Ray head, tunnel; print the dashboard URL"),
         factory<UpCommand>()},
        {QStringLiteral("down"), QCoreApplication::translate("cli", "Stop Ray and/or the container on a server"),
         factory<DownCommand>()},
        {QStringLiteral("submit"), QCoreApplication::translate("cli", "Submit a verl PPO run as a Ray job"),
         factory<SubmitCommand>()},
        {QStringLiteral("jobs"), QCoreApplication::translate("cli", "List a server's Ray jobs"), factory<JobsCommand>()},
        {QStringLiteral("logs"), QCoreApplication::translate("cli", "Print or follow a job's log"), factory<LogsCommand>()},
        {QStringLiteral("stop"), QCoreApplication::translate("cli", "Stop a running job"), factory<StopCommand>()},
        {QStringLiteral("metrics"), QCoreApplication::translate("cli", "Training metrics from a job's log, as a table or CSV"),
         factory<MetricsCommand>()},
        {QStringLiteral("cluster"), QCoreApplication::translate("cli", "Ray clusters of several servers: add, up, status, down, list"),
         factory<ClusterCommand>()},
    };
    return table;
}

} // namespace RayDeck
