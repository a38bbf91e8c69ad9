// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectStep.h"
#include "DockerCommandBuilder.h"
#include "RayCommandBuilder.h"
#include "RemoteOutputParsers.h"
#include "profiles/ServerProfile.h"
#include "util/Error.h"
#include "util/SecureBytes.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

namespace RayDeck {

class RemoteHost;
class RayJobsClient;

/// How far the connect chain may go on its own.
enum class ConnectMode {
    StartWhatIsMissing, ///< create/start the container, start the Ray head
    AttachOnly,         ///< never create or start anything; fail instead
};

/// What a successful connect leaves: the dashboard's local URL and what answered there.
struct ConnectResult
{
    quint16 localPort = 0;
    QUrl dashboardUrl; ///< "http://127.0.0.1:<localPort>/"
    QString rayVersion;
    bool dashboardExposed = false; ///< the remote dashboard listens on all interfaces
    QList<std::pair<PortForward, quint16>> extraForwards; ///< each configured forward and its bound local port
    /// The container the head runs in, as found or made; all empty without Docker.
    QString containerName;
    QString containerImage; ///< as docker inspect reported it, or the image it was created from
    QString containerState; ///< docker's word ("running")
    /// The head's node IP and GCS port, from `ray start`'s output: known only when this connect started the head.
    QString headNodeIp;
    quint16 gcsPort = 0;
};

/**
 * The field report's ritual as one chain of visible steps, run over a
 * profile's RemoteHost: SSH session, docker check, container up, Ray head up,
 * which address the dashboard listens on, the tunnel, and `GET /api/version`
 * through it. Each step records its exact command, output, duration and a
 * message that says what to do when it fails; a failing step stops the chain.
 *
 * Lives in the thread that created it. Ends with exactly one of succeeded() or
 * failed() per start(). Two situations are offered to the user instead of
 * failing silently: a missing image (imageMissing(), then pullImageAndContinue())
 * and a dashboard reachable from the network (dashboardExposed(), then
 * restartRayOnLoopback()).
 */
class ConnectChain : public QObject
{
    Q_OBJECT

public:
    ConnectChain(ServerProfile profile, RemoteHost *host, ConnectMode mode, QObject *parent = nullptr);
    ~ConnectChain() override;

    /**
     * Makes this the chain of a worker node of a cluster: SSH, Docker, container, then
     * `ray start --address=<headGcsAddress>` instead of the head, listening check, tunnel
     * and dashboard. A head that cannot be reached yet is tried again (setJoinRetry()).
     * Call before start().
     */
    void configureAsWorker(const QString &headGcsAddress);
    /// How often and how far apart a worker tries to reach an unreachable head (default 20 × 3 s).
    void setJoinRetry(int attempts, int intervalMs);
    bool isWorker() const { return !m_headGcsAddress.isEmpty(); }

    /// Ray >= 2.52 dashboard token for the final check; wiped with the chain.
    void setRayToken(SecureBytes token) { m_rayToken = std::move(token); }

    const QList<ConnectStep> &steps() const { return m_steps; }
    const ConnectResult &result() const { return m_result; }
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void start();
    void cancel();
    /// After imageMissing(): `docker pull` with progress, then create the container and go on.
    void pullImageAndContinue();
    /// After dashboardExposed(): `ray stop`, then start the head bound to 127.0.0.1, then check again.
    void restartRayOnLoopback();

Q_SIGNALS:
    void stepChanged(int index, const RayDeck::ConnectStep &step);
    void imageMissing(const QString &image);
    void pullProgress(const QString &line);
    void dashboardExposed(const QString &listenAddress);
    void succeeded(const RayDeck::ConnectResult &result);
    void failed(const RayDeck::Error &error);
    /// restartRayOnLoopback() finished; the Listening step shows the new state.
    void rayRestarted(bool boundToLoopback);

private:
    using Step = ConnectStep::Kind;
    void runStep(Step step);
    void runSsh();
    void runDockerCheck();
    void runContainer();
    void createContainer();
    void runRayHead();
    /// What a finished listening check does next: the normal chain goes on to the tunnel;
    /// the check after restartRayOnLoopback() only reports.
    enum class AfterListening { AdvanceChain, StayOnStep };
    void runListeningCheck(int attempt, AfterListening after);
    void rememberHeadAddress(const QByteArray &rayStartOutput);
    void runTunnel();
    void runDashboardCheck();
    void runRayWorker(int attempt);

    int indexOf(Step step) const;
    ConnectStep &step(Step kind) { return m_steps[indexOf(kind)]; }
    void beginStep(Step kind);
    void recordCommand(Step kind, const QStringList &argv);
    void appendOutput(Step kind, const QByteArray &output);
    void finishStep(Step kind, ConnectStep::Status status, const QString &message);
    void failStep(Step kind, const Error &error);
    void next(Step after);
    void succeed();

    /// Runs @p argv on the host, recording it under step @p kind; @p handle gets the outcome unless cancelled.
    void run(Step kind, const QStringList &argv, std::function<void(const struct CommandOutcome &)> handle);
    QStringList rayStartEnvironment() const;
    Error dockerUnavailableError(const struct CommandOutcome &outcome) const;

    ServerProfile m_profile;
    RemoteHost *m_host = nullptr;
    ConnectMode m_mode;
    DockerCommandBuilder m_docker;
    RayCommandBuilder m_ray;
    SecureBytes m_rayToken;
    QList<ConnectStep> m_steps;
    ConnectResult m_result;
    QString m_tunnelTargetHost = QStringLiteral("127.0.0.1");
    QElapsedTimer m_stepTimer;
    QTimer m_retryTimer;
    RayJobsClient *m_rayClient = nullptr;
    QString m_headGcsAddress; ///< set for a worker node
    int m_joinAttempts = 20;
    int m_joinIntervalMs = 3000;
    int m_generation = 0; ///< bumped by cancel() and start(), so late callbacks of an old run are ignored
    bool m_running = false;
};

} // namespace RayDeck
