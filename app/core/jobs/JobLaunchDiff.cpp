// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobLaunchDiff.h"

#include "JobSubmissionBuilder.h"
#include "hydra/HydraFormatter.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace RayDeck {

namespace {

using Change = LaunchDiffEntry::Change;
using Subject = LaunchDiffEntry::Subject;

// Last override per key, in order of each key's last appearance.
QList<std::pair<QString, HydraOverride>> lastPerKey(const QList<HydraOverride> &overrides)
{
    QList<std::pair<QString, HydraOverride>> result;
    QSet<QString> seen;
    for (qsizetype i = overrides.size() - 1; i >= 0; --i) {
        const QString key = overrides.at(i).fullKey();
        if (!seen.contains(key)) {
            seen.insert(key);
            result.prepend({key, overrides.at(i)});
        }
    }
    return result;
}

QString text(const HydraOverride &override)
{
    const Result<QString> written = HydraFormatter::formatOverride(override);
    return written ? written.value() : override.fullKey();
}

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', QLocale::FloatingPointShortest) : QString();
}

QString shown(const JobEnvironmentVariable &variable)
{
    return variable.isSecret ? JobSubmissionBuilder::maskedValue() : variable.value;
}

void compareOption(QList<LaunchDiffEntry> &entries, const QString &name, const QString &before, const QString &after)
{
    if (before == after)
        return;
    const Change change = before.isEmpty() ? Change::Added : after.isEmpty() ? Change::Removed : Change::Changed;
    entries.append({change, Subject::Option, name, before, after});
}

} // namespace

QList<LaunchDiffEntry> JobLaunchDiff::compare(const JobLaunch &before, const JobLaunch &after)
{
    QList<LaunchDiffEntry> entries;
    const auto oldOverrides = lastPerKey(before.overrides);
    const auto newOverrides = lastPerKey(after.overrides);
    QHash<QString, HydraOverride> oldByKey;
    for (const auto &[key, override] : oldOverrides)
        oldByKey.insert(key, override);
    QHash<QString, HydraOverride> newByKey;
    for (const auto &[key, override] : newOverrides)
        newByKey.insert(key, override);

    for (const auto &[key, override] : newOverrides) {
        const auto old = oldByKey.constFind(key);
        if (old == oldByKey.cend())
            entries.append({Change::Added, Subject::Override, key, QString(), text(override)});
        else if (!(old.value() == override))
            entries.append({Change::Changed, Subject::Override, key, text(old.value()), text(override)});
    }
    for (const auto &[key, override] : oldOverrides) {
        if (!newByKey.contains(key))
            entries.append({Change::Removed, Subject::Override, key, text(override), QString()});
    }

    compareOption(entries, tr("preset"), before.presetId, after.presetId);
    compareOption(entries, tr("working directory"), before.workingDirectory, after.workingDirectory);
    compareOption(entries, tr("entrypoint CPUs"), number(before.entrypointNumCpus), number(after.entrypointNumCpus));
    compareOption(entries, tr("entrypoint GPUs"), number(before.entrypointNumGpus), number(after.entrypointNumGpus));

    QHash<QString, JobEnvironmentVariable> oldVariables;
    for (const JobEnvironmentVariable &variable : before.environment)
        oldVariables.insert(variable.name, variable);
    QHash<QString, JobEnvironmentVariable> newVariables;
    for (const JobEnvironmentVariable &variable : after.environment)
        newVariables.insert(variable.name, variable);
    for (const JobEnvironmentVariable &variable : after.environment) {
        const QString name = tr("env %1").arg(variable.name);
        const auto old = oldVariables.constFind(variable.name);
        if (old == oldVariables.cend())
            entries.append({Change::Added, Subject::Option, name, QString(), shown(variable)});
        else if (!(old.value() == variable))
            entries.append({Change::Changed, Subject::Option, name, shown(old.value()), shown(variable)});
    }
    for (const JobEnvironmentVariable &variable : before.environment) {
        if (!newVariables.contains(variable.name))
            entries.append({Change::Removed, Subject::Option, tr("env %1").arg(variable.name), shown(variable),
                            QString()});
    }

    QStringList metadataKeys = before.metadata.keys() + after.metadata.keys();
    metadataKeys.removeDuplicates();
    for (const QString &key : std::as_const(metadataKeys))
        compareOption(entries, tr("metadata %1").arg(key), before.metadata.value(key), after.metadata.value(key));
    return entries;
}

} // namespace RayDeck
