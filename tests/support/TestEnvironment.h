// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

/// Helpers shared by tests: private config locations and running the CLI.
namespace TestEnvironment {

/// Points XDG_CONFIG_HOME (and HOME's .ssh) of this process at @p dir, so
/// nothing a test writes lands in the real user's files.
void useConfigRoot(const QTemporaryDir &dir);

/// Makes @p dir this process's HOME and puts every XDG folder (config, data,
/// cache, state) under it, and forgets any ssh-agent: what RayDeck writes and
/// reads as "the user's files" is then only the test's own.
void usePrivateHome(const QTemporaryDir &dir);

/// The path of the built raydeck-cli (from the RAYDECK_CLI variable the test runner sets).
QString cliPath();

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs raydeck-cli with @p arguments, feeding @p input on stdin; waits up to @p timeoutMs.
CliRun runCli(const QStringList &arguments, const QByteArray &input = {},
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
              int timeoutMs = 60000);

} // namespace TestEnvironment
