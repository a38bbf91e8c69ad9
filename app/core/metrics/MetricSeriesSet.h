// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/MetricSeries.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace RayDeck {

/// How much a MetricSeriesSet may hold; see MetricSeriesSet for what happens at the limits.
struct MetricSeriesLimits
{
    /// Distinct metric names kept; values of further names are dropped and counted.
    int maxMetrics = 2000;
    /// Points per series before its history is thinned (see MetricSeries).
    int maxPointsPerSeries = 10000;
};

/**
 * All metrics of one training run: one MetricSeries per metric name, names in the
 * order they first appeared. This is the model the log parser fills, the CSV reader
 * produces and the curves view and jobs table read.
 *
 * Memory is bounded: at most limits().maxMetrics series of at most
 * limits().maxPointsPerSeries points each, 16 bytes per point (with the defaults,
 * 2,000 x 10,000 x 16 B = 320 MB in the worst case a hostile log could force; a real
 * verl run with ~100 metrics and any number of steps stays under 16 MB). Once the
 * metric limit is reached, values of new names are dropped and counted in
 * droppedValueCount(); known metrics keep recording. No log text is kept.
 *
 * Live updates without signals: revision() changes whenever anything changes, so a
 * view polls it after feeding the parser (MetricsLogParser::feed() also returns how
 * many metric lines it applied). Per series, MetricSeries::layoutRevision() tells
 * whether only new points were appended (see MetricSeries).
 *
 * Value type (copyable, movable), not thread-safe; it may be filled in a worker and
 * then moved to the GUI thread. References from seriesAt()/series() stay valid until
 * the next non-const call.
 */
class MetricSeriesSet
{
public:
    explicit MetricSeriesSet(const MetricSeriesLimits &limits = {});

    const MetricSeriesLimits &limits() const { return m_limits; }

    int metricCount() const { return int(m_series.size()); }
    bool isEmpty() const { return m_series.empty(); }
    /// Metric names in first-seen order.
    QStringList metricNames() const;

    /// Index of @p name, or -1.
    int indexOf(const QString &name) const;
    bool contains(const QString &name) const { return indexOf(name) >= 0; }
    /// The series at @p index (0 <= index < metricCount()).
    const MetricSeries &seriesAt(int index) const { return m_series[std::size_t(index)]; }
    /// The series called @p name, or nullptr.
    const MetricSeries *series(const QString &name) const;

    /**
     * Index of @p name, adding an empty series for it when it is new.
     * Returns -1 when @p name is empty or the metric limit is reached.
     */
    int addMetric(const QString &name);

    /// Records a value for the metric at @p index (from addMetric()).
    void record(int index, qint64 step, double value);
    /// Records a value by name; false when it was dropped (metric limit, empty name).
    bool record(const QString &metric, qint64 step, double value);

    /// Step of the most recent record() of any metric: where the run is now.
    std::optional<qint64> latestStep() const { return m_latestStep; }

    /// Changes whenever a metric is added or a value recorded.
    quint64 revision() const { return m_revision; }

    /// Values dropped because their metric did not fit under limits().maxMetrics.
    qint64 droppedValueCount() const { return m_droppedValues; }
    bool isMetricLimitReached() const { return metricCount() >= m_limits.maxMetrics; }

    /// Stored points over all series.
    qsizetype pointCount() const;
    /// Approximate bytes held by the set (series arrays, names, index).
    qsizetype memoryEstimate() const;

    /// Every step at which at least one of @p metrics (all when empty) has a value, ascending.
    QList<qint64> allSteps(const QStringList &metrics = {}) const;

    /// Forgets all metrics and values; limits stay.
    void clear();

private:
    MetricSeriesLimits m_limits;
    std::vector<MetricSeries> m_series;
    QHash<QString, int> m_indexByName;
    std::optional<qint64> m_latestStep;
    quint64 m_revision = 0;
    qint64 m_droppedValues = 0;
    bool m_limitWarned = false;
};

} // namespace RayDeck
