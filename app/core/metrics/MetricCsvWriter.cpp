// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MetricCsvWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>

#include <cmath>

namespace RayDeck {

namespace {

constexpr qsizetype kFlushThreshold = 64 * 1024;

Result<void> writeAll(QIODevice *device, QByteArray &pending)
{
    if (device->write(pending) != pending.size()) {
        return Error(Error::Code::Io,
            QCoreApplication::translate("MetricCsvWriter",
                "Could not write the CSV file. Check free disk space and "
                "permissions, then export again."),
            device->errorString());
    }
    pending.resize(0);
    return {};
}

} // namespace

QByteArray MetricCsvWriter::toCsv(const MetricSeriesSet &set)
{
    return toCsv(set, Options());
}

QByteArray MetricCsvWriter::toCsv(const MetricSeriesSet &set, const Options &options)
{
    QByteArray csv;
    QBuffer buffer(&csv);
    buffer.open(QIODevice::WriteOnly);
    // Writing to memory cannot fail.
    (void)write(set, &buffer, options);
    return csv;
}

Result<void> MetricCsvWriter::write(const MetricSeriesSet &set, QIODevice *device)
{
    return write(set, device, Options());
}

Result<void> MetricCsvWriter::write(const MetricSeriesSet &set, QIODevice *device, const Options &options)
{
    if (!device || !device->isWritable()) {
        return Error(Error::Code::Io,
            QCoreApplication::translate("MetricCsvWriter", "The CSV destination is not open for writing."));
    }
    const QByteArray newline
        = options.lineEnding == LineEnding::CrLf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    QStringList columns = options.metrics.isEmpty() ? set.metricNames() : options.metrics;
    // A repeated column could not be read back (names identify series).
    columns.removeDuplicates();

    std::vector<const MetricSeries *> series;
    series.reserve(std::size_t(columns.size()));
    QByteArray pending = QByteArrayLiteral("step");
    for (const QString &name : columns) {
        series.push_back(set.series(name));
        pending += ',';
        pending += quoteField(name);
    }
    pending += newline;

    // One cursor per column walks its sorted steps alongside the union of all steps.
    std::vector<qsizetype> cursors(series.size(), 0);
    const QList<qint64> steps = set.allSteps(columns);
    for (const qint64 step : steps) {
        pending += QByteArray::number(step);
        for (std::size_t column = 0; column < series.size(); ++column) {
            pending += ',';
            const MetricSeries *current = series[column];
            if (!current)
                continue;
            qsizetype &cursor = cursors[column];
            const auto seriesSteps = current->steps();
            if (cursor < qsizetype(seriesSteps.size()) && seriesSteps[std::size_t(cursor)] == step) {
                pending += formatValue(current->values()[std::size_t(cursor)]);
                ++cursor;
            }
        }
        pending += newline;
        if (pending.size() >= kFlushThreshold) {
            if (Result<void> written = writeAll(device, pending); !written)
                return written;
        }
    }
    return writeAll(device, pending);
}

QByteArray MetricCsvWriter::quoteField(const QString &field)
{
    QByteArray utf8 = field.toUtf8();
    const bool needsQuotes = utf8.contains(',') || utf8.contains('"') || utf8.contains('\r') || utf8.contains('\n');
    if (!needsQuotes)
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

QByteArray MetricCsvWriter::formatValue(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("inf") : QByteArrayLiteral("-inf");
    // QByteArray::number drops the sign of negative zero.
    if (value == 0.0 && std::signbit(value))
        return QByteArrayLiteral("-0");
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace RayDeck
