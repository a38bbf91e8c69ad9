// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ssh/CredentialRequest.h"
#include "ssh/ExecOptions.h"
#include "ssh/ForwardSpec.h"
#include "ssh/HostKeyInfo.h"
#include "ssh/SshConnectionSettings.h"
#include "util/Error.h"
#include "util/SecureBytes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QThread;

namespace RayDeck {

class LocalForward;
class RemoteProcess;
class SshWorker;

/**
 * One SSH connection to a server (through its jump hosts, if any), the way
 * the rest of RayDeck sees it. It lives in the thread that creates it (the
 * GUI thread, or the CLI's main thread) and owns a worker thread in which
 * libssh runs; everything between the two goes through queued signals, so no
 * call here ever blocks.
 *
 * connectToHost() goes through Connecting and Authenticating to Connected
 * (connected()), or ends in Failed (failed()). On the way it may ask the
 * caller two kinds of questions, which must be answered (or the connect waits):
 * hostKeyVerificationRequired -> acceptHostKey(), and credentialRequired ->
 * provideCredential()/cancelCredential(). The engine never prompts by itself.
 *
 * An established connection that drops goes to Reconnecting and retries with
 * backoff (SshConnectionSettings::reconnect), then back to Connected. Automatic
 * reconnects never ask the user: a credential request is then marked
 * StoredSecretsOnly, and anything that needs a person (an unknown host key, a
 * secret nobody provides, a refused login) leads to NeedsAttention, left by
 * calling connectToHost() again. A host key that changed while away ends in
 * Failed instead: it is refused outright, never offered for review, because
 * the user must first find out why the server's identity changed. Port
 * forwards keep listening throughout, so
 * their local URLs stay valid; remote commands running at the drop fail.
 *
 * disconnectFromHost() closes everything, forwards included. Deleting the
 * SshConnection does the same.
 */
class SshConnection : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Disconnected,
        Connecting,
        Authenticating,
        Connected,
        Reconnecting,   ///< the connection dropped; retrying on its own
        NeedsAttention, ///< an automatic reconnect needs the user; call connectToHost()
        Failed,         ///< see the reason; call connectToHost() to try again
    };
    Q_ENUM(State)

    explicit SshConnection(SshConnectionSettings settings, QObject *parent = nullptr);
    ~SshConnection() override;

    const SshConnectionSettings &settings() const { return m_settings; }
    State state() const { return m_state; }
    /// Why the connection is in state(): progress, the error, or what to do.
    QString stateReason() const { return m_reason; }

    /**
     * Runs @p argv on the server, each element arriving as one literal
     * argument: the command line is built only with shellJoin(). May be
     * called before connectToHost() or while (re)connecting: it then waits
     * (within options.timeout) and fails if the connect fails or
     * disconnectFromHost() is called. In Failed and NeedsAttention it fails at
     * once. Many may run at once. The RemoteProcess is a child of this
     * connection; delete it to abandon the command.
     */
    RemoteProcess *execute(const QStringList &argv, const ExecOptions &options = {});

    /**
     * Listens on 127.0.0.1 (and ::1) and forwards each connection to
     * spec.remoteHost:remotePort as seen from the server. Listening starts
     * at once, even before the connection is up. The LocalForward is a child
     * of this connection; delete it or call close() to stop.
     */
    LocalForward *forwardLocalPort(const ForwardSpec &spec);

public Q_SLOTS:
    void connectToHost();
    void disconnectFromHost();
    /// The answer to the last hostKeyVerificationRequired.
    void acceptHostKey(RayDeck::HostKeyDecision decision);
    /// The answer to credentialRequired(request) with request.id == @p requestId. The copy handed to libssh is wiped after use.
    void provideCredential(int requestId, const RayDeck::SecureBytes &secret);
    void cancelCredential(int requestId);
    /// Skips the wait before the next automatic reconnect (network came back, machine woke up).
    void reconnectNow();

Q_SIGNALS:
    void stateChanged(RayDeck::SshConnection::State state, const QString &reason);
    void hostKeyVerificationRequired(const RayDeck::HostKeyInfo &info);
    void credentialRequired(const RayDeck::CredentialRequest &request);
    /// Connected, after connectToHost() or after an automatic reconnect.
    void connected();
    /// A connect (or an automatic reconnect) failed for good; state() is Failed.
    void failed(const RayDeck::Error &error);

private:
    friend class RemoteProcess;
    friend class LocalForward;

    void setState(State state, const QString &reason);
    void cancelProcess(int id);
    void releaseProcess(int id);
    void closeForward(int id);
    void watchNetwork();
    template<typename Function>
    void toWorker(Function function);

    SshConnectionSettings m_settings;
    std::unique_ptr<QThread> m_thread;
    SshWorker *m_worker = nullptr;
    State m_state = State::Disconnected;
    QString m_reason;
    int m_generation = 0;
    int m_nextId = 1;
    QHash<int, QPointer<RemoteProcess>> m_processes;
    QHash<int, QPointer<LocalForward>> m_forwards;
};

} // namespace RayDeck

Q_DECLARE_METATYPE(RayDeck::SshConnection::State)
