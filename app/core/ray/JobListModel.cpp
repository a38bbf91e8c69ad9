// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobListModel.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace RayDeck {

JobListModel::JobListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

JobListModel::~JobListModel() = default;

void JobListModel::setJobs(QList<JobDetails> jobs)
{
    // Newest first; jobs that have not started sort above everything.
    std::stable_sort(jobs.begin(), jobs.end(), [](const JobDetails &a, const JobDetails &b) {
        const qint64 aStart = a.startTime.isValid() ? a.startTime.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        const qint64 bStart = b.startTime.isValid() ? b.startTime.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        return aStart > bStart;
    });

    QSet<QString> incoming;
    for (const JobDetails &job : std::as_const(jobs))
        incoming.insert(job.id());
    for (int row = int(m_jobs.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_jobs[row].id())) {
            beginRemoveRows({}, row, row);
            m_jobs.removeAt(row);
            endRemoveRows();
        }
    }
    // Walk the wanted order; update rows in place, move or insert as needed.
    for (int target = 0; target < jobs.size(); ++target) {
        const JobDetails &job = jobs[target];
        const int current = rowOf(job.id());
        if (current == target) {
            if (!(m_jobs[target] == job)) {
                m_jobs[target] = job;
                Q_EMIT dataChanged(index(target, 0), index(target, ColumnCount - 1));
            }
        } else if (current >= 0) {
            beginMoveRows({}, current, current, {}, target > current ? target + 1 : target);
            m_jobs.move(current, target);
            endMoveRows();
            m_jobs[target] = job;
            Q_EMIT dataChanged(index(target, 0), index(target, ColumnCount - 1));
        } else {
            beginInsertRows({}, target, target);
            m_jobs.insert(target, job);
            endInsertRows();
        }
    }
    // Durations of running jobs grow between refreshes.
    if (!m_jobs.isEmpty())
        Q_EMIT dataChanged(index(0, DurationColumn), index(int(m_jobs.size()) - 1, DurationColumn));
}

std::optional<JobDetails> JobListModel::job(const QString &id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_jobs[row];
}

int JobListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs[row].id() == id)
            return row;
    }
    return -1;
}

int JobListModel::runningCount() const
{
    return int(std::count_if(m_jobs.begin(), m_jobs.end(), [](const JobDetails &job) {
        return job.status == JobStatus::Running || job.status == JobStatus::Pending;
    }));
}

void JobListModel::setProgress(const QString &id, const QString &progress)
{
    m_progress.insert(id, progress);
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, ProgressColumn), index(row, ProgressColumn));
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobListModel::summarizeEntrypoint(const QString &entrypoint)
{
    // "cd /workspace/verl && python3 -m verl.trainer.main_ppo 'a=1' 'b=2'" -> module and override count.
    static const QRegularExpression module(QStringLiteral(R"(python3?\s+-m\s+(\S+)(.*)$)"));
    const QRegularExpressionMatch match = module.match(entrypoint);
    if (match.hasMatch()) {
        const qsizetype overrides = match.captured(2).count(u'=');
        if (overrides > 0)
            return tr("%1 (%n overrides)", nullptr, int(overrides))
                .arg(match.captured(1));
        return match.captured(1);
    }
    const QString oneLine = entrypoint.simplified();
    return oneLine.size() > 80 ? oneLine.left(79) + u'…' : oneLine;
}

QString JobListModel::formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return QStringLiteral("%1s").arg(seconds);
    if (seconds < 3600)
        return QStringLiteral("%1m %2s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1h %2m").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const JobDetails &job = m_jobs[index.row()];
    if (role == JobIdRole)
        return job.id();
    if (role == JobStatusRole)
        return QVariant::fromValue(job.status);
    if (role == Qt::ToolTipRole) {
        if (index.column() == EntrypointColumn)
            return job.entrypoint;
        if (index.column() == StatusColumn)
            return job.message;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case StatusColumn:
        return displayName(job.status);
    case IdColumn:
        return job.id();
    case EntrypointColumn:
        return summarizeEntrypoint(job.entrypoint);
    case StartColumn:
        return job.startTime.isValid() ? QLocale().toString(job.startTime.toLocalTime(), QLocale::ShortFormat) : QString();
    case DurationColumn: {
        if (!job.startTime.isValid())
            return QString();
        const QDateTime end = job.endTime.isValid() ? job.endTime : QDateTime::currentDateTimeUtc();
        return formatDuration(job.startTime.secsTo(end));
    }
    case ProgressColumn:
        return m_progress.value(job.id());
    default:
        return {};
    }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case IdColumn:
        return tr("Submission ID");
    case EntrypointColumn:
        return tr("Entrypoint");
    case StartColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case ProgressColumn:
        return tr("Progress");
    default:
        return {};
    }
}

} // namespace RayDeck
