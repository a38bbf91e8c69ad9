// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LaunchDiffDialog.h"
#include "jobs/JobHistoryEntry.h"
#include "ray/JobStatus.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace RayDeck {

/**
 * Every launch of one profile (JobHistoryStore), newest first: time,
 * submission id, the job's status on the head, and the exact overrides.
 * "Launch Again" (or Enter) hands the selected launch back to the form;
 * selecting two and "Compare" shows what changed (JobLaunchDiff) in a dialog.
 */
class LaunchHistoryView : public QWidget
{
    Q_OBJECT

public:
    enum Column { TimeColumn, SubmissionIdColumn, StatusColumn, OverridesColumn };

    explicit LaunchHistoryView(QWidget *parent = nullptr);

    void setProfileId(const QString &profileId);
    /// The history's file; JobHistoryStore::defaultFilePath() unless set.
    void setFilePath(const QString &filePath);
    /// The jobs' statuses as the head reports them, by submission id.
    void setStatuses(const QHash<QString, JobStatus> &statuses);

    const QList<JobHistoryEntry> &entries() const { return m_entries; }
    QTableWidget *table() const { return m_table; }
    /// The comparison dialog last opened, while it is open.
    LaunchDiffDialog *diffDialog() const { return m_diffDialog; }

public Q_SLOTS:
    void reload();
    /// Emits launchAgainRequested() for the one selected launch.
    void launchAgain();
    /// Opens the comparison of the two selected launches (older first).
    void compareSelected();

Q_SIGNALS:
    void launchAgainRequested(const RayDeck::JobLaunch &launch);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<int> selectedRows() const;
    void updateStatuses();
    void updateButtons();

    QString m_profileId;
    QString m_filePath;
    QList<JobHistoryEntry> m_entries;
    QHash<QString, JobStatus> m_statuses;
    QTableWidget *m_table = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_launchAgainButton = nullptr;
    QPushButton *m_compareButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPointer<LaunchDiffDialog> m_diffDialog;
};

} // namespace RayDeck
