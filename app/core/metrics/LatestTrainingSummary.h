// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/MetricSeriesSet.h"

#include <QString>

#include <optional>

namespace RayDeck {

/**
 * Where a training run stands, for one cell of the jobs table: the step it logged
 * last and its latest reward (the value of the DefaultMetricPicks reward metric,
 * critic/score/mean or else critic/rewards/mean, at the step it was last logged).
 *
 * Cheap to build (a few hash lookups), so a table may rebuild it whenever the
 * set's revision() changes. Value type; any thread.
 */
class LatestTrainingSummary
{
public:
    /// An empty summary: no step, no reward.
    LatestTrainingSummary() = default;

    static LatestTrainingSummary from(const MetricSeriesSet &set);

    bool isEmpty() const { return !m_step.has_value(); }
    /// Step of the most recent metric line, if any.
    std::optional<qint64> step() const { return m_step; }
    /// Latest reward, if the run logged one.
    std::optional<double> reward() const { return m_reward; }
    /// Step at which reward() was logged (may lag step() when only validation ran since).
    std::optional<qint64> rewardStep() const { return m_rewardStep; }
    /// Which metric reward() came from; empty without a reward.
    const QString &rewardMetric() const { return m_rewardMetric; }

    /**
     * Translated one-line text such as "step 42 · reward 0.4375" or "step 42", and an
     * empty string for an empty summary. Rewards are shown with 4 significant digits.
     */
    QString toDisplayString() const;

    bool operator==(const LatestTrainingSummary &other) const = default;

private:
    std::optional<qint64> m_step;
    std::optional<double> m_reward;
    std::optional<qint64> m_rewardStep;
    QString m_rewardMetric;
};

} // namespace RayDeck
