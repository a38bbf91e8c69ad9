// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/MetricSeriesSet.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace RayDeck {

/**
 * Reads CSV in the layout MetricCsvWriter writes (RFC 4180: quoted fields with
 * doubled quotes, CRLF or LF line ends, an optional UTF-8 byte order mark): a
 * `step` column followed by one column per metric, integer steps, and cells that
 * are empty or numbers (`nan`, `inf` and `-inf` included).
 *
 * Fails with Error::Code::CorruptData, naming the line, when the header does not
 * start with `step`, a metric name is empty or repeated, a row has the wrong number
 * of cells, or a cell is not a number. Blank lines are skipped. Metrics beyond
 * @p limits are dropped as MetricSeriesSet describes. Stateless; callable from any
 * thread; blocking.
 */
class MetricCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(MetricCsvReader)

public:
    [[nodiscard]] static Result<MetricSeriesSet> read(QByteArrayView csv, const MetricSeriesLimits &limits = {});

    /// read() on a file's contents; Error::Code::Io when it cannot be opened.
    [[nodiscard]] static Result<MetricSeriesSet> readFile(const QString &path, const MetricSeriesLimits &limits = {});
};

} // namespace RayDeck
