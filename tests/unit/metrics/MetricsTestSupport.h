// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/MetricCsvWriter.h"
#include "metrics/MetricSeriesSet.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace RayDeck::TestSupport {

/// Every name, step and value of @p set as text, so QCOMPARE shows what differs.
/// Values are written exactly (shortest round-trip form, NaN and infinities by name).
inline QString dumpSeries(const MetricSeriesSet &set)
{
    QString text;
    for (int i = 0; i < set.metricCount(); ++i) {
        const MetricSeries &series = set.seriesAt(i);
        text += series.name();
        text += QLatin1Char('\n');
        for (qsizetype p = 0; p < series.size(); ++p) {
            text += QLatin1String("  ") + QString::number(series.steps()[std::size_t(p)]) + QLatin1Char('=')
                + QString::fromLatin1(MetricCsvWriter::formatValue(series.values()[std::size_t(p)]))
                + QLatin1Char('\n');
        }
    }
    return text;
}

/// True when @p a and @p b are the same double bit for bit (so NaN equals NaN, -0 differs from 0).
inline bool sameDouble(double a, double b)
{
    return std::memcmp(&a, &b, sizeof(double)) == 0 || (std::isnan(a) && std::isnan(b));
}

inline bool isStrictlyIncreasing(const MetricSeries &series)
{
    const auto steps = series.steps();
    return std::adjacent_find(steps.begin(), steps.end(), [](qint64 a, qint64 b) { return a >= b; }) == steps.end();
}

} // namespace RayDeck::TestSupport
