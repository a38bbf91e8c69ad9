// SPDX-License-Identifier: GPL-3.0-or-later
#include "TcpConnector.h"

#include "ssh/SocketIo.h"
#include "util/Logging.h"

#include <QMutex>
#include <QSocketNotifier>
#include <QUrl>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <system_error>
#include <thread>

namespace RayDeck {

namespace {

QString describeErrno(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

struct LookupAnswer
{
    QList<QHostAddress> addresses;
    QString error; ///< the resolver's words when there are no addresses
};

/// Blocking getaddrinfo(); reentrant, runs in the lookup thread.
LookupAnswer resolve(const QString &host)
{
    LookupAnswer answer;
    const QByteArray name = QUrl::toAce(host);
    if (name.isEmpty()) {
        answer.error = QString::fromLocal8Bit(::gai_strerror(EAI_NONAME));
        return answer;
    }
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_ADDRCONFIG;
    addrinfo *result = nullptr;
    int status = ::getaddrinfo(name.constData(), nullptr, &hints, &result);
    if (status == EAI_BADFLAGS) {
        hints.ai_flags = 0;
        status = ::getaddrinfo(name.constData(), nullptr, &hints, &result);
    }
    if (status != 0) {
        answer.error = status == EAI_SYSTEM ? describeErrno(errno) : QString::fromLocal8Bit(::gai_strerror(status));
        return answer;
    }
    for (const addrinfo *node = result; node; node = node->ai_next) {
        if (node->ai_family != AF_INET && node->ai_family != AF_INET6)
            continue;
        const QHostAddress address(node->ai_addr);
        if (!address.isNull() && !answer.addresses.contains(address))
            answer.addresses << address;
    }
    ::freeaddrinfo(result);
    if (answer.addresses.isEmpty())
        answer.error = QString::fromLocal8Bit(::gai_strerror(EAI_NODATA));
    return answer;
}

} // namespace

/**
 * The only link between a connector and its lookup thread. Not
 * QHostInfo::lookupHost(): with a functor, Qt 6.4 queues a result object to
 * the worker thread that holds the functor apart from the connector's
 * lifetime. When the worker shut down right after starting a lookup (the CLI
 * giving up at once), that result now and then called an already freed
 * functor in the worker thread (SIGSEGV), or stayed queued to the ended
 * thread (the ASan leak).
 */
struct TcpConnector::LookupMailbox
{
    QMutex mutex;
    TcpConnector *receiver = nullptr; ///< null once the connector is gone
};

TcpConnector::TcpConnector(QString host, quint16 port, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
    , m_timeout(timeout)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &TcpConnector::onDeadline);
}

TcpConnector::~TcpConnector()
{
    if (m_lookup) {
        // Once this returns, the lookup thread cannot post to us any more; an
        // answer it posted before is discarded with our pending events.
        const QMutexLocker locker(&m_lookup->mutex);
        m_lookup->receiver = nullptr;
    }
    dropSocket();
}

void TcpConnector::start()
{
    m_deadline.start(m_timeout);
    QHostAddress literal;
    if (literal.setAddress(m_host)) {
        m_addresses = {literal};
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_done)
                    tryNextAddress();
            },
            Qt::QueuedConnection);
        return;
    }
    startLookup();
}

void TcpConnector::startLookup()
{
    // getaddrinfo() cannot be cancelled, so the thread is detached and may
    // outlive us (bounded by the resolver's own timeouts); it owns its share
    // of the mailbox and nothing else.
    auto mailbox = std::make_shared<LookupMailbox>();
    mailbox->receiver = this;
    m_lookup = mailbox;
    try {
        std::thread([mailbox, host = m_host] {
            LookupAnswer answer = resolve(host);
            const QMutexLocker locker(&mailbox->mutex);
            TcpConnector *receiver = mailbox->receiver;
            if (!receiver)
                return;
            QMetaObject::invokeMethod(
                receiver,
                [receiver, answer = std::move(answer)] { receiver->onLookupFinished(answer.addresses, answer.error); },
                Qt::QueuedConnection);
        }).detach();
    } catch (const std::system_error &error) {
        m_lookup.reset();
        const QString detail = QString::fromLocal8Bit(error.what());
        QMetaObject::invokeMethod(
            this,
            [this, detail] {
                finishWithError(Error(Error::Code::Network,
                                      tr("Cannot look up the host %1: %2.").arg(m_host, detail), detail));
            },
            Qt::QueuedConnection);
    }
}

void TcpConnector::onLookupFinished(const QList<QHostAddress> &addresses, const QString &error)
{
    m_lookup.reset();
    if (m_done)
        return;
    if (addresses.isEmpty()) {
        finishWithError(Error(Error::Code::Network,
                              tr("Cannot find the host %1: %2. Check the host name.").arg(m_host, error), error));
        return;
    }
    m_addresses = addresses;
    tryNextAddress();
}

void TcpConnector::tryNextAddress()
{
    dropSocket();
    while (m_next < m_addresses.size()) {
        const QHostAddress address = m_addresses.at(m_next++);
        sockaddr_storage storage{};
        socklen_t length = 0;
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            auto *in = reinterpret_cast<sockaddr_in *>(&storage);
            in->sin_family = AF_INET;
            in->sin_port = htons(m_port);
            in->sin_addr.s_addr = htonl(address.toIPv4Address());
            length = sizeof(sockaddr_in);
        } else if (address.protocol() == QAbstractSocket::IPv6Protocol) {
            auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
            in6->sin6_family = AF_INET6;
            in6->sin6_port = htons(m_port);
            const Q_IPV6ADDR bytes = address.toIPv6Address();
            std::memcpy(&in6->sin6_addr, bytes.c, sizeof bytes.c);
            if (!address.scopeId().isEmpty())
                in6->sin6_scope_id = ::if_nametoindex(address.scopeId().toLatin1().constData());
            length = sizeof(sockaddr_in6);
        } else {
            continue;
        }

        m_fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (m_fd < 0) {
            m_attempts << QStringLiteral("%1: %2").arg(address.toString(), describeErrno(errno));
            continue;
        }
        SocketIo::setNoDelay(m_fd);
        if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&storage), length) == 0) {
            onWritable();
            return;
        }
        if (errno == EINPROGRESS) {
            m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
            connect(m_notifier, &QSocketNotifier::activated, this, &TcpConnector::onWritable);
            qCDebug(lcSsh) << "connecting to" << address.toString() << "port" << m_port;
            return;
        }
        m_attempts << QStringLiteral("%1: %2").arg(address.toString(), describeErrno(errno));
        dropSocket();
    }
    const QString detail = m_attempts.join(QStringLiteral("; "));
    finishWithError(Error(Error::Code::Network,
                          tr("Cannot connect to %1 port %2 (%3). Check that the host is up and the port is right.")
                              .arg(m_host)
                              .arg(m_port)
                              .arg(detail),
                          detail));
}

void TcpConnector::onWritable()
{
    int error = 0;
    socklen_t length = sizeof error;
    if (::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        error = errno;
    if (error != 0) {
        m_attempts << QStringLiteral("%1: %2").arg(m_addresses.value(m_next - 1).toString(), describeErrno(error));
        tryNextAddress();
        return;
    }
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    const int fd = m_fd;
    m_fd = -1;
    m_done = true;
    m_deadline.stop();
    Q_EMIT connected(fd);
}

void TcpConnector::onDeadline()
{
    if (m_done)
        return;
    const qint64 seconds = std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count();
    finishWithError(Error(Error::Code::Timeout,
                          tr("Cannot reach %1 port %2 within %3 s. Check the host name, the port and your network.")
                              .arg(m_host)
                              .arg(m_port)
                              .arg(seconds),
                          m_attempts.join(QStringLiteral("; "))));
}

void TcpConnector::finishWithError(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    dropSocket();
    Q_EMIT failed(error);
}

void TcpConnector::dropSocket()
{
    // May run inside the notifier's own activation: disable now, delete later.
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    SocketIo::closeDescriptor(m_fd);
    m_fd = -1;
}

} // namespace RayDeck
