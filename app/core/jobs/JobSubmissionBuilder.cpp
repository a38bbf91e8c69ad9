// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobSubmissionBuilder.h"

#include "hydra/HydraFormatter.h"
#include "util/ShellQuote.h"

#include <QJsonDocument>
#include <QLocale>
#include <QUuid>

#include <algorithm>
#include <functional>

namespace RayDeck {

namespace {

using ValueForVariable = std::function<QString(const JobEnvironmentVariable &)>;

QJsonObject runtimeEnvironment(const JobLaunch &launch, const ValueForVariable &valueFor)
{
    QJsonObject variables;
    for (const JobEnvironmentVariable &variable : launch.environment) {
        if (!variable.name.isEmpty())
            variables.insert(variable.name, valueFor(variable));
    }
    QJsonObject runtimeEnv;
    if (!variables.isEmpty())
        runtimeEnv.insert(QStringLiteral("env_vars"), variables);
    return runtimeEnv;
}

QJsonObject metadata(const JobLaunch &launch)
{
    QJsonObject result;
    for (auto it = launch.metadata.cbegin(); it != launch.metadata.cend(); ++it) {
        if (!it.key().isEmpty() && !it.value().isEmpty())
            result.insert(it.key(), it.value());
    }
    if (!launch.presetId.isEmpty())
        result.insert(QStringLiteral("preset"), launch.presetId);
    result.insert(QStringLiteral("app"), QStringLiteral("raydeck"));
    return result;
}

// The body Ray's JobSubmitRequest expects, leaving out what is not set (as Ray's SDK does).
Result<QJsonObject> body(const JobLaunch &launch, const ValueForVariable &valueFor)
{
    Result<QString> entrypoint = JobSubmissionBuilder::entrypoint(launch);
    if (!entrypoint)
        return entrypoint.error();
    QJsonObject result;
    result.insert(QStringLiteral("entrypoint"), entrypoint.value());
    if (!launch.submissionId.isEmpty())
        result.insert(QStringLiteral("submission_id"), launch.submissionId);
    const QJsonObject runtimeEnv = runtimeEnvironment(launch, valueFor);
    if (!runtimeEnv.isEmpty())
        result.insert(QStringLiteral("runtime_env"), runtimeEnv);
    result.insert(QStringLiteral("metadata"), metadata(launch));
    if (launch.entrypointNumCpus)
        result.insert(QStringLiteral("entrypoint_num_cpus"), *launch.entrypointNumCpus);
    if (launch.entrypointNumGpus)
        result.insert(QStringLiteral("entrypoint_num_gpus"), *launch.entrypointNumGpus);
    return result;
}

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// Secret bytes as the inside of a JSON string, written into @p out without a temporary copy.
void appendJsonEscaped(QByteArray &out, const QByteArray &bytes)
{
    static const char hex[] = "0123456789abcdef";
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
}

qsizetype jsonEscapedSize(const QByteArray &bytes)
{
    qsizetype size = 0;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        size += (c == '"' || c == '\\') ? 2 : (u < 0x20 ? 6 : 1);
    }
    return size;
}

} // namespace

QStringList JobSubmissionBuilder::trainerCommand()
{
    return {QStringLiteral("python3"), QStringLiteral("-m"), QStringLiteral("verl.trainer.main_ppo")};
}

QString JobSubmissionBuilder::maskedValue()
{
    return QStringLiteral("••••••");
}

Result<QStringList> JobSubmissionBuilder::overrideArguments(const JobLaunch &launch)
{
    QStringList arguments;
    arguments.reserve(launch.overrides.size());
    for (const HydraOverride &override : launch.overrides) {
        Result<QString> text = HydraFormatter::formatOverride(override);
        if (!text)
            return text.error();
        arguments << text.value();
    }
    return arguments;
}

Result<QString> JobSubmissionBuilder::entrypoint(const JobLaunch &launch)
{
    Result<QStringList> overrides = overrideArguments(launch);
    if (!overrides)
        return overrides.error();
    const QString command = shellJoin(trainerCommand() + overrides.value());
    if (launch.workingDirectory.isEmpty())
        return command;
    return QStringLiteral("cd ") + shellQuote(launch.workingDirectory) + QStringLiteral(" && ") + command;
}

QString JobSubmissionBuilder::defaultSubmissionId(const JobLaunch &launch, const QDateTime &now,
                                                  const ConfigSchema &schema)
{
    QString experiment;
    const std::optional<HydraValue> value = schema.effectiveValue(QStringLiteral("trainer.experiment_name"),
                                                                  launch.overrides);
    if (value && value->kind() == HydraValue::Kind::String && !value->isResolvedLater())
        experiment = value->text();
    else if (value && value->kind() == HydraValue::Kind::Int)
        experiment = QString::number(value->toInt());

    // Submission ids end up in log file names and URLs: keep them to a safe alphabet.
    QString safe;
    for (QChar c : std::as_const(experiment)) {
        const bool ok = c.unicode() < 128 && (c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-');
        safe += ok ? c : u'-';
    }
    while (safe.startsWith(u'-') || safe.startsWith(u'.'))
        safe.remove(0, 1);
    safe = safe.left(80);
    if (safe.isEmpty())
        safe = QStringLiteral("verl");
    return safe + u'-' + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

JobLaunch JobSubmissionBuilder::withDefaults(JobLaunch launch, const QDateTime &now, const ConfigSchema &schema)
{
    if (launch.submissionId.isEmpty())
        launch.submissionId = defaultSubmissionId(launch, now, schema);
    return launch;
}

Result<SecureBytes> JobSubmissionBuilder::requestBody(const JobLaunch &launch, const JobSecretValues &secrets)
{
    // Secrets go in as unique placeholders and are swapped in after serialising, so the
    // values never sit in QJsonValue/QString copies that nobody wipes.
    const QString tag = QUuid::createUuid().toString(QUuid::Id128);
    QList<std::pair<QByteArray, const SecureBytes *>> replacements;
    for (const JobEnvironmentVariable &variable : launch.environment) {
        if (!variable.isSecret || variable.name.isEmpty())
            continue;
        const auto found = secrets.constFind(variable.name);
        if (found == secrets.cend())
            return Error(Error::Code::NotFound,
                         tr("The secret value of %1 is not available. Store it in the keychain from the profile's "
                            "job environment, then launch again.")
                             .arg(variable.name));
        if (!QByteArrayView(found->bytes()).isValidUtf8())
            return Error(Error::Code::InvalidInput, tr("The secret value of %1 is not valid UTF-8 text.").arg(variable.name));
        replacements.append({QStringLiteral("@@raydeck-secret-%1-%2@@").arg(tag).arg(replacements.size()).toUtf8(),
                             &found.value()});
    }
    qsizetype next = 0;
    Result<QJsonObject> object = body(launch, [&](const JobEnvironmentVariable &variable) {
        if (!variable.isSecret)
            return variable.value;
        return QString::fromUtf8(replacements.at(next++).first);
    });
    if (!object)
        return object.error();

    const QByteArray json = QJsonDocument(object.value()).toJson(QJsonDocument::Compact);
    // QJsonObject orders keys itself, so find where each placeholder landed; one of a
    // duplicated name was overwritten and is simply absent.
    QList<std::pair<qsizetype, qsizetype>> found; // position in json, index in replacements
    qsizetype finalSize = json.size();
    for (qsizetype i = 0; i < replacements.size(); ++i) {
        const qsizetype at = json.indexOf(replacements.at(i).first);
        if (at < 0)
            continue;
        found.append({at, i});
        finalSize += jsonEscapedSize(replacements.at(i).second->bytes()) - replacements.at(i).first.size();
    }
    std::sort(found.begin(), found.end());

    QByteArray out;
    out.reserve(finalSize); // no reallocation, so no stray copies of the secret
    qsizetype position = 0;
    for (const auto &[at, index] : std::as_const(found)) {
        out.append(json.constData() + position, at - position);
        appendJsonEscaped(out, replacements.at(index).second->bytes());
        position = at + replacements.at(index).first.size();
    }
    out.append(json.constData() + position, json.size() - position);
    return SecureBytes(std::move(out));
}

Result<QJsonObject> JobSubmissionBuilder::previewBody(const JobLaunch &launch)
{
    return body(launch, [](const JobEnvironmentVariable &variable) {
        return variable.isSecret ? maskedValue() : variable.value;
    });
}

Result<QString> JobSubmissionBuilder::commandLinePreview(const JobLaunch &launch, quint16 localPort)
{
    Result<QJsonObject> preview = previewBody(launch);
    if (!preview)
        return preview.error();
    const QJsonObject &object = preview.value();

    QStringList arguments{QStringLiteral("ray"), QStringLiteral("job"), QStringLiteral("submit"),
                          QStringLiteral("--address"), QStringLiteral("http://127.0.0.1:%1").arg(localPort)};
    if (!launch.submissionId.isEmpty())
        arguments << QStringLiteral("--submission-id") << launch.submissionId;
    if (object.contains(QStringLiteral("runtime_env")))
        arguments << QStringLiteral("--runtime-env-json")
                  << QString::fromUtf8(
                         QJsonDocument(object.value(QStringLiteral("runtime_env")).toObject()).toJson(QJsonDocument::Compact));
    arguments << QStringLiteral("--metadata-json")
              << QString::fromUtf8(
                     QJsonDocument(object.value(QStringLiteral("metadata")).toObject()).toJson(QJsonDocument::Compact));
    if (launch.entrypointNumCpus)
        arguments << QStringLiteral("--entrypoint-num-cpus") << number(*launch.entrypointNumCpus);
    if (launch.entrypointNumGpus)
        arguments << QStringLiteral("--entrypoint-num-gpus") << number(*launch.entrypointNumGpus);
    arguments << QStringLiteral("--");
    if (launch.workingDirectory.isEmpty()) {
        Result<QStringList> overrides = overrideArguments(launch);
        if (!overrides)
            return overrides.error();
        arguments << trainerCommand() << overrides.value();
    } else {
        arguments << QStringLiteral("sh") << QStringLiteral("-c")
                  << object.value(QStringLiteral("entrypoint")).toString();
    }
    return shellJoin(arguments);
}

} // namespace RayDeck
