// SPDX-License-Identifier: GPL-3.0-or-later
#include "CurvesView.h"

#include "MetricChart.h"
#include "metrics/DefaultMetricPicks.h"
#include "metrics/MetricCsvWriter.h"
#include "metrics/MetricSmoothing.h"
#include "ray/JobMetricsTracker.h"
#include "util/SaveFile.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QVBoxLayout>

namespace RayDeck {

namespace {
// Live logs can deliver many small pieces a second; redraw at most this often.
constexpr int refreshCoalesceMs = 250;
} // namespace

CurvesView::CurvesView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("curvesView"));
    setAccessibleName(tr("Training curves"));

    m_searchLineEdit = new QLineEdit(this);
    m_searchLineEdit->setObjectName(QStringLiteral("curvesSearchLineEdit"));
    m_searchLineEdit->setAccessibleName(tr("Search metrics"));
    m_searchLineEdit->setPlaceholderText(tr("Search metrics…"));
    m_searchLineEdit->setClearButtonEnabled(true);
    m_metricList = new QListWidget(this);
    m_metricList->setObjectName(QStringLiteral("curvesMetricsListWidget"));
    m_metricList->setAccessibleName(tr("Metrics"));
    m_metricList->setAccessibleDescription(tr("Tick a metric to chart it"));
    connect(m_searchLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int row = 0; row < m_metricList->count(); ++row) {
            QListWidgetItem *item = m_metricList->item(row);
            item->setHidden(!item->text().contains(text, Qt::CaseInsensitive));
        }
    });
    connect(m_metricList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const bool checked = item->checkState() == Qt::Checked;
        if (checked == m_selected.contains(item->text()))
            return;
        m_userChoseMetrics = true;
        if (checked)
            m_selected << item->text();
        else
            m_selected.removeAll(item->text());
        rebuildCharts();
    });

    m_smoothingSlider = new QSlider(Qt::Horizontal, this);
    m_smoothingSlider->setObjectName(QStringLiteral("curvesSmoothingSlider"));
    m_smoothingSlider->setAccessibleName(tr("Smoothing"));
    m_smoothingSlider->setRange(0, 99);
    m_smoothingSlider->setValue(int(m_smoothing * 100));
    m_smoothingLabel = new QLabel(this);
    connect(m_smoothingSlider, &QSlider::valueChanged, this, [this](int value) { setSmoothing(value / 100.0); });

    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("curvesExportPushButton"));
    exportButton->setAccessibleName(tr("Export the curves as PNG or CSV"));
    connect(exportButton, &QPushButton::clicked, this, &CurvesView::exportWithDialog);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("curvesStatusLabel"));

    m_chartArea = new QWidget(this);
    m_chartGrid = new QGridLayout(m_chartArea);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("curvesChartsScrollArea"));
    scroll->setAccessibleName(tr("Charts"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_chartArea);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_searchLineEdit);
    leftLayout->addWidget(m_metricList, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *smoothingCaption = new QLabel(tr("Smoothin&g:"), this);
    smoothingCaption->setBuddy(m_smoothingSlider);
    bar->addWidget(smoothingCaption);
    bar->addWidget(m_smoothingSlider, 1);
    bar->addWidget(m_smoothingLabel);
    bar->addWidget(exportButton);
    rightLayout->addLayout(bar);
    rightLayout->addWidget(scroll, 1);
    rightLayout->addWidget(m_statusLabel);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(refreshCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &CurvesView::refresh);
    setSmoothing(m_smoothing);
}

CurvesView::~CurvesView() = default;

const MetricSeriesSet *CurvesView::mainMetrics() const
{
    return m_tracker ? &m_tracker->metrics() : &m_fixedMetrics;
}

void CurvesView::setTracker(JobMetricsTracker *tracker, const QString &label)
{
    if (m_tracker)
        m_tracker->disconnect(this);
    m_tracker = tracker;
    m_mainLabel = label;
    m_userChoseMetrics = false;
    m_selected.clear();
    m_shownRevision = 0;
    if (tracker)
        connect(tracker, &JobMetricsTracker::metricsChanged, &m_coalesce, qOverload<>(&QTimer::start));
    refresh();
}

void CurvesView::setMetrics(const MetricSeriesSet &metrics, const QString &label)
{
    setTracker(nullptr, label);
    m_fixedMetrics = metrics;
    refresh();
}

void CurvesView::addComparisonRun(const QString &label, const MetricSeriesSet &metrics)
{
    m_comparisons.append({label, metrics});
    rebuildCharts();
}

void CurvesView::clearComparisonRuns()
{
    m_comparisons.clear();
    rebuildCharts();
}

QStringList CurvesView::selectedMetrics() const
{
    return m_selected;
}

void CurvesView::setMetricSelected(const QString &metric, bool selected)
{
    const QList<QListWidgetItem *> items = m_metricList->findItems(metric, Qt::MatchExactly);
    if (!items.isEmpty())
        items.first()->setCheckState(selected ? Qt::Checked : Qt::Unchecked);
}

void CurvesView::setSmoothing(double weight)
{
    m_smoothing = qBound(0.0, weight, 0.99);
    m_smoothingLabel->setText(QString::number(m_smoothing, 'f', 2));
    if (m_smoothingSlider->value() != int(qRound(m_smoothing * 100)))
        m_smoothingSlider->setValue(int(qRound(m_smoothing * 100)));
    rebuildCharts();
}

void CurvesView::refresh()
{
    const MetricSeriesSet *metrics = mainMetrics();
    if (metrics->revision() == m_shownRevision && m_shownRevision != 0)
        return;
    m_shownRevision = metrics->revision();
    updateMetricList();
    if (!m_userChoseMetrics) {
        // The picks can grow as the run logs new metrics (validation appears later).
        QStringList picks = DefaultMetricPicks::pickedMetrics(metrics->metricNames());
        if (picks != m_selected) {
            m_selected = picks;
            for (int row = 0; row < m_metricList->count(); ++row) {
                QListWidgetItem *item = m_metricList->item(row);
                const QSignalBlocker blocker(m_metricList);
                item->setCheckState(m_selected.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
            }
        }
    }
    rebuildCharts();
    const std::optional<qint64> step = metrics->latestStep();
    m_statusLabel->setText(step ? tr("%1 metrics · latest step %2").arg(metrics->metricCount()).arg(*step)
                                : tr("No metric lines yet. verl prints them when trainer.logger includes console."));
    Q_EMIT refreshed();
}

void CurvesView::updateMetricList()
{
    const QStringList names = mainMetrics()->metricNames();
    const QSignalBlocker blocker(m_metricList);
    for (int row = int(m_metricList->count()); row < names.size(); ++row) {
        auto *item = new QListWidgetItem(names[row], m_metricList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_selected.contains(names[row]) ? Qt::Checked : Qt::Unchecked);
        item->setHidden(!names[row].contains(m_searchLineEdit->text(), Qt::CaseInsensitive));
    }
}

QList<QPointF> CurvesView::pointsOf(const MetricSeriesSet &set, const QString &metric) const
{
    const MetricSeries *series = set.series(metric);
    if (!series)
        return {};
    const auto steps = series->steps();
    const auto values = series->values();
    const QList<double> smoothed = MetricSmoothing::exponentialMovingAverage(values, m_smoothing);
    QList<QPointF> points;
    points.reserve(qsizetype(steps.size()));
    for (std::size_t i = 0; i < steps.size(); ++i)
        points.append(QPointF(double(steps[i]), smoothed[qsizetype(i)]));
    return points;
}

void CurvesView::rebuildCharts()
{
    // Keep charts of metrics still selected; they only get new data.
    QList<MetricChart *> kept;
    for (MetricChart *chart : std::as_const(m_charts)) {
        if (m_selected.contains(chart->metric())) {
            kept << chart;
        } else {
            m_chartGrid->removeWidget(chart);
            delete chart;
        }
    }
    m_charts.clear();
    for (const QString &metric : std::as_const(m_selected)) {
        auto existing = std::find_if(kept.begin(), kept.end(), [&](MetricChart *c) { return c->metric() == metric; });
        MetricChart *chart = existing != kept.end() ? *existing : new MetricChart(metric, m_chartArea);
        QList<std::pair<QString, QList<QPointF>>> runs{{m_mainLabel, pointsOf(*mainMetrics(), metric)}};
        for (const auto &[label, metrics] : std::as_const(m_comparisons))
            runs.append({label, pointsOf(metrics, metric)});
        chart->setRuns(runs);
        m_charts << chart;
    }
    for (int i = 0; i < m_charts.size(); ++i)
        m_chartGrid->addWidget(m_charts[i], i / 2, i % 2);
}

bool CurvesView::exportPng(const QString &path)
{
    return m_chartArea->grab().save(path, "PNG");
}

bool CurvesView::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    if (!MetricCsvWriter::write(*mainMetrics(), &file))
        return false;
    return commitFully(file);
}

void CurvesView::exportWithDialog()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Curves"), m_mainLabel + QStringLiteral(".png"),
                                                      tr("PNG image (*.png);;CSV table (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    const bool ok = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ? exportCsv(path) : exportPng(path);
    m_statusLabel->setText(ok ? tr("Exported to %1").arg(path) : tr("Could not write %1").arg(path));
}

} // namespace RayDeck
