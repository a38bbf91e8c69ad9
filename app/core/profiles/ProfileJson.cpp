// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace RayDeck {

using namespace Qt::StringLiterals;

namespace {

/// Reads typed fields from one JSON object and remembers the first problem, so
/// decoding code can read every field in a row and check once at the end.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    {
    }

    bool ok() const { return m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }
    void fail(const QString &key, const QString &what)
    {
        if (m_problem.isEmpty())
            m_problem = QStringLiteral("%1%2: %3").arg(m_path, key, what);
    }

    QString string(const QString &key, const QString &fallback = {})
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isString()) {
            fail(key, u"expected a string"_s);
            return fallback;
        }
        return value.toString();
    }

    bool boolean(const QString &key, bool fallback)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isBool()) {
            fail(key, u"expected true or false"_s);
            return fallback;
        }
        return value.toBool();
    }

    quint16 port(const QString &key, quint16 fallback, int minimum)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        const double number = value.toDouble(-1);
        // Range first: converting a double beyond qint64 to an integer is undefined behaviour.
        if (!value.isDouble() || number < minimum || number > 65535 || number != std::trunc(number)) {
            fail(key, QStringLiteral("expected a port number from %1 to 65535").arg(minimum));
            return fallback;
        }
        return quint16(number);
    }

    QStringList strings(const QString &key, const QStringList &fallback)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isArray()) {
            fail(key, u"expected a list of strings"_s);
            return fallback;
        }
        QStringList result;
        for (const QJsonValue item : value.toArray()) {
            if (!item.isString()) {
                fail(key, u"expected a list of strings"_s);
                return fallback;
            }
            result << item.toString();
        }
        return result;
    }

    QJsonObject object(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isObject())
            fail(key, u"expected an object"_s);
        return value.toObject();
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray())
            fail(key, u"expected a list"_s);
        return value.toArray();
    }

    QString path(const QString &key) const { return m_path + key + u'.'; }

    /// Adopts the problem of a nested reader.
    void take(const FieldReader &nested)
    {
        if (m_problem.isEmpty())
            m_problem = nested.m_problem;
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString m_problem;
};

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

bool ProfileFileContents::needsMigration() const
{
    return status == Status::Ok && schemaVersion < ProfileJson::currentSchemaVersion;
}

QString ProfileJson::authMethodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Agent:
        return u"agent"_s;
    case AuthMethod::KeyFile:
        return u"key"_s;
    case AuthMethod::Password:
        return u"password"_s;
    }
    return u"agent"_s;
}

std::optional<AuthMethod> ProfileJson::authMethodFromName(const QString &name)
{
    if (name == u"agent")
        return AuthMethod::Agent;
    if (name == u"key")
        return AuthMethod::KeyFile;
    if (name == u"password")
        return AuthMethod::Password;
    return std::nullopt;
}

QString ProfileJson::secretPolicyName(SecretPolicy policy)
{
    return policy == SecretPolicy::AskEveryTime ? u"ask"_s : u"keychain"_s;
}

std::optional<SecretPolicy> ProfileJson::secretPolicyFromName(const QString &name)
{
    if (name == u"keychain")
        return SecretPolicy::Keychain;
    if (name == u"ask")
        return SecretPolicy::AskEveryTime;
    return std::nullopt;
}

QJsonObject ProfileJson::toJson(const ServerProfile &profile)
{
    QJsonObject ssh{
        {u"host"_s, profile.host},
        {u"port"_s, profile.port},
        {u"user"_s, profile.user},
        {u"auth"_s, authMethodName(profile.authMethod)},
        {u"identityFile"_s, profile.identityFile},
        {u"secretPolicy"_s, secretPolicyName(profile.secretPolicy)},
        {u"jumpHosts"_s, toArray(profile.jumpHosts)},
    };

    const DockerSettings &d = profile.docker;
    QJsonObject docker{
        {u"enabled"_s, d.enabled},
        {u"containerName"_s, d.containerName},
        {u"image"_s, d.image},
        {u"gpus"_s, d.gpus},
        {u"network"_s, d.network},
        {u"ulimits"_s, toArray(d.ulimits)},
        {u"shmSize"_s, d.shmSize},
        {u"mounts"_s, toArray(d.mounts)},
        {u"extraRunArguments"_s, toArray(d.extraRunArguments)},
        {u"useSudo"_s, d.useSudo},
    };

    const RaySettings &r = profile.ray;
    QJsonArray forwards;
    for (const PortForward &forward : r.extraForwards) {
        forwards.append(QJsonObject{
            {u"name"_s, forward.name},
            {u"localPort"_s, forward.localPort},
            {u"remoteHost"_s, forward.remoteHost},
            {u"remotePort"_s, forward.remotePort},
        });
    }
    QJsonObject ray{
        {u"dashboardPort"_s, r.dashboardPort},
        {u"dashboardHost"_s, r.dashboardHost},
        {u"extraStartArguments"_s, toArray(r.extraStartArguments)},
        {u"localPort"_s, r.localPort},
        {u"extraForwards"_s, forwards},
        {u"hasDashboardToken"_s, r.hasDashboardToken},
    };

    QJsonArray environment;
    for (const JobEnvironmentVariable &variable : profile.jobEnvironment) {
        QJsonObject entry{{u"name"_s, variable.name}, {u"secret"_s, variable.isSecret}};
        // A secret's value lives in the keychain; never write one here, even
        // if a caller left it in the struct by mistake.
        if (!variable.isSecret)
            entry.insert(u"value"_s, variable.value);
        environment.append(entry);
    }

    return QJsonObject{
        {u"id"_s, profile.id},
        {u"name"_s, profile.name},
        {u"ssh"_s, ssh},
        {u"docker"_s, docker},
        {u"ray"_s, ray},
        {u"jobEnvironment"_s, environment},
    };
}

Result<ServerProfile> ProfileJson::fromJson(const QJsonObject &object)
{
    ServerProfile profile;
    FieldReader top(object, QString());
    profile.id = top.string(u"id"_s);
    profile.name = top.string(u"name"_s);
    if (top.ok() && profile.id.trimmed().isEmpty())
        top.fail(u"id"_s, u"missing"_s);
    if (top.ok() && profile.name.trimmed().isEmpty())
        top.fail(u"name"_s, u"missing"_s);

    FieldReader ssh(top.object(u"ssh"_s), top.path(u"ssh"_s));
    profile.host = ssh.string(u"host"_s);
    if (ssh.ok() && profile.host.trimmed().isEmpty())
        ssh.fail(u"host"_s, u"missing"_s);
    profile.port = ssh.port(u"port"_s, profile.port, 1);
    profile.user = ssh.string(u"user"_s);
    const QString auth = ssh.string(u"auth"_s, authMethodName(profile.authMethod));
    if (const auto method = authMethodFromName(auth))
        profile.authMethod = *method;
    else
        ssh.fail(u"auth"_s, u"expected \"agent\", \"key\" or \"password\""_s);
    profile.identityFile = ssh.string(u"identityFile"_s);
    const QString policy = ssh.string(u"secretPolicy"_s, secretPolicyName(profile.secretPolicy));
    if (const auto parsed = secretPolicyFromName(policy))
        profile.secretPolicy = *parsed;
    else
        ssh.fail(u"secretPolicy"_s, u"expected \"keychain\" or \"ask\""_s);
    profile.jumpHosts = ssh.strings(u"jumpHosts"_s, {});
    top.take(ssh);

    DockerSettings &d = profile.docker;
    FieldReader docker(top.object(u"docker"_s), top.path(u"docker"_s));
    d.enabled = docker.boolean(u"enabled"_s, d.enabled);
    d.containerName = docker.string(u"containerName"_s, d.containerName);
    d.image = docker.string(u"image"_s, d.image);
    d.gpus = docker.string(u"gpus"_s, d.gpus);
    d.network = docker.string(u"network"_s, d.network);
    d.ulimits = docker.strings(u"ulimits"_s, d.ulimits);
    d.shmSize = docker.string(u"shmSize"_s, d.shmSize);
    d.mounts = docker.strings(u"mounts"_s, d.mounts);
    d.extraRunArguments = docker.strings(u"extraRunArguments"_s, d.extraRunArguments);
    d.useSudo = docker.boolean(u"useSudo"_s, d.useSudo);
    top.take(docker);

    RaySettings &r = profile.ray;
    FieldReader ray(top.object(u"ray"_s), top.path(u"ray"_s));
    r.dashboardPort = ray.port(u"dashboardPort"_s, r.dashboardPort, 1);
    r.dashboardHost = ray.string(u"dashboardHost"_s, r.dashboardHost);
    r.extraStartArguments = ray.strings(u"extraStartArguments"_s, r.extraStartArguments);
    r.localPort = ray.port(u"localPort"_s, r.localPort, 0);
    r.hasDashboardToken = ray.boolean(u"hasDashboardToken"_s, r.hasDashboardToken);
    const QJsonArray forwards = ray.array(u"extraForwards"_s);
    for (qsizetype i = 0; i < forwards.size() && ray.ok(); ++i) {
        const QString path = ray.path(u"extraForwards"_s) + QString::number(i) + u'.';
        if (!forwards.at(i).isObject()) {
            ray.fail(u"extraForwards"_s, u"expected a list of objects"_s);
            break;
        }
        FieldReader entry(forwards.at(i).toObject(), path);
        PortForward forward;
        forward.name = entry.string(u"name"_s);
        forward.localPort = entry.port(u"localPort"_s, 0, 0);
        forward.remoteHost = entry.string(u"remoteHost"_s, forward.remoteHost);
        forward.remotePort = entry.port(u"remotePort"_s, 0, 1);
        if (entry.ok() && forward.remotePort == 0)
            entry.fail(u"remotePort"_s, u"missing"_s);
        ray.take(entry);
        r.extraForwards.append(forward);
    }
    top.take(ray);

    const QJsonArray environment = top.array(u"jobEnvironment"_s);
    for (qsizetype i = 0; i < environment.size() && top.ok(); ++i) {
        if (!environment.at(i).isObject()) {
            top.fail(u"jobEnvironment"_s, u"expected a list of objects"_s);
            break;
        }
        FieldReader entry(environment.at(i).toObject(), u"jobEnvironment."_s + QString::number(i) + u'.');
        JobEnvironmentVariable variable;
        variable.name = entry.string(u"name"_s);
        variable.isSecret = entry.boolean(u"secret"_s, false);
        // Same rule as on writing: a secret's value never comes from the file.
        if (!variable.isSecret)
            variable.value = entry.string(u"value"_s);
        if (entry.ok() && variable.name.isEmpty())
            entry.fail(u"name"_s, u"missing"_s);
        top.take(entry);
        profile.jobEnvironment.append(variable);
    }

    if (!top.ok())
        return Error(Error::Code::CorruptData, tr("A profile entry cannot be read (%1).").arg(top.problem()),
                     top.problem());
    return profile;
}

QByteArray ProfileJson::encode(const QList<ServerProfile> &profiles)
{
    QJsonArray list;
    for (const ServerProfile &profile : profiles)
        list.append(toJson(profile));
    const QJsonObject root{{u"schemaVersion"_s, currentSchemaVersion}, {u"profiles"_s, list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ProfileFileContents ProfileJson::decode(const QByteArray &data)
{
    ProfileFileContents contents;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        contents.status = ProfileFileContents::Status::Corrupt;
        contents.problems << tr("Not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return contents;
    }

    QJsonArray entries;
    if (document.isArray()) {
        // Schema 0: a bare list of profiles.
        entries = document.array();
    } else {
        const QJsonObject root = document.object();
        const QJsonValue version = root.value(u"schemaVersion"_s);
        if (!version.isUndefined()) {
            const double number = version.toDouble(-1);
            if (!version.isDouble() || number < 1 || number != std::trunc(number)) {
                contents.status = ProfileFileContents::Status::Corrupt;
                contents.problems << tr("\"schemaVersion\" is not a positive whole number.");
                return contents;
            }
            contents.schemaVersion = int(qMin(number, 1e9));
        }
        const QJsonValue list = root.value(u"profiles"_s);
        if (!list.isUndefined() && !list.isArray()) {
            contents.status = ProfileFileContents::Status::Corrupt;
            contents.problems << tr("\"profiles\" is not a list.");
            return contents;
        }
        if (list.isUndefined() && contents.schemaVersion == 0) {
            // Neither a version nor profiles: this is not a profiles file at all.
            contents.status = ProfileFileContents::Status::Corrupt;
            contents.problems << tr("The file has neither \"schemaVersion\" nor \"profiles\".");
            return contents;
        }
        entries = list.toArray();
    }

    if (contents.schemaVersion > currentSchemaVersion)
        contents.status = ProfileFileContents::Status::NewerVersion;

    QSet<QString> seenIds;
    QSet<QString> seenNames;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).isObject()) {
            contents.problems << tr("Entry %1 is not an object.").arg(i + 1);
            continue;
        }
        Result<ServerProfile> profile = fromJson(entries.at(i).toObject());
        if (!profile) {
            contents.problems << tr("Entry %1: %2").arg(i + 1).arg(profile.error().detail());
            continue;
        }
        const QString nameKey = profile->name.toCaseFolded();
        if (seenIds.contains(profile->id) || seenNames.contains(nameKey)) {
            contents.problems << tr("Entry %1 (\"%2\") repeats the id or name of an earlier entry.")
                                     .arg(i + 1)
                                     .arg(profile->name);
            continue;
        }
        seenIds.insert(profile->id);
        seenNames.insert(nameKey);
        contents.profiles.append(std::move(profile).value());
    }
    return contents;
}

} // namespace RayDeck
