// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogsCommand.h"

#include "CliSession.h"
#include "TerminationSignal.h"
#include "ray/JobLogFollower.h"
#include "ray/RayJobsClient.h"

#include <QCommandLineParser>

namespace RayDeck {

// raydeck-cli logs NAME ID [--follow]
void LogsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print a job's driver log; with --follow, keep printing until the job ends."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Server profile"));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("Submission id"));
    const QCommandLineOption follow(QStringLiteral("follow"), tr("Follow the live log until the job ends."));
    const QCommandLineOption acceptNew = acceptNewHostKeyOption();
    parser.addOptions({follow, acceptNew});
    if (!parseOrFinish(parser, QStringLiteral("logs"), arguments))
        return;
    if (parser.positionalArguments().size() != 2)
        return finishWithUsageError(QStringLiteral("logs"), tr("expected a server name and a submission id"));
    auto *session = new CliSession(this);
    if (Result<void> opened = session->open(parser.positionalArguments().first(), parser.isSet(acceptNew)); !opened)
        return finishWithError(opened.error());
    const QString id = parser.positionalArguments().at(1);
    const bool following = parser.isSet(follow);
    session->attachToRay([this, id, following](Result<RayJobsClient *> client) {
        if (!client)
            return finishWithError(client.error());
        if (!following) {
            client.value()->fetchLogs(id, this, [this](Result<QString> logs) {
                if (!logs)
                    return finishWithError(logs.error());
                out() << logs.value() << Qt::flush;
                finishLater(Success);
            });
            return;
        }
        auto *follower = new JobLogFollower(client.value(), id, this);
        connect(follower, &JobLogFollower::logReceived, this, [](const QString &text) { out() << text << Qt::flush; });
        connect(follower, &JobLogFollower::reconnecting, this,
                [] { err() << tr("(log stream interrupted; reconnecting)") << Qt::endl; });
        connect(follower, &JobLogFollower::failed, this, [this](const Error &error) { finishWithError(error); });
        connect(follower, &JobLogFollower::finished, this, [this](JobStatus) { finishLater(Success); });
        auto *termination = new TerminationSignal(this);
        connect(termination, &TerminationSignal::received, this, [this] { finishLater(Success); });
        follower->start();
    });
}

} // namespace RayDeck
