// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/LatestTrainingSummary.h"

#include "metrics/DefaultMetricPicks.h"

#include <QCoreApplication>
#include <QLocale>

namespace RayDeck {

LatestTrainingSummary LatestTrainingSummary::from(const MetricSeriesSet &set)
{
    LatestTrainingSummary summary;
    summary.m_step = set.latestStep();
    // Ask by candidate name instead of listing every metric: a table refreshes often.
    const QStringList candidates = DefaultMetricPicks::candidates(DefaultMetricPicks::Role::Reward);
    for (const QString &name : candidates) {
        const MetricSeries *series = set.series(name);
        if (!series || series->isEmpty())
            continue;
        summary.m_reward = series->latestValue();
        summary.m_rewardStep = series->latestStep();
        summary.m_rewardMetric = name;
        break;
    }
    return summary;
}

QString LatestTrainingSummary::toDisplayString() const
{
    if (!m_step)
        return {};
    const QLocale locale;
    if (!m_reward)
        return QCoreApplication::translate("LatestTrainingSummary", "step %1").arg(locale.toString(*m_step));
    //: %1 is the training step, %2 the latest reward value
    return QCoreApplication::translate("LatestTrainingSummary", "step %1 · reward %2")
        .arg(locale.toString(*m_step), locale.toString(*m_reward, 'g', 4));
}

} // namespace RayDeck
