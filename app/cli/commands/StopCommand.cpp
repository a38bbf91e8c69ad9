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
    const QCommandLineOption acceptNew = acceptNewHostKeyOption();
    parser.addOption(acceptNew);
    if (!parseOrFinish(parser, QStringLiteral("stop"), arguments))
        return;
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
