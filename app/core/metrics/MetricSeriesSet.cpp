// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MetricSeriesSet.h"

#include "util/Logging.h"

#include <algorithm>

namespace RayDeck {

MetricSeriesSet::MetricSeriesSet(const MetricSeriesLimits &limits)
    : m_limits(limits)
{
    m_limits.maxMetrics = std::max(m_limits.maxMetrics, 1);
    m_limits.maxPointsPerSeries = std::max(m_limits.maxPointsPerSeries, 4);
}

QStringList MetricSeriesSet::metricNames() const
{
    QStringList names;
    names.reserve(metricCount());
    for (const MetricSeries &series : m_series)
        names.append(series.name());
    return names;
}

int MetricSeriesSet::indexOf(const QString &name) const
{
    return m_indexByName.value(name, -1);
}

const MetricSeries *MetricSeriesSet::series(const QString &name) const
{
    const int index = indexOf(name);
    return index < 0 ? nullptr : &m_series[std::size_t(index)];
}

int MetricSeriesSet::addMetric(const QString &name)
{
    if (name.isEmpty())
        return -1;
    const auto it = m_indexByName.constFind(name);
    if (it != m_indexByName.constEnd())
        return it.value();
    if (isMetricLimitReached()) {
        if (!m_limitWarned) {
            m_limitWarned = true;
            qCWarning(lcMetrics) << "metric limit of" << m_limits.maxMetrics << "reached; further metrics are dropped";
        }
        return -1;
    }
    const int index = metricCount();
    m_series.emplace_back(name, m_limits.maxPointsPerSeries);
    m_indexByName.insert(name, index);
    ++m_revision;
    return index;
}

void MetricSeriesSet::record(int index, qint64 step, double value)
{
    if (index < 0 || index >= metricCount()) {
        ++m_droppedValues;
        return;
    }
    m_series[std::size_t(index)].record(step, value);
    m_latestStep = step;
    ++m_revision;
}

bool MetricSeriesSet::record(const QString &metric, qint64 step, double value)
{
    const int index = addMetric(metric);
    record(index, step, value);
    return index >= 0;
}

qsizetype MetricSeriesSet::pointCount() const
{
    qsizetype points = 0;
    for (const MetricSeries &series : m_series)
        points += series.size();
    return points;
}

qsizetype MetricSeriesSet::memoryEstimate() const
{
    qsizetype bytes = qsizetype(sizeof(MetricSeriesSet));
    bytes += qsizetype((m_series.capacity() - m_series.size()) * sizeof(MetricSeries));
    for (const MetricSeries &series : m_series)
        bytes += series.memoryEstimate();
    // A QHash node holds the key (sharing the series' name data) and the index,
    // plus roughly one span slot per entry.
    bytes += m_indexByName.size() * qsizetype(sizeof(QString) + sizeof(int) + 16);
    return bytes;
}

QList<qint64> MetricSeriesSet::allSteps(const QStringList &metrics) const
{
    std::vector<qint64> steps;
    const auto collect = [&steps](const MetricSeries &series) {
        const auto seriesSteps = series.steps();
        steps.insert(steps.end(), seriesSteps.begin(), seriesSteps.end());
    };
    if (metrics.isEmpty()) {
        for (const MetricSeries &series : m_series)
            collect(series);
    } else {
        for (const QString &name : metrics) {
            if (const MetricSeries *found = series(name))
                collect(*found);
        }
    }
    std::sort(steps.begin(), steps.end());
    steps.erase(std::unique(steps.begin(), steps.end()), steps.end());
    return QList<qint64>(steps.begin(), steps.end());
}

void MetricSeriesSet::clear()
{
    m_series.clear();
    m_indexByName.clear();
    m_latestStep.reset();
    m_droppedValues = 0;
    m_limitWarned = false;
    ++m_revision;
}

} // namespace RayDeck
