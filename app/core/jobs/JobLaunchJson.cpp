// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobLaunchJson.h"

#include "hydra/HydraFormatter.h"
#include "hydra/HydraOverrideParser.h"

#include <QJsonArray>

namespace RayDeck {

void JobLaunchJson::write(const JobLaunch &launch, QJsonObject &object)
{
    if (!launch.presetId.isEmpty())
        object.insert(QStringLiteral("presetId"), launch.presetId);
    QJsonArray overrides;
    for (const HydraOverride &override : launch.overrides) {
        const Result<QString> text = HydraFormatter::formatOverride(override);
        if (text)
            overrides.append(text.value());
    }
    object.insert(QStringLiteral("overrides"), overrides);
    if (!launch.workingDirectory.isEmpty())
        object.insert(QStringLiteral("workingDirectory"), launch.workingDirectory);
    QJsonArray environment;
    for (const JobEnvironmentVariable &variable : launch.environment) {
        QJsonObject item;
        item.insert(QStringLiteral("name"), variable.name);
        // A secret is stored by name only, whatever the struct happens to carry.
        if (variable.isSecret)
            item.insert(QStringLiteral("secret"), true);
        else
            item.insert(QStringLiteral("value"), variable.value);
        environment.append(item);
    }
    if (!environment.isEmpty())
        object.insert(QStringLiteral("environment"), environment);
    if (launch.entrypointNumCpus)
        object.insert(QStringLiteral("entrypointNumCpus"), *launch.entrypointNumCpus);
    if (launch.entrypointNumGpus)
        object.insert(QStringLiteral("entrypointNumGpus"), *launch.entrypointNumGpus);
    QJsonObject metadata;
    for (auto it = launch.metadata.cbegin(); it != launch.metadata.cend(); ++it)
        metadata.insert(it.key(), it.value());
    if (!metadata.isEmpty())
        object.insert(QStringLiteral("metadata"), metadata);
}

std::optional<JobLaunch> JobLaunchJson::read(const QJsonObject &object, const QString &profileId)
{
    JobLaunch launch;
    launch.profileId = profileId;
    launch.presetId = object.value(QStringLiteral("presetId")).toString();
    for (const QJsonValue &text : object.value(QStringLiteral("overrides")).toArray()) {
        HydraParseResult<HydraOverride> parsed = HydraOverrideParser::parse(text.toString());
        if (!parsed)
            return std::nullopt;
        launch.overrides.append(std::move(parsed).value());
    }
    launch.workingDirectory = object.value(QStringLiteral("workingDirectory")).toString();
    for (const QJsonValue &value : object.value(QStringLiteral("environment")).toArray()) {
        const QJsonObject item = value.toObject();
        JobEnvironmentVariable variable;
        variable.name = item.value(QStringLiteral("name")).toString();
        variable.isSecret = item.value(QStringLiteral("secret")).toBool();
        if (!variable.isSecret)
            variable.value = item.value(QStringLiteral("value")).toString();
        if (!variable.name.isEmpty())
            launch.environment.append(variable);
    }
    if (object.value(QStringLiteral("entrypointNumCpus")).isDouble())
        launch.entrypointNumCpus = object.value(QStringLiteral("entrypointNumCpus")).toDouble();
    if (object.value(QStringLiteral("entrypointNumGpus")).isDouble())
        launch.entrypointNumGpus = object.value(QStringLiteral("entrypointNumGpus")).toDouble();
    const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
        launch.metadata.insert(it.key(), it.value().toString());
    return launch;
}

} // namespace RayDeck
