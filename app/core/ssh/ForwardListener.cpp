// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForwardListener.h"

#include "ssh/ChannelPipe.h"
#include "ssh/LoopbackServer.h"
#include "ssh/SocketIo.h"
#include "ssh/SshSession.h"
#include "util/Logging.h"

#include <QHostAddress>

namespace RayDeck {

namespace {

constexpr int kPortSearchRange = 100;

bool isAddressUnavailable(QAbstractSocket::SocketError error)
{
    return error == QAbstractSocket::SocketAddressNotAvailableError
        || error == QAbstractSocket::UnsupportedSocketOperationError;
}

} // namespace

ForwardListener::ForwardListener(int id, ForwardSpec spec, std::chrono::milliseconds parkingTimeout, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_spec(std::move(spec))
    , m_parkingTimeout(parkingTimeout)
{
    m_parkingTimer.setInterval(std::chrono::milliseconds(500));
    connect(&m_parkingTimer, &QTimer::timeout, this, &ForwardListener::expireParked);
}

ForwardListener::~ForwardListener()
{
    dropParked();
    for (ChannelPipe *pipe : std::as_const(m_pipes)) {
        disconnect(pipe, nullptr, this, nullptr);
        pipe->abort();
    }
}

bool ForwardListener::bindBoth(quint16 port, QString *problem, bool *addressInUse)
{
    *addressInUse = false;
    auto *ipv4 = new LoopbackServer(this);
    if (!ipv4->listen(QHostAddress::LocalHost, port)) {
        *addressInUse = ipv4->serverError() == QAbstractSocket::AddressInUseError;
        *problem = ipv4->errorString();
        delete ipv4;
        return false;
    }
    const quint16 bound = ipv4->serverPort();
    auto *ipv6 = new LoopbackServer(this);
    if (!ipv6->listen(QHostAddress::LocalHostIPv6, bound)) {
        const QAbstractSocket::SocketError error = ipv6->serverError();
        delete ipv6;
        ipv6 = nullptr;
        if (!isAddressUnavailable(error)) {
            // "localhost" may resolve to ::1 first: a different program there
            // would get the browser's requests, so the port counts as taken.
            *addressInUse = error == QAbstractSocket::AddressInUseError;
            *problem = tr("[::1]:%1 is in use").arg(bound);
            delete ipv4;
            return false;
        }
    }
    m_servers << ipv4;
    if (ipv6)
        m_servers << ipv6;
    for (LoopbackServer *server : std::as_const(m_servers))
        connect(server, &LoopbackServer::socketAccepted, this, &ForwardListener::onAccepted);
    m_port = bound;
    return true;
}

quint16 ForwardListener::nextFreePort(quint16 port)
{
    for (int candidate = port + 1; candidate <= std::min(65535, port + kPortSearchRange); ++candidate) {
        QTcpServer ipv4;
        if (!ipv4.listen(QHostAddress::LocalHost, quint16(candidate)))
            continue;
        QTcpServer ipv6;
        if (!ipv6.listen(QHostAddress::LocalHostIPv6, quint16(candidate)) && !isAddressUnavailable(ipv6.serverError()))
            continue;
        return quint16(candidate);
    }
    return 0;
}

void ForwardListener::listen()
{
    QString problem;
    bool addressInUse = false;
    if (m_spec.localPort == 0) {
        // An ephemeral port free on 127.0.0.1 may still be taken on ::1; retry a few.
        for (int attempt = 0; attempt < 8 && m_servers.isEmpty(); ++attempt)
            bindBoth(0, &problem, &addressInUse);
    } else if (!bindBoth(m_spec.localPort, &problem, &addressInUse) && addressInUse
               && m_spec.portPolicy == ForwardSpec::PortPolicy::NextFree) {
        const quint16 next = nextFreePort(m_spec.localPort);
        if (next != 0) {
            qCInfo(lcTunnel) << "local port" << m_spec.localPort << "is taken; using" << next;
            bindBoth(next, &problem, &addressInUse);
        }
    }
    if (m_servers.isEmpty()) {
        quint16 suggestion = 0;
        Error error;
        if (addressInUse) {
            suggestion = nextFreePort(m_spec.localPort);
            error = Error(Error::Code::AlreadyExists,
                          suggestion != 0
                              ? tr("Local port %1 is already in use by another program. Port %2 is free: use it "
                                   "instead, or stop the program that holds %1.")
                                    .arg(m_spec.localPort)
                                    .arg(suggestion)
                              : tr("Local port %1 is already in use by another program, and no port near it is free.")
                                    .arg(m_spec.localPort),
                          problem);
        } else {
            error = Error(Error::Code::Io, tr("Cannot listen on local port %1: %2").arg(m_spec.localPort).arg(problem),
                          problem);
        }
        Q_EMIT failed(m_id, error, suggestion);
        return;
    }
    qCInfo(lcTunnel) << "forwarding 127.0.0.1:" << m_port << "to" << m_spec.remoteHost << m_spec.remotePort;
    Q_EMIT listening(m_id, m_port);
}

void ForwardListener::attachSession(SshSession *session)
{
    m_session = session;
    m_parking = true;
    std::vector<Parked> parked;
    parked.swap(m_parked);
    m_parkingTimer.stop();
    for (const Parked &entry : parked)
        startPipe(entry.fd);
}

void ForwardListener::detachSession(bool parkNewConnections)
{
    m_session = nullptr;
    m_parking = parkNewConnections;
    const QList<ChannelPipe *> pipes = m_pipes;
    m_pipes.clear();
    for (ChannelPipe *pipe : pipes) {
        disconnect(pipe, nullptr, this, nullptr);
        pipe->abort();
        pipe->deleteLater();
    }
    if (!m_parking)
        dropParked();
}

void ForwardListener::onAccepted(int fd)
{
    if (m_closed) {
        SocketIo::resetAndClose(fd);
        return;
    }
    if (m_session && m_session->isReady()) {
        startPipe(fd);
        return;
    }
    if (!m_parking) {
        SocketIo::resetAndClose(fd);
        return;
    }
    m_parked.push_back({fd, QDeadlineTimer(m_parkingTimeout)});
    if (!m_parkingTimer.isActive())
        m_parkingTimer.start();
}

void ForwardListener::startPipe(int fd)
{
    SshSession *session = m_session.data();
    if (!session || !session->isReady()) {
        SocketIo::resetAndClose(fd);
        return;
    }
    auto *pipe = new ChannelPipe(session, fd, m_spec.remoteHost, m_spec.remotePort, this);
    m_pipes << pipe;
    connect(pipe, &ChannelPipe::openFailed, this, [this](const Error &error) {
        if (error.code() == Error::Code::Network || error.code() == Error::Code::RemoteService)
            Q_EMIT remoteRefused(m_id, error.message());
    });
    connect(pipe, &ChannelPipe::finished, this, [this, pipe] {
        m_pipes.removeOne(pipe);
        pipe->deleteLater();
    });
    pipe->open();
}

void ForwardListener::expireParked()
{
    for (auto it = m_parked.begin(); it != m_parked.end();) {
        if (it->deadline.hasExpired()) {
            SocketIo::resetAndClose(it->fd);
            it = m_parked.erase(it);
        } else {
            ++it;
        }
    }
    if (m_parked.empty())
        m_parkingTimer.stop();
}

void ForwardListener::dropParked()
{
    for (const Parked &entry : m_parked)
        SocketIo::resetAndClose(entry.fd);
    m_parked.clear();
    m_parkingTimer.stop();
}

void ForwardListener::close()
{
    if (m_closed)
        return;
    m_closed = true;
    for (LoopbackServer *server : std::as_const(m_servers))
        server->close();
    qDeleteAll(m_servers);
    m_servers.clear();
    detachSession(false);
    qCInfo(lcTunnel) << "stopped forwarding 127.0.0.1:" << m_port;
    Q_EMIT closed(m_id);
}

} // namespace RayDeck
