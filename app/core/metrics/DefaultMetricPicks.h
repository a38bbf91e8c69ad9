// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace RayDeck {

/**
 * Which of a run's metrics a curves view shows before the user picks any: the
 * handful that tell whether PPO is learning. Each role maps to the first of its
 * candidate names that the run logged; roles the run did not log are left out.
 *
 * | Role            | Candidates, in order of preference                              |
 * |-----------------|-----------------------------------------------------------------|
 * | Reward          | critic/score/mean, critic/rewards/mean                          |
 * | Kl              | actor/ppo_kl, actor/kl_loss                                     |
 * | Entropy         | actor/entropy, actor/entropy_loss                               |
 * | ResponseLength  | response_length/mean                                            |
 * | ValidationScore | first val-core/.../reward/mean@N seen, else first val/test_score/... |
 * | Throughput      | perf/throughput                                                 |
 *
 * Stateless; callable from any thread.
 */
class DefaultMetricPicks
{
public:
    enum class Role { Reward, Kl, Entropy, ResponseLength, ValidationScore, Throughput };

    struct Pick
    {
        Role role;
        QString metric;
    };

    /// All roles in display order.
    static QList<Role> roles();

    /**
     * The exact names that can play @p role, most preferred first. Empty for
     * ValidationScore, which is matched by pattern instead.
     */
    static QStringList candidates(Role role);

    /// The metric of @p metricNames (first-seen order) that plays @p role, or an empty string.
    static QString metricFor(Role role, const QStringList &metricNames);

    /// One pick per role present in @p metricNames, in display order.
    static QList<Pick> pick(const QStringList &metricNames);

    /// The picked metric names only, in display order.
    static QStringList pickedMetrics(const QStringList &metricNames);

    /// A translated title for charts and legends, e.g. "Reward".
    static QString title(Role role);
};

} // namespace RayDeck
