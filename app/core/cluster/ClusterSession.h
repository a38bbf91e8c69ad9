// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/ClusterProfile.h"
#include "cluster/RayClusterStatus.h"
#include "profiles/ServerProfile.h"
#include "session/ServerSession.h"
#include "util/Result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

namespace RayDeck {

class CommandLog;
class ConnectChain;
class SecretStore;
class SessionPrompter;

enum class ClusterNodeRole { Head, Worker };

/// One server of a cluster while it connects: its profile, its role and how its chain went.
struct ClusterNode
{
    enum class State {
        Idle,       ///< not started (yet)
        Connecting, ///< its chain runs
        Up,         ///< its chain succeeded (a worker: `ray start --address` succeeded)
        Failed,     ///< its chain failed; failure says why
        Skipped,    ///< not tried because the head did not come up
    };

    QString profileName;
    ClusterNodeRole role = ClusterNodeRole::Worker;
    State state = State::Idle;
    std::optional<Error> failure;
};

/// How a cluster up() (or a worker retry) ended.
struct ClusterUpReport
{
    QUrl dashboardUrl;        ///< the head's dashboard through the tunnel; empty if the head failed
    QString headGcsAddress;   ///< "<head address>:<gcs port>" the workers were given
    int expectedNodes = 0;    ///< head + every worker
    std::optional<RayClusterStatus> status; ///< the head's `ray status` after the workers; empty if unknown
    QList<ClusterNode> nodes; ///< head first
    std::optional<Error> failure; ///< the head failed, no head address, or the final check failed

    /// Every node came up and the head counts them all.
    bool allJoined() const;
    /// The workers that failed, with their reasons.
    QList<ClusterNode> failedNodes() const;
};

/**
 * A Ray cluster while RayDeck works with it: one ServerSession per server
 * (each with its own SSH, keychain-first credentials and step list), head
 * first, then every worker in parallel.
 *
 * up(): the head's connect chain as for a single server, with `ray start
 * --head --port=<gcs>` (and `--node-ip-address=<head address>` when it is an
 * IP) while the dashboard stays on 127.0.0.1 and is reached through the
 * tunnel. An empty head address is suggested from the head
 * (HeadAddressSuggester) once it is connected. Then each worker's chain:
 * container up, `ray start --address=<head address>:<gcs>`, retried while the
 * head is not reachable. A failing worker does not stop the others. Finally
 * the head's `ray status` is read (again, until every node that came up is
 * counted, or a bound is reached) for nodes, CPUs and GPUs. upFinished() ends
 * it, always exactly once per up().
 *
 * retryWorker() runs one worker's chain again and re-reads the status;
 * workerRetryFinished() ends it. down() stops workers first, then the head;
 * with default DownOptions nothing is stopped ("leave running"), only the
 * connections close; downFinished() ends it.
 *
 * Lives in the thread that created it (the SSH work runs on each connection's
 * worker thread). One operation at a time per node.
 */
class ClusterSession : public QObject
{
    Q_OBJECT

public:
    ClusterSession(ClusterProfile cluster, ServerProfile head, QList<ServerProfile> workers, SecretStore *secrets,
                   SessionPrompter *prompter, CommandLog *log, QObject *parent = nullptr);
    ~ClusterSession() override;

    const ClusterProfile &cluster() const { return m_cluster; }
    ServerSession *headSession() const { return m_sessions.value(0); }
    /// The session of the server called @p profileName (head or worker); null if it is not in the cluster.
    ServerSession *session(const QString &profileName) const;
    const QList<ClusterNode> &nodes() const { return m_nodes; }
    /// "<head address>:<gcs port>", once known.
    QString headGcsAddress() const;
    const ClusterUpReport &lastReport() const { return m_report; }

    /// How often a worker tries an unreachable head (ConnectChain::setJoinRetry()).
    void setJoinRetry(int attempts, int intervalMs);
    /// How long the final check waits for nodes to show up in `ray status`.
    void setMembershipWait(int attempts, int intervalMs);

    void up(ConnectMode headMode);
    /// Runs the worker @p profileName's chain again (the head must be up); workerRetryFinished() ends it.
    void retryWorker(const QString &profileName);
    /// Reads the head's `ray status` (connecting to the head if needed); membershipChecked() ends it.
    void checkMembership();
    void down(DownOptions options);

Q_SIGNALS:
    /// A node's chain is about to start; show its steps.
    void nodeChainStarted(const QString &profileName, RayDeck::ClusterNodeRole role, RayDeck::ConnectChain *chain);
    void nodeChanged(int index, const RayDeck::ClusterNode &node);
    /// The head address was empty and was suggested from the head.
    void headAddressChosen(const QString &address, const QString &reason);
    /// The head address is public, loopback or a host name (AddressScope::warningFor()).
    void headAddressWarning(const QString &message);
    void membershipChecked(const RayDeck::Result<RayDeck::RayClusterStatus> &status);
    void upFinished(const RayDeck::ClusterUpReport &report);
    void workerRetryFinished(const QString &profileName, const RayDeck::ClusterUpReport &report);
    void downFinished(const RayDeck::Result<void> &result);

private:
    int indexOf(const QString &profileName) const;
    void setNodeState(int index, ClusterNode::State state, std::optional<Error> failure = std::nullopt);
    void headUp(const Result<ConnectResult> &result);
    void startWorkers();
    void startWorker(int index, std::function<void()> finished);
    void finishUp(std::optional<Error> failure);
    int expectedJoined() const;
    void readStatus(std::function<void(Result<RayClusterStatus>)> done);
    void pollStatus(int expected, int attempt, std::function<void(Result<RayClusterStatus>)> done);
    void downNode(int index, DownOptions options, std::function<void(Result<void>)> done);
    void withConnection(ServerSession *session, std::function<void(Result<void>)> done);
    ClusterUpReport makeReport(std::optional<Error> failure) const;

    ClusterProfile m_cluster;
    QList<ServerProfile> m_profiles; ///< head first
    QList<ServerSession *> m_sessions; ///< head first, same order as m_profiles
    QList<ClusterNode> m_nodes;
    QString m_headAddress;
    QUrl m_dashboardUrl;
    std::optional<RayClusterStatus> m_status;
    ClusterUpReport m_report;
    int m_joinAttempts = 20;
    int m_joinIntervalMs = 3000;
    int m_statusAttempts = 20;
    int m_statusIntervalMs = 1000;
    int m_pendingWorkers = 0;
};

} // namespace RayDeck

Q_DECLARE_METATYPE(RayDeck::ClusterNode)
Q_DECLARE_METATYPE(RayDeck::ClusterUpReport)
Q_DECLARE_METATYPE(RayDeck::Result<RayDeck::RayClusterStatus>)
