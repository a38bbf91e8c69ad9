// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ray/JobStatus.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>


class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace RayDeck {

class JobListModel;
class JobLogFollower;
class JobLogView;
class RayJobsClient;

/**
 * The Jobs tab of a connected server: the jobs table refreshed in place every
 * few seconds while visible, and for the selected job its live log, Stop
 * (with confirmation), Delete (finished jobs only) and Open in Dashboard.
 * From the keyboard: Ctrl+. (Cmd+. on macOS) stops the selected job, Delete
 * in the table deletes a finished one.
 */
class JobsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit JobsPanel(QWidget *parent = nullptr);
    ~JobsPanel() override;

    /// The head to talk to (not owned); null detaches the panel.
    void setClient(RayJobsClient *client);

    JobListModel *model() const { return m_model; }
    JobLogView *logView() const { return m_logView; }
    QString selectedJobId() const;
    void selectJob(const QString &id);
    /// Puts the keyboard focus on the jobs table (its current row selected).
    void focusJobsTable();

public Q_SLOTS:
    void refresh();
    void stopSelectedJob();
    void deleteSelectedJob();

Q_SIGNALS:
    /// Deep link for the dashboard view ("#/jobs/<id>").
    void openInDashboardRequested(const QString &route);
    /// A job seen running reached a terminal status (for notifications).
    void jobFinished(const QString &id, RayDeck::JobStatus status);
    void runningJobCountChanged(int count);
    /// The user selected another job (its log, curves and actions follow it).
    void selectedJobChanged(const QString &id);
    void refreshed();
    /// A refresh could not reach the Ray head (killed, crashed, stopped); emitted once until it answers again.
    void rayHeadLost(const QString &reason);
    /// The Ray head answers again after rayHeadLost().
    void rayHeadBack();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void followSelectedJob();
    void updateButtons();
    void setMessage(const QString &message);

    QPointer<RayJobsClient> m_client;
    JobListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    JobLogView *m_logView = nullptr;
    JobLogFollower *m_follower = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_dashboardButton = nullptr;
    QLabel *m_messageLabel = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QTimer m_refreshTimer;
    QHash<QString, JobStatus> m_lastStatus;
    bool m_refreshInFlight = false;
    bool m_headLost = false;
    int m_lastRunningCount = -1;
};

} // namespace RayDeck
