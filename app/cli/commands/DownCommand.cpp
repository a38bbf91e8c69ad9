// SPDX-License-Identifier: GPL-3.0-or-later
#include "DownCommand.h"

#include "CliSession.h"
#include "session/ServerSession.h"
#include "ssh/SshConnection.h"

#include <QCommandLineParser>

namespace RayDeck {

void DownCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Stop what RayDeck started on a server. Without options nothing is stopped."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Server profile"));
    const QCommandLineOption stopRay(QStringLiteral("stop-ray"), tr("Run ray stop in the container."));
    const QCommandLineOption stopContainer(QStringLiteral("stop-container"), tr("Run docker stop on the container."));
    const QCommandLineOption acceptNew = acceptNewHostKeyOption();
    parser.addOptions({stopRay, stopContainer, acceptNew});
    if (!parseOrFinish(parser, QStringLiteral("down"), arguments))
        return;
    if (parser.positionalArguments().size() != 1)
        return finishWithUsageError(QStringLiteral("down"), tr("expected exactly one server name"));
    auto *session = new CliSession(this);
    if (Result<void> opened = session->open(parser.positionalArguments().first(), parser.isSet(acceptNew)); !opened)
        return finishWithError(opened.error());
    const DownOptions options{parser.isSet(stopRay), parser.isSet(stopContainer)};
    if (!options.stopRay && !options.stopContainer) {
        out() << tr("Nothing to stop: give --stop-ray and/or --stop-container.") << Qt::endl;
        return finishLater(Success);
    }
    ServerSession *server = session->session();
    connect(server, &ServerSession::downFinished, this, [this, options](const Result<void> &result) {
        if (!result)
            return finishWithError(result.error());
        if (options.stopRay)
            out() << tr("Ray stopped.") << Qt::endl;
        if (options.stopContainer)
            out() << tr("Container stopped.") << Qt::endl;
        finishLater(Success);
    });
    server->connectOnly();
    connect(server->connection(), &SshConnection::failed, this, [this](const Error &error) { finishWithError(error); });
    connect(server->connection(), &SshConnection::connected, this, [server, options] { server->down(options); },
            Qt::SingleShotConnection);
}

} // namespace RayDeck
