// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MetricSmoothing.h"

#include <algorithm>
#include <cmath>

namespace RayDeck {

QList<double> MetricSmoothing::exponentialMovingAverage(std::span<const double> values, double weight)
{
    QList<double> smoothed(values.begin(), values.end());
    if (!(weight > 0.0)) // also catches NaN
        return smoothed;
    weight = std::min(weight, kMaxWeight);

    // Rounding in the running average would make a flat line wobble in the last digit.
    const bool isConstant
        = std::all_of(values.begin(), values.end(), [&values](double value) { return value == values.front(); });
    if (isConstant)
        return smoothed;

    double average = 0.0;
    double weightPower = 1.0; // weight^n for the n finite values seen so far
    for (qsizetype i = 0; i < smoothed.size(); ++i) {
        const double value = smoothed[i];
        if (!std::isfinite(value))
            continue;
        average = average * weight + (1.0 - weight) * value;
        weightPower *= weight;
        smoothed[i] = average / (1.0 - weightPower);
    }
    return smoothed;
}

} // namespace RayDeck
