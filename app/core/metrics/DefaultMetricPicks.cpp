// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/DefaultMetricPicks.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace RayDeck {

namespace {

QString validationMetric(const QStringList &metricNames)
{
    // verl names validation scores val-core/<data source>/reward/mean@<n>; releases
    // before that wrote val/test_score/<data source>.
    for (const QString &name : metricNames) {
        if (name.startsWith(u"val-core/"_s) && name.contains(u"/reward/mean@"_s))
            return name;
    }
    for (const QString &name : metricNames) {
        if (name.startsWith(u"val/test_score/"_s))
            return name;
    }
    return {};
}

} // namespace

QList<DefaultMetricPicks::Role> DefaultMetricPicks::roles()
{
    return { Role::Reward, Role::Kl, Role::Entropy, Role::ResponseLength, Role::ValidationScore, Role::Throughput };
}

QStringList DefaultMetricPicks::candidates(Role role)
{
    switch (role) {
    case Role::Reward:
        // score is the verifier's reward; rewards adds the KL penalty when use_kl_in_reward is on.
        return { u"critic/score/mean"_s, u"critic/rewards/mean"_s };
    case Role::Kl:
        return { u"actor/ppo_kl"_s, u"actor/kl_loss"_s };
    case Role::Entropy:
        return { u"actor/entropy"_s, u"actor/entropy_loss"_s };
    case Role::ResponseLength:
        return { u"response_length/mean"_s };
    case Role::Throughput:
        return { u"perf/throughput"_s };
    case Role::ValidationScore:
        break;
    }
    return {};
}

QString DefaultMetricPicks::metricFor(Role role, const QStringList &metricNames)
{
    if (role == Role::ValidationScore)
        return validationMetric(metricNames);
    const QStringList names = candidates(role);
    for (const QString &candidate : names) {
        if (metricNames.contains(candidate))
            return candidate;
    }
    return {};
}

QList<DefaultMetricPicks::Pick> DefaultMetricPicks::pick(const QStringList &metricNames)
{
    QList<Pick> picks;
    const QList<Role> allRoles = roles();
    for (const Role role : allRoles) {
        QString metric = metricFor(role, metricNames);
        if (!metric.isEmpty())
            picks.append(Pick { role, std::move(metric) });
    }
    return picks;
}

QStringList DefaultMetricPicks::pickedMetrics(const QStringList &metricNames)
{
    QStringList names;
    const QList<Pick> picks = pick(metricNames);
    for (const Pick &item : picks)
        names.append(item.metric);
    return names;
}

QString DefaultMetricPicks::title(Role role)
{
    switch (role) {
    case Role::Reward:
        return QCoreApplication::translate("DefaultMetricPicks", "Reward");
    case Role::Kl:
        return QCoreApplication::translate("DefaultMetricPicks", "KL divergence");
    case Role::Entropy:
        return QCoreApplication::translate("DefaultMetricPicks", "Entropy");
    case Role::ResponseLength:
        return QCoreApplication::translate("DefaultMetricPicks", "Response length");
    case Role::ValidationScore:
        return QCoreApplication::translate("DefaultMetricPicks", "Validation score");
    case Role::Throughput:
        return QCoreApplication::translate("DefaultMetricPicks", "Throughput");
    }
    return {};
}

} // namespace RayDeck
