// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/MetricSeriesSet.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QSlider;

namespace RayDeck {

class JobMetricsTracker;
class MetricChart;

/**
 * The Curves view of a job: one chart per selected metric (reward, KL,
 * entropy, response length, validation score and throughput by default when
 * the run logs them; any other metric by searching the list), updated live
 * while the job runs, with a smoothing slider, other runs overlaid to
 * compare, and export to PNG and CSV.
 */
class CurvesView : public QWidget
{
    Q_OBJECT

public:
    explicit CurvesView(QWidget *parent = nullptr);
    ~CurvesView() override;

    /// Follows @p tracker's metrics (not owned) as the main run, called @p label.
    void setTracker(JobMetricsTracker *tracker, const QString &label);
    /// A fixed set of metrics as the main run (a saved log, tests).
    void setMetrics(const MetricSeriesSet &metrics, const QString &label);
    /// Overlays another run to compare.
    void addComparisonRun(const QString &label, const MetricSeriesSet &metrics);
    void clearComparisonRuns();

    QStringList selectedMetrics() const;
    void setMetricSelected(const QString &metric, bool selected);
    /// 0 (raw) to 0.99.
    void setSmoothing(double weight);
    QList<MetricChart *> charts() const { return m_charts; }

public Q_SLOTS:
    void refresh();
    [[nodiscard]] bool exportPng(const QString &path);
    [[nodiscard]] bool exportCsv(const QString &path);
    void exportWithDialog();

Q_SIGNALS:
    void refreshed();

private:
    const MetricSeriesSet *mainMetrics() const;
    void updateMetricList();
    void rebuildCharts();
    QList<QPointF> pointsOf(const MetricSeriesSet &set, const QString &metric) const;

    QPointer<JobMetricsTracker> m_tracker;
    MetricSeriesSet m_fixedMetrics;
    QString m_mainLabel;
    QList<std::pair<QString, MetricSeriesSet>> m_comparisons;
    QStringList m_selected;
    bool m_userChoseMetrics = false;
    double m_smoothing = 0.6;
    quint64 m_shownRevision = 0;

    QLineEdit *m_searchLineEdit = nullptr;
    QListWidget *m_metricList = nullptr;
    QSlider *m_smoothingSlider = nullptr;
    QLabel *m_smoothingLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QWidget *m_chartArea = nullptr;
    QGridLayout *m_chartGrid = nullptr;
    QList<MetricChart *> m_charts;
    QTimer m_coalesce;
};

} // namespace RayDeck
