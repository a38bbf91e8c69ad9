// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>

class QLineSeries;
class QValueAxis;

namespace RayDeck {

/**
 * One metric over training steps: a line per run (the followed job, and runs
 * overlaid to compare), optionally smoothed; hovering a line shows the step
 * and value.
 */
class MetricChart : public QChartView
{
    Q_OBJECT

public:
    explicit MetricChart(const QString &metric, QWidget *parent = nullptr);
    ~MetricChart() override;

    const QString &metric() const { return m_metric; }
    /// Replaces the lines: one per run, in order (the first is the followed job).
    void setRuns(const QList<std::pair<QString, QList<QPointF>>> &runs);
    int lineCount() const;
    /// Points of line @p index as drawn (after smoothing), for tests.
    QList<QPointF> linePoints(int index) const;
    QString lastHoverText() const { return m_lastHoverText; }

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Chart colours from the widget's palette, so light and dark themes both read well.
    void applyPalette();
    void showHover(const QString &run, const QPointF &point);

    QString m_metric;
    QList<QLineSeries *> m_lines;
    QValueAxis *m_stepAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QString m_lastHoverText;
};

} // namespace RayDeck
