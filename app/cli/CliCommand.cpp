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

bool CliCommand::parseOrFinish(QCommandLineParser &parser, const QString &verb, const QStringList &arguments)
{
    if (!parser.parse(QStringList{QStringLiteral("raydeck-cli ") + verb} + arguments)) {
        finishWithUsageError(verb, parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        finishLater(Success);
        return false;
    }
    return true;
}

QCommandLineOption CliCommand::acceptNewHostKeyOption()
{
    return QCommandLineOption(QStringLiteral("accept-new-host-key"),
                              tr("Trust and save an unknown host key (never a changed one)."));
}

} // namespace RayDeck
