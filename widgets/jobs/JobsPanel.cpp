// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobsPanel.h"

#include "JobLogView.h"
#include "ray/JobListModel.h"
#include "ray/JobLogFollower.h"
#include "profiles/MessageBox.h"
#include "ray/RayJobsClient.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace RayDeck {

namespace {
constexpr int refreshIntervalMs = 3000;
// While the tab is hidden, a slow poll still notices jobs that finish (for notifications).
constexpr int hiddenRefreshIntervalMs = 15000;
} // namespace

JobsPanel::JobsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new JobListModel(this))
{
    setObjectName(QStringLiteral("jobsPanel"));
    setAccessibleName(tr("Jobs"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("jobsTableView"));
    m_table->setAccessibleName(tr("Ray jobs"));
    m_table->setAccessibleDescription(tr("Jobs on this server's Ray cluster, newest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(JobListModel::EntrypointColumn, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        followSelectedJob();
        updateButtons();
    });

    const auto button = [this](const QString &text, const QString &name, const QString &description,
                               const QString &objectName) {
        auto *pushButton = new QPushButton(text, this);
        pushButton->setObjectName(objectName);
        pushButton->setAccessibleName(name);
        pushButton->setAccessibleDescription(description);
        return pushButton;
    };
    m_refreshButton = button(tr("Refresh"), tr("Refresh the jobs list"),
                             tr("Ask the Ray head for its jobs now; the list also refreshes by itself"),
                             QStringLiteral("jobsRefreshPushButton"));
    m_stopButton = button(tr("S&top…"), tr("Stop the selected job"),
                          tr("Asks first; Ray ends the job with SIGTERM, then SIGKILL. Shortcut: Ctrl+."),
                          QStringLiteral("jobsStopPushButton"));
    m_deleteButton = button(tr("&Delete…"), tr("Delete the selected finished job"),
                            tr("Asks first; removes the job from the cluster's list, its logs stay on the server"),
                            QStringLiteral("jobsDeletePushButton"));
    m_dashboardButton = button(tr("Open in Dash&board"), tr("Show the selected job in the Ray dashboard"),
                               tr("Opens the job's page in the embedded dashboard"),
                               QStringLiteral("jobsOpenInDashboardPushButton"));
    // Keyboard: stop from anywhere in the panel, delete from the table (Delete
    // must keep working in the log's search field).
    m_stopAction = new QAction(tr("S&top Job…"), this);
    m_stopAction->setObjectName(QStringLiteral("stopJobAction"));
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_stopAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_stopAction, &QAction::triggered, this, &JobsPanel::stopSelectedJob);
    addAction(m_stopAction);
    m_deleteAction = new QAction(tr("&Delete Job…"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteJobAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &JobsPanel::deleteSelectedJob);
    m_table->addAction(m_stopAction);
    m_table->addAction(m_deleteAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_refreshButton, &QPushButton::clicked, this, &JobsPanel::refresh);
    connect(m_stopButton, &QPushButton::clicked, this, &JobsPanel::stopSelectedJob);
    connect(m_deleteButton, &QPushButton::clicked, this, &JobsPanel::deleteSelectedJob);
    connect(m_dashboardButton, &QPushButton::clicked, this, [this] {
        if (!selectedJobId().isEmpty())
            Q_EMIT openInDashboardRequested(QStringLiteral("#/jobs/") + selectedJobId());
    });
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("jobsMessageLabel"));
    m_messageLabel->setWordWrap(true);

    m_logView = new JobLogView(this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refreshButton);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_dashboardButton);
    buttons->addStretch();
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_messageLabel);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_logView);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_refreshTimer.setInterval(hiddenRefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &JobsPanel::refresh);
    updateButtons();
}

JobsPanel::~JobsPanel() = default;

void JobsPanel::setClient(RayJobsClient *client)
{
    m_client = client;
    m_model->setJobs({});
    m_lastStatus.clear();
    delete m_follower;
    m_follower = nullptr;
    m_logView->clear();
    updateButtons();
    if (client) {
        m_refreshTimer.start();
        refresh();
    } else {
        m_refreshTimer.stop();
    }
}

QString JobsPanel::selectedJobId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->data(current, JobListModel::JobIdRole).toString() : QString();
}

void JobsPanel::selectJob(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void JobsPanel::focusJobsTable()
{
    m_table->setFocus(Qt::ShortcutFocusReason);
    // A table with focus but no current row would make the arrow keys start nowhere visible.
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void JobsPanel::refresh()
{
    if (!m_client || m_refreshInFlight)
        return;
    m_refreshInFlight = true;
    m_client->listJobs(this, [this](Result<QList<JobDetails>> jobs) {
        m_refreshInFlight = false;
        if (!jobs) {
            setMessage(jobs.error().message());
            // Only "nothing answers" means the head is gone; an HTTP error is a head that answers.
            const Error::Code code = jobs.error().code();
            if (!m_headLost && (code == Error::Code::Network || code == Error::Code::Timeout)) {
                m_headLost = true;
                Q_EMIT rayHeadLost(jobs.error().message());
            }
            Q_EMIT refreshed();
            return;
        }
        setMessage({});
        if (m_headLost) {
            m_headLost = false;
            Q_EMIT rayHeadBack();
        }
        for (const JobDetails &job : jobs.value()) {
            const auto previous = m_lastStatus.constFind(job.id());
            if (previous != m_lastStatus.cend() && !isTerminal(*previous) && isTerminal(job.status))
                Q_EMIT jobFinished(job.id(), job.status);
            m_lastStatus.insert(job.id(), job.status);
        }
        m_model->setJobs(std::move(jobs).value());
        updateButtons();
        const int running = m_model->runningCount();
        if (running != m_lastRunningCount) {
            m_lastRunningCount = running;
            Q_EMIT runningJobCountChanged(running);
        }
        Q_EMIT refreshed();
    });
}

void JobsPanel::stopSelectedJob()
{
    const QString id = selectedJobId();
    if (id.isEmpty() || !m_client)
        return;
    MessageBox::question(this, tr("Stop Job"), tr("Stop job %1? Ray sends it SIGTERM, then SIGKILL.").arg(id),
                         QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, this,
                         [this, id](MessageBox::Button answer) {
                             if (answer != QMessageBox::Yes || !m_client)
                                 return;
                             m_client->stopJob(id, this, [this, id](Result<bool> stopped) {
                                 if (!stopped)
                                     setMessage(stopped.error().message());
                                 else
                                     setMessage(stopped.value() ? tr("Stopping %1…").arg(id)
                                                                : tr("%1 was not running.").arg(id));
                                 refresh();
                             });
                         });
}

void JobsPanel::deleteSelectedJob()
{
    const QString id = selectedJobId();
    const std::optional<JobDetails> job = m_model->job(id);
    if (!job || !m_client || !isTerminal(job->status))
        return;
    MessageBox::question(this, tr("Delete Job"),
                         tr("Delete job %1 from the Ray cluster's list? Its log files stay on the server.").arg(id),
                         QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, this,
                         [this, id](MessageBox::Button answer) {
                             if (answer != QMessageBox::Yes || !m_client)
                                 return;
                             m_client->deleteJob(id, this, [this](Result<bool> deleted) {
                                 if (!deleted)
                                     setMessage(deleted.error().message());
                                 refresh();
                             });
                         });
}

void JobsPanel::followSelectedJob()
{
    const QString id = selectedJobId();
    if (m_follower && m_follower->jobId() == id)
        return;
    Q_EMIT selectedJobChanged(id);
    delete m_follower;
    m_follower = nullptr;
    m_logView->clear();
    if (id.isEmpty() || !m_client)
        return;
    m_follower = new JobLogFollower(m_client, id, this);
    m_logView->setFollower(m_follower);
    m_follower->start();
}

void JobsPanel::updateButtons()
{
    const std::optional<JobDetails> job = m_model->job(selectedJobId());
    const bool submission = job && job->type == JobDetails::Type::Submission;
    m_refreshButton->setEnabled(m_client);
    m_stopButton->setEnabled(submission && !isTerminal(job->status));
    m_deleteButton->setEnabled(submission && isTerminal(job->status));
    m_stopAction->setEnabled(m_stopButton->isEnabled());
    m_deleteAction->setEnabled(m_deleteButton->isEnabled());
    m_dashboardButton->setEnabled(job.has_value());
}

void JobsPanel::setMessage(const QString &message)
{
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
}

void JobsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_refreshTimer.setInterval(refreshIntervalMs);
    refresh();
}

void JobsPanel::hideEvent(QHideEvent *event)
{
    m_refreshTimer.setInterval(hiddenRefreshIntervalMs);
    QWidget::hideEvent(event);
}

} // namespace RayDeck
