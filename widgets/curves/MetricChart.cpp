// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricChart.h"

#include "theme/Theme.h"

#include <QEvent>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>
#include <limits>

namespace RayDeck {

MetricChart::MetricChart(const QString &metric, QWidget *parent)
    : QChartView(parent)
    , m_metric(metric)
{
    setObjectName(QStringLiteral("metricChart"));
    setAccessibleName(tr("Chart of %1").arg(metric));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    // Configure the chart the view already owns: QChartView::setChart() only
    // releases the previous chart, it does not delete it, so replacing this
    // one would leak it (with its whole scene subtree) per chart shown.
    QChart *chart = this->chart();
    chart->setTitle(metric);
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_stepAxis = new QValueAxis(chart);
    m_stepAxis->setTitleText(tr("step"));
    m_stepAxis->setLabelFormat(QStringLiteral("%d"));
    m_valueAxis = new QValueAxis(chart);
    chart->addAxis(m_stepAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    applyPalette();
}

MetricChart::~MetricChart() = default;

void MetricChart::setRuns(const QList<std::pair<QString, QList<QPointF>>> &runs)
{
    // Reuse lines where possible: replace() is far cheaper than new series.
    while (m_lines.size() > runs.size()) {
        QLineSeries *line = m_lines.takeLast();
        chart()->removeSeries(line);
        delete line;
    }
    while (m_lines.size() < runs.size()) {
        auto *line = new QLineSeries(chart());
        chart()->addSeries(line);
        line->attachAxis(m_stepAxis);
        line->attachAxis(m_valueAxis);
        const int index = int(m_lines.size());
        connect(line, &QLineSeries::hovered, this, [this, index](const QPointF &point, bool entered) {
            if (entered && index < m_lines.size())
                showHover(m_lines[index]->name(), point);
        });
        m_lines << line;
    }

    double minX = std::numeric_limits<double>::max(), maxX = std::numeric_limits<double>::lowest();
    double minY = minX, maxY = maxX;
    for (int i = 0; i < runs.size(); ++i) {
        m_lines[i]->setName(runs[i].first);
        // Non-finite values (nan loss, inf ratio) cannot be drawn; they leave a gap in the range only.
        QList<QPointF> finite;
        finite.reserve(runs[i].second.size());
        for (const QPointF &point : runs[i].second) {
            if (!std::isfinite(point.y()))
                continue;
            finite << point;
            minX = qMin(minX, point.x());
            maxX = qMax(maxX, point.x());
            minY = qMin(minY, point.y());
            maxY = qMax(maxY, point.y());
        }
        m_lines[i]->replace(finite);
        QPen pen = m_lines[i]->pen();
        pen.setWidthF(i == 0 ? 2.0 : 1.4);
        m_lines[i]->setPen(pen);
    }
    chart()->legend()->setVisible(runs.size() > 1);
    if (minX > maxX)
        return;
    if (minY == maxY) {
        minY -= 0.5;
        maxY += 0.5;
    }
    const double margin = (maxY - minY) * 0.05;
    m_stepAxis->setRange(minX, qMax(maxX, minX + 1));
    m_valueAxis->setRange(minY - margin, maxY + margin);
}

void MetricChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void MetricChart::applyPalette()
{
    QChart *chart = this->chart();
    if (!chart)
        return;
    const QPalette colours = palette();
    // The chart theme picks line colours that read on the background; the
    // background and text then come from the palette itself.
    const QChart::ChartTheme wanted = Theme::isDark(colours) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != wanted) {
        chart->setTheme(wanted);
        for (int i = 0; i < m_lines.size(); ++i) {
            QPen pen = m_lines[i]->pen();
            pen.setWidthF(i == 0 ? 2.0 : 1.4);
            m_lines[i]->setPen(pen);
        }
    }
    const QColor text = colours.color(QPalette::Text);
    QColor grid = colours.color(QPalette::Text);
    grid.setAlpha(40);
    chart->setBackgroundBrush(colours.brush(QPalette::Base));
    chart->setBackgroundPen(QPen(colours.color(QPalette::Mid)));
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(colours.color(QPalette::Mid));
    }
    setBackgroundBrush(colours.brush(QPalette::Window));
}

int MetricChart::lineCount() const
{
    return int(m_lines.size());
}

QList<QPointF> MetricChart::linePoints(int index) const
{
    return index < m_lines.size() ? m_lines[index]->points() : QList<QPointF>();
}

void MetricChart::showHover(const QString &run, const QPointF &point)
{
    m_lastHoverText = tr("%1\nstep %2: %3").arg(run).arg(qRound64(point.x())).arg(point.y(), 0, 'g', 6);
    QToolTip::showText(QCursor::pos(), m_lastHoverText, this);
}

} // namespace RayDeck
