// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshSession.h"

#include "ssh/ChannelHandle.h"
#include "ssh/ChannelUser.h"
#include "ssh/KnownHosts.h"
#include "ssh/SocketIo.h"
#include "ssh/SshAuthenticator.h"
#include "ssh/SshErrorMapping.h"
#include "util/Logging.h"

#include <libssh/server.h> // ssh_send_keepalive() is declared only here

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include <algorithm>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/stat.h>

namespace RayDeck {

namespace {

// Enough rounds to drain a busy socket in one wakeup without starving the
// local sockets that share the thread.
constexpr int kMaximumPollsPerWakeup = 64;
// The receive buffer libssh 0.10 uses in ssh_socket_pollcallback (MAX_BUF_SIZE).
constexpr quint64 kLibsshReadSize = 4096;

// AES-GCM first: with AES-NI it is cheaper than chacha20-poly1305, which
// OpenSSH prefers; the rest keeps old servers reachable.
constexpr char kCiphers[] = "aes128-gcm@openssh.com,aes256-gcm@openssh.com,chacha20-poly1305@openssh.com,"
                            "aes128-ctr,aes192-ctr,aes256-ctr";

template<typename Container>
void eraseValue(Container &container, ChannelUser *user)
{
    container.erase(std::remove(container.begin(), container.end(), user), container.end());
}

} // namespace

// ---- ChannelUser ----

ChannelUser::~ChannelUser()
{
    if (m_session)
        m_session->forgetUser(this);
}

void ChannelUser::attachTo(SshSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        m_session->forgetUser(this);
    m_session = session;
    m_queued = m_watchesEveryPoll = m_waitsForWritable = false;
}

// ---- SshSession ----

SshSession::SshSession(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_timeoutTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &SshSession::onTimeout);
    connect(&m_keepaliveTimer, &QTimer::timeout, this, &SshSession::onKeepaliveTimer);
}

SshSession::~SshSession()
{
    shutDownNotifiers();
    releaseAllChannels();
    for (ChannelUser *user : std::as_const(m_users))
        user->m_session = nullptr;
    m_users.clear();
    if (m_event && m_session)
        ssh_event_remove_session(m_event.get(), m_session.get());
    m_event.reset();
    if (m_session && m_phase != Phase::Closed)
        ssh_disconnect(m_session.get());
    m_session.reset();
    // libssh 0.10 never closes a descriptor given with SSH_OPTIONS_FD (not in
    // ssh_disconnect(), not in ssh_free()): every session used to leave its
    // TCP socket open, and the server its session process, until RayDeck
    // exited (1,000 connect cycles: 1,000 descriptors; tst_sshcycles). Close
    // it here, unless the number now names another file.
    struct stat info {};
    if (m_fd >= 0 && ::fstat(m_fd, &info) == 0 && quint64(info.st_dev) == m_fdDevice && quint64(info.st_ino) == m_fdInode)
        SocketIo::closeDescriptor(m_fd);
    m_fd = -1;
}

QString SshSession::peerName() const
{
    const QString host = m_options.host.contains(u':') ? QStringLiteral("[%1]").arg(m_options.host) : m_options.host;
    return QStringLiteral("%1@%2:%3").arg(m_options.user, host).arg(m_options.port);
}

void SshSession::start(int fd)
{
    m_fd = fd;
    m_session.reset(ssh_new());
    if (!m_session) {
        SocketIo::closeDescriptor(fd);
        m_fd = -1;
        fail(Error(Error::Code::Internal, tr("Cannot create an SSH session (out of memory?).")));
        return;
    }
    ssh_session s = m_session.get();
    const QByteArray host = m_options.host.toUtf8();
    const QByteArray user = m_options.user.toUtf8();
    const QByteArray knownHosts = QFile::encodeName(m_options.knownHostsPath);
    const int port = m_options.port;
    const bool processConfig = false; // the profile is the configuration; ~/.ssh/config is imported elsewhere
    const long timeoutSeconds = std::max<long>(1, long(m_options.timeout.count() / 1000));
    ssh_options_set(s, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(s, SSH_OPTIONS_PORT, &port);
    ssh_options_set(s, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeoutSeconds);
    ssh_options_set(s, SSH_OPTIONS_CIPHERS_C_S, kCiphers);
    ssh_options_set(s, SSH_OPTIONS_CIPHERS_S_C, kCiphers);
    ssh_options_set(s, SSH_OPTIONS_COMPRESSION, "no");
    // libssh uses the descriptor but does not close it; the destructor does.
    struct stat info {};
    if (::fstat(fd, &info) == 0) {
        m_fdDevice = quint64(info.st_dev);
        m_fdInode = quint64(info.st_ino);
    }
    ssh_options_set(s, SSH_OPTIONS_FD, &fd);
    ssh_set_blocking(s, 0);

    int corked = 0;
    socklen_t length = sizeof corked;
    m_canBatch = ::getsockopt(fd, IPPROTO_TCP, TCP_CORK, &corked, &length) == 0;

    m_readNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(fd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &SshSession::onSocketActivity);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &SshSession::onSocketActivity);

    m_phase = Phase::Handshake;
    armTimeout();
    qCDebug(lcSsh) << "handshake with" << peerName();
    // Queued, so that signals never fire from inside start().
    QMetaObject::invokeMethod(this, &SshSession::continueHandshake, Qt::QueuedConnection);
}

void SshSession::onSocketActivity()
{
    switch (m_phase) {
    case Phase::Handshake:
        continueHandshake();
        break;
    case Phase::Authenticating:
        continueAuthentication();
        break;
    case Phase::Ready:
        pollSession();
        break;
    default:
        updateNotifiers();
        break;
    }
}

void SshSession::armTimeout()
{
    m_timeoutTimer.start(m_options.timeout);
}

void SshSession::onTimeout()
{
    if (m_phase != Phase::Handshake && m_phase != Phase::Authenticating)
        return;
    const qint64 seconds = std::chrono::duration_cast<std::chrono::seconds>(m_options.timeout).count();
    fail(Error(Error::Code::Timeout,
               m_phase == Phase::Handshake
                   ? tr("%1 did not complete the SSH handshake within %2 s. Is an SSH server listening there?")
                         .arg(peerName())
                         .arg(seconds)
                   : tr("%1 stopped answering while logging in (%2 s).").arg(peerName()).arg(seconds)));
}

void SshSession::continueHandshake()
{
    if (m_phase != Phase::Handshake)
        return;
    const int rc = ssh_connect(m_session.get());
    if (rc == SSH_AGAIN) {
        updateNotifiers();
        return;
    }
    if (rc != SSH_OK) {
        fail(errorFromLibssh(m_session.get(), {SshStep::Handshake, peerName(), {}}));
        return;
    }
    // libssh switches the socket to blocking once it sees it connected; a
    // blocking send() could stall this thread for as long as the network
    // does, so switch it back.
    SocketIo::setNonBlocking(m_fd);
    checkHostKey();
}

void SshSession::checkHostKey()
{
    Result<HostKeyInfo> info = KnownHosts::serverKey(m_session.get(), m_options.host, m_options.port,
                                                     m_options.knownHostsPath);
    if (!info) {
        fail(info.error());
        return;
    }
    m_hostKey = info.value();
    m_hostKey.isJumpHost = m_options.isJumpHost;

    switch (ssh_session_is_known_server(m_session.get())) {
    case SSH_KNOWN_HOSTS_OK:
        startAuthentication();
        return;
    case SSH_KNOWN_HOSTS_CHANGED:
        fail(KnownHosts::changedKeyError(m_hostKey));
        return;
    case SSH_KNOWN_HOSTS_OTHER:
        fail(KnownHosts::otherKeyTypeError(m_hostKey));
        return;
    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN:
        switch (m_options.hostKeyPolicy) {
        case HostKeyPolicy::AcceptNew: {
            const Result<void> saved = KnownHosts::append(m_session.get(), m_hostKey);
            if (!saved) {
                fail(saved.error());
                return;
            }
            startAuthentication();
            return;
        }
        case HostKeyPolicy::Strict:
            fail(KnownHosts::unknownKeyError(m_hostKey));
            return;
        case HostKeyPolicy::Ask:
            // Nothing is read while the user decides: the notifiers go quiet.
            m_phase = Phase::AwaitingHostKeyDecision;
            m_timeoutTimer.stop();
            updateNotifiers();
            Q_EMIT hostKeyDecisionRequired(m_hostKey);
            return;
        }
        return;
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    fail(errorFromLibssh(m_session.get(), {SshStep::HostKey, peerName(), m_options.knownHostsPath}));
}

void SshSession::resolveHostKey(HostKeyDecision decision)
{
    if (m_phase != Phase::AwaitingHostKeyDecision)
        return;
    switch (decision) {
    case HostKeyDecision::Reject:
        fail(Error(Error::Code::HostKeyUnknown,
                   tr("Not connected: the host key of %1 (%2 %3) was not trusted.")
                       .arg(KnownHosts::hostPattern(m_options.host, m_options.port), m_hostKey.keyType,
                            m_hostKey.fingerprint)));
        return;
    case HostKeyDecision::AcceptAndSave: {
        const Result<void> saved = KnownHosts::append(m_session.get(), m_hostKey);
        if (!saved)
            qCWarning(lcSsh) << "host key accepted but not saved:" << saved.error().toDisplayString();
        break;
    }
    case HostKeyDecision::AcceptOnce:
        break;
    }
    armTimeout();
    startAuthentication();
}

void SshSession::startAuthentication()
{
    m_phase = Phase::Authenticating;
    SshAuthenticator::Options options;
    options.user = m_options.user;
    options.host = m_options.host;
    options.port = m_options.port;
    options.identityFile = m_options.identityFile;
    options.agentSocket = m_options.agentSocket;
    m_authenticator = std::make_unique<SshAuthenticator>(m_session.get(), options);
    Q_EMIT authenticationStarted();
    if (m_phase == Phase::Authenticating)
        continueAuthentication();
}

void SshSession::continueAuthentication()
{
    if (m_phase != Phase::Authenticating || !m_authenticator)
        return;
    switch (m_authenticator->step()) {
    case SshAuthenticator::Status::InProgress:
        updateNotifiers();
        return;
    case SshAuthenticator::Status::NeedsCredential:
        m_phase = Phase::AwaitingCredential;
        m_timeoutTimer.stop();
        updateNotifiers();
        Q_EMIT credentialRequired(m_authenticator->credentialRequest());
        return;
    case SshAuthenticator::Status::Succeeded:
        m_authenticator.reset();
        enterReady();
        return;
    case SshAuthenticator::Status::Failed:
        fail(m_authenticator->error());
        return;
    }
}

void SshSession::provideCredential(SecureBytes secret)
{
    if (m_phase != Phase::AwaitingCredential || !m_authenticator)
        return;
    m_authenticator->provideCredential(std::move(secret));
    m_phase = Phase::Authenticating;
    armTimeout();
    continueAuthentication();
}

void SshSession::cancelCredential()
{
    if (m_phase != Phase::AwaitingCredential)
        return;
    fail(Error(Error::Code::Cancelled, tr("Login to %1 cancelled.").arg(peerName())));
}

void SshSession::enterReady()
{
    m_timeoutTimer.stop();
    m_event.reset(ssh_event_new());
    if (!m_event || ssh_event_add_session(m_event.get(), m_session.get()) != SSH_OK) {
        fail(Error(Error::Code::Internal, tr("Cannot watch the SSH connection to %1.").arg(peerName())));
        return;
    }
    ssh_set_counters(m_session.get(), &m_socketCounter, &m_packetCounter);
    m_lastInPackets = m_packetCounter.in_packets;
    m_missedKeepalives = 0;
    m_keepaliveTimer.start(m_options.keepaliveInterval);
    m_phase = Phase::Ready;
    updateNotifiers();
    qCInfo(lcSsh) << "connected to" << peerName();
    Q_EMIT ready();
}

bool SshSession::isAlive() const
{
    if (!m_session || m_broken)
        return false;
    if (!ssh_is_connected(m_session.get()))
        return false;
    return !(ssh_get_status(m_session.get()) & (SSH_CLOSED | SSH_CLOSED_ERROR));
}

void SshSession::pollSession()
{
    if (m_phase != Phase::Ready)
        return;
    for (int round = 0; round < kMaximumPollsPerWakeup; ++round) {
        const quint64 before = m_socketCounter.in_bytes;
        const int rc = ssh_event_dopoll(m_event.get(), 0);
        if (rc == SSH_ERROR) {
            m_broken = true;
            break;
        }
        if (rc != SSH_OK || !isAlive())
            break;
        // libssh reads at most kLibsshReadSize bytes per poll; less means the
        // socket is drained, and another poll() would only find nothing.
        if (m_socketCounter.in_bytes - before < kLibsshReadSize)
            break;
    }
    for (ChannelUser *user : m_pollWatchers)
        markDirty(user);
    processPending();
}

void SshSession::onKeepaliveTimer()
{
    if (m_phase != Phase::Ready)
        return;
    // Like ServerAliveInterval: any packet from the server proves it alive.
    if (m_packetCounter.in_packets != m_lastInPackets) {
        m_lastInPackets = m_packetCounter.in_packets;
        m_missedKeepalives = 0;
        return;
    }
    if (++m_missedKeepalives >= m_options.keepaliveCountMax) {
        // Sub-second keepalive intervals are legal; don't round 1.5 s down to "1 s".
        const qint64 silentMs = (m_options.keepaliveInterval * m_missedKeepalives).count();
        const QString seconds = QString::number(silentMs / 1000.0, 'f', silentMs % 1000 == 0 ? 0 : 1);
        fail(Error(Error::Code::Timeout,
                   tr("%1 has not answered for %2 s; the connection is considered dead.").arg(peerName(), seconds)));
        return;
    }
    // libssh keeps a nonblocking global request pending until its reply is
    // consumed by the next call; the second call makes sure a new probe goes
    // out whenever the previous reply has arrived.
    ssh_send_keepalive(m_session.get());
    ssh_send_keepalive(m_session.get());
    processPending();
}

void SshSession::batchOutput()
{
    if (!m_canBatch || m_batching || m_phase != Phase::Ready)
        return;
    const int on = 1;
    if (::setsockopt(m_fd, IPPROTO_TCP, TCP_CORK, &on, sizeof on) != 0)
        return;
    m_batching = true;
    // Released when the event loop is about to sleep, or on its next turn if
    // it stays busy: a queued call runs after this turn's socket events.
    if (QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance(thread()))
        connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, &SshSession::flushBatch,
                Qt::UniqueConnection);
    QMetaObject::invokeMethod(this, &SshSession::flushBatch, Qt::QueuedConnection);
}

void SshSession::flushBatch()
{
    if (!m_batching)
        return;
    m_batching = false;
    const int off = 0;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_CORK, &off, sizeof off);
}

void SshSession::markDirty(ChannelUser *user)
{
    if (user->m_queued)
        return;
    user->m_queued = true;
    m_dirty.push_back(user);
    scheduleProcessing();
}

void SshSession::scheduleProcessing()
{
    // A safety net for marks made outside a handler that ends in
    // processPending(); normally the queue is empty again before this runs.
    if (m_processing || m_processingScheduled)
        return;
    m_processingScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_processingScheduled = false;
            processPending();
        },
        Qt::QueuedConnection);
}

void SshSession::watchEveryPoll(ChannelUser *user, bool watch)
{
    if (user->m_watchesEveryPoll == watch)
        return;
    user->m_watchesEveryPoll = watch;
    if (watch)
        m_pollWatchers.push_back(user);
    else
        eraseValue(m_pollWatchers, user);
}

void SshSession::waitUntilWritable(ChannelUser *user)
{
    if (user->m_waitsForWritable)
        return;
    user->m_waitsForWritable = true;
    m_writeWaiters.push_back(user);
}

bool SshSession::hasPendingOutput() const
{
    return m_session && (ssh_get_status(m_session.get()) & SSH_WRITE_PENDING);
}

void SshSession::forgetUser(ChannelUser *user)
{
    m_users.remove(user);
    if (user->m_queued)
        m_dirty.erase(std::remove(m_dirty.begin(), m_dirty.end(), user), m_dirty.end());
    if (user->m_watchesEveryPoll)
        eraseValue(m_pollWatchers, user);
    if (user->m_waitsForWritable)
        eraseValue(m_writeWaiters, user);
    user->m_queued = user->m_watchesEveryPoll = user->m_waitsForWritable = false;
    user->m_session = nullptr;
}

char *SshSession::scratch()
{
    if (!m_scratch)
        m_scratch = std::make_unique<char[]>(size_t(scratchSize));
    return m_scratch.get();
}

void SshSession::registerChannel(ChannelHandle *handle)
{
    m_channels.insert(handle);
}

void SshSession::unregisterChannel(ChannelHandle *handle)
{
    m_channels.remove(handle);
}

void SshSession::adoptPendingOpen(ssh_channel channel)
{
    if (isAlive())
        m_abandonedOpens.push_back(channel);
    else
        ssh_channel_free(channel);
}

void SshSession::retryAbandonedOpens()
{
    for (auto it = m_abandonedOpens.begin(); it != m_abandonedOpens.end();) {
        // Calling the open again only collects the answer (the type is not
        // looked at once the request is out). Opened: free sends CLOSE.
        // Refused: free only.
        const int rc = ssh_channel_open_session(*it);
        if (rc == SSH_AGAIN) {
            ++it;
            continue;
        }
        ssh_channel_free(*it);
        it = m_abandonedOpens.erase(it);
    }
}

void SshSession::processPending()
{
    if (m_processing || m_phase == Phase::Closed)
        return;
    m_processing = true;
    for (int round = 0; round < 256; ++round) {
        while (!m_dirty.empty()) {
            ChannelUser *user = m_dirty.front();
            m_dirty.pop_front();
            user->m_queued = false;
            user->processChannelEvents();
        }
        if (!m_abandonedOpens.empty())
            retryAbandonedOpens();
        if (!isAlive())
            break;
        if (!m_writeWaiters.empty() && !hasPendingOutput()) {
            std::vector<ChannelUser *> waiters;
            waiters.swap(m_writeWaiters);
            for (ChannelUser *user : waiters) {
                user->m_waitsForWritable = false;
                markDirty(user);
            }
        }
        if (m_dirty.empty())
            break;
    }
    m_processing = false;
    if (m_phase == Phase::Ready && !isAlive()) {
        fail(errorFromLibssh(m_session.get(), {SshStep::Connection, peerName(), {}}));
        return;
    }
    if (!m_dirty.empty())
        scheduleProcessing();
    updateNotifiers();
}

void SshSession::updateNotifiers()
{
    if (!m_readNotifier || !m_session)
        return;
    const bool active = m_phase == Phase::Handshake || m_phase == Phase::Authenticating || m_phase == Phase::Ready;
    m_readNotifier->setEnabled(active);
    bool wantWrite = false;
    if (active) {
        // Before the session is up libssh may wait for POLLOUT without having
        // queued output (connect detection); afterwards, only queued output counts.
        wantWrite = m_phase == Phase::Ready ? hasPendingOutput()
                                            : (ssh_get_poll_flags(m_session.get()) & SSH_WRITE_PENDING) != 0;
    }
    m_writeNotifier->setEnabled(wantWrite);
}

void SshSession::shutDownNotifiers()
{
    m_batching = false;
    // Often called from inside a notifier's activation: disable at once,
    // delete later.
    for (QSocketNotifier *notifier : {m_readNotifier, m_writeNotifier}) {
        if (notifier) {
            notifier->setEnabled(false);
            notifier->deleteLater();
        }
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    m_timeoutTimer.stop();
    m_keepaliveTimer.stop();
}

void SshSession::releaseAllChannels()
{
    // ssh_free() frees every channel; handles must let go first so that none
    // is freed twice.
    const QSet<ChannelHandle *> handles = m_channels;
    for (ChannelHandle *handle : handles)
        handle->release();
    m_channels.clear();
    for (ssh_channel channel : m_abandonedOpens)
        ssh_channel_free(channel);
    m_abandonedOpens.clear();
}

void SshSession::fail(Error error)
{
    if (m_phase == Phase::Closed)
        return;
    const bool wasReady = m_phase == Phase::Ready;
    // libssh may already have closed the descriptor; the notifiers must not
    // watch a number that could be reused.
    shutDownNotifiers();
    m_authenticator.reset();
    m_phase = Phase::Closed;
    clearQueues();
    qCInfo(lcSsh) << (wasReady ? "connection lost:" : "connection failed:") << peerName() << error.detail();
    if (wasReady)
        Q_EMIT lost(error);
    else
        Q_EMIT failed(error);
}

void SshSession::close()
{
    if (m_phase == Phase::Closed)
        return;
    shutDownNotifiers();
    m_authenticator.reset();
    releaseAllChannels();
    if (m_session && m_phase != Phase::Created)
        ssh_disconnect(m_session.get());
    m_phase = Phase::Closed;
    clearQueues();
}

void SshSession::clearQueues()
{
    for (ChannelUser *user : m_dirty)
        user->m_queued = false;
    for (ChannelUser *user : m_pollWatchers)
        user->m_watchesEveryPoll = false;
    for (ChannelUser *user : m_writeWaiters)
        user->m_waitsForWritable = false;
    m_dirty.clear();
    m_pollWatchers.clear();
    m_writeWaiters.clear();
}

} // namespace RayDeck
