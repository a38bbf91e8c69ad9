// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/JobLaunch.h"
#include "profiles/ServerProfile.h"
#include "ray/JobStatus.h"
#include "remote/ConnectChain.h"
#include "ssh/SshConnection.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace RayDeck {

class AppSettings;
class CommandLog;
class ConnectProgressWidget;
class ConsoleWidget;
class CurvesView;
class DashboardView;
class GpuPanel;
class ProfileDetailsWidget;
class JobMetricsTracker;
class JobsPanel;
class LaunchForm;
class LaunchHistoryView;
class SecretStore;
class ServerInfoPanel;
class ServerSession;
class SessionPrompter;

/// How a server is doing, for the sidebar and the status bar.
enum class ServerState { Disconnected, Connecting, Connected, Reconnecting, NeedsAttention, Failed };

/**
 * Everything about one server profile in the main window: the Ray Dashboard in
 * the centre with the launch form beside it (a splitter side panel the user
 * can resize or collapse), and below them the Connection steps, Jobs, Curves,
 * Remote (container, Ray head, GPUs) and Console tabs. Connect runs the connect chain; Disconnect
 * asks whether to stop Ray and the container.
 */
class ServerPage : public QWidget
{
    Q_OBJECT

public:
    ServerPage(const ServerProfile &profile, SecretStore *secrets, SessionPrompter *prompter, CommandLog *log,
               AppSettings *settings, QWidget *parent = nullptr);
    ~ServerPage() override;

    const ServerProfile &profile() const { return m_profile; }
    /// A changed profile takes effect at the next connect.
    void setProfile(const ServerProfile &profile);

    ServerState state() const { return m_state; }
    QString stateText() const;
    int runningJobCount() const { return m_runningJobs; }
    QUrl dashboardUrl() const;
    QString rayVersion() const;
    bool isConnectedOrConnecting() const;
    /// Unknown host keys are saved without asking at the next connect (`--accept-new-host-key`).
    void setAcceptNewHostKey(bool accept) { m_acceptNewHostKey = accept; }

    ServerSession *session() const { return m_session; }
    DashboardView *dashboard() const { return m_dashboard; }
    LaunchForm *launchForm() const { return m_launchForm; }
    JobsPanel *jobsPanel() const { return m_jobsPanel; }
    LaunchHistoryView *historyView() const { return m_history; }
    CurvesView *curvesView() const { return m_curves; }
    ServerInfoPanel *serverInfo() const { return m_serverInfo; }
    /// The profile summary with Edit / Duplicate / Delete, shown while not connected.
    ProfileDetailsWidget *details() const { return m_details; }

public Q_SLOTS:
    void connectToServer();
    void attachToServer();
    /// Asks what to stop (nothing by default), then disconnects.
    void disconnectFromServer();
    /// Disconnects without asking, leaving Ray and the container running.
    void disconnectLeavingEverythingRunning();
    void openDashboardInBrowser();
    void focusLaunchForm();
    /// Shows the Jobs tab and puts the keyboard focus on the jobs table.
    void focusJobs();

Q_SIGNALS:
    void stateChanged(RayDeck::ServerState state);
    void runningJobCountChanged(int count);
    void jobFinished(const QString &profileName, const QString &jobId, RayDeck::JobStatus status);
    void statusMessage(const QString &message);

private:
    void startSession(ConnectMode mode);
    void setState(ServerState state);
    void handleConnectionState(SshConnection::State state, const QString &reason);
    void handleUp(const Result<ConnectResult> &result);
    void submitLaunch(const JobLaunch &launch);
    void validateOnServer(const JobLaunch &launch);
    void refreshSchemaFromServer();
    void followCurvesOf(const QString &jobId);
    void addComparisonRun();

    ServerProfile m_profile;
    SecretStore *m_secrets;
    SessionPrompter *m_prompter;
    QPointer<CommandLog> m_log;
    AppSettings *m_settings;
    ServerSession *m_session = nullptr;
    ServerState m_state = ServerState::Disconnected;
    int m_runningJobs = 0;
    bool m_acceptNewHostKey = false;

    QStackedWidget *m_centre = nullptr;
    QWidget *m_notConnected = nullptr;
    ProfileDetailsWidget *m_details = nullptr;
    QLabel *m_notConnectedLabel = nullptr;
    QPushButton *m_connectButton = nullptr;
    QCheckBox *m_attachOnlyCheckBox = nullptr;
    DashboardView *m_dashboard = nullptr;
    QSplitter *m_sideSplitter = nullptr;
    LaunchForm *m_launchForm = nullptr;
    QTabWidget *m_tabs = nullptr;
    ConnectProgressWidget *m_steps = nullptr;
    JobsPanel *m_jobsPanel = nullptr;
    LaunchHistoryView *m_history = nullptr;
    CurvesView *m_curves = nullptr;
    QComboBox *m_compareComboBox = nullptr;
    JobMetricsTracker *m_curvesTracker = nullptr;
    GpuPanel *m_gpus = nullptr;
    ServerInfoPanel *m_serverInfo = nullptr;
    ConsoleWidget *m_console = nullptr;
};

} // namespace RayDeck
