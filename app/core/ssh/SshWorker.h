// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ssh/CredentialRequest.h"
#include "ssh/ExecOptions.h"
#include "ssh/ForwardSpec.h"
#include "ssh/HostKeyInfo.h"
#include "ssh/JumpHost.h"
#include "ssh/SshConnection.h"
#include "ssh/SshConnectionSettings.h"
#include "util/Error.h"
#include "util/SecureBytes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <map>

namespace RayDeck {

class ChannelPipe;
class ExecChannel;
class ForwardListener;
class SshSession;
class TcpConnector;

/**
 * The engine behind one SshConnection, living in that connection's own
 * thread: it builds the chain of sessions (jump hosts first, each reached
 * through a direct-tcpip channel of the previous one and a socketpair), runs
 * the state machine with automatic reconnects, and owns the remote commands
 * and port forwards. The SshConnection facade is its only caller; every
 * method below runs in the worker thread, invoked through queued calls, and
 * everything it reports goes back through queued signals.
 *
 * Signals about the connection carry the generation of the connect or
 * disconnect request they belong to, so the facade can drop stale ones.
 */
class SshWorker : public QObject
{
    Q_OBJECT

public:
    explicit SshWorker(SshConnectionSettings settings, QObject *parent = nullptr);
    ~SshWorker() override;

    void connectToHost(int generation);
    void disconnectFromHost(int generation);
    void resolveHostKey(HostKeyDecision decision);
    void provideCredential(int requestId, const SecureBytes &secret);
    void cancelCredential(int requestId);
    void reconnectNow();

    void startProcess(int id, const QString &commandLine, const ExecOptions &options);
    void cancelProcess(int id);
    void releaseProcess(int id);
    void openForward(int id, const ForwardSpec &spec);
    void closeForward(int id);

Q_SIGNALS:
    void stateChanged(int generation, RayDeck::SshConnection::State state, const QString &reason);
    void hostKeyVerificationRequired(int generation, const RayDeck::HostKeyInfo &info);
    void credentialRequired(int generation, const RayDeck::CredentialRequest &request);
    void connected(int generation);
    void failed(int generation, const RayDeck::Error &error);

    void processStarted(int id);
    void processStandardOutput(int id, const QByteArray &data);
    void processStandardError(int id, const QByteArray &data);
    void processFinished(int id, int exitStatus);
    void processFailed(int id, const RayDeck::Error &error);

    void forwardListening(int id, quint16 port);
    void forwardFailed(int id, const RayDeck::Error &error, quint16 suggestedPort);
    void forwardRemoteRefused(int id, const QString &message);
    void forwardClosed(int id);

private:
    enum class Phase { Idle, Connecting, Connected, WaitingToReconnect, Reconnecting, NeedsAttention, Failed };

    void startChain();
    void connectHop(int index);
    void startSession(int index, int fd);
    void chainReady();
    void chainFailed(const Error &error);
    void chainLost(const Error &error);
    void teardownChain(const Error &reasonForRunningWork);
    void scheduleReconnect(const Error &cause);
    void attemptReconnect();
    void enterFailed(const Error &error);
    void enterNeedsAttention(const QString &reason);
    void setPublicState(SshConnection::State state, const QString &reason);
    void failWaitingProcesses(const Error &error);
    void killRemoteProcessGroup(qint64 processGroup);
    void onHostKeyRequired(SshSession *session, const HostKeyInfo &info);
    void onCredentialRequired(SshSession *session, CredentialRequest request);
    bool isAutomatic() const { return m_phase == Phase::Reconnecting; }
    SshSession *targetSession() const;
    QString hopName(int index) const;

    SshConnectionSettings m_settings;
    Phase m_phase = Phase::Idle;
    int m_generation = 0;
    SshConnection::State m_publicState = SshConnection::State::Disconnected;
    QString m_publicReason;

    QList<JumpHost> m_route; ///< jump hosts, then the target
    int m_chainEpoch = 0;
    TcpConnector *m_connector = nullptr;
    QList<SshSession *> m_sessions;
    QList<ChannelPipe *> m_links;
    int m_pendingLinkFd = -1; ///< the next hop's end of the socketpair, until its session takes it

    QPointer<SshSession> m_hostKeySession;
    QString m_pendingHostKey;
    QSet<QString> m_acceptedOnce; ///< "host:port fingerprint" trusted for this connection
    QPointer<SshSession> m_credentialSession;
    int m_credentialId = 0;
    int m_nextCredentialId = 1;
    QTimer m_storedSecretTimer;

    QTimer m_reconnectTimer;
    int m_reconnectAttempt = 0;
    Error m_lastDrop;

    std::map<int, ExecChannel *> m_processes;
    std::map<int, ForwardListener *> m_forwards;
};

} // namespace RayDeck
