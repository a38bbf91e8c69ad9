// SPDX-License-Identifier: GPL-3.0-or-later
#include "StopCommand.h"

#include "CliSession.h"
#include "ray/RayJobsClient.h"

#include <QCommandLineParser>

namespace RayDeck {

// raydeck-cli stop NAME ID
void StopCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Stop a running Ray job (SIGTERM, then SIGKILL after a grace period)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Server profile"));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("Submission id"));
    const QCommandLineOption acceptNew(QStringLiteral("accept-new-host-key"),
                                       tr("Trust and save an unknown host key (never a changed one)."));
    parser.addOption(acceptNew);
    if (!parser.parse(QStringList{QStringLiteral("raydeck-cli stop")} + arguments))
        return finishWithUsageError(QStringLiteral("stop"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return finishLater(Success);
    }
    if (parser.positionalArguments().size() != 2)
        return finishWithUsageError(QStringLiteral("stop"), tr("expected a server name and a submission id"));
    auto *session = new CliSession(this);
    if (Result<void> opened = session->open(parser.positionalArguments().first(), parser.isSet(acceptNew)); !opened)
        return finishWithError(opened.error());
    const QString id = parser.positionalArguments().at(1);
    session->attachToRay([this, id](Result<RayJobsClient *> client) {
        if (!client)
            return finishWithError(client.error());
        client.value()->stopJob(id, this, [this, id](Result<bool> stopped) {
            if (!stopped)
                return finishWithError(stopped.error());
            out() << (stopped.value() ? tr("Stopping %1.").arg(id) : tr("%1 was not running.").arg(id)) << Qt::endl;
            finishLater(Success);
        });
    });
}

} // namespace RayDeck
