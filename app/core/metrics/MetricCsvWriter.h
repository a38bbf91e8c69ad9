// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/MetricSeriesSet.h"
#include "util/Result.h"

#include <QByteArray>
#include <QStringList>

class QIODevice;

namespace RayDeck {

/**
 * Writes a MetricSeriesSet as CSV (RFC 4180), the format of the curves view's
 * export and of `raydeck-cli metrics --csv`:
 *
 *     step,critic/score/mean,actor/entropy
 *     1,0.25,1.5
 *     2,0.4375,
 *
 * - Header: `step`, then one column per metric (all metrics in first-seen order, or
 *   the ones asked for, in that order; an unknown name gives an empty column).
 * - One row per step at which any written metric has a value, steps ascending; a
 *   cell is empty when its metric has no value at that step.
 * - Values use the shortest text that reads back to the same double (`0.1`, not
 *   `0.10000000000000001`); `nan`, `inf` and `-inf` as Python writes them.
 * - A field holding a comma, a double quote, CR or LF is enclosed in double quotes,
 *   with each inner quote doubled. UTF-8, no byte order mark.
 *
 * MetricCsvReader reads this back. Stateless; callable from any thread.
 */
class MetricCsvWriter
{
public:
    enum class LineEnding {
        CrLf, ///< as RFC 4180 says; spreadsheets expect it
        Lf, ///< for Unix pipes
    };

    struct Options
    {
        QStringList metrics; ///< columns to write (repeats dropped); empty means all metrics
        LineEnding lineEnding = LineEnding::CrLf;
    };

    /// The whole CSV in memory.
    static QByteArray toCsv(const MetricSeriesSet &set);
    static QByteArray toCsv(const MetricSeriesSet &set, const Options &options);

    /**
     * Streams the CSV to an open, writable @p device in pieces of about 64 KiB.
     * Fails with Error::Code::Io when the device refuses data. Blocking.
     */
    [[nodiscard]] static Result<void> write(const MetricSeriesSet &set, QIODevice *device);
    [[nodiscard]] static Result<void> write(const MetricSeriesSet &set, QIODevice *device, const Options &options);

    /// @p field as one CSV field, quoted only when RFC 4180 requires it.
    static QByteArray quoteField(const QString &field);
    /// @p value as the shortest text that round-trips.
    static QByteArray formatValue(double value);
};

} // namespace RayDeck
