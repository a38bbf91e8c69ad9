// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExecCommand.h"

#include "CliSession.h"
#include "TerminationSignal.h"
#include "session/ServerSession.h"
#include "ssh/RemoteProcess.h"
#include "ssh/SshConnection.h"

#include <QCommandLineParser>

#include <cstdio>

namespace RayDeck {

// raydeck-cli exec NAME [--accept-new-host-key] -- CMD...
void ExecCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run a command on a server and exit with its status. Each argument after -- arrives as one literal "
           "argument (unlike ssh, which joins them for the remote shell to split again)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Server profile"));
    parser.addPositionalArgument(QStringLiteral("CMD"), tr("Command and arguments, after --"), QStringLiteral("-- CMD..."));
    const QCommandLineOption acceptNew(QStringLiteral("accept-new-host-key"),
                                       tr("Trust and save an unknown host key (never a changed one)."));
    parser.addOption(acceptNew);
    if (!parser.parse(QStringList{QStringLiteral("raydeck-cli exec")} + arguments))
        return finishWithUsageError(QStringLiteral("exec"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return finishLater(Success);
    }
    QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return finishWithUsageError(QStringLiteral("exec"), tr("expected a server name and a command after --"));
    const QString name = positional.takeFirst();

    auto *session = new CliSession(this);
    if (Result<void> opened = session->open(name, parser.isSet(acceptNew)); !opened)
        return finishWithError(opened.error());
    ServerSession *server = session->session();
    server->connectOnly();
    connect(server->connection(), &SshConnection::failed, this, [this](const Error &error) { finishWithError(error); });
    connect(
        server->connection(), &SshConnection::connected, this,
        [this, server, positional] {
            RemoteProcess *process = server->connection()->execute(positional, ExecOptions{});
            // Relay raw bytes: the remote output may be binary.
            connect(process, &RemoteProcess::standardOutputReady, this, [](const QByteArray &data) {
                out().flush();
                std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
                std::fflush(stdout);
            });
            connect(process, &RemoteProcess::standardErrorReady, this, [](const QByteArray &data) {
                err().flush();
                std::fwrite(data.constData(), 1, size_t(data.size()), stderr);
                std::fflush(stderr);
            });
            connect(process, &RemoteProcess::finished, this, [this, server](int status) {
                server->connection()->disconnectFromHost();
                finishLater(status);
            });
            connect(process, &RemoteProcess::failed, this, [this](const Error &error) { finishWithError(error); });
            auto *termination = new TerminationSignal(this);
            connect(termination, &TerminationSignal::received, process, &RemoteProcess::cancel);
        },
        Qt::SingleShotConnection);
}

} // namespace RayDeck
