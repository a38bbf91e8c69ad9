// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsTestSupport.h"

#include "metrics/LatestTrainingSummary.h"
#include "metrics/MetricsLogParser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <array>

using namespace RayDeck;
using namespace RayDeck::TestSupport;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kLineCount = 1'000'000;
constexpr int kLinesPerStep = 10; // one metric line and nine other lines, like a chatty driver log
constexpr qint64 kCycles = kLineCount / kLinesPerStep;
constexpr int kMetricCount = 40;
constexpr qsizetype kChunkSize = 64 * 1024;
// The job dies after step 59,999 and resumes from the checkpoint at step 58,999:
// steps 59,000 ... 59,999 are logged a second time, with the new run's values.
constexpr qint64 kRestartCycle = 60'000;
constexpr qint64 kRewind = 1'000;

qint64 stepOfCycle(qint64 cycle)
{
    return cycle < kRestartCycle ? cycle : cycle - kRewind;
}

// Value of metric @p metric at @p step in run @p run (0 before the restart, 1 after).
double valueOf(int metric, qint64 step, int run)
{
    if (metric % 8 == 7)
        return double((step * 31 + metric) % 5000 + run); // integer metrics, like global_seqlen
    return double(metric) + double(step) * 1e-4 + run * 0.5 + 1.0 / (metric + 3);
}

double expectedValue(int metric, qint64 step)
{
    return valueOf(metric, step, step >= kRestartCycle - kRewind ? 1 : 0);
}

QByteArray metricName(int metric)
{
    static const std::array<const char *, 8> kGroups { "actor", "critic", "perf", "timing_s", "response_length",
        "val-core/openai/gsm8k", "training", "global_seqlen" };
    return QByteArray(kGroups[std::size_t(metric) % kGroups.size()]) + "/metric_" + QByteArray::number(metric)
        + "/mean";
}

QByteArray formatted(int metric, double value)
{
    const QByteArray number = MetricCsvWriter::formatValue(value);
    switch (metric % 4) {
    case 0:
        return "np.float64(" + number + ')';
    case 1:
        return number;
    case 2:
        return "np.float32(" + number + ')';
    default:
        return metric % 8 == 7 ? "np.int64(" + number + ')' : number;
    }
}

// Generates the log one line at a time into @p out.
class LogGenerator
{
public:
    void appendCycle(qint64 cycle, QByteArray &out)
    {
        const qint64 step = stepOfCycle(cycle);
        const int run = cycle >= kRestartCycle ? 1 : 0;
        const QByteArray pid = run ? "7777" : "4242";
        out += "\x1b[36m(TaskRunner pid=" + pid + ")\x1b[0m step:" + QByteArray::number(step);
        for (int metric = 0; metric < kMetricCount; ++metric) {
            out += " - ";
            out += m_names[std::size_t(metric)];
            out += ':';
            out += formatted(metric, valueOf(metric, step, run));
        }
        out += " - data/source:'openai/gsm8k'\n";
        out += "(WorkerDict pid=5151) [Rank 0] update_policy took 1.23 s, global_step:" + QByteArray::number(step)
            + " - grad:1\n";
        out += "Training Progress:  13%|\xe2\x96\x88\xe2\x96\x8e        | " + QByteArray::number(step) + "/99999\n";
        out += "(WorkerDict pid=5151) INFO 06-01 12:00:00 [block_pool.py:321] Successfully reset prefix cache\n";
        out += "(TaskRunner pid=4242) Traceback (most recent call last):\n";
        out += "(TaskRunner pid=4242)   File \"/opt/verl/verl/trainer/ppo/ray_trainer.py\", line 1066, in fit\n";
        out += "(TaskRunner pid=4242) RuntimeError: step:" + QByteArray::number(step) + " failed: retrying\n";
        out += "2025-06-01 12:00:01,234\tINFO worker.py:1832 -- Connected to Ray cluster.\n";
        out += "\x1b[33m(raylet)\x1b[0m [2025-06-01 12:00:02] WARNING memory usage high [repeated 3x across cluster]\n";
        out += "(TaskRunner pid=4242) {'data': {'train_batch_size': 1024, 'max_prompt_length': 512}}\n";
    }

    LogGenerator()
    {
        for (int metric = 0; metric < kMetricCount; ++metric)
            m_names[std::size_t(metric)] = metricName(metric);
    }

private:
    std::array<QByteArray, kMetricCount> m_names;
};

qint64 peakResidentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

class TestMetricsLogMillion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void millionLinesIn64KiBChunks();
};

void TestMetricsLogMillion::millionLinesIn64KiBChunks()
{
    MetricsLogParser parser;
    LogGenerator generator;
    QByteArray pending;
    pending.reserve(2 * kChunkSize);
    QElapsedTimer timer;
    qint64 parseNanoseconds = 0;
    qint64 chunks = 0;

    const auto feedChunk = [&](QByteArrayView chunk) {
        timer.start();
        parser.feed(chunk);
        parseNanoseconds += timer.nsecsElapsed();
        ++chunks;
    };
    for (qint64 cycle = 0; cycle < kCycles; ++cycle) {
        generator.appendCycle(cycle, pending);
        // Fixed 64 KiB chunks that cut lines anywhere, as a network read would.
        qsizetype offset = 0;
        while (pending.size() - offset >= kChunkSize) {
            feedChunk(QByteArrayView(pending).sliced(offset, kChunkSize));
            offset += kChunkSize;
        }
        pending.remove(0, offset);
    }
    feedChunk(pending);
    timer.start();
    parser.finish();
    parseNanoseconds += timer.nsecsElapsed();

    const MetricsLogParser::Statistics &statistics = parser.statistics();
    const MetricSeriesSet &set = parser.series();
    const double seconds = double(parseNanoseconds) / 1e9;
    qInfo("parsed %lld lines (%.1f MiB) in %lld chunks: %.3f s parse time, %.0f MiB/s, %.0f lines/s",
        statistics.lineCount, double(statistics.byteCount) / 1048576.0, chunks, seconds,
        double(statistics.byteCount) / 1048576.0 / seconds, double(statistics.lineCount) / seconds);
    qInfo("series: %d metrics, %lld points, memory estimate %.2f MiB (%.1f KiB per metric); peak RSS %lld KiB",
        set.metricCount(), qint64(set.pointCount()), double(set.memoryEstimate()) / 1048576.0,
        double(set.memoryEstimate()) / 1024.0 / set.metricCount(), peakResidentKiB());

    QCOMPARE(statistics.lineCount, kLineCount);
    QCOMPARE(statistics.metricLineCount, kCycles);
    QCOMPARE(statistics.valueCount, kCycles * kMetricCount);
    QCOMPARE(statistics.ignoredFieldCount, kCycles);
    QCOMPARE(statistics.overlongLineCount, 0);
    QCOMPARE(set.metricCount(), kMetricCount);
    QCOMPARE(set.droppedValueCount(), 0);

    const qint64 lastStep = stepOfCycle(kCycles - 1);
    QCOMPARE(set.latestStep(), std::optional<qint64>(lastStep));
    const qsizetype cap = set.limits().maxPointsPerSeries;
    for (int metric = 0; metric < kMetricCount; ++metric) {
        const MetricSeries &series = set.seriesAt(metric);
        QCOMPARE(series.name(), QString::fromLatin1(metricName(metric)));
        QVERIFY(series.size() <= cap);
        QVERIFY(series.size() >= cap / 2);
        QVERIFY(series.isThinned());
        QVERIFY(isStrictlyIncreasing(series));
        QCOMPARE(series.steps().front(), 0);
        QCOMPARE(series.steps().back(), lastStep);
        QCOMPARE(series.latestValue(), expectedValue(metric, lastStep));
        // Every kept point holds exactly the value last logged for its step,
        // including the steps the restarted run logged a second time.
        for (std::size_t p = 0; p < std::size_t(series.size()); ++p) {
            const qint64 step = series.steps()[p];
            if (series.values()[p] != expectedValue(metric, step)) {
                QFAIL(qPrintable(u"%1 at step %2: %3, expected %4"_s.arg(series.name())
                                     .arg(step)
                                     .arg(series.values()[p], 0, 'g', 17)
                                     .arg(expectedValue(metric, step), 0, 'g', 17)));
            }
        }
    }
    const MetricSeries *reward = set.series(QString::fromLatin1(metricName(1)));
    QVERIFY(reward);
    QCOMPARE(reward->valueAt(0), std::optional<double>(expectedValue(1, 0)));
    QVERIFY(set.memoryEstimate() < qsizetype(kMetricCount) * (cap + 1) * 16 + 256 * 1024);
}

QTEST_GUILESS_MAIN(TestMetricsLogMillion)
#include "tst_metricslogmillion.moc"
