// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/MetricSeriesSet.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

#include <optional>
#include <vector>

namespace RayDeck {

/// Settings of a MetricsLogParser.
struct MetricsLogParserOptions
{
    /// Limits of the series set the parser fills.
    MetricSeriesLimits limits;
    /**
     * Longest line the parser looks at, in bytes. A longer line (a dumped tensor,
     * a binary blob) is skipped up to its end without being buffered, so a log
     * without line breaks cannot make the parser's memory grow.
     */
    qsizetype maxLineLength = 256 * 1024;
    /// Longest metric name accepted, in bytes; longer keys are ignored.
    qsizetype maxNameLength = 512;
};

/**
 * Turns a verl job's driver log into one series per metric, incrementally.
 *
 * verl's console logger prints one line per training step,
 * `step:N - key:value - key:value ...`, each value formatted by Python's
 * pprint.pformat(): `0.4375`, `-1e-05`, `3`, `True`, `nan`, `inf`, or with NumPy 2
 * `np.float64(0.4375)`, `np.int64(3)`. As the trainer runs inside a Ray actor the
 * line usually reaches the driver log behind a prefix such as
 * `(TaskRunner pid=4242) `, often with ANSI colour codes, and sometimes with Ray's
 * ` [repeated 2x across cluster]` suffix. The parser finds `step:N` anywhere in a
 * line (not inside a longer word such as `global_step:`), strips colour codes, and
 * records every field whose value is numeric (see parseValue()); other fields and
 * all other lines are ignored. A step seen again (a run restarted from a checkpoint)
 * replaces the earlier value of each metric at that step.
 *
 * Input may be split anywhere: feed() keeps an incomplete last line until the next
 * chunk completes it; `\n`, `\r\n` and a lone `\r` (progress bars) end a line. Call
 * finish() at the end of a file to parse a last line without a line break. Any byte
 * sequence is safe to feed; memory stays bounded by the options (no log text is kept
 * beyond the current incomplete line, at most maxLineLength bytes).
 *
 * The parser owns the MetricSeriesSet it fills (series()). A live view feeds tail
 * chunks as they arrive and redraws when feed() returns non-zero or when
 * series().revision() changed. Not thread-safe; one thread at a time (a worker may
 * parse a saved log and hand the result over with takeSeries()).
 */
class MetricsLogParser
{
public:
    /// What the parser saw so far.
    struct Statistics
    {
        qint64 byteCount = 0;
        qint64 lineCount = 0; ///< complete lines (a CRLF pair counts once)
        qint64 metricLineCount = 0; ///< lines recognised as `step:N - ...`
        qint64 valueCount = 0; ///< numeric fields recorded (including dropped by the metric limit)
        qint64 ignoredFieldCount = 0; ///< fields of metric lines that were not numeric or had a bad key
        qint64 overlongLineCount = 0; ///< lines skipped for exceeding maxLineLength
    };

    MetricsLogParser();
    explicit MetricsLogParser(const MetricsLogParserOptions &options);

    /**
     * Parses the complete lines in @p chunk (plus any incomplete line left over from
     * earlier chunks) and keeps the trailing incomplete line for later.
     * Returns how many metric lines were applied to series() by this call.
     */
    int feed(QByteArrayView chunk);

    /// Parses the incomplete last line, if any, as if a line break followed. Returns as feed().
    int finish();

    /// Forgets everything: series, statistics and any incomplete line.
    void reset();

    /// The series filled so far.
    const MetricSeriesSet &series() const { return m_series; }
    /// Moves the series out, leaving the parser with an empty set (same limits).
    MetricSeriesSet takeSeries();

    const Statistics &statistics() const { return m_statistics; }
    const MetricsLogParserOptions &options() const { return m_options; }

    /**
     * The number a pprint-formatted Python value stands for, or nothing when it is
     * not numeric. Accepts ints, floats (`1e-05`, `nan`, `inf`, `-inf`), `True`/`False`
     * (1/0), `np.True_`/`np.False_`, and simple wrappers with one positional argument
     * and optional keyword arguments: `np.float64(0.5)`, `np.int64(3)`,
     * `tensor(0.5, device='cuda:0')`, `Decimal('0.5')`. Everything else (strings,
     * lists, `Fraction(1, 2)`, complex numbers) gives nothing.
     */
    static std::optional<double> parseValue(QByteArrayView text);

    /**
     * Parses a saved log file in 64 KiB chunks. Fails with Error::Code::Io when the
     * file cannot be read. Blocking: run it in a worker for big files.
     */
    [[nodiscard]] static Result<MetricSeriesSet> parseFile(const QString &path);
    [[nodiscard]] static Result<MetricSeriesSet> parseFile(const QString &path, const MetricsLogParserOptions &options);

private:
    struct KeySlot
    {
        QByteArray key;
        int index = -1;
    };

    void appendPartial(const char *begin, const char *end);
    int processLine(QByteArrayView line);
    int metricIndexFor(QByteArrayView key, std::size_t position);

    MetricsLogParserOptions m_options;
    MetricSeriesSet m_series;
    Statistics m_statistics;
    QByteArray m_partialLine;
    QByteArray m_scratch; ///< line with colour codes removed
    bool m_skippingOverlongLine = false;
    bool m_lastByteWasCr = false;
    /// Keys of the previous metric line by position: verl prints the same keys in the
    /// same order every step, so most lookups are one comparison.
    std::vector<KeySlot> m_recentKeys;
    QHash<QByteArray, int> m_indexByKey;
};

} // namespace RayDeck
