// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobLaunchValidator.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace RayDeck {

namespace {

bool mentionsWandb(const HydraValue &value)
{
    if (value.isText())
        return value.text().contains(QStringLiteral("wandb"), Qt::CaseInsensitive);
    if (value.kind() == HydraValue::Kind::List) {
        for (const HydraValue &item : value.items()) {
            if (mentionsWandb(item))
                return true;
        }
    }
    return false;
}

} // namespace

bool JobLaunchValidator::isValidSubmissionId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$"));
    return pattern.match(id).hasMatch();
}

bool JobLaunchValidator::isValidEnvironmentName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

QList<ValidationIssue> JobLaunchValidator::validate(const JobLaunch &launch, const ConfigSchema &schema)
{
    using Severity = ValidationIssue::Severity;
    using Kind = ValidationIssue::Kind;
    QList<ValidationIssue> issues = schema.checkOverrides(launch.overrides);
    auto add = [&issues](Severity severity, Kind kind, const QString &key, const QString &message) {
        issues.append({severity, kind, -1, key, message, {}});
    };

    if (!launch.submissionId.isEmpty() && !isValidSubmissionId(launch.submissionId))
        add(Severity::Error, Kind::InvalidSubmissionId, QStringLiteral("submission_id"),
            tr("The submission id may only use letters, digits, '.', '_' and '-' (at most 128, not starting with "
               "'-' or '.'); it names the job's log file."));

    if (!launch.workingDirectory.isEmpty()
        && (!launch.workingDirectory.startsWith(u'/') || launch.workingDirectory.contains(u'\n')
            || launch.workingDirectory.contains(QChar(0))))
        add(Severity::Error, Kind::InvalidWorkingDirectory, QStringLiteral("working_dir"),
            tr("The working directory must be an absolute path in the container, such as /workspace/verl "
               "(~ is not expanded)."));

    QSet<QString> names;
    bool hasWandbKey = false;
    for (const JobEnvironmentVariable &variable : launch.environment) {
        if (!isValidEnvironmentName(variable.name)) {
            add(Severity::Error, Kind::InvalidEnvironmentName, variable.name,
                tr("'%1' is not a valid environment variable name: use letters, digits and '_', not starting with "
                   "a digit.")
                    .arg(variable.name));
        } else if (names.contains(variable.name)) {
            add(Severity::Error, Kind::DuplicateEnvironmentName, variable.name,
                tr("The environment variable %1 is set twice; keep one.").arg(variable.name));
        }
        names.insert(variable.name);
        if (variable.name == u"WANDB_API_KEY" && (variable.isSecret || !variable.value.isEmpty()))
            hasWandbKey = true;
    }

    auto checkResource = [&](const std::optional<double> &value, const QString &key, const QString &what) {
        if (value && (!std::isfinite(*value) || *value < 0))
            add(Severity::Error, Kind::InvalidResources, key, tr("%1 must be a number of 0 or more.").arg(what));
    };
    checkResource(launch.entrypointNumCpus, QStringLiteral("entrypoint_num_cpus"), tr("Entrypoint CPUs"));
    checkResource(launch.entrypointNumGpus, QStringLiteral("entrypoint_num_gpus"), tr("Entrypoint GPUs"));

    const std::optional<HydraValue> logger = schema.effectiveValue(QStringLiteral("trainer.logger"), launch.overrides);
    if (logger && mentionsWandb(*logger) && !hasWandbKey)
        add(Severity::Warning, Kind::WandbWithoutApiKey, QStringLiteral("trainer.logger"),
            tr("trainer.logger includes wandb, but no WANDB_API_KEY is configured, so the job will stop when wandb "
               "asks for a login. Add WANDB_API_KEY as a secret environment variable, or set "
               "trainer.logger=[console]."));
    return issues;
}

} // namespace RayDeck
