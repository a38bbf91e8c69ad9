// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobDetails.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace RayDeck {

/**
 * Ray jobs as a table: status, id, entrypoint summary, start, duration.
 * setJobs() merges a fresh `GET /api/jobs/` answer into the existing rows
 * (update in place, insert new, remove gone) so that a periodic refresh keeps
 * the selection and scroll position and does not flicker. Newest first.
 */
class JobListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StatusColumn, IdColumn, EntrypointColumn, StartColumn, DurationColumn, ProgressColumn, ColumnCount };
    enum Role { JobIdRole = Qt::UserRole + 1, JobStatusRole, SortKeyRole };

    explicit JobListModel(QObject *parent = nullptr);
    ~JobListModel() override;

    void setJobs(QList<JobDetails> jobs);
    const QList<JobDetails> &jobs() const { return m_jobs; }
    std::optional<JobDetails> job(const QString &id) const;
    int rowOf(const QString &id) const;
    int runningCount() const;
    /// A short progress note per job ("step 12 · reward 0.41"), shown in the Progress column.
    void setProgress(const QString &id, const QString &progress);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// "python3 -m verl.trainer.main_ppo (42 overrides)" rather than a thousand characters.
    static QString summarizeEntrypoint(const QString &entrypoint);
    static QString formatDuration(qint64 seconds);

private:
    QList<JobDetails> m_jobs;
    QHash<QString, QString> m_progress;
};

} // namespace RayDeck
