// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"

#include <QTimer>

#include <cstdio>

namespace RayDeck {

CliCommand::CliCommand(QObject *parent)
    : QObject(parent)
{
}

CliCommand::~CliCommand() = default;

QTextStream &CliCommand::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &CliCommand::err()
{
    static QTextStream stream(stderr);
    return stream;
}

void CliCommand::finishWithError(const Error &error, int exitCode)
{
    err() << "raydeck-cli: " << error.toDisplayString() << Qt::endl;
    finishLater(exitCode);
}

void CliCommand::finishWithUsageError(const QString &command, const QString &message)
{
    err() << "raydeck-cli " << command << ": " << message << Qt::endl
          << "Try 'raydeck-cli " << command << " --help'." << Qt::endl;
    finishLater(UsageError);
}

void CliCommand::finishLater(int exitCode)
{
    out().flush();
    err().flush();
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

} // namespace RayDeck
