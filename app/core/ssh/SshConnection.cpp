// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshConnection.h"

#include "ssh/LocalForward.h"
#include "ssh/RemoteProcess.h"
#include "ssh/SshWorker.h"
#include "util/Logging.h"
#include "util/ShellQuote.h"

#include <QCoreApplication>
#include <QNetworkInformation>
#include <QThread>

namespace RayDeck {

namespace {

void registerMetaTypes()
{
    static const bool registered = [] {
        qRegisterMetaType<RayDeck::Error>();
        qRegisterMetaType<RayDeck::SecureBytes>();
        qRegisterMetaType<RayDeck::HostKeyInfo>();
        qRegisterMetaType<RayDeck::HostKeyDecision>();
        qRegisterMetaType<RayDeck::CredentialRequest>();
        qRegisterMetaType<RayDeck::ForwardSpec>();
        qRegisterMetaType<RayDeck::SshConnection::State>();
        return true;
    }();
    Q_UNUSED(registered)
}

} // namespace

SshConnection::SshConnection(SshConnectionSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_thread(std::make_unique<QThread>())
{
    registerMetaTypes();
    m_worker = new SshWorker(m_settings);
    m_worker->moveToThread(m_thread.get());
    // Deleted in its own thread, after its event loop has stopped.
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);

    constexpr auto queued = Qt::QueuedConnection;
    connect(m_worker, &SshWorker::stateChanged, this, [this](int generation, State state, const QString &reason) {
        if (generation == m_generation)
            setState(state, reason);
    }, queued);
    connect(m_worker, &SshWorker::hostKeyVerificationRequired, this, [this](int generation, const HostKeyInfo &info) {
        if (generation == m_generation)
            Q_EMIT hostKeyVerificationRequired(info);
    }, queued);
    connect(m_worker, &SshWorker::credentialRequired, this, [this](int generation, const CredentialRequest &request) {
        if (generation == m_generation)
            Q_EMIT credentialRequired(request);
    }, queued);
    connect(m_worker, &SshWorker::connected, this, [this](int generation) {
        if (generation == m_generation)
            Q_EMIT connected();
    }, queued);
    connect(m_worker, &SshWorker::failed, this, [this](int generation, const Error &error) {
        if (generation == m_generation)
            Q_EMIT failed(error);
    }, queued);

    connect(m_worker, &SshWorker::processStarted, this, [this](int id) {
        if (RemoteProcess *process = m_processes.value(id))
            process->onStarted();
    }, queued);
    connect(m_worker, &SshWorker::processStandardOutput, this, [this](int id, const QByteArray &data) {
        if (RemoteProcess *process = m_processes.value(id))
            process->onStandardOutput(data);
    }, queued);
    connect(m_worker, &SshWorker::processStandardError, this, [this](int id, const QByteArray &data) {
        if (RemoteProcess *process = m_processes.value(id))
            process->onStandardError(data);
    }, queued);
    connect(m_worker, &SshWorker::processFinished, this, [this](int id, int exitStatus) {
        if (RemoteProcess *process = m_processes.take(id))
            process->onFinished(exitStatus);
    }, queued);
    connect(m_worker, &SshWorker::processFailed, this, [this](int id, const Error &error) {
        if (RemoteProcess *process = m_processes.take(id))
            process->onFailed(error);
    }, queued);

    connect(m_worker, &SshWorker::forwardListening, this, [this](int id, quint16 port) {
        if (LocalForward *forward = m_forwards.value(id))
            forward->onListening(port);
    }, queued);
    connect(m_worker, &SshWorker::forwardFailed, this, [this](int id, const Error &error, quint16 suggestion) {
        if (LocalForward *forward = m_forwards.take(id))
            forward->onFailed(error, suggestion);
    }, queued);
    connect(m_worker, &SshWorker::forwardRemoteRefused, this, [this](int id, const QString &message) {
        if (LocalForward *forward = m_forwards.value(id))
            forward->onRemoteRefused(message);
    }, queued);
    connect(m_worker, &SshWorker::forwardClosed, this, [this](int id) {
        if (LocalForward *forward = m_forwards.take(id))
            forward->onClosed();
    }, queued);

    m_thread->setObjectName(QStringLiteral("ssh %1").arg(m_settings.displayName()));
    m_thread->start();
    watchNetwork();
}

SshConnection::~SshConnection()
{
    // Children are deleted after this body; they must not call back.
    for (const QPointer<RemoteProcess> &process : std::as_const(m_processes)) {
        if (process)
            process->detach();
    }
    for (const QPointer<LocalForward> &forward : std::as_const(m_forwards)) {
        if (forward)
            forward->detach();
    }
    m_thread->quit();
    m_thread->wait();
}

template<typename Function>
void SshConnection::toWorker(Function function)
{
    QMetaObject::invokeMethod(m_worker, std::move(function), Qt::QueuedConnection);
}

void SshConnection::setState(State state, const QString &reason)
{
    if (state == m_state && reason == m_reason)
        return;
    m_state = state;
    m_reason = reason;
    Q_EMIT stateChanged(state, reason);
}

void SshConnection::connectToHost()
{
    const int generation = ++m_generation;
    if (m_state == State::Disconnected || m_state == State::Failed || m_state == State::NeedsAttention)
        setState(State::Connecting, tr("Connecting to %1…").arg(m_settings.displayName()));
    toWorker([worker = m_worker, generation] { worker->connectToHost(generation); });
}

void SshConnection::disconnectFromHost()
{
    const int generation = ++m_generation;
    setState(State::Disconnected, tr("Disconnected"));
    toWorker([worker = m_worker, generation] { worker->disconnectFromHost(generation); });
}

void SshConnection::acceptHostKey(HostKeyDecision decision)
{
    toWorker([worker = m_worker, decision] { worker->resolveHostKey(decision); });
}

void SshConnection::provideCredential(int requestId, const SecureBytes &secret)
{
    // The copy in the lambda wipes itself when the call is done.
    toWorker([worker = m_worker, requestId, secret] { worker->provideCredential(requestId, secret); });
}

void SshConnection::cancelCredential(int requestId)
{
    toWorker([worker = m_worker, requestId] { worker->cancelCredential(requestId); });
}

void SshConnection::reconnectNow()
{
    toWorker([worker = m_worker] { worker->reconnectNow(); });
}

RemoteProcess *SshConnection::execute(const QStringList &argv, const ExecOptions &options)
{
    const int id = m_nextId++;
    const QString commandLine = shellJoin(argv);
    auto *process = new RemoteProcess(this, id, argv, commandLine);
    if (argv.isEmpty()) {
        QMetaObject::invokeMethod(
            process,
            [process] {
                process->onFailed(Error(Error::Code::InvalidInput, tr("No command to run was given.")));
            },
            Qt::QueuedConnection);
        return process;
    }
    m_processes.insert(id, process);
    qCDebug(lcRemote) << "exec" << commandLine;
    toWorker([worker = m_worker, id, commandLine, options] { worker->startProcess(id, commandLine, options); });
    return process;
}

LocalForward *SshConnection::forwardLocalPort(const ForwardSpec &spec)
{
    const int id = m_nextId++;
    auto *forward = new LocalForward(this, id, spec);
    m_forwards.insert(id, forward);
    toWorker([worker = m_worker, id, spec] { worker->openForward(id, spec); });
    return forward;
}

void SshConnection::cancelProcess(int id)
{
    toWorker([worker = m_worker, id] { worker->cancelProcess(id); });
}

void SshConnection::releaseProcess(int id)
{
    if (!m_processes.remove(id))
        return;
    toWorker([worker = m_worker, id] { worker->releaseProcess(id); });
}

void SshConnection::closeForward(int id)
{
    if (!m_forwards.remove(id))
        return;
    toWorker([worker = m_worker, id] { worker->closeForward(id); });
}

void SshConnection::watchNetwork()
{
    // Reconnect at once when the network comes back instead of waiting out
    // the backoff. QNetworkInformation is a per-application singleton tied to
    // the main thread; without a backend (no NetworkManager) this is a no-op.
    QCoreApplication *application = QCoreApplication::instance();
    if (!application || QThread::currentThread() != application->thread())
        return;
    static const bool available = QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    if (!available || !QNetworkInformation::instance())
        return;
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online && m_state == State::Reconnecting)
                    reconnectNow();
            });
}

} // namespace RayDeck
