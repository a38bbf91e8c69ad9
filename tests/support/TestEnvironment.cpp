// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEnvironment.h"

#include <QDir>
#include <QProcess>

namespace TestEnvironment {

void useConfigRoot(const QTemporaryDir &dir)
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir.path() + QStringLiteral("/config")));
    QDir().mkpath(dir.path() + QStringLiteral("/config"));
}

void usePrivateHome(const QTemporaryDir &dir)
{
    qputenv("HOME", QFile::encodeName(dir.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir.path() + QStringLiteral("/config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.path() + QStringLiteral("/data")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(dir.path() + QStringLiteral("/cache")));
    qputenv("XDG_STATE_HOME", QFile::encodeName(dir.path() + QStringLiteral("/state")));
    qunsetenv("SSH_AUTH_SOCK");
}

QString cliPath()
{
    return QString::fromLocal8Bit(qgetenv("RAYDECK_CLI"));
}

CliRun runCli(const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &environment,
              int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(cliPath(), arguments);
    CliRun run;
    if (!process.waitForStarted(10000)) {
        run.err = QStringLiteral("cannot start raydeck-cli at '%1': %2").arg(cliPath(), process.errorString());
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("raydeck-cli timed out");
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err += QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace TestEnvironment
