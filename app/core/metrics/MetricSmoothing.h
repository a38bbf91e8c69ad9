// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <span>

namespace RayDeck {

/**
 * Smoothing for noisy training curves, as a slider in the curves view drives it.
 * Stateless; callable from any thread.
 */
class MetricSmoothing
{
public:
    /// Largest weight accepted; 1 would freeze the curve at its first value.
    static constexpr double kMaxWeight = 0.999;

    /**
     * Exponential moving average with bias correction, the way TensorBoard's
     * smoothing slider behaves: s_n = w * s_(n-1) + (1 - w) * x_n starting from 0,
     * divided by (1 - w^n) so the start of the curve is not dragged towards zero.
     *
     * @p weight is clamped to [0, kMaxWeight]; 0 returns the values unchanged.
     * Non-finite values (NaN, ±inf) are passed through where they are and do not
     * disturb the average of the finite ones. A constant series stays exactly constant.
     * The result has one value per input value, in the same order.
     */
    static QList<double> exponentialMovingAverage(std::span<const double> values, double weight);
};

} // namespace RayDeck
