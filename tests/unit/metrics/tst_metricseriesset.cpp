// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsTestSupport.h"

#include "metrics/MetricSeries.h"
#include "metrics/MetricSeriesSet.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>

using namespace RayDeck;
using namespace RayDeck::TestSupport;
using namespace Qt::StringLiterals;

class TestMetricSeriesSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsInOrder();
    void restartKeepsLatestValuePerStep();
    void olderUnseenStepIsInserted();
    void thinningKeepsEveryOtherPointAndTheNewestExactly();
    void thinnedSeriesStaysEvenlySpread();
    void liveViewCanFollowWithRevisions();
    void metricLimitDropsNewNames();
    void namesInFirstSeenOrderAndLookup();
    void allStepsIsTheUnion();
    void memoryEstimateGrowsWithPoints();
};

void TestMetricSeriesSet::appendsInOrder()
{
    MetricSeries series(u"critic/score/mean"_s, 100);
    QVERIFY(series.isEmpty());
    QCOMPARE(series.latestStep(), -1);
    QVERIFY(std::isnan(series.latestValue()));

    series.record(1, 0.25);
    series.record(2, 0.5);
    series.record(5, 0.75);
    QCOMPARE(series.size(), 3);
    QCOMPARE(std::vector<qint64>(series.steps().begin(), series.steps().end()), (std::vector<qint64> { 1, 2, 5 }));
    QCOMPARE(series.valueAt(2), std::optional<double>(0.5));
    QCOMPARE(series.valueAt(3), std::nullopt);
    QCOMPARE(series.latestStep(), 5);
    QCOMPARE(series.latestValue(), 0.75);
    QCOMPARE(series.stride(), 1);
    QVERIFY(!series.isThinned());
}

void TestMetricSeriesSet::restartKeepsLatestValuePerStep()
{
    MetricSeries series(u"actor/entropy"_s, 100);
    for (qint64 step = 1; step <= 10; ++step)
        series.record(step, double(step));
    // The job was restarted from the checkpoint at step 6 and logs 7, 8 again.
    series.record(7, 70.0);
    series.record(8, 80.0);
    QCOMPARE(series.size(), 10);
    QCOMPARE(series.valueAt(7), std::optional<double>(70.0));
    QCOMPARE(series.valueAt(8), std::optional<double>(80.0));
    QCOMPARE(series.valueAt(9), std::optional<double>(9.0));
    // "Latest" is where the run is now, not the highest step.
    QCOMPARE(series.latestStep(), 8);
    QCOMPARE(series.latestValue(), 80.0);
    QVERIFY(isStrictlyIncreasing(series));
}

void TestMetricSeriesSet::olderUnseenStepIsInserted()
{
    MetricSeries series(u"m"_s, 100);
    series.record(10, 1.0);
    series.record(30, 3.0);
    series.record(20, 2.0);
    series.record(0, 0.5);
    QCOMPARE(
        std::vector<qint64>(series.steps().begin(), series.steps().end()), (std::vector<qint64> { 0, 10, 20, 30 }));
    QCOMPARE(std::vector<double>(series.values().begin(), series.values().end()),
        (std::vector<double> { 0.5, 1.0, 2.0, 3.0 }));
}

void TestMetricSeriesSet::thinningKeepsEveryOtherPointAndTheNewestExactly()
{
    const qsizetype cap = 8;
    MetricSeries series(u"m"_s, cap);
    for (qint64 step = 0; step < 8; ++step)
        series.record(step, step * 10.0);
    QCOMPARE(series.size(), 8);
    QVERIFY(!series.isThinned());

    series.record(8, 80.0); // the ninth point overflows: keep 0, 2, 4, 6 and the newest
    QCOMPARE(
        std::vector<qint64>(series.steps().begin(), series.steps().end()), (std::vector<qint64> { 0, 2, 4, 6, 8 }));
    QCOMPARE(series.stride(), 2);

    series.record(9, 90.0); // off the stride grid: kept only as the newest point
    QCOMPARE(series.steps().back(), 9);
    QCOMPARE(series.size(), 6);
    series.record(10, 100.0); // on the grid: replaces the provisional 9
    QCOMPARE(
        std::vector<qint64>(series.steps().begin(), series.steps().end()), (std::vector<qint64> { 0, 2, 4, 6, 8, 10 }));
    series.record(11, 110.0);
    QCOMPARE(series.steps().back(), 11);
    QCOMPARE(series.values().back(), 110.0);
    QCOMPARE(series.latestValue(), 110.0);
    for (qsizetype i = 0; i < series.size(); ++i)
        QCOMPARE(series.values()[std::size_t(i)], double(series.steps()[std::size_t(i)]) * 10.0);
}

void TestMetricSeriesSet::thinnedSeriesStaysEvenlySpread()
{
    const qsizetype cap = 1000;
    MetricSeries series(u"m"_s, cap);
    const qint64 total = 1'000'003;
    for (qint64 step = 0; step < total; ++step) {
        series.record(step, std::sin(double(step)));
        QVERIFY(series.size() <= cap);
    }
    QVERIFY(series.isThinned());
    QVERIFY(series.size() >= cap / 2);
    QVERIFY(isStrictlyIncreasing(series));
    QCOMPARE(series.steps().front(), 0);
    QCOMPARE(series.steps().back(), total - 1);
    QCOMPARE(series.values().back(), std::sin(double(total - 1)));
    // Every kept value is a real logged value, and gaps (but the last) are one stride.
    qint64 largestGap = 0;
    for (qsizetype i = 0; i < series.size(); ++i) {
        const qint64 step = series.steps()[std::size_t(i)];
        QCOMPARE(series.values()[std::size_t(i)], std::sin(double(step)));
        if (i > 0 && i + 1 < series.size())
            largestGap = std::max(largestGap, step - series.steps()[std::size_t(i - 1)]);
    }
    QVERIFY2(largestGap <= series.stride(), qPrintable(u"gap %1, stride %2"_s.arg(largestGap).arg(series.stride())));
    QVERIFY(series.memoryEstimate() < cap * 16 + 1024);
}

void TestMetricSeriesSet::liveViewCanFollowWithRevisions()
{
    // A mirror that follows the documented protocol must always equal the series.
    MetricSeries series(u"m"_s, 64);
    std::vector<std::pair<qint64, double>> mirror;
    quint64 seenLayout = series.layoutRevision();
    int fullRedraws = 0;
    int appendsOnly = 0;
    QRandomGenerator random(20240601);
    qint64 next = 0;
    for (int round = 0; round < 3000; ++round) {
        const int burst = int(random.bounded(1, 6));
        for (int i = 0; i < burst; ++i) {
            if (random.bounded(10) == 0 && next > 5)
                series.record(next - qint64(random.bounded(1, 5)), random.generateDouble()); // restart
            else
                series.record(next++, random.generateDouble());
        }
        if (series.layoutRevision() == seenLayout) {
            ++appendsOnly;
            for (qsizetype i = qsizetype(mirror.size()); i < series.size(); ++i)
                mirror.emplace_back(series.steps()[std::size_t(i)], series.values()[std::size_t(i)]);
        } else {
            ++fullRedraws;
            mirror.clear();
            for (qsizetype i = 0; i < series.size(); ++i)
                mirror.emplace_back(series.steps()[std::size_t(i)], series.values()[std::size_t(i)]);
            seenLayout = series.layoutRevision();
        }
        QCOMPARE(qsizetype(mirror.size()), series.size());
        for (qsizetype i = 0; i < series.size(); ++i) {
            QCOMPARE(mirror[std::size_t(i)].first, series.steps()[std::size_t(i)]);
            QCOMPARE(mirror[std::size_t(i)].second, series.values()[std::size_t(i)]);
        }
    }
    QVERIFY(appendsOnly > 0);
    QVERIFY(fullRedraws > 0);
}

void TestMetricSeriesSet::metricLimitDropsNewNames()
{
    MetricSeriesSet set(MetricSeriesLimits { 3, 100 });
    QVERIFY(set.record(u"a"_s, 1, 1.0));
    QVERIFY(set.record(u"b"_s, 1, 2.0));
    QVERIFY(set.record(u"c"_s, 1, 3.0));
    QVERIFY(set.isMetricLimitReached());
    QVERIFY(!set.record(u"d"_s, 1, 4.0));
    QVERIFY(!set.record(u"e"_s, 2, 5.0));
    QVERIFY(set.record(u"a"_s, 2, 1.5)); // known metrics keep recording
    QVERIFY(!set.record(QString(), 2, 1.5));
    QCOMPARE(set.metricCount(), 3);
    QCOMPARE(set.droppedValueCount(), 3);
    QCOMPARE(set.addMetric(u"f"_s), -1);
    QCOMPARE(set.series(u"a"_s)->size(), 2);
}

void TestMetricSeriesSet::namesInFirstSeenOrderAndLookup()
{
    MetricSeriesSet set;
    const quint64 start = set.revision();
    set.record(u"timing_s/step"_s, 1, 10.0);
    set.record(u"actor/entropy"_s, 1, 0.5);
    set.record(u"critic/score/mean"_s, 1, 0.25);
    set.record(u"actor/entropy"_s, 2, 0.4);
    QCOMPARE(set.metricNames(), (QStringList { u"timing_s/step"_s, u"actor/entropy"_s, u"critic/score/mean"_s }));
    QCOMPARE(set.indexOf(u"critic/score/mean"_s), 2);
    QCOMPARE(set.indexOf(u"nope"_s), -1);
    QVERIFY(!set.series(u"nope"_s));
    QCOMPARE(set.seriesAt(1).name(), u"actor/entropy"_s);
    QCOMPARE(set.latestStep(), std::optional<qint64>(2));
    QCOMPARE(set.pointCount(), 4);
    QVERIFY(set.revision() > start);

    const quint64 before = set.revision();
    set.clear();
    QVERIFY(set.isEmpty());
    QCOMPARE(set.latestStep(), std::nullopt);
    QVERIFY(set.revision() != before);
}

void TestMetricSeriesSet::allStepsIsTheUnion()
{
    MetricSeriesSet set;
    set.record(u"train"_s, 1, 1.0);
    set.record(u"train"_s, 2, 1.0);
    set.record(u"train"_s, 3, 1.0);
    set.record(u"val"_s, 0, 1.0);
    set.record(u"val"_s, 3, 1.0);
    set.record(u"val"_s, 6, 1.0);
    QCOMPARE(set.allSteps(), (QList<qint64> { 0, 1, 2, 3, 6 }));
    QCOMPARE(set.allSteps({ u"val"_s }), (QList<qint64> { 0, 3, 6 }));
    QCOMPARE(set.allSteps({ u"missing"_s }), QList<qint64>());
}

void TestMetricSeriesSet::memoryEstimateGrowsWithPoints()
{
    MetricSeriesSet set(MetricSeriesLimits { 10, 1000 });
    const qsizetype empty = set.memoryEstimate();
    for (qint64 step = 0; step < 100'000; ++step)
        set.record(u"m"_s, step, 1.0);
    const qsizetype full = set.memoryEstimate();
    QVERIFY(full > empty + 1000 * 16);
    // Bounded by the cap (plus object overhead), not by the 100,000 records.
    QVERIFY2(full < empty + 1001 * 16 + 4096, qPrintable(QString::number(full)));
}

QTEST_GUILESS_MAIN(TestMetricSeriesSet)
#include "tst_metricseriesset.moc"
