// SPDX-License-Identifier: GPL-3.0-or-later
#include "TunnelCommand.h"

#include "SshCommandSession.h"

#include "ssh/LocalForward.h"
#include "ssh/SshConnection.h"

#include <csignal>

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

void TunnelCommand::printUsage(QTextStream &stream)
{
    stream << "Usage: raydeck-cli tunnel NAME [--local-port N] [--remote-host H] [--remote-port N]\n"
              "                           [--accept-new-host-key]\n\n"
              "Forwards a port on this machine's loopback (127.0.0.1 and ::1) to H:N as seen from the\n"
              "server of profile NAME, until interrupted. Prints http://127.0.0.1:N/ once it works.\n\n"
              "  --local-port N          local port (0: any free one); without it the profile's local\n"
              "                          dashboard port is used, or the next free one if it is taken\n"
              "  --remote-host H         host to reach from the server (default: the profile's dashboard host)\n"
              "  --remote-port N         port to reach from the server (default: the profile's dashboard port)\n"
              "  --accept-new-host-key   trust and save the server's key if it is not known yet\n\n"
              "Example: raydeck-cli tunnel gpu-box --remote-port 6006   # TensorBoard\n";
}

void TunnelCommand::run(const QStringList &arguments)
{
    QString name;
    HostKeyPolicy policy = HostKeyPolicy::Strict;
    std::optional<quint16> localPort;
    std::optional<quint16> remotePort;
    QString remoteHost;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= arguments.size())
                return std::nullopt;
            return arguments.at(++i);
        };
        if (argument == u"--help" || argument == u"-h") {
            printUsage(out());
            return finishLater(Success);
        } else if (argument == u"--accept-new-host-key") {
            policy = HostKeyPolicy::AcceptNew;
        } else if (argument == u"--local-port") {
            quint16 port = 0;
            const std::optional<QString> text = value();
            if (!text || !parsePort(*text, &port, true))
                return finishWithUsageError(u"tunnel"_s, tr("--local-port needs a port number from 0 to 65535"));
            localPort = port;
        } else if (argument == u"--remote-port") {
            quint16 port = 0;
            const std::optional<QString> text = value();
            if (!text || !parsePort(*text, &port, false))
                return finishWithUsageError(u"tunnel"_s, tr("--remote-port needs a port number from 1 to 65535"));
            remotePort = port;
        } else if (argument == u"--remote-host") {
            const std::optional<QString> text = value();
            if (!text || text->trimmed().isEmpty())
                return finishWithUsageError(u"tunnel"_s, tr("--remote-host needs a host name or address"));
            remoteHost = text->trimmed();
        } else if (argument.startsWith(u'-')) {
            return finishWithUsageError(u"tunnel"_s, tr("unknown option %1").arg(argument));
        } else if (name.isEmpty()) {
            name = argument;
        } else {
            return finishWithUsageError(u"tunnel"_s, tr("unexpected argument %1").arg(argument));
        }
    }
    if (name.isEmpty())
        return finishWithUsageError(u"tunnel"_s, tr("give the profile NAME"));

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
