// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawSocket.h"

#include <QSocketNotifier>

#include <algorithm>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

RawSocket::RawSocket(int fd, QObject *parent)
    : QObject(parent)
    , m_fd(fd)
{
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    const int on = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &RawSocket::onReadable);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &RawSocket::onWritable);
}

RawSocket *RawSocket::connectTo(quint16 port, QObject *parent)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const int rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
    auto *socket = new RawSocket(fd, parent);
    if (rc != 0 && errno == EINPROGRESS) {
        socket->m_connected = false;
        socket->m_writeNotifier->setEnabled(true);
    } else if (rc != 0) {
        socket->close();
    }
    return socket;
}

RawSocket::~RawSocket()
{
    delete m_readNotifier;
    delete m_writeNotifier;
    if (m_fd >= 0)
        ::close(m_fd);
}

void RawSocket::send(const QByteArray &data)
{
    m_outgoing += data;
    if (m_connected)
        onWritable();
}

void RawSocket::sendRepeated(const QByteArray &chunk, qint64 total)
{
    m_repeatChunk = chunk;
    m_repeatRemaining = total;
    if (m_connected)
        onWritable();
}

void RawSocket::finishSending()
{
    m_finishRequested = true;
    if (m_connected)
        onWritable();
}

qint64 RawSocket::writeNow(const char *data, qint64 size)
{
    if (m_fd < 0)
        return 0;
    const ssize_t n = ::send(m_fd, data, size_t(size), MSG_NOSIGNAL);
    if (n > 0) {
        m_bytesSent += n;
        return n;
    }
    return 0;
}

void RawSocket::setReadingPaused(bool paused)
{
    m_readPaused = paused;
    if (m_readNotifier)
        m_readNotifier->setEnabled(!paused && !m_readFinished);
}

void RawSocket::close()
{
    if (m_fd < 0)
        return;
    for (QSocketNotifier *notifier : {m_readNotifier, m_writeNotifier}) {
        notifier->setEnabled(false);
        notifier->deleteLater();
    }
    m_readNotifier = m_writeNotifier = nullptr;
    ::close(m_fd);
    m_fd = -1;
    Q_EMIT closed();
}

void RawSocket::onReadable()
{
    char buffer[64 * 1024];
    for (int round = 0; round < 16 && m_fd >= 0 && !m_readPaused; ++round) {
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            m_bytesReceived += n;
            Q_EMIT received(QByteArray(buffer, n));
            continue;
        }
        if (n == 0) {
            m_readFinished = true;
            if (m_readNotifier)
                m_readNotifier->setEnabled(false);
            Q_EMIT readFinished();
            return;
        }
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
            return;
        close();
        return;
    }
}

void RawSocket::onWritable()
{
    if (m_fd < 0)
        return;
    if (!m_connected) {
        int error = 0;
        socklen_t length = sizeof error;
        ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length);
        if (error != 0) {
            close();
            return;
        }
        m_connected = true;
        Q_EMIT connected();
    }
    while (!m_outgoing.isEmpty()) {
        const ssize_t n = ::send(m_fd, m_outgoing.constData(), size_t(m_outgoing.size()), MSG_NOSIGNAL);
        if (n > 0) {
            m_outgoing.remove(0, n);
            m_bytesSent += n;
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
            break;
        close();
        return;
    }
    while (m_outgoing.isEmpty() && m_repeatRemaining > 0) {
        const qint64 size = std::min<qint64>(m_repeatRemaining, m_repeatChunk.size());
        const ssize_t n = ::send(m_fd, m_repeatChunk.constData(), size_t(size), MSG_NOSIGNAL);
        if (n > 0) {
            m_repeatRemaining -= n;
            m_bytesSent += n;
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
            break;
        close();
        return;
    }
    if (bytesQueued() == 0 && m_finishRequested && !m_writeShut) {
        ::shutdown(m_fd, SHUT_WR);
        m_writeShut = true;
    }
    updateWriting();
    Q_EMIT bytesWritten();
}

void RawSocket::updateWriting()
{
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(bytesQueued() > 0);
}
