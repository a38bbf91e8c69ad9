// SPDX-License-Identifier: GPL-3.0-or-later
#include "TunnelCommand.h"

#include "CliSession.h"
#include "TerminationSignal.h"
#include "session/ServerSession.h"
#include "ssh/LocalForward.h"
#include "ssh/SshConnection.h"

#include <QCommandLineParser>

namespace RayDeck {

// raydeck-cli tunnel NAME [--local-port N] [--remote-host H] [--remote-port N] [--accept-new-host-key]
void TunnelCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Forward a local port on 127.0.0.1 to the server (by default to its Ray dashboard) until interrupted. "
           "Prints http://127.0.0.1:N/ once listening."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Server profile"));
    const QCommandLineOption localPort(QStringLiteral("local-port"), tr("Local port (default: the profile's)."),
                                       QStringLiteral("N"));
    const QCommandLineOption remoteHost(QStringLiteral("remote-host"), tr("Host as seen from the server (default 127.0.0.1)."),
                                        QStringLiteral("H"));
    const QCommandLineOption remotePort(QStringLiteral("remote-port"), tr("Port on the server (default: the dashboard's)."),
                                        QStringLiteral("N"));
    const QCommandLineOption acceptNew(QStringLiteral("accept-new-host-key"),
                                       tr("Trust and save an unknown host key (never a changed one)."));
    parser.addOptions({localPort, remoteHost, remotePort, acceptNew});
    if (!parser.parse(QStringList{QStringLiteral("raydeck-cli tunnel")} + arguments))
        return finishWithUsageError(QStringLiteral("tunnel"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return finishLater(Success);
    }
    if (parser.positionalArguments().size() != 1)
        return finishWithUsageError(QStringLiteral("tunnel"), tr("expected exactly one server name"));
    const auto port = [&](const QCommandLineOption &option, quint16 fallback) -> std::optional<quint16> {
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const uint value = parser.value(option).toUInt(&ok);
        if (!ok || value > 65535)
            return std::nullopt;
        return quint16(value);
    };
    auto *session = new CliSession(this);
    if (Result<void> opened = session->open(parser.positionalArguments().first(), parser.isSet(acceptNew)); !opened)
        return finishWithError(opened.error());
    ForwardSpec spec;
    const std::optional<quint16> local = port(localPort, session->profile().ray.localPort);
    const std::optional<quint16> remote = port(remotePort, session->profile().ray.dashboardPort);
    if (!local || !remote || *remote == 0)
        return finishWithUsageError(QStringLiteral("tunnel"), tr("ports are numbers from 1 to 65535 (0: any free local port)"));
    spec.localPort = *local;
    // An explicit --local-port is a promise to the caller: fail rather than pick another.
    spec.portPolicy = parser.isSet(localPort) ? ForwardSpec::PortPolicy::Exact : ForwardSpec::PortPolicy::NextFree;
    spec.remoteHost = parser.isSet(remoteHost) ? parser.value(remoteHost) : QStringLiteral("127.0.0.1");
    spec.remotePort = *remote;

    ServerSession *server = session->session();
    server->connectOnly();
    LocalForward *forward = server->connection()->forwardLocalPort(spec);
    connect(forward, &LocalForward::listening, this, [](quint16 bound) {
        out() << "http://127.0.0.1:" << bound << "/" << Qt::endl;
    });
    connect(forward, &LocalForward::failed, this, [this](const Error &error) { finishWithError(error); });
    connect(forward, &LocalForward::remoteRefused, this, [](const QString &message) { err() << message << Qt::endl; });
    connect(server->connection(), &SshConnection::stateChanged, this,
            [this](SshConnection::State state, const QString &reason) {
                if (state == SshConnection::State::Reconnecting)
                    err() << tr("Connection lost (%1); reconnecting, the local port stays open.").arg(reason) << Qt::endl;
                else if (state == SshConnection::State::Failed || state == SshConnection::State::NeedsAttention)
                    finishWithError(Error(Error::Code::Ssh, reason));
            });
    auto *termination = new TerminationSignal(this);
    connect(termination, &TerminationSignal::received, this, [this, server] {
        server->connection()->disconnectFromHost();
        finishLater(Success);
    });
}

} // namespace RayDeck
