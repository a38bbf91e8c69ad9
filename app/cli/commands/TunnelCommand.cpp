// SPDX-License-Identifier: GPL-3.0-or-later
#include "TunnelCommand.h"

#include "SshCommandSession.h"

#include "ssh/LocalForward.h"
#include "ssh/SshConnection.h"

#include <QCommandLineParser>

#include <optional>

namespace RayDeck {

using namespace Qt::StringLiterals;

namespace {

bool parsePort(const QString &text, quint16 *port, bool allowZero)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value > 65535 || (value == 0 && !allowZero))
        return false;
    *port = quint16(value);
    return true;
}

} // namespace

void TunnelCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Forwards a port on this machine's loopback (127.0.0.1 and ::1) to a host and port as seen from the "
           "server of profile NAME, until interrupted. Prints http://127.0.0.1:PORT/ once it works.\n"
           "Example: raydeck-cli tunnel gpu-box --remote-port 6006   # TensorBoard"));
    parser.addHelpOption();
    parser.addPositionalArgument(u"NAME"_s, tr("The server profile."));
    const QCommandLineOption localPortOption(
        u"local-port"_s,
        tr("Local port (0: any free one). Without it the profile's local dashboard port is used, or the next free "
           "one if it is taken."),
        u"N"_s);
    const QCommandLineOption remoteHostOption(
        u"remote-host"_s, tr("Host to reach from the server (default: the profile's dashboard host)."), u"H"_s);
    const QCommandLineOption remotePortOption(
        u"remote-port"_s, tr("Port to reach from the server (default: the profile's dashboard port)."), u"N"_s);
    parser.addOptions({localPortOption, remoteHostOption, remotePortOption, acceptNewHostKeyOption()});
    if (!parseOrFinish(parser, u"tunnel"_s, arguments))
        return;
    if (parser.positionalArguments().size() != 1)
        return finishWithUsageError(u"tunnel"_s, tr("give exactly one profile NAME"));
    const QString name = parser.positionalArguments().constFirst();
    const HostKeyPolicy policy =
        parser.isSet(acceptNewHostKeyOption().names().constFirst()) ? HostKeyPolicy::AcceptNew : HostKeyPolicy::Strict;
    std::optional<quint16> localPort;
    std::optional<quint16> remotePort;
    if (parser.isSet(localPortOption)) {
        quint16 port = 0;
        if (!parsePort(parser.value(localPortOption), &port, true))
            return finishWithUsageError(u"tunnel"_s, tr("--local-port needs a port number from 0 to 65535"));
        localPort = port;
    }
    if (parser.isSet(remotePortOption)) {
        quint16 port = 0;
        if (!parsePort(parser.value(remotePortOption), &port, false))
            return finishWithUsageError(u"tunnel"_s, tr("--remote-port needs a port number from 1 to 65535"));
        remotePort = port;
    }
    const QString remoteHost = parser.value(remoteHostOption).trimmed();
    if (parser.isSet(remoteHostOption) && remoteHost.isEmpty())
        return finishWithUsageError(u"tunnel"_s, tr("--remote-host needs a host name or address"));

    m_session = new SshCommandSession(this);
    if (Result<void> opened = m_session->open(name, policy); !opened)
        return stop(Failure, m_session->describe(opened.error()));
    const ServerProfile &profile = m_session->profile();

    ForwardSpec spec;
    spec.remoteHost = remoteHost.isEmpty() ? profile.ray.dashboardHost : remoteHost;
    spec.remotePort = remotePort.value_or(profile.ray.dashboardPort);
    if (localPort) {
        spec.localPort = *localPort;
        spec.portPolicy = ForwardSpec::PortPolicy::Exact;
    } else {
        spec.localPort = profile.ray.localPort;
        spec.portPolicy = ForwardSpec::PortPolicy::NextFree;
    }

    SshConnection *connection = m_session->connection();
    m_forward = connection->forwardLocalPort(spec);
    connect(m_forward, &LocalForward::listening, this, [this, spec](quint16 port) {
        if (spec.localPort != 0 && port != spec.localPort)
            err() << tr("Local port %1 is in use; using %2 instead.").arg(spec.localPort).arg(port) << Qt::endl;
        announceWhenReady();
    });
    connect(m_forward, &LocalForward::failed, this, [this](const Error &error) { stop(Failure, error.toDisplayString()); });
    connect(m_forward, &LocalForward::remoteRefused, this, [this](const QString &message) {
        // A browser retrying a dead port would repeat this many times a second.
        if (message == m_lastRefusal && m_sinceRefusal.isValid() && m_sinceRefusal.elapsed() < 5000)
            return;
        m_lastRefusal = message;
        m_sinceRefusal.start();
        err() << tr("warning: %1").arg(message) << Qt::endl;
    });
    connect(connection, &SshConnection::connected, this, [this] {
        if (m_announced)
            err() << tr("Reconnected.") << Qt::endl;
        m_connected = true;
        announceWhenReady();
    });
    connect(connection, &SshConnection::stateChanged, this, [this](SshConnection::State state, const QString &reason) {
        switch (state) {
        case SshConnection::State::Reconnecting:
            err() << reason << Qt::endl;
            break;
        case SshConnection::State::NeedsAttention:
            stop(Failure, reason);
            break;
        default:
            break;
        }
    });
    connect(connection, &SshConnection::failed, this,
            [this](const Error &error) { stop(Failure, m_session->describe(error)); });
    m_session->onInterrupt([this](int) { stop(Success); });
    connection->connectToHost();
}

void TunnelCommand::announceWhenReady()
{
    if (m_announced || !m_connected || !m_forward || m_forward->state() != LocalForward::State::Listening)
        return;
    m_announced = true;
    const ForwardSpec &spec = m_forward->spec();
    out() << m_forward->url().toString() << Qt::endl;
    err() << tr("Forwarding 127.0.0.1:%1 to %2:%3 on \"%4\". Press Ctrl-C to stop.")
                 .arg(m_forward->localPort())
                 .arg(spec.remoteHost)
                 .arg(spec.remotePort)
                 .arg(m_session->profile().name)
          << Qt::endl;
}

void TunnelCommand::stop(int exitCode, const QString &message)
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (!message.isEmpty())
        err() << "raydeck-cli tunnel: " << message << Qt::endl;
    if (m_forward)
        m_forward->close();
    if (m_session && m_session->connection())
        m_session->connection()->disconnectFromHost();
    finishLater(exitCode);
}

} // namespace RayDeck
