// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ssh/CredentialRequest.h"
#include "ssh/HostKeyInfo.h"
#include "ssh/LibsshHandles.h"
#include "ssh/SshConnectionSettings.h"
#include "util/Error.h"
#include "util/SecureBytes.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <deque>
#include <memory>
#include <vector>

class QSocketNotifier;

namespace RayDeck {

class ChannelHandle;
class ChannelUser;
class SshAuthenticator;

/**
 * One libssh session to one host (the target or a jump host), driven without
 * blocking and without polling loops: a QSocketNotifier on the session's
 * socket wakes it, the write notifier is armed only while libssh has output
 * queued, and an idle session costs nothing but its keepalive timer.
 *
 * Lifecycle: start(fd) -> handshake -> host key check (may ask:
 * hostKeyDecisionRequired, answered by resolveHostKey) -> authentication (may
 * ask: credentialRequired, answered by provideCredential/cancelCredential) ->
 * ready(). Exactly one of failed() (before ready) or lost() (after) ends it.
 * Owned by the SshWorker; lives and dies in the worker thread. Channels on it
 * belong to ChannelUsers, which the session calls back outside libssh calls.
 */
class SshSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString host;
        quint16 port = 22;
        QString user;
        QString identityFile;
        QString agentSocket;
        QString knownHostsPath;
        HostKeyPolicy hostKeyPolicy = HostKeyPolicy::Ask;
        bool isJumpHost = false;
        std::chrono::milliseconds timeout{15000};
        std::chrono::milliseconds keepaliveInterval{15000};
        int keepaliveCountMax = 3;
    };

    enum class Phase { Created, Handshake, AwaitingHostKeyDecision, Authenticating, AwaitingCredential, Ready, Closed };

    explicit SshSession(Options options, QObject *parent = nullptr);
    ~SshSession() override;

    /// Starts the handshake on @p fd, a connected stream socket; libssh owns it from here on.
    void start(int fd);
    void resolveHostKey(HostKeyDecision decision);
    void provideCredential(SecureBytes secret);
    void cancelCredential();
    /// Ends the session politely (releases channels, sends DISCONNECT); emits nothing.
    void close();

    Phase phase() const { return m_phase; }
    bool isReady() const { return m_phase == Phase::Ready; }
    ssh_session handle() const { return m_session.get(); }
    const Options &options() const { return m_options; }
    /// "user@host:port", for messages.
    QString peerName() const;

    // ---- for ChannelUsers and ChannelHandles (worker thread only) ----

    /// Queues @p user for processChannelEvents(); safe inside libssh callbacks.
    void markDirty(ChannelUser *user);
    /// While on, @p user is processed after every poll (channel opens in flight, zero windows).
    void watchEveryPoll(ChannelUser *user, bool watch);
    /// Processes @p user once libssh's output queue has drained.
    void waitUntilWritable(ChannelUser *user);
    /// True while libssh holds output the socket has not taken yet.
    bool hasPendingOutput() const;
    /// Runs queued users and re-arms the notifiers. Call at the end of every
    /// top-level handler that called into libssh; never from a libssh callback.
    void processPending();
    /// Holds back partial TCP segments to the server until this event-loop
    /// iteration is done, so that requests read from many local sockets in one
    /// wakeup leave in shared segments instead of one segment each.
    void batchOutput();
    /// A buffer of scratchSize bytes for one top-level handler at a time.
    char *scratch();
    static constexpr qsizetype scratchSize = 4 * 1024 * 1024;

    void registerChannel(ChannelHandle *handle);
    void unregisterChannel(ChannelHandle *handle);
    /// Takes a channel whose open is still in flight and frees it once answered.
    void adoptPendingOpen(ssh_channel channel);
    void forgetUser(ChannelUser *user);

Q_SIGNALS:
    void hostKeyDecisionRequired(const RayDeck::HostKeyInfo &info);
    void credentialRequired(const RayDeck::CredentialRequest &request);
    void authenticationStarted();
    void ready();
    /// The session could not be set up; it is Closed now.
    void failed(const RayDeck::Error &error);
    /// An established session broke; it is Closed now.
    void lost(const RayDeck::Error &error);

private:
    void onSocketActivity();
    void continueHandshake();
    void checkHostKey();
    void startAuthentication();
    void continueAuthentication();
    void enterReady();
    void pollSession();
    void onKeepaliveTimer();
    void onTimeout();
    void fail(Error error); // by value: callers pass references into objects fail() destroys
    void shutDownNotifiers();
    void releaseAllChannels();
    bool isAlive() const;
    void updateNotifiers();
    void armTimeout();
    void retryAbandonedOpens();
    void scheduleProcessing();
    void clearQueues();
    void flushBatch();

    Options m_options;
    Phase m_phase = Phase::Created;
    SshSessionPtr m_session;
    SshEventPtr m_event;
    int m_fd = -1;
    /// Identity of m_fd when it was handed over, so that closing it later can
    /// never hit a reused descriptor number.
    quint64 m_fdDevice = 0;
    quint64 m_fdInode = 0;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer m_timeoutTimer;
    QTimer m_keepaliveTimer;
    std::unique_ptr<SshAuthenticator> m_authenticator;
    HostKeyInfo m_hostKey;
    bool m_broken = false;

    ssh_counter_struct m_socketCounter{};
    ssh_counter_struct m_packetCounter{};
    quint64 m_lastInPackets = 0;
    int m_missedKeepalives = 0;

    std::deque<ChannelUser *> m_dirty;
    std::vector<ChannelUser *> m_pollWatchers;
    std::vector<ChannelUser *> m_writeWaiters;
    QSet<ChannelUser *> m_users;
    QSet<ChannelHandle *> m_channels;
    std::vector<ssh_channel> m_abandonedOpens;
    bool m_processing = false;
    bool m_processingScheduled = false;
    bool m_canBatch = false; ///< the transport is TCP (not a jump host's socketpair)
    bool m_batching = false;
    std::unique_ptr<char[]> m_scratch;
};

} // namespace RayDeck
