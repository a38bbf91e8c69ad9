// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/DefaultMetricPicks.h"
#include "metrics/LatestTrainingSummary.h"
#include "metrics/MetricSmoothing.h"
#include "metrics/MetricsLogParser.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace RayDeck;
using namespace Qt::StringLiterals;

using Role = DefaultMetricPicks::Role;

class TestMetricPicks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void picksTheVerlDefaults();
    void prefersFirstCandidateAndFallsBack();
    void leavesOutMissingRoles();
    void validationPicksFirstSeenDataSource();
    void titlesAreNotEmpty();
    void summaryFromLiveLog();
    void summaryWithoutReward();
    void smoothingMatchesTheDebiasedFormula();
    void smoothingEdgeCases();
};

void TestMetricPicks::picksTheVerlDefaults()
{
    const QStringList names {
        u"timing_s/gen"_s,
        u"actor/pg_loss"_s,
        u"actor/entropy"_s,
        u"actor/ppo_kl"_s,
        u"actor/kl_loss"_s,
        u"critic/rewards/mean"_s,
        u"critic/score/mean"_s,
        u"response_length/mean"_s,
        u"perf/throughput"_s,
        u"val-core/openai/gsm8k/reward/mean@1"_s,
    };
    const QList<DefaultMetricPicks::Pick> picks = DefaultMetricPicks::pick(names);
    QCOMPARE(picks.size(), 6);
    QCOMPARE(picks[0].role, Role::Reward);
    QCOMPARE(picks[0].metric, u"critic/score/mean"_s);
    QCOMPARE(picks[1].role, Role::Kl);
    QCOMPARE(picks[1].metric, u"actor/ppo_kl"_s);
    QCOMPARE(picks[2].metric, u"actor/entropy"_s);
    QCOMPARE(picks[3].metric, u"response_length/mean"_s);
    QCOMPARE(picks[4].role, Role::ValidationScore);
    QCOMPARE(picks[4].metric, u"val-core/openai/gsm8k/reward/mean@1"_s);
    QCOMPARE(picks[5].role, Role::Throughput);
    QCOMPARE(picks[5].metric, u"perf/throughput"_s);
    QCOMPARE(DefaultMetricPicks::pickedMetrics(names),
        (QStringList { u"critic/score/mean"_s, u"actor/ppo_kl"_s, u"actor/entropy"_s, u"response_length/mean"_s,
            u"val-core/openai/gsm8k/reward/mean@1"_s, u"perf/throughput"_s }));
}

void TestMetricPicks::prefersFirstCandidateAndFallsBack()
{
    QCOMPARE(DefaultMetricPicks::metricFor(Role::Reward, { u"critic/rewards/mean"_s }), u"critic/rewards/mean"_s);
    QCOMPARE(DefaultMetricPicks::metricFor(Role::Kl, { u"actor/kl_loss"_s }), u"actor/kl_loss"_s);
    QCOMPARE(DefaultMetricPicks::metricFor(Role::Entropy, { u"actor/entropy_loss"_s }), u"actor/entropy_loss"_s);
    QCOMPARE(DefaultMetricPicks::metricFor(Role::ValidationScore, { u"val/test_score/openai/gsm8k"_s }),
        u"val/test_score/openai/gsm8k"_s);
}

void TestMetricPicks::leavesOutMissingRoles()
{
    const QList<DefaultMetricPicks::Pick> picks
        = DefaultMetricPicks::pick({ u"actor/entropy"_s, u"critic/score/max"_s, u"val-aux/x/reward/mean@1"_s });
    QCOMPARE(picks.size(), 1);
    QCOMPARE(picks[0].role, Role::Entropy);
    QVERIFY(DefaultMetricPicks::pick({}).isEmpty());
    QCOMPARE(DefaultMetricPicks::metricFor(Role::Throughput, { u"perf/throughput_x"_s }), QString());
}

void TestMetricPicks::validationPicksFirstSeenDataSource()
{
    const QStringList names {
        u"val-core/openai/gsm8k/acc/mean@1"_s,
        u"val-core/lighteval/MATH/reward/mean@4"_s,
        u"val-core/openai/gsm8k/reward/mean@1"_s,
    };
    QCOMPARE(DefaultMetricPicks::metricFor(Role::ValidationScore, names), u"val-core/lighteval/MATH/reward/mean@4"_s);
}

void TestMetricPicks::titlesAreNotEmpty()
{
    const QList<Role> roles = DefaultMetricPicks::roles();
    QCOMPARE(roles.size(), 6);
    for (const Role role : roles)
        QVERIFY(!DefaultMetricPicks::title(role).isEmpty());
    QCOMPARE(DefaultMetricPicks::title(Role::Reward), u"Reward"_s);
}

void TestMetricPicks::summaryFromLiveLog()
{
    MetricsLogParser parser;
    QVERIFY(LatestTrainingSummary::from(parser.series()).isEmpty());
    QCOMPARE(LatestTrainingSummary::from(parser.series()).toDisplayString(), QString());

    parser.feed("(TaskRunner pid=1) step:0 - val-core/openai/gsm8k/reward/mean@1:np.float64(0.03)\n");
    LatestTrainingSummary summary = LatestTrainingSummary::from(parser.series());
    QCOMPARE(summary.step(), std::optional<qint64>(0));
    QVERIFY(!summary.reward());

    parser.feed("(TaskRunner pid=1) step:1 - critic/rewards/mean:0.5 - critic/score/mean:np.float64(0.4375)\n"
                "(TaskRunner pid=1) step:2 - critic/rewards/mean:0.6 - critic/score/mean:np.float64(0.5625)\n");
    summary = LatestTrainingSummary::from(parser.series());
    QCOMPARE(summary.step(), std::optional<qint64>(2));
    QCOMPARE(summary.reward(), std::optional<double>(0.5625));
    QCOMPARE(summary.rewardStep(), std::optional<qint64>(2));
    QCOMPARE(summary.rewardMetric(), u"critic/score/mean"_s);
    QCOMPARE(summary.toDisplayString(), u"step 2 · reward 0.5625"_s);

    // Validation at step 3 only: the run is at step 3, the reward is still step 2's.
    parser.feed("(TaskRunner pid=1) step:3 - val-core/openai/gsm8k/reward/mean@1:np.float64(0.25)\n");
    summary = LatestTrainingSummary::from(parser.series());
    QCOMPARE(summary.step(), std::optional<qint64>(3));
    QCOMPARE(summary.rewardStep(), std::optional<qint64>(2));
    QCOMPARE(summary.reward(), std::optional<double>(0.5625));
    QVERIFY(summary == LatestTrainingSummary::from(parser.series()));
}

void TestMetricPicks::summaryWithoutReward()
{
    MetricSeriesSet set;
    set.record(u"critic/rewards/mean"_s, 7, 1.0 / 3.0);
    LatestTrainingSummary summary = LatestTrainingSummary::from(set);
    QCOMPARE(summary.rewardMetric(), u"critic/rewards/mean"_s);
    QCOMPARE(summary.toDisplayString(), u"step 7 · reward 0.3333"_s);

    MetricSeriesSet other;
    other.record(u"actor/entropy"_s, 12, 0.5);
    summary = LatestTrainingSummary::from(other);
    QCOMPARE(summary.toDisplayString(), u"step 12"_s);
    QVERIFY(!summary.reward());
}

void TestMetricPicks::smoothingMatchesTheDebiasedFormula()
{
    const std::vector<double> values { 1.0, 3.0, 2.0, 5.0, 4.0 };
    const double weight = 0.6;
    const QList<double> smoothed = MetricSmoothing::exponentialMovingAverage(values, weight);
    QCOMPARE(smoothed.size(), qsizetype(values.size()));
    // Reference computed straight from the definition, without the running power.
    for (std::size_t n = 0; n < values.size(); ++n) {
        double numerator = 0.0;
        double denominator = 0.0;
        for (std::size_t k = 0; k <= n; ++k) {
            numerator += std::pow(weight, double(n - k)) * values[k];
            denominator += std::pow(weight, double(n - k));
        }
        QVERIFY2(std::abs(smoothed[qsizetype(n)] - numerator / denominator) < 1e-12,
            qPrintable(u"at %1: %2"_s.arg(n).arg(smoothed[qsizetype(n)])));
    }
    QCOMPARE(smoothed.front(), 1.0); // debiased: the first point is not pulled to 0
}

void TestMetricPicks::smoothingEdgeCases()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::vector<double> values { 2.0, nan, 4.0, std::numeric_limits<double>::infinity(), 6.0 };
    QCOMPARE(MetricSmoothing::exponentialMovingAverage(values, 0.0).size(), 5);
    const QList<double> unchanged = MetricSmoothing::exponentialMovingAverage(values, 0.0);
    QCOMPARE(unchanged[0], 2.0);
    QCOMPARE(unchanged[4], 6.0);

    const QList<double> smoothed = MetricSmoothing::exponentialMovingAverage(values, 0.5);
    QCOMPARE(smoothed[0], 2.0);
    QVERIFY(std::isnan(smoothed[1]));
    QVERIFY(std::isinf(smoothed[3]));
    // 2 and 4 averaged with weights 0.5/1 over 1.5 (debiased): (0.5*2 + 4) / 1.5.
    QVERIFY(std::abs(smoothed[2] - (0.5 * 2.0 + 4.0) / 1.5) < 1e-12);

    const std::vector<double> flat(100, 0.1);
    const QList<double> flatSmoothed = MetricSmoothing::exponentialMovingAverage(flat, 0.99);
    for (const double value : flatSmoothed)
        QCOMPARE(value, 0.1);

    QVERIFY(MetricSmoothing::exponentialMovingAverage({}, 0.9).isEmpty());
    // Out-of-range weights are clamped instead of dividing by zero.
    const QList<double> clamped = MetricSmoothing::exponentialMovingAverage(std::vector<double> { 1.0, 2.0 }, 5.0);
    QVERIFY(std::isfinite(clamped[1]));
    QVERIFY(clamped[1] > 1.0 && clamped[1] < 2.0);
    QCOMPARE(MetricSmoothing::exponentialMovingAverage(std::vector<double> { 1.0, 2.0 }, -1.0)[1], 2.0);
    QCOMPARE(MetricSmoothing::exponentialMovingAverage(std::vector<double> { 1.0, 2.0 }, nan)[1], 2.0);
}

QTEST_GUILESS_MAIN(TestMetricPicks)
#include "tst_metricpicks.moc"
