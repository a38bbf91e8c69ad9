// SPDX-License-Identifier: GPL-3.0-or-later
#include "curves/CurvesView.h"
#include "curves/MetricChart.h"
#include "metrics/MetricCsvReader.h"
#include "metrics/MetricsLogParser.h"

#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {
MetricSeriesSet sampleRun(double rewardOffset)
{
    QByteArray log = "(TaskRunner pid=4242) Training started\n";
    for (int step = 1; step <= 20; ++step) {
        log += "(TaskRunner pid=4242) step:" + QByteArray::number(step) + " - critic/score/mean:np.float64("
            + QByteArray::number(rewardOffset + step * 0.01) + ") - actor/entropy:" + QByteArray::number(1.5 - step * 0.02)
            + " - actor/ppo_kl:0.001 - response_length/mean:" + QByteArray::number(200 + step)
            + " - timing_s/step:12.5 - perf/throughput:1500 - custom/other:" + QByteArray::number(step) + "\n";
    }
    MetricsLogParser parser;
    parser.feed(log);
    parser.finish();
    return parser.takeSeries();
}
} // namespace

class TestCurvesView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultChartsAndSmoothing();
    void searchAndSelectOtherMetrics();
    void overlayAndExport();
};

void TestCurvesView::defaultChartsAndSmoothing()
{
    CurvesView view;
    view.resize(1000, 700);
    view.show();
    view.setMetrics(sampleRun(0.3), u"run-a"_s);
    const QStringList selected = view.selectedMetrics();
    QVERIFY(selected.contains(u"critic/score/mean"_s));
    QVERIFY(selected.contains(u"actor/entropy"_s));
    QVERIFY(selected.contains(u"actor/ppo_kl"_s));
    QVERIFY(selected.contains(u"response_length/mean"_s));
    QVERIFY(selected.contains(u"perf/throughput"_s));
    QVERIFY(!selected.contains(u"custom/other"_s));
    QCOMPARE(view.charts().size(), selected.size());

    MetricChart *reward = view.charts().first();
    QCOMPARE(reward->metric(), u"critic/score/mean"_s);
    view.setSmoothing(0.0);
    QList<QPointF> raw = view.charts().first()->linePoints(0);
    QCOMPARE(raw.size(), 20);
    QCOMPARE(raw.last(), QPointF(20, 0.5));
    view.setSmoothing(0.9);
    const QList<QPointF> smooth = view.charts().first()->linePoints(0);
    QCOMPARE(smooth.size(), 20);
    QVERIFY(smooth.last().y() < raw.last().y()); // a rising curve lags when smoothed
}

void TestCurvesView::searchAndSelectOtherMetrics()
{
    CurvesView view;
    view.show();
    view.setMetrics(sampleRun(0.3), u"run-a"_s);
    auto *list = view.findChild<QListWidget *>(u"curvesMetricsListWidget"_s);
    QVERIFY(list);
    QCOMPARE(list->count(), 7);
    auto *search = view.findChild<QLineEdit *>(u"curvesSearchLineEdit"_s);
    QTest::keyClicks(search, u"other"_s);
    int visible = 0;
    for (int row = 0; row < list->count(); ++row)
        visible += list->item(row)->isHidden() ? 0 : 1;
    QCOMPARE(visible, 1);
    view.setMetricSelected(u"custom/other"_s, true);
    QVERIFY(view.selectedMetrics().contains(u"custom/other"_s));
    QCOMPARE(view.charts().last()->metric(), u"custom/other"_s);
}

void TestCurvesView::overlayAndExport()
{
    CurvesView view;
    view.show();
    view.setSmoothing(0.0);
    view.setMetrics(sampleRun(0.3), u"run-a"_s);
    view.addComparisonRun(u"run-b"_s, sampleRun(0.1));
    QCOMPARE(view.charts().first()->lineCount(), 2);
    QCOMPARE(view.charts().first()->linePoints(1).last(), QPointF(20, 0.3));

    QTemporaryDir dir;
    const QString csv = dir.filePath(u"curves.csv"_s);
    QVERIFY(view.exportCsv(csv));
    Result<MetricSeriesSet> reread = MetricCsvReader::readFile(csv);
    QVERIFY2(reread, qPrintable(reread ? QString() : reread.error().message()));
    QCOMPARE(reread->metricNames(), sampleRun(0.3).metricNames());
    QCOMPARE(reread->series(u"critic/score/mean"_s)->valueAt(20), std::optional<double>(0.5));

    const QString png = dir.filePath(u"curves.png"_s);
    QVERIFY(view.exportPng(png));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 100);
}

QTEST_MAIN(TestCurvesView)
#include "tst_curvesview.moc"
