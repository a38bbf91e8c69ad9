// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsTestSupport.h"

#include "metrics/MetricsLogParser.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace RayDeck;
using namespace RayDeck::TestSupport;
using namespace Qt::StringLiterals;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// A driver log the way `ray job logs` shows a verl PPO run: Ray's own lines, the
// trainer's config dump, colour-coded actor prefixes, a validation line before
// training, tqdm progress with carriage returns, a worker traceback in the middle,
// a CRLF line, Ray's repeat suffix, and a restart from the step-2 checkpoint that
// logs steps 3 and 4 again with new values.
const QByteArray kVerlLog = QByteArrayLiteral(
    "2025-06-01 12:00:01,234\tINFO job_manager.py:530 -- Runtime env is setting up.\n"
    "\x1b[36m(TaskRunner pid=4242)\x1b[0m {'actor_rollout_ref': {'actor': {'ppo_mini_batch_size': 256,\n"
    "\x1b[36m(TaskRunner pid=4242)\x1b[0m                                  'ppo_epochs': 1}},\n"
    "(TaskRunner pid=4242) Using dataset class: RLHFDataset\n"
    "(TaskRunner pid=4242) Size of train dataloader: 29, Size of val dataloader: 1\n"
    "(TaskRunner pid=4242) Total training steps: 435\n"
    "(TaskRunner pid=4242) (\"Initial validation metrics: {'val-core/openai/gsm8k/reward/mean@1': \"\n"
    "(TaskRunner pid=4242)  'np.float64(0.0356)}')\n"
    "\x1b[36m(TaskRunner pid=4242)\x1b[0m step:0 - "
    "val-core/openai/gsm8k/reward/mean@1:np.float64(0.03563305534495830)\n"
    "Training Progress:   0%|          | 0/435 [00:00<?, ?it/s]\rTraining Progress:   0%|          | 1/435\n"
    "\x1b[36m(TaskRunner pid=4242)\x1b[0m step:1 - global_seqlen/min:np.int64(123456) - "
    "actor/entropy:np.float64(0.5234)"
    " - actor/pg_loss:np.float64(-0.0123) - actor/ppo_kl:np.float64(-1e-05) - actor/grad_norm:np.float64(nan)"
    " - critic/score/mean:np.float64(0.4375) - critic/rewards/mean:0.4375 - response_length/mean:np.float64(245.7)"
    " - perf/throughput:1234.5 - perf/max_memory_allocated_gb:np.float32(23.5) - training/global_step:1"
    " - training/epoch:0 - actor/lr:1e-06 - critic/advantages/max:np.float64(inf)"
    " - critic/advantages/min:-inf - actor/is_last_step:False - data/source:'openai/gsm8k'\n"
    "(WorkerDict pid=5151) Traceback (most recent call last):\n"
    "(WorkerDict pid=5151)   File \"/opt/verl/verl/workers/fsdp_workers.py\", line 812, in update_actor\n"
    "(WorkerDict pid=5151)     metrics = self.actor.update_policy(data=data)\n"
    "(WorkerDict pid=5151) RuntimeError: step:2 went wrong - grad:1\n"
    "(WorkerDict pid=5151) saved global_step:2 - actor/entropy:9.9\n"
    "(TaskRunner pid=4242) step:2 - actor/entropy:np.float64(0.51) - critic/score/mean:np.float64(0.5)"
    " - timing_s/step:12 - actor/is_last_step:True\r\n"
    "(TaskRunner pid=4242) step:3 - actor/entropy:np.float64(0.49) - critic/score/mean:np.float64(0.5625)"
    " - timing_s/step:11.5\n"
    "(TaskRunner pid=4242) step:4 - actor/entropy:np.float64(0.47) - critic/score/mean:np.float64(0.625)"
    " - timing_s/step:11.25 [repeated 2x across cluster]\n"
    "2025-06-01 12:31:00,000\tWARNING worker.py:2054 -- The job was restarted.\n"
    "\x1b[36m(TaskRunner pid=7777)\x1b[0m Resuming from checkpoint global_step_2\n"
    "\x1b[36m(TaskRunner pid=7777)\x1b[0m step:3 - actor/entropy:np.float64(0.48) - critic/score/mean:np.float64(0.6)"
    " - timing_s/step:np.float64(11.0)\n"
    "\x1b[36m(TaskRunner pid=7777)\x1b[0m step:4 - actor/entropy:np.float64(0.46) - critic/score/mean:np.float64(0.65)"
    " - timing_s/step:10.5\n"
    "\x1b[36m(TaskRunner pid=7777)\x1b[0m step:5 - actor/entropy:np.float64(0.45) - critic/score/mean:np.float64(0.7)"
    " - val-core/openai/gsm8k/reward/mean@1:np.float64(0.42)"); // no final line break: finish() parses it

struct Point
{
    qint64 step;
    double value;
};

void compareSeries(const MetricSeriesSet &set, const QString &name, const std::vector<Point> &expected)
{
    const MetricSeries *series = set.series(name);
    QVERIFY2(series, qPrintable(u"missing metric "_s + name));
    QCOMPARE(series->size(), qsizetype(expected.size()));
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(series->steps()[i], expected[i].step);
        QVERIFY2(sameDouble(series->values()[i], expected[i].value),
            qPrintable(u"%1 at step %2: got %3, expected %4"_s.arg(name)
                           .arg(expected[i].step)
                           .arg(series->values()[i])
                           .arg(expected[i].value)));
    }
}

MetricSeriesSet parseWhole(QByteArrayView log, MetricsLogParser::Statistics *statistics = nullptr)
{
    MetricsLogParser parser;
    parser.feed(log);
    parser.finish();
    if (statistics)
        *statistics = parser.statistics();
    return parser.takeSeries();
}

bool sameStatistics(const MetricsLogParser::Statistics &a, const MetricsLogParser::Statistics &b)
{
    return a.byteCount == b.byteCount && a.lineCount == b.lineCount && a.metricLineCount == b.metricLineCount
        && a.valueCount == b.valueCount && a.ignoredFieldCount == b.ignoredFieldCount
        && a.overlongLineCount == b.overlongLineCount;
}

} // namespace

class TestMetricsLogParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValue_data();
    void parseValue();
    void verlLogGivesSeriesPerMetric();
    void everySplitPositionGivesTheSameResult();
    void byteByByteAndCarriageReturnSplits();
    void lineBreakStyles();
    void stepMustStartAWordAndBeFollowedByFields();
    void keysWithSeparatorsAndOddKeys();
    void overlongLinesAreSkippedWithoutBuffering();
    void metricLimitIsRespected();
    void hostileLinesStayCheap();
    void randomBytesNeverBreakInvariants();
    void parseFileAndMissingFile();
    void resetAndTakeSeries();
};

void TestMetricsLogParser::parseValue_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("numeric");
    QTest::addColumn<double>("expected");

    QTest::newRow("float") << QByteArray("0.4375") << true << 0.4375;
    QTest::newRow("negative exponent") << QByteArray("-1e-05") << true << -1e-05;
    QTest::newRow("positive exponent") << QByteArray("1.5e+20") << true << 1.5e+20;
    QTest::newRow("int") << QByteArray("123456") << true << 123456.0;
    QTest::newRow("big int") << QByteArray("12345678901234567890") << true << 12345678901234567890.0;
    QTest::newRow("padded") << QByteArray("  0.5 ") << true << 0.5;
    QTest::newRow("np.float64") << QByteArray("np.float64(0.4375)") << true << 0.4375;
    QTest::newRow("np.float32") << QByteArray("np.float32(23.5)") << true << 23.5;
    QTest::newRow("np.int64") << QByteArray("np.int64(3)") << true << 3.0;
    QTest::newRow("numpy.float64") << QByteArray("numpy.float64(-2.5)") << true << -2.5;
    QTest::newRow("np.float64 nan") << QByteArray("np.float64(nan)") << true << kNaN;
    QTest::newRow("np.float64 -inf") << QByteArray("np.float64(-inf)") << true << -kInf;
    QTest::newRow("tensor") << QByteArray("tensor(0.5000)") << true << 0.5;
    QTest::newRow("tensor with device") << QByteArray("tensor(0.25, device='cuda:0')") << true << 0.25;
    QTest::newRow("tensor with dtype") << QByteArray("tensor(2., dtype=torch.float64)") << true << 2.0;
    QTest::newRow("Decimal") << QByteArray("Decimal('0.1')") << true << 0.1;
    QTest::newRow("np.longdouble") << QByteArray("np.longdouble('0.25')") << true << 0.25;
    QTest::newRow("nan") << QByteArray("nan") << true << kNaN;
    QTest::newRow("inf") << QByteArray("inf") << true << kInf;
    QTest::newRow("-inf") << QByteArray("-inf") << true << -kInf;
    QTest::newRow("+inf") << QByteArray("+inf") << true << kInf;
    QTest::newRow("Decimal Infinity") << QByteArray("Decimal('-Infinity')") << true << -kInf;
    QTest::newRow("True") << QByteArray("True") << true << 1.0;
    QTest::newRow("False") << QByteArray("False") << true << 0.0;
    QTest::newRow("np.True_") << QByteArray("np.True_") << true << 1.0;
    QTest::newRow("np.bool wrapper") << QByteArray("np.bool(False)") << true << 0.0;

    QTest::newRow("empty") << QByteArray("") << false << 0.0;
    QTest::newRow("string") << QByteArray("'openai/gsm8k'") << false << 0.0;
    QTest::newRow("word") << QByteArray("abc") << false << 0.0;
    QTest::newRow("list") << QByteArray("[1, 2]") << false << 0.0;
    QTest::newRow("tensor of list") << QByteArray("tensor([0.5, 0.25])") << false << 0.0;
    QTest::newRow("Fraction") << QByteArray("Fraction(1, 2)") << false << 0.0;
    QTest::newRow("complex") << QByteArray("(1+2j)") << false << 0.0;
    QTest::newRow("call without args") << QByteArray("np.float64()") << false << 0.0;
    QTest::newRow("unbalanced") << QByteArray("np.float64(0.5") << false << 0.0;
    QTest::newRow("unbalanced inner") << QByteArray("np.float64((0.5)") << false << 0.0;
    QTest::newRow("open quote") << QByteArray("Decimal('0.5)") << false << 0.0;
    QTest::newRow("trailing junk") << QByteArray("0.5abc") << false << 0.0;
    QTest::newRow("two numbers") << QByteArray("0.5 0.6") << false << 0.0;
    QTest::newRow("hex") << QByteArray("0x10") << false << 0.0;
    QTest::newRow("overflow") << QByteArray("1e999") << false << 0.0;
    QTest::newRow("plus plus") << QByteArray("++1") << false << 0.0;
    QTest::newRow("deep nesting") << QByteArray(
        "a(a(a(a(a(a(a(a(a(a(a(a(a(a(a(a(a(a(a(a(a(a(a(a(1))))))))))))))))))))))))")
                                  << false << 0.0;
}

void TestMetricsLogParser::parseValue()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, numeric);
    QFETCH(double, expected);
    const std::optional<double> value = MetricsLogParser::parseValue(text);
    QCOMPARE(value.has_value(), numeric);
    if (numeric)
        QVERIFY2(sameDouble(*value, expected), qPrintable(QString::number(*value)));
}

void TestMetricsLogParser::verlLogGivesSeriesPerMetric()
{
    MetricsLogParser parser;
    const int applied = parser.feed(kVerlLog);
    // The last line has no line break yet: a live tail must wait for it.
    QCOMPARE(parser.series().series(u"critic/score/mean"_s)->latestStep(), 4);
    QCOMPARE(applied, 7);
    QCOMPARE(parser.finish(), 1);
    const MetricSeriesSet set = parser.series();

    const QStringList expectedNames {
        u"val-core/openai/gsm8k/reward/mean@1"_s,
        u"global_seqlen/min"_s,
        u"actor/entropy"_s,
        u"actor/pg_loss"_s,
        u"actor/ppo_kl"_s,
        u"actor/grad_norm"_s,
        u"critic/score/mean"_s,
        u"critic/rewards/mean"_s,
        u"response_length/mean"_s,
        u"perf/throughput"_s,
        u"perf/max_memory_allocated_gb"_s,
        u"training/global_step"_s,
        u"training/epoch"_s,
        u"actor/lr"_s,
        u"critic/advantages/max"_s,
        u"critic/advantages/min"_s,
        u"actor/is_last_step"_s,
        u"timing_s/step"_s,
    };
    QCOMPARE(set.metricNames(), expectedNames);

    compareSeries(set, u"val-core/openai/gsm8k/reward/mean@1"_s, { { 0, 0.03563305534495830 }, { 5, 0.42 } });
    compareSeries(set, u"actor/entropy"_s, { { 1, 0.5234 }, { 2, 0.51 }, { 3, 0.48 }, { 4, 0.46 }, { 5, 0.45 } });
    compareSeries(set, u"critic/score/mean"_s, { { 1, 0.4375 }, { 2, 0.5 }, { 3, 0.6 }, { 4, 0.65 }, { 5, 0.7 } });
    compareSeries(set, u"timing_s/step"_s, { { 2, 12.0 }, { 3, 11.0 }, { 4, 10.5 } });
    compareSeries(set, u"actor/ppo_kl"_s, { { 1, -1e-05 } });
    compareSeries(set, u"actor/grad_norm"_s, { { 1, kNaN } });
    compareSeries(set, u"critic/advantages/max"_s, { { 1, kInf } });
    compareSeries(set, u"critic/advantages/min"_s, { { 1, -kInf } });
    compareSeries(set, u"actor/is_last_step"_s, { { 1, 0.0 }, { 2, 1.0 } });
    compareSeries(set, u"global_seqlen/min"_s, { { 1, 123456.0 } });
    compareSeries(set, u"perf/max_memory_allocated_gb"_s, { { 1, 23.5 } });
    compareSeries(set, u"actor/lr"_s, { { 1, 1e-06 } });
    QVERIFY(!set.contains(u"data/source"_s));
    QVERIFY(!set.contains(u"grad"_s));

    QCOMPARE(set.latestStep(), std::optional<qint64>(5));
    const MetricsLogParser::Statistics &statistics = parser.statistics();
    QCOMPARE(statistics.byteCount, kVerlLog.size());
    QCOMPARE(statistics.metricLineCount, 8);
    QCOMPARE(statistics.ignoredFieldCount, 1); // data/source:'openai/gsm8k'
    QCOMPARE(statistics.valueCount, 1 + 16 + 4 + 3 + 3 + 3 + 3 + 3);
    // Every LF (a CRLF counts once), the lone CR in the progress bar, and the unterminated last line.
    QCOMPARE(statistics.lineCount, kVerlLog.count('\n') + 1 + 1);
}

void TestMetricsLogParser::everySplitPositionGivesTheSameResult()
{
    MetricsLogParser::Statistics wholeStatistics;
    const MetricSeriesSet whole = parseWhole(kVerlLog, &wholeStatistics);
    const QString expected = dumpSeries(whole);
    QVERIFY(!expected.isEmpty());

    for (qsizetype split = 0; split <= kVerlLog.size(); ++split) {
        MetricsLogParser parser;
        parser.feed(QByteArrayView(kVerlLog).first(split));
        parser.feed(QByteArrayView(kVerlLog).sliced(split));
        parser.finish();
        const QString got = dumpSeries(parser.series());
        if (got != expected)
            QFAIL(qPrintable(u"split at byte %1 differs:\n%2"_s.arg(split).arg(got)));
        QVERIFY2(sameStatistics(parser.statistics(), wholeStatistics), qPrintable(QString::number(split)));
        QCOMPARE(parser.series().metricNames(), whole.metricNames());
    }
}

void TestMetricsLogParser::byteByByteAndCarriageReturnSplits()
{
    MetricsLogParser::Statistics wholeStatistics;
    const QString expected = dumpSeries(parseWhole(kVerlLog, &wholeStatistics));

    MetricsLogParser bytewise;
    for (const char c : kVerlLog)
        bytewise.feed(QByteArrayView(&c, 1));
    bytewise.finish();
    QCOMPARE(dumpSeries(bytewise.series()), expected);
    QVERIFY(sameStatistics(bytewise.statistics(), wholeStatistics));

    // Three pieces at random places, many times.
    QRandomGenerator random(4242);
    for (int round = 0; round < 300; ++round) {
        qsizetype a = random.bounded(kVerlLog.size() + 1);
        qsizetype b = random.bounded(kVerlLog.size() + 1);
        if (a > b)
            std::swap(a, b);
        MetricsLogParser parser;
        parser.feed(QByteArrayView(kVerlLog).first(a));
        parser.feed(QByteArrayView(kVerlLog).sliced(a, b - a));
        parser.feed(QByteArrayView(kVerlLog).sliced(b));
        parser.finish();
        QCOMPARE(dumpSeries(parser.series()), expected);
    }
}

void TestMetricsLogParser::lineBreakStyles()
{
    const QByteArray lf = "step:1 - a:1\nstep:2 - a:2\n";
    const QByteArray crlf = "step:1 - a:1\r\nstep:2 - a:2\r\n";
    const QByteArray cr = "step:1 - a:1\rstep:2 - a:2\r";
    MetricsLogParser::Statistics statistics;
    const QString expected = dumpSeries(parseWhole(lf, &statistics));
    QCOMPARE(statistics.lineCount, 2);
    QCOMPARE(dumpSeries(parseWhole(crlf, &statistics)), expected);
    QCOMPARE(statistics.lineCount, 2);
    QCOMPARE(dumpSeries(parseWhole(cr, &statistics)), expected);
    QCOMPARE(statistics.lineCount, 2);
    parseWhole("a\r\n\r\nb\n\n", &statistics);
    QCOMPARE(statistics.lineCount, 4);
    QCOMPARE(parseWhole(lf).series(u"a"_s)->size(), 2);
}

void TestMetricsLogParser::stepMustStartAWordAndBeFollowedByFields()
{
    const QByteArray log = "global_step:5 - a:1\n"
                           "val/step:6 - a:1\n"
                           "step:7/100 - a:1\n"
                           "step:x - a:1\n"
                           "step: 8 - a:1\n"
                           "step:9- a:1\n"
                           "step:1234567890123456789012 - a:1\n"
                           "step:10 -a:1\n"
                           "noise step:11 - a:11 - b:x\n"
                           "[INFO] step:12 - a:12 step:13 - b:13\n"
                           "\x1b[1;32mstep:14\x1b[0m - a:14\n"
                           "\x1b]0;title\astep:15 - a:15\n"
                           "step:16\n";
    MetricsLogParser parser;
    parser.feed(log);
    parser.finish();
    const MetricSeriesSet &set = parser.series();
    compareSeries(set, u"a"_s, { { 11, 11.0 }, { 14, 14.0 }, { 15, 15.0 } });
    // In "a:12 step:13" the value of a is "12 step:13", not a number, so it is ignored.
    compareSeries(set, u"b"_s, { { 12, 13.0 } });
    QCOMPARE(parser.statistics().metricLineCount, 5);
    QCOMPARE(set.latestStep(), std::optional<qint64>(15));
}

void TestMetricsLogParser::keysWithSeparatorsAndOddKeys()
{
    const QByteArray log = "step:1 - val-core/my - data/reward/mean@1:0.5 - :3 - \x01"
                           "bad:4 - spaced key :  0.25 "
                           "- tail-without-colon\n"
                           "step:2 - val-core/my - data/reward/mean@1:np.float64(0.75) - gr\xc3\xb6\xc3\x9f"
                           "e/\xc2\xb5:1\n";
    MetricsLogParser parser;
    parser.feed(log);
    parser.finish();
    const MetricSeriesSet &set = parser.series();
    compareSeries(set, u"val-core/my - data/reward/mean@1"_s, { { 1, 0.5 }, { 2, 0.75 } });
    compareSeries(set, u"spaced key"_s, { { 1, 0.25 } });
    compareSeries(set, u"gr\u00f6\u00dfe/\u00b5"_s, { { 2, 1.0 } });
    QCOMPARE(set.metricCount(), 3);
    QCOMPARE(parser.statistics().ignoredFieldCount, 3);
}

void TestMetricsLogParser::overlongLinesAreSkippedWithoutBuffering()
{
    MetricsLogParserOptions options;
    options.maxLineLength = 1024;
    options.maxNameLength = 16;
    QByteArray log;
    log += "step:1 - a:1\n";
    log += QByteArray(5000, 'x') + " step:2 - a:2\n"; // too long, even though it ends like a metric line
    log += "step:3 - a:3 - " + QByteArray(20, 'k') + ":4\n"; // key too long: that field is ignored
    log += QByteArray(3000, '\0');
    log += "\nstep:4 - a:4";

    QString expected;
    for (const qsizetype chunk : { qsizetype(1), qsizetype(7), qsizetype(1000), qsizetype(1024), log.size() }) {
        MetricsLogParser parser(options);
        for (qsizetype at = 0; at < log.size(); at += chunk)
            parser.feed(QByteArrayView(log).sliced(at, std::min(chunk, log.size() - at)));
        parser.finish();
        compareSeries(parser.series(), u"a"_s, { { 1, 1.0 }, { 3, 3.0 }, { 4, 4.0 } });
        QCOMPARE(parser.series().metricCount(), 1);
        QCOMPARE(parser.statistics().overlongLineCount, 2);
        QCOMPARE(parser.statistics().lineCount, 5);
        QCOMPARE(parser.statistics().ignoredFieldCount, 1);
    }
}

void TestMetricsLogParser::metricLimitIsRespected()
{
    MetricsLogParserOptions options;
    options.limits = MetricSeriesLimits { 5, 16 };
    MetricsLogParser parser(options);
    QByteArray log;
    for (int step = 0; step < 100; ++step) {
        log += "step:" + QByteArray::number(step);
        for (int metric = 0; metric < 50; ++metric)
            log += " - m" + QByteArray::number(metric) + ':' + QByteArray::number(step * metric);
        log += '\n';
    }
    parser.feed(log);
    parser.finish();
    const MetricSeriesSet &set = parser.series();
    QCOMPARE(set.metricNames(), (QStringList { u"m0"_s, u"m1"_s, u"m2"_s, u"m3"_s, u"m4"_s }));
    QCOMPARE(set.droppedValueCount(), 100 * 45);
    for (int i = 0; i < set.metricCount(); ++i) {
        const MetricSeries &series = set.seriesAt(i);
        QVERIFY(series.size() <= 16);
        QCOMPARE(series.steps().front(), 0);
        QCOMPARE(series.latestStep(), 99);
        QCOMPARE(series.latestValue(), 99.0 * i);
        for (std::size_t p = 0; p < std::size_t(series.size()); ++p)
            QCOMPARE(series.values()[p], double(series.steps()[p] * i));
    }
}

void TestMetricsLogParser::hostileLinesStayCheap()
{
    // Lines just under the length limit built to hit the slow paths: bare separators
    // (a key that never ends), thousands of "step:" candidates, nested calls, colour
    // codes, and keys that differ only in invalid UTF-8. A quadratic parser would take
    // minutes here; this one must finish and keep its bounds.
    const qsizetype limit = MetricsLogParserOptions().maxLineLength;
    QByteArray log;
    log += "step:1" + QByteArray(" - ").repeated(limit / 3 - 10) + '\n';
    log += QByteArray("step:x ").repeated(limit / 7 - 10) + "step:2 - a:2\n";
    log += "step:3 - a:" + QByteArray("f(").repeated(limit / 4) + '\n';
    log += "step:4" + QByteArray(" - a:np.float64(1, k=(((((").repeated(limit / 40) + '\n';
    log += QByteArray("\x1b[1;2;3m").repeated(limit / 10) + " step:5 - a:5\n";
    // 64 different byte keys that all decode to the one name "k\ufffd".
    for (int i = 0; i < 5000; ++i)
        log += "step:6 - k" + QByteArray(1, char(0x80 + i % 64)) + ":1 - a:6\n";

    MetricsLogParserOptions options;
    options.limits.maxMetrics = 4;
    MetricsLogParser parser(options);
    parser.feed(log);
    parser.finish();
    compareSeries(parser.series(), u"a"_s, { { 2, 2.0 }, { 5, 5.0 }, { 6, 6.0 } });
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(parser.statistics().overlongLineCount, 0);
    compareSeries(parser.series(), u"k\ufffd"_s, { { 6, 1.0 } });
    QCOMPARE(parser.series().metricCount(), 2);
    QCOMPARE(parser.statistics().valueCount, 2 + 2 * 5000);
}

void TestMetricsLogParser::randomBytesNeverBreakInvariants()
{
    // Fuzz-style: random bytes drawn from the pieces that matter to the grammar,
    // fed whole and in random chunks. Nothing may crash, the chunking must not
    // matter, and the series invariants must hold.
    static const QByteArray kPieces[] = {
        "step:",
        "step:1",
        "step:99",
        " - ",
        ":",
        "-",
        "np.float64(",
        "tensor(",
        ")",
        "(",
        "'",
        "\"",
        ",",
        "=",
        "nan",
        "inf",
        "-inf",
        "True",
        "0.5",
        "1e-05",
        "3",
        "\r",
        "\n",
        "\r\n",
        "\x1b[",
        "\x1b]",
        "\a",
        "m",
        "critic/score/mean",
        " [repeated 2x across cluster]",
        "\xff",
        "\xc3",
        "\0",
        "  ",
        "\t",
    };
    MetricsLogParserOptions options;
    options.maxLineLength = 256;
    options.limits = MetricSeriesLimits { 8, 8 };
    QRandomGenerator random(7);
    for (int round = 0; round < 400; ++round) {
        QByteArray input;
        const int length = int(random.bounded(1, 400));
        for (int i = 0; i < length; ++i) {
            if (random.bounded(4) == 0)
                input += char(random.bounded(256));
            else
                input += kPieces[random.bounded(int(std::size(kPieces)))];
        }
        MetricsLogParser::Statistics wholeStatistics;
        MetricsLogParser whole(options);
        whole.feed(input);
        whole.finish();
        wholeStatistics = whole.statistics();

        MetricsLogParser chunked(options);
        for (qsizetype at = 0; at < input.size();) {
            const qsizetype size = std::min<qsizetype>(random.bounded(1, 64), input.size() - at);
            chunked.feed(QByteArrayView(input).sliced(at, size));
            at += size;
        }
        chunked.finish();
        QCOMPARE(dumpSeries(chunked.series()), dumpSeries(whole.series()));
        QVERIFY(sameStatistics(chunked.statistics(), wholeStatistics));

        const MetricSeriesSet &set = whole.series();
        QVERIFY(set.metricCount() <= 8);
        for (int i = 0; i < set.metricCount(); ++i) {
            QVERIFY(set.seriesAt(i).size() <= 8);
            QVERIFY(isStrictlyIncreasing(set.seriesAt(i)));
            QVERIFY(!set.seriesAt(i).name().isEmpty());
        }
    }
}

void TestMetricsLogParser::parseFileAndMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"driver.log"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Big enough to need several 64 KiB reads.
    for (int repeat = 0; repeat < 200; ++repeat)
        file.write(kVerlLog + '\n');
    file.close();

    const Result<MetricSeriesSet> parsed = MetricsLogParser::parseFile(path);
    QVERIFY(parsed.isOk());
    QCOMPARE(parsed->metricCount(), 18);
    compareSeries(*parsed, u"critic/score/mean"_s, { { 1, 0.4375 }, { 2, 0.5 }, { 3, 0.6 }, { 4, 0.65 }, { 5, 0.7 } });

    const Result<MetricSeriesSet> missing = MetricsLogParser::parseFile(dir.filePath(u"nope.log"_s));
    QVERIFY(!missing.isOk());
    QCOMPARE(missing.error().code(), Error::Code::Io);
    QVERIFY(missing.error().message().contains(u"nope.log"_s));
}

void TestMetricsLogParser::resetAndTakeSeries()
{
    MetricsLogParser parser;
    parser.feed("step:1 - a:1\nstep:2 - a:");
    MetricSeriesSet taken = parser.takeSeries();
    QCOMPARE(taken.series(u"a"_s)->size(), 1);
    QVERIFY(parser.series().isEmpty());
    // The incomplete line survives takeSeries() and completes into the new set.
    parser.feed("2\n");
    compareSeries(parser.series(), u"a"_s, { { 2, 2.0 } });

    parser.feed("step:3 - a:");
    parser.reset();
    parser.feed("3\nstep:4 - b:4\n");
    QCOMPARE(parser.series().metricNames(), QStringList { u"b"_s });
    QCOMPARE(parser.statistics().lineCount, 2);
}

QTEST_GUILESS_MAIN(TestMetricsLogParser)
#include "tst_metricslogparser.moc"
