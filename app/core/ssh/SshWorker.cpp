// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshWorker.h"

#include "ssh/ChannelPipe.h"
#include "ssh/ExecChannel.h"
#include "ssh/ForwardListener.h"
#include "ssh/KnownHosts.h"
#include "ssh/SocketIo.h"
#include "ssh/SshSession.h"
#include "ssh/TcpConnector.h"
#include "util/Logging.h"

#include <QRandomGenerator>

#include <cmath>
#include <sys/socket.h>

namespace RayDeck {

SshWorker::SshWorker(SshConnectionSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_storedSecretTimer(this) // children, so that moveToThread() takes them along
    , m_reconnectTimer(this)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SshWorker::attemptReconnect);
    // A caller that ignores a stored-secrets-only request must not leave a
    // reconnect hanging: no answer counts as "none stored".
    m_storedSecretTimer.setSingleShot(true);
    connect(&m_storedSecretTimer, &QTimer::timeout, this, [this] {
        if (m_credentialId != 0)
            cancelCredential(m_credentialId);
    });
}

SshWorker::~SshWorker()
{
    // The facade is going away: nothing more is reported.
    blockSignals(true);
    for (auto &[id, forward] : m_forwards) {
        disconnect(forward, nullptr, this, nullptr);
        delete forward;
    }
    m_forwards.clear();
    for (auto &[id, process] : m_processes) {
        disconnect(process, nullptr, this, nullptr);
        delete process;
    }
    m_processes.clear();
    teardownChain(Error(Error::Code::Cancelled, tr("The connection was closed.")));
}

QString SshWorker::hopName(int index) const
{
    const JumpHost &hop = m_route.at(index);
    return KnownHosts::hostPattern(hop.host, hop.port);
}

SshSession *SshWorker::targetSession() const
{
    return m_sessions.size() == m_route.size() && !m_sessions.isEmpty() ? m_sessions.last() : nullptr;
}

void SshWorker::setPublicState(SshConnection::State state, const QString &reason)
{
    m_publicState = state;
    m_publicReason = reason;
    Q_EMIT stateChanged(m_generation, state, reason);
}

// ---- connection state machine ----

void SshWorker::connectToHost(int generation)
{
    m_generation = generation;
    switch (m_phase) {
    case Phase::Connecting:
    case Phase::Reconnecting:
        Q_EMIT stateChanged(m_generation, m_publicState, m_publicReason);
        return;
    case Phase::Connected:
        Q_EMIT stateChanged(m_generation, m_publicState, m_publicReason);
        Q_EMIT connected(m_generation);
        return;
    default:
        break;
    }
    m_reconnectTimer.stop();
    const Result<void> valid = m_settings.validate();
    if (!valid) {
        enterFailed(valid.error());
        return;
    }
    m_reconnectAttempt = 0;
    m_phase = Phase::Connecting;
    setPublicState(SshConnection::State::Connecting, tr("Connecting to %1…").arg(m_settings.displayName()));
    for (auto &[id, forward] : m_forwards)
        forward->detachSession(true);
    startChain();
}

void SshWorker::startChain()
{
    teardownChain(Error(Error::Code::Network, tr("The connection was restarted.")));
    m_route.clear();
    for (const QString &spec : std::as_const(m_settings.jumpHosts)) {
        JumpHost hop = JumpHost::parse(spec).valueOr({});
        if (hop.user.isEmpty())
            hop.user = m_settings.user;
        m_route << hop;
    }
    m_route << JumpHost{m_settings.user, m_settings.host, m_settings.port};
    connectHop(0);
}

void SshWorker::connectHop(int index)
{
    const int epoch = m_chainEpoch;
    const JumpHost hop = m_route.at(index);
    if (index == 0) {
        m_connector = new TcpConnector(hop.host, hop.port, m_settings.connectTimeout, this);
        connect(m_connector, &TcpConnector::connected, this, [this, epoch](int fd) {
            if (epoch != m_chainEpoch) {
                SocketIo::closeDescriptor(fd);
                return;
            }
            m_connector->deleteLater();
            m_connector = nullptr;
            SocketIo::enableKeepalive(fd, m_settings.keepaliveInterval, m_settings.keepaliveCountMax);
            startSession(0, fd);
        });
        connect(m_connector, &TcpConnector::failed, this, [this, epoch](const Error &error) {
            if (epoch != m_chainEpoch)
                return;
            chainFailed(m_route.size() > 1 ? error.withContext(tr("Jump host %1").arg(hopName(0))) : error);
        });
        m_connector->start();
        return;
    }

    // The next hop's session talks through one end of a socketpair; the other
    // end is pumped into a direct-tcpip channel of the previous hop. Host key
    // checks and logins of every hop stay in our hands (libssh 0.10 would
    // shell out to `ssh -W` for ProxyJump).
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        chainFailed(Error(Error::Code::Io, tr("Cannot create a local socket pair for the jump host connection.")));
        return;
    }
    SocketIo::setNonBlocking(fds[0]);
    SocketIo::setNonBlocking(fds[1]);
    auto *link = new ChannelPipe(m_sessions.at(index - 1), fds[0], hop.host, hop.port, this);
    m_links << link;
    m_pendingLinkFd = fds[1];
    connect(link, &ChannelPipe::opened, this, [this, epoch, index] {
        if (epoch != m_chainEpoch)
            return;
        const int fd = std::exchange(m_pendingLinkFd, -1);
        startSession(index, fd);
    });
    connect(link, &ChannelPipe::openFailed, this, [this, epoch, index](const Error &error) {
        if (epoch != m_chainEpoch)
            return;
        chainFailed(Error(error.code(),
                          tr("The jump host %1 could not reach %2: %3").arg(hopName(index - 1), hopName(index), error.message()),
                          error.detail()));
    });
    connect(link, &ChannelPipe::finished, this, [this, epoch, index] {
        if (epoch != m_chainEpoch)
            return;
        const Error error(Error::Code::Network,
                          tr("The connection from jump host %1 to %2 was closed.").arg(hopName(index - 1), hopName(index)));
        if (m_phase == Phase::Connected)
            chainLost(error);
        else
            chainFailed(error);
    });
    link->open();
}

void SshWorker::startSession(int index, int fd)
{
    const JumpHost &hop = m_route.at(index);
    const int epoch = m_chainEpoch;
    const bool isTarget = index == m_route.size() - 1;
    SshSession::Options options;
    options.host = hop.host;
    options.port = hop.port;
    options.user = hop.user;
    options.identityFile = m_settings.effectiveIdentityFile();
    options.agentSocket = m_settings.effectiveAgentSocket();
    options.knownHostsPath = m_settings.effectiveKnownHostsPath();
    options.hostKeyPolicy = m_settings.hostKeyPolicy;
    options.isJumpHost = !isTarget;
    options.timeout = m_settings.connectTimeout;
    options.keepaliveInterval = m_settings.keepaliveInterval;
    options.keepaliveCountMax = m_settings.keepaliveCountMax;

    auto *session = new SshSession(options, this);
    m_sessions << session;
    connect(session, &SshSession::hostKeyDecisionRequired, this, [this, session, epoch](const HostKeyInfo &info) {
        if (epoch == m_chainEpoch)
            onHostKeyRequired(session, info);
    });
    connect(session, &SshSession::credentialRequired, this, [this, session, epoch](const CredentialRequest &request) {
        if (epoch == m_chainEpoch)
            onCredentialRequired(session, request);
    });
    connect(session, &SshSession::authenticationStarted, this, [this, epoch, index] {
        if (epoch == m_chainEpoch && m_phase == Phase::Connecting)
            setPublicState(SshConnection::State::Authenticating, tr("Logging in to %1…").arg(hopName(index)));
    });
    connect(session, &SshSession::ready, this, [this, epoch, index] {
        if (epoch != m_chainEpoch)
            return;
        if (index + 1 < m_route.size()) {
            if (m_phase == Phase::Connecting)
                setPublicState(SshConnection::State::Connecting,
                               tr("Connecting to %1 through %2…").arg(hopName(index + 1), hopName(index)));
            connectHop(index + 1);
            return;
        }
        chainReady();
    });
    connect(session, &SshSession::failed, this, [this, epoch, index, isTarget](const Error &error) {
        if (epoch == m_chainEpoch)
            chainFailed(isTarget ? error : error.withContext(tr("Jump host %1").arg(hopName(index))));
    });
    connect(session, &SshSession::lost, this, [this, epoch](const Error &error) {
        if (epoch == m_chainEpoch)
            chainLost(error);
    });
    session->start(fd);
}

void SshWorker::chainReady()
{
    const bool wasReconnect = m_phase == Phase::Reconnecting;
    m_phase = Phase::Connected;
    m_reconnectAttempt = 0;
    m_storedSecretTimer.stop();
    setPublicState(SshConnection::State::Connected, wasReconnect ? tr("Reconnected to %1").arg(m_settings.displayName())
                                                                 : tr("Connected to %1").arg(m_settings.displayName()));
    Q_EMIT connected(m_generation);
    SshSession *target = targetSession();
    for (auto &[id, forward] : m_forwards)
        forward->attachSession(target);
    std::vector<ExecChannel *> waiting;
    for (auto &[id, process] : m_processes) {
        if (!process->isStarted())
            waiting.push_back(process);
    }
    for (ExecChannel *process : waiting)
        process->start(target);
}

void SshWorker::chainFailed(const Error &error)
{
    const Phase phase = m_phase;
    if (phase == Phase::Reconnecting) {
        switch (error.code()) {
        case Error::Code::HostKeyChanged:
            enterFailed(error);
            return;
        case Error::Code::HostKeyUnknown:
        case Error::Code::AuthenticationFailed:
        case Error::Code::Cancelled:
            enterNeedsAttention(error.message());
            return;
        default:
            teardownChain(error);
            scheduleReconnect(error);
            return;
        }
    }
    if (phase == Phase::Connecting) {
        enterFailed(error);
        return;
    }
    teardownChain(error);
}

void SshWorker::chainLost(const Error &error)
{
    if (m_phase != Phase::Connected) {
        chainFailed(error);
        return;
    }
    qCInfo(lcSsh) << "connection to" << m_settings.displayName() << "lost:" << error.detail();
    m_lastDrop = error;
    teardownChain(Error(Error::Code::Network, tr("The connection to %1 was lost while the command ran.")
                                                  .arg(m_settings.displayName()),
                        error.detail()));
    if (m_settings.reconnect.mode == ReconnectPolicy::Mode::Never) {
        enterFailed(error);
        return;
    }
    m_reconnectAttempt = 0;
    scheduleReconnect(error);
}

void SshWorker::scheduleReconnect(const Error &cause)
{
    const ReconnectPolicy &policy = m_settings.reconnect;
    ++m_reconnectAttempt;
    if (policy.maximumAttempts > 0 && m_reconnectAttempt > policy.maximumAttempts) {
        enterFailed(cause.withContext(tr("Gave up reconnecting after %1 attempts").arg(policy.maximumAttempts)));
        return;
    }
    double delay = double(policy.initialDelay.count()) * std::pow(2.0, m_reconnectAttempt - 1);
    delay = std::min(delay, double(policy.maximumDelay.count()));
    const double spread = std::clamp(policy.jitter, 0.0, 1.0);
    delay *= 1.0 + spread * (2.0 * QRandomGenerator::global()->generateDouble() - 1.0);
    const auto wait = std::chrono::milliseconds(std::max<qint64>(1, qint64(delay)));

    m_phase = Phase::WaitingToReconnect;
    for (auto &[id, forward] : m_forwards)
        forward->detachSession(true);
    const double seconds = double(wait.count()) / 1000.0;
    setPublicState(SshConnection::State::Reconnecting,
                   tr("%1 Reconnecting in %2 s (attempt %3).")
                       .arg(m_lastDrop.code() == Error::Code::None ? cause.message() : m_lastDrop.message())
                       .arg(seconds, 0, 'f', seconds < 10 ? 1 : 0)
                       .arg(m_reconnectAttempt));
    m_reconnectTimer.start(wait);
}

void SshWorker::attemptReconnect()
{
    if (m_phase != Phase::WaitingToReconnect)
        return;
    m_phase = Phase::Reconnecting;
    setPublicState(SshConnection::State::Reconnecting,
                   tr("Reconnecting to %1 (attempt %2)…").arg(m_settings.displayName()).arg(m_reconnectAttempt));
    startChain();
}

void SshWorker::reconnectNow()
{
    if (m_phase != Phase::WaitingToReconnect)
        return;
    m_reconnectTimer.stop();
    attemptReconnect();
}

void SshWorker::enterFailed(const Error &error)
{
    teardownChain(error);
    m_reconnectTimer.stop();
    m_phase = Phase::Failed;
    m_lastDrop = {};
    failWaitingProcesses(error);
    for (auto &[id, forward] : m_forwards)
        forward->detachSession(false);
    setPublicState(SshConnection::State::Failed, error.message());
    Q_EMIT failed(m_generation, error);
}

void SshWorker::enterNeedsAttention(const QString &reason)
{
    const Error error(Error::Code::AuthenticationFailed, reason);
    teardownChain(error);
    m_reconnectTimer.stop();
    m_phase = Phase::NeedsAttention;
    m_lastDrop = {};
    failWaitingProcesses(error);
    for (auto &[id, forward] : m_forwards)
        forward->detachSession(false);
    qCInfo(lcSsh) << m_settings.displayName() << "needs attention:" << reason;
    setPublicState(SshConnection::State::NeedsAttention, reason);
}

void SshWorker::disconnectFromHost(int generation)
{
    m_generation = generation;
    m_reconnectTimer.stop();
    const Error cancelled(Error::Code::Cancelled, tr("Disconnected from %1.").arg(m_settings.displayName()));
    teardownChain(cancelled);
    failWaitingProcesses(cancelled);
    std::vector<ForwardListener *> forwards;
    for (auto &[id, forward] : m_forwards)
        forwards.push_back(forward);
    m_forwards.clear();
    for (ForwardListener *forward : forwards) {
        forward->close();
        disconnect(forward, nullptr, this, nullptr);
        forward->deleteLater();
    }
    m_phase = Phase::Idle;
    m_lastDrop = {};
    setPublicState(SshConnection::State::Disconnected, tr("Disconnected"));
}

void SshWorker::teardownChain(const Error &reasonForRunningWork)
{
    ++m_chainEpoch;
    m_storedSecretTimer.stop();
    m_hostKeySession = nullptr;
    m_credentialSession = nullptr;
    m_credentialId = 0;
    if (m_connector) {
        disconnect(m_connector, nullptr, this, nullptr);
        m_connector->deleteLater();
        m_connector = nullptr;
    }
    SocketIo::closeDescriptor(std::exchange(m_pendingLinkFd, -1));

    // Work on the target first: its channels live on sessions about to close.
    std::vector<ExecChannel *> running;
    for (auto &[id, process] : m_processes) {
        if (process->isStarted())
            running.push_back(process);
    }
    for (ExecChannel *process : running)
        process->abandon(reasonForRunningWork);
    for (auto &[id, forward] : m_forwards)
        forward->detachSession(true);

    for (ChannelPipe *link : std::as_const(m_links)) {
        disconnect(link, nullptr, this, nullptr);
        link->abort();
        link->deleteLater();
    }
    m_links.clear();
    for (auto it = m_sessions.rbegin(); it != m_sessions.rend(); ++it) {
        SshSession *session = *it;
        disconnect(session, nullptr, this, nullptr);
        session->close();
        session->deleteLater();
    }
    m_sessions.clear();
}

// ---- questions for the user ----

void SshWorker::onHostKeyRequired(SshSession *session, const HostKeyInfo &info)
{
    const QString key = QStringLiteral("%1:%2 %3").arg(info.host).arg(info.port).arg(info.fingerprint);
    if (m_acceptedOnce.contains(key)) {
        QMetaObject::invokeMethod(
            session, [session] { session->resolveHostKey(HostKeyDecision::AcceptOnce); }, Qt::QueuedConnection);
        return;
    }
    if (isAutomatic()) {
        enterNeedsAttention(tr("The host key of %1 is not trusted yet (%2 %3). Connect again to review it.")
                                .arg(KnownHosts::hostPattern(info.host, info.port), info.keyType, info.fingerprint));
        return;
    }
    m_hostKeySession = session;
    m_pendingHostKey = key;
    Q_EMIT hostKeyVerificationRequired(m_generation, info);
}

void SshWorker::resolveHostKey(HostKeyDecision decision)
{
    SshSession *session = m_hostKeySession.data();
    m_hostKeySession = nullptr;
    if (!session)
        return;
    if (decision != HostKeyDecision::Reject)
        m_acceptedOnce.insert(m_pendingHostKey);
    session->resolveHostKey(decision);
}

void SshWorker::onCredentialRequired(SshSession *session, CredentialRequest request)
{
    request.id = m_nextCredentialId++;
    request.interaction = isAutomatic() ? CredentialRequest::Interaction::StoredSecretsOnly
                                        : CredentialRequest::Interaction::UserMayBeAsked;
    m_credentialSession = session;
    m_credentialId = request.id;
    if (isAutomatic())
        m_storedSecretTimer.start(m_settings.connectTimeout);
    Q_EMIT credentialRequired(m_generation, request);
}

void SshWorker::provideCredential(int requestId, const SecureBytes &secret)
{
    SshSession *session = m_credentialSession.data();
    if (requestId != m_credentialId || !session)
        return;
    m_credentialSession = nullptr;
    m_credentialId = 0;
    m_storedSecretTimer.stop();
    session->provideCredential(secret);
}

void SshWorker::cancelCredential(int requestId)
{
    SshSession *session = m_credentialSession.data();
    if (requestId != m_credentialId || !session)
        return;
    m_credentialSession = nullptr;
    m_credentialId = 0;
    m_storedSecretTimer.stop();
    if (isAutomatic()) {
        enterNeedsAttention(tr("Reconnecting to %1 needs a password or passphrase that is not stored. Connect again "
                               "to enter it.")
                                .arg(m_settings.displayName()));
        return;
    }
    session->cancelCredential();
}

// ---- remote commands ----

void SshWorker::startProcess(int id, const QString &commandLine, const ExecOptions &options)
{
    auto *process = new ExecChannel(id, commandLine, options, this);
    connect(process, &ExecChannel::started, this, &SshWorker::processStarted);
    connect(process, &ExecChannel::standardOutput, this, &SshWorker::processStandardOutput);
    connect(process, &ExecChannel::standardError, this, &SshWorker::processStandardError);
    connect(process, &ExecChannel::finished, this, &SshWorker::processFinished);
    connect(process, &ExecChannel::failed, this, &SshWorker::processFailed);
    connect(process, &ExecChannel::ended, this, [this](int endedId) {
        const auto it = m_processes.find(endedId);
        if (it == m_processes.end())
            return;
        it->second->deleteLater();
        m_processes.erase(it);
    });
    connect(process, &ExecChannel::killRequested, this, &SshWorker::killRemoteProcessGroup);
    m_processes[id] = process;
    switch (m_phase) {
    case Phase::Connected:
        process->start(targetSession());
        break;
    case Phase::Idle:
    case Phase::Connecting:
    case Phase::Reconnecting:
    case Phase::WaitingToReconnect:
        break; // starts once connected; its timeout runs meanwhile
    case Phase::NeedsAttention:
    case Phase::Failed:
        process->abandon(Error(Error::Code::Network,
                               tr("Not connected to %1; connect first.").arg(m_settings.displayName())));
        break;
    }
}

void SshWorker::cancelProcess(int id)
{
    const auto it = m_processes.find(id);
    if (it != m_processes.end())
        it->second->cancel(Error(Error::Code::Cancelled, tr("The command was cancelled.")));
}

void SshWorker::releaseProcess(int id)
{
    const auto it = m_processes.find(id);
    if (it == m_processes.end())
        return;
    ExecChannel *process = it->second;
    m_processes.erase(it);
    // Nobody listens any more, but the command is still stopped on the server.
    disconnect(process, nullptr, this, nullptr);
    connect(process, &ExecChannel::killRequested, this, &SshWorker::killRemoteProcessGroup);
    connect(process, &ExecChannel::ended, process, &QObject::deleteLater);
    process->cancel(Error(Error::Code::Cancelled, tr("The command was abandoned.")));
}

void SshWorker::killRemoteProcessGroup(qint64 processGroup)
{
    SshSession *target = targetSession();
    if (m_phase != Phase::Connected || !target)
        return;
    const QString group = QString::number(processGroup);
    ExecOptions options;
    options.timeout = std::chrono::seconds(10);
    // Internal, so never reported; negative ids cannot clash with the facade's.
    auto *killer = new ExecChannel(-1, QStringLiteral("kill -TERM -- -%1 2>/dev/null || kill -TERM %1 2>/dev/null; true").arg(group),
                                   options, this);
    connect(killer, &ExecChannel::ended, killer, &QObject::deleteLater);
    qCDebug(lcRemote) << "stopping remote process group" << processGroup;
    killer->start(target);
}

void SshWorker::failWaitingProcesses(const Error &error)
{
    std::vector<ExecChannel *> waiting;
    for (auto &[id, process] : m_processes) {
        if (!process->isStarted())
            waiting.push_back(process);
    }
    for (ExecChannel *process : waiting)
        process->abandon(error);
}

// ---- port forwards ----

void SshWorker::openForward(int id, const ForwardSpec &spec)
{
    const auto parkingTimeout = std::max<std::chrono::milliseconds>(std::chrono::seconds(10), m_settings.connectTimeout);
    auto *forward = new ForwardListener(id, spec, parkingTimeout, this);
    connect(forward, &ForwardListener::listening, this, &SshWorker::forwardListening);
    connect(forward, &ForwardListener::remoteRefused, this, &SshWorker::forwardRemoteRefused);
    connect(forward, &ForwardListener::closed, this, &SshWorker::forwardClosed);
    connect(forward, &ForwardListener::failed, this, [this](int failedId, const Error &error, quint16 suggestion) {
        Q_EMIT forwardFailed(failedId, error, suggestion);
        const auto it = m_forwards.find(failedId);
        if (it != m_forwards.end()) {
            it->second->deleteLater();
            m_forwards.erase(it);
        }
    });
    m_forwards[id] = forward;
    forward->listen();
    if (m_forwards.find(id) == m_forwards.end())
        return;
    if (m_phase == Phase::Connected)
        forward->attachSession(targetSession());
    else
        forward->detachSession(m_phase != Phase::Failed && m_phase != Phase::NeedsAttention);
}

void SshWorker::closeForward(int id)
{
    const auto it = m_forwards.find(id);
    if (it == m_forwards.end())
        return;
    ForwardListener *forward = it->second;
    m_forwards.erase(it);
    forward->close();
    disconnect(forward, nullptr, this, nullptr);
    forward->deleteLater();
}

} // namespace RayDeck
