// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerPage.h"

#include "GpuPanel.h"
#include "ServerInfoPanel.h"
#include "connect/ConnectProgressWidget.h"
#include "console/ConsoleWidget.h"
#include "curves/CurvesView.h"
#include "dashboard/DashboardView.h"
#include "dashboard/ExternalUrlOpener.h"
#include "hydra/ConfigSchema.h"
#include "jobs/JobHistoryStore.h"
#include "jobs/JobSubmissionBuilder.h"
#include "jobs/VerlConfigCheck.h"
#include "jobs/JobsPanel.h"
#include "launch/LaunchForm.h"
#include "launch/LaunchHistoryView.h"
#include "metrics/LatestTrainingSummary.h"
#include "profiles/MessageBox.h"
#include "profiles/ProfileDetailsWidget.h"
#include "ray/JobListModel.h"
#include "ray/JobMetricsTracker.h"
#include "ray/RayJobsClient.h"
#include "session/ServerSession.h"
#include "session/SshRemoteHost.h"
#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace RayDeck {

ServerPage::ServerPage(const ServerProfile &profile, SecretStore *secrets, SessionPrompter *prompter, CommandLog *log,
                       AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_secrets(secrets)
    , m_prompter(prompter)
    , m_log(log)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("serverPage"));
    setAccessibleName(tr("Server %1").arg(profile.name));

    // Centre: the dashboard once connected; before that, how to connect.
    m_notConnected = new QWidget(this);
    m_notConnectedLabel = new QLabel(m_notConnected);
    m_notConnectedLabel->setObjectName(QStringLiteral("notConnectedLabel"));
    m_notConnectedLabel->setAlignment(Qt::AlignCenter);
    m_notConnectedLabel->setWordWrap(true);
    m_connectButton = new QPushButton(tr("&Connect"), m_notConnected);
    m_connectButton->setObjectName(QStringLiteral("connectPushButton"));
    m_connectButton->setAccessibleName(tr("Connect to %1").arg(profile.name));
    m_connectButton->setDefault(true);
    m_attachOnlyCheckBox = new QCheckBox(tr("&Attach only (never create or start anything)"), m_notConnected);
    m_attachOnlyCheckBox->setObjectName(QStringLiteral("attachOnlyCheckBox"));
    m_attachOnlyCheckBox->setAccessibleName(tr("Attach only"));
    connect(m_connectButton, &QPushButton::clicked, this, [this] {
        if (m_attachOnlyCheckBox->isChecked())
            attachToServer();
        else
            connectToServer();
    });
    m_details = new ProfileDetailsWidget(m_notConnected);
    m_details->setProfile(profile);
    auto *notConnectedLayout = new QVBoxLayout(m_notConnected);
    notConnectedLayout->addWidget(m_details);
    notConnectedLayout->addStretch();
    notConnectedLayout->addWidget(m_notConnectedLabel);
    notConnectedLayout->addWidget(m_connectButton, 0, Qt::AlignHCenter);
    notConnectedLayout->addWidget(m_attachOnlyCheckBox, 0, Qt::AlignHCenter);
    notConnectedLayout->addStretch();

    // The dashboard (and its web engine profile) is created at the first
    // connect: a server never connected costs no browser memory.
    m_centre = new QStackedWidget(this);
    m_centre->addWidget(m_notConnected);

    m_launchForm = new LaunchForm(this);
    m_launchForm->setProfile(profile);
    connect(m_launchForm, &LaunchForm::launchRequested, this, &ServerPage::submitLaunch);
    connect(m_launchForm, &LaunchForm::validateOnServerRequested, this, &ServerPage::validateOnServer);
    connect(m_launchForm, &LaunchForm::refreshSchemaRequested, this, &ServerPage::refreshSchemaFromServer);

    m_sideSplitter = new QSplitter(Qt::Horizontal, this);
    m_sideSplitter->setObjectName(QStringLiteral("dashboardLaunchSplitter"));
    m_sideSplitter->addWidget(m_centre);
    m_sideSplitter->addWidget(m_launchForm);
    m_sideSplitter->setStretchFactor(0, 3);
    m_sideSplitter->setStretchFactor(1, 2);
    m_sideSplitter->setCollapsible(0, false);
    m_sideSplitter->setCollapsible(1, true);

    m_steps = new ConnectProgressWidget(this);
    m_jobsPanel = new JobsPanel(this);
    connect(m_jobsPanel, &JobsPanel::openInDashboardRequested, this, [this](const QString &route) {
        if (!m_dashboard)
            return;
        m_dashboard->openRoute(route);
        m_centre->setCurrentWidget(m_dashboard);
    });
    connect(m_jobsPanel, &JobsPanel::runningJobCountChanged, this, [this](int count) {
        m_runningJobs = count;
        Q_EMIT runningJobCountChanged(count);
    });
    connect(m_jobsPanel, &JobsPanel::jobFinished, this, [this](const QString &id, JobStatus status) {
        Q_EMIT jobFinished(m_profile.name, id, status);
    });

    m_curves = new CurvesView(this);
    m_compareComboBox = new QComboBox(this);
    m_compareComboBox->setObjectName(QStringLiteral("compareRunComboBox"));
    m_compareComboBox->setAccessibleName(tr("Run to compare with"));
    auto *compareButton = new QPushButton(tr("Co&mpare"), this);
    compareButton->setObjectName(QStringLiteral("compareRunPushButton"));
    compareButton->setAccessibleName(tr("Overlay the chosen run's curves"));
    connect(compareButton, &QPushButton::clicked, this, &ServerPage::addComparisonRun);
    auto *curvesTab = new QWidget(this);
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(new QLabel(tr("Compare with:"), curvesTab));
    compareRow->addWidget(m_compareComboBox, 1);
    compareRow->addWidget(compareButton);
    auto *curvesLayout = new QVBoxLayout(curvesTab);
    curvesLayout->setContentsMargins(0, 0, 0, 0);
    curvesLayout->addLayout(compareRow);
    curvesLayout->addWidget(m_curves, 1);
    connect(m_jobsPanel, &JobsPanel::selectedJobChanged, this, &ServerPage::followCurvesOf);
    connect(m_jobsPanel, &JobsPanel::rayHeadLost, this, [this](const QString &reason) {
        if (m_dashboard)
            m_dashboard->setHeadState(DashboardView::HeadState::NotAnswering, reason);
    });
    connect(m_jobsPanel, &JobsPanel::rayHeadBack, this, [this] {
        if (m_dashboard)
            m_dashboard->setHeadState(DashboardView::HeadState::Answering);
    });

    m_gpus = new GpuPanel(this);
    m_serverInfo = new ServerInfoPanel(this);
    auto *remoteTab = new QWidget(this);
    remoteTab->setObjectName(QStringLiteral("remoteTabWidget"));
    auto *remoteLayout = new QVBoxLayout(remoteTab);
    remoteLayout->setContentsMargins(0, 0, 0, 0);
    remoteLayout->addWidget(m_serverInfo);
    remoteLayout->addWidget(m_gpus, 1);
    m_console = new ConsoleWidget(log, this);

    // Every launch of this profile; "Launch Again" fills the form, the jobs table supplies statuses.
    m_history = new LaunchHistoryView(this);
    m_history->setProfileId(profile.id);
    connect(m_history, &LaunchHistoryView::launchAgainRequested, this, [this](const JobLaunch &launch) {
        m_launchForm->setLaunch(launch);
        focusLaunchForm();
    });
    connect(m_jobsPanel, &JobsPanel::refreshed, this, [this] {
        QHash<QString, JobStatus> statuses;
        for (const JobDetails &job : m_jobsPanel->model()->jobs())
            statuses.insert(job.id(), job.status);
        m_history->setStatuses(statuses);
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("serverTabWidget"));
    m_tabs->setAccessibleName(tr("Server details"));
    m_tabs->addTab(m_steps, tr("Co&nnection"));
    m_tabs->addTab(m_jobsPanel, tr("&Jobs"));
    m_tabs->addTab(m_history, tr("Histor&y"));
    m_tabs->addTab(curvesTab, tr("C&urves"));
    m_tabs->addTab(remoteTab, tr("&Remote"));
    m_tabs->addTab(m_console, tr("C&onsole"));

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("serverVerticalSplitter"));
    vertical->addWidget(m_sideSplitter);
    vertical->addWidget(m_tabs);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(vertical);

    setState(ServerState::Disconnected);
}

ServerPage::~ServerPage()
{
    // Widgets that hold pointers into the session go first.
    m_jobsPanel->setClient(nullptr);
    m_gpus->setHost(nullptr, nullptr);
}

void ServerPage::setProfile(const ServerProfile &profile)
{
    m_profile = profile;
    m_launchForm->setProfile(profile);
    m_history->setProfileId(profile.id);
    m_details->setProfile(profile);
    setAccessibleName(tr("Server %1").arg(profile.name));
}

QString ServerPage::stateText() const
{
    switch (m_state) {
    case ServerState::Disconnected:
        return tr("Disconnected");
    case ServerState::Connecting:
        return tr("Connecting");
    case ServerState::Connected:
        return tr("Connected");
    case ServerState::Reconnecting:
        return tr("Reconnecting");
    case ServerState::NeedsAttention:
        return tr("Needs attention");
    case ServerState::Failed:
        return tr("Failed");
    }
    return {};
}

QUrl ServerPage::dashboardUrl() const
{
    return m_session ? m_session->dashboardUrl() : QUrl();
}

QString ServerPage::rayVersion() const
{
    return m_session ? m_session->connectResult().rayVersion : QString();
}

bool ServerPage::isConnectedOrConnecting() const
{
    return m_state != ServerState::Disconnected && m_state != ServerState::Failed;
}

void ServerPage::setState(ServerState state)
{
    m_state = state;
    m_connectButton->setEnabled(state == ServerState::Disconnected || state == ServerState::Failed
                                || state == ServerState::NeedsAttention);
    switch (state) {
    case ServerState::Disconnected:
        m_notConnectedLabel->setText(tr("%1 is not connected.").arg(m_profile.name));
        break;
    case ServerState::Failed:
        m_notConnectedLabel->setText(tr("Connecting to %1 failed; the Connection tab says why.").arg(m_profile.name));
        break;
    case ServerState::NeedsAttention:
        m_notConnectedLabel->setText(tr("%1 needs you: connect again to answer its questions.").arg(m_profile.name));
        break;
    default:
        break;
    }
    Q_EMIT stateChanged(state);
}

void ServerPage::connectToServer()
{
    startSession(ConnectMode::StartWhatIsMissing);
}

void ServerPage::attachToServer()
{
    startSession(ConnectMode::AttachOnly);
}

void ServerPage::startSession(ConnectMode mode)
{
    if (m_session && m_session->chain() && m_session->chain()->isRunning())
        return;
    if (!m_session) {
        m_session = new ServerSession(m_profile, m_secrets, m_prompter, m_log, this);
        if (m_acceptNewHostKey)
            m_session->connectionSettings().hostKeyPolicy = HostKeyPolicy::AcceptNew;
        ReconnectPolicy &reconnect = m_session->connectionSettings().reconnect;
        reconnect.mode = !m_settings || m_settings->reconnectAutomatically() ? ReconnectPolicy::Mode::Automatic
                                                                              : ReconnectPolicy::Mode::Never;
        if (m_settings)
            reconnect.maximumDelay = std::chrono::seconds(m_settings->reconnectMaxDelaySeconds());
        connect(m_session, &ServerSession::chainStarted, m_steps, &ConnectProgressWidget::setChain);
        connect(m_session, &ServerSession::upFinished, this, &ServerPage::handleUp);
        connect(m_session, &ServerSession::connectionStateChanged, this, &ServerPage::handleConnectionState);
        connect(m_session, &ServerSession::downFinished, this, [this](const Result<void> &result) {
            if (!result)
                Q_EMIT statusMessage(result.error().message());
            m_jobsPanel->setClient(nullptr);
            m_gpus->setHost(nullptr, nullptr);
            m_serverInfo->clear();
            m_centre->setCurrentWidget(m_notConnected);
            m_session->deleteLater();
            m_session = nullptr;
            setState(ServerState::Disconnected);
        });
    }
    if (m_session->remoteHost())
        m_session->remoteHost()->setUseNextFreePort(!m_settings || m_settings->localPortPolicy() == LocalPortPolicy::NextFree);
    setState(ServerState::Connecting);
    m_tabs->setCurrentWidget(m_steps);
    m_session->up(mode);
}

void ServerPage::handleUp(const Result<ConnectResult> &result)
{
    if (!result) {
        if (result.error().code() != Error::Code::Cancelled)
            Q_EMIT statusMessage(result.error().message());
        setState(result.error().code() == Error::Code::Cancelled ? ServerState::Disconnected : ServerState::Failed);
        return;
    }
    const ConnectResult &up = result.value();
    if (!m_dashboard) {
        m_dashboard = new DashboardView(m_profile.id, this);
        m_centre->addWidget(m_dashboard);
    }
    for (const auto &[forward, port] : up.extraForwards) {
        if (forward.name.contains(u"grafana", Qt::CaseInsensitive))
            m_dashboard->addEmbeddedOrigin(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
    }
    m_dashboard->setToken(m_session->rayClient()->endpoint().token.bytes());
    m_dashboard->setDashboardUrl(up.dashboardUrl);
    m_dashboard->setTunnelState(DashboardView::TunnelState::Up);
    m_centre->setCurrentWidget(m_dashboard);
    m_launchForm->setLocalPort(up.localPort);
    m_jobsPanel->setClient(m_session->rayClient());
    m_gpus->setHost(m_session->remoteHost(), m_session->remoteHost());
    m_serverInfo->setResult(up);
    m_tabs->setCurrentWidget(m_jobsPanel);
    setState(ServerState::Connected);
}

void ServerPage::handleConnectionState(SshConnection::State state, const QString &reason)
{
    const auto tunnel = [this](DashboardView::TunnelState tunnelState) {
        if (m_dashboard)
            m_dashboard->setTunnelState(tunnelState);
    };
    switch (state) {
    case SshConnection::State::Reconnecting:
        tunnel(DashboardView::TunnelState::Reconnecting);
        setState(ServerState::Reconnecting);
        break;
    case SshConnection::State::Connected:
        if (m_state == ServerState::Reconnecting) {
            tunnel(DashboardView::TunnelState::Up);
            setState(ServerState::Connected);
        }
        break;
    case SshConnection::State::NeedsAttention:
        tunnel(DashboardView::TunnelState::Down);
        setState(ServerState::NeedsAttention);
        Q_EMIT statusMessage(reason);
        break;
    case SshConnection::State::Failed:
        if (m_state == ServerState::Connected || m_state == ServerState::Reconnecting) {
            tunnel(DashboardView::TunnelState::Down);
            setState(ServerState::Failed);
            Q_EMIT statusMessage(reason);
        }
        break;
    default:
        break;
    }
}

void ServerPage::disconnectFromServer()
{
    if (!m_session)
        return;
    // Leaving everything running is the default: a training run must not die because a laptop disconnects.
    MessageBox::question(this, tr("Disconnect"),
                         tr("Disconnect from %1?\n\nRay and the container keep running unless you choose to stop them.")
                             .arg(m_profile.name),
                         QMessageBox::Yes | QMessageBox::YesToAll | QMessageBox::Cancel, QMessageBox::Yes, this,
                         [this](MessageBox::Button answer) {
                             if (!m_session || answer == QMessageBox::Cancel)
                                 return;
                             DownOptions options;
                             // "Yes to all" stops Ray and the container as well.
                             options.stopRay = answer == QMessageBox::YesToAll;
                             options.stopContainer = answer == QMessageBox::YesToAll;
                             m_session->down(options);
                         });
}

void ServerPage::disconnectLeavingEverythingRunning()
{
    if (m_session)
        m_session->down(DownOptions{});
}

void ServerPage::openDashboardInBrowser()
{
    if (dashboardUrl().isValid())
        ExternalUrlOpener::open(dashboardUrl());
}

void ServerPage::focusLaunchForm()
{
    QList<int> sizes = m_sideSplitter->sizes();
    if (sizes.value(1) == 0) {
        sizes[1] = qMax(360, width() / 3);
        m_sideSplitter->setSizes(sizes);
    }
    // The form's first control a Tab would reach, never the form itself (it is no control).
    for (QWidget *next = m_launchForm->nextInFocusChain(); next && m_launchForm->isAncestorOf(next);
         next = next->nextInFocusChain()) {
        if ((next->focusPolicy() & Qt::TabFocus) && next->isEnabled() && next->isVisible()) {
            next->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void ServerPage::focusJobs()
{
    m_tabs->setCurrentWidget(m_jobsPanel);
    m_jobsPanel->focusJobsTable();
}

void ServerPage::submitLaunch(const JobLaunch &launch)
{
    if (!m_session || !m_session->isUp()) {
        MessageBox::warning(this, tr("Launch"), tr("Connect to %1 first.").arg(m_profile.name));
        return;
    }
    m_session->submitJob(launch, this, [this, launch](Result<QString> submitted) {
        if (!submitted) {
            MessageBox::warning(this, tr("Launch Failed"), submitted.error().message(), submitted.error().detail());
            return;
        }
        JobHistoryStore history(JobHistoryStore::defaultFilePath());
        const Result<void> saved = history.append(
            m_profile.id, JobHistoryEntry{submitted.value(), QDateTime::currentDateTimeUtc(), launch});
        if (!saved)
            Q_EMIT statusMessage(saved.error().message());
        m_history->reload();
        Q_EMIT statusMessage(tr("Submitted %1").arg(submitted.value()));
        m_tabs->setCurrentWidget(m_jobsPanel);
        const QString id = submitted.value();
        connect(m_jobsPanel, &JobsPanel::refreshed, this, [this, id] { m_jobsPanel->selectJob(id); },
                Qt::SingleShotConnection);
        m_jobsPanel->refresh();
        followCurvesOf(id);
    });
}

void ServerPage::validateOnServer(const JobLaunch &launch)
{
    if (!m_session || !m_session->remoteHost()) {
        MessageBox::warning(this, tr("Validate on Server"), tr("Connect to %1 first.").arg(m_profile.name));
        return;
    }
    // Hydra itself checks the overrides: `--cfg job` composes the config and prints it without training.
    Q_EMIT statusMessage(tr("Asking verl on %1 to check the overrides…").arg(m_profile.name));
    VerlConfigCheck::validate(m_session->remoteHost(), m_profile.docker, launch, this,
                              [this](Result<VerlValidation> result) {
                                  if (!result) {
                                      MessageBox::warning(this, tr("Validate on Server"), result.error().message(),
                                                          result.error().detail());
                                      return;
                                  }
                                  if (result->accepted) {
                                      MessageBox::information(this, tr("Validate on Server"),
                                                              tr("verl's Hydra accepted every override."));
                                      return;
                                  }
                                  MessageBox::warning(this, tr("Validate on Server"),
                                                      tr("verl's Hydra refused the overrides:\n\n%1")
                                                          .arg(result->hydraMessage));
                              });
}

void ServerPage::refreshSchemaFromServer()
{
    if (!m_session || !m_session->remoteHost()) {
        MessageBox::warning(this, tr("Refresh from Server"), tr("Connect to %1 first.").arg(m_profile.name));
        return;
    }
    Q_EMIT statusMessage(tr("Reading verl's config from %1…").arg(m_profile.name));
    VerlConfigCheck::readSchema(m_session->remoteHost(), m_profile.docker, ConfigSchema::bundled(), this,
                                [this](Result<ConfigSchema> schema) {
                                    if (!schema) {
                                        MessageBox::warning(this, tr("Refresh from Server"), schema.error().message(),
                                                            schema.error().detail());
                                        return;
                                    }
                                    m_launchForm->setSchema(schema.value());
                                    Q_EMIT statusMessage(
                                        tr("The launch form now matches the verl installed on %1.").arg(m_profile.name));
                                });
}

void ServerPage::followCurvesOf(const QString &jobId)
{
    if (!m_session || !m_session->rayClient())
        return;
    delete m_curvesTracker;
    m_curvesTracker = new JobMetricsTracker(m_session->rayClient(), jobId, this);
    m_curves->clearComparisonRuns();
    m_curves->setTracker(m_curvesTracker, jobId);
    // The jobs table shows where a running job is: latest step and reward.
    connect(m_curvesTracker, &JobMetricsTracker::metricsChanged, this, [this, jobId] {
        if (m_curvesTracker)
            m_jobsPanel->model()->setProgress(jobId, LatestTrainingSummary::from(m_curvesTracker->metrics()).toDisplayString());
    });
    m_curvesTracker->start();
    m_compareComboBox->clear();
    for (const JobDetails &job : m_jobsPanel->model()->jobs()) {
        if (job.id() != jobId)
            m_compareComboBox->addItem(job.id());
    }
}

void ServerPage::addComparisonRun()
{
    const QString other = m_compareComboBox->currentText();
    if (other.isEmpty() || !m_session || !m_session->rayClient())
        return;
    auto *tracker = new JobMetricsTracker(m_session->rayClient(), other, this);
    connect(tracker, &JobMetricsTracker::finished, this, [this, tracker, other] {
        m_curves->addComparisonRun(other, tracker->metrics());
        tracker->deleteLater();
    });
    connect(tracker, &JobMetricsTracker::failed, this, [this, tracker](const Error &error) {
        Q_EMIT statusMessage(error.message());
        tracker->deleteLater();
    });
    tracker->start();
}

} // namespace RayDeck
