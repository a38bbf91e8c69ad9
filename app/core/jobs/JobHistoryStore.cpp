// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobHistoryStore.h"

#include "hydra/HydraFormatter.h"
#include "hydra/HydraOverrideParser.h"
#include "util/Logging.h"
#include "util/SaveFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <optional>

namespace RayDeck {

namespace {

constexpr int formatVersion = 1;
constexpr qint64 maxFileSize = 64 * 1024 * 1024;
constexpr int lockTimeoutMs = 5000;

const QString keyFormat = QStringLiteral("format");
const QString keyProfiles = QStringLiteral("profiles");

QJsonObject entryToJson(const JobHistoryEntry &entry)
{
    const JobLaunch &launch = entry.launch;
    QJsonObject object;
    object.insert(QStringLiteral("submissionId"), entry.submissionId);
    object.insert(QStringLiteral("launchedAt"), entry.launchedAt.toUTC().toString(Qt::ISODateWithMs));
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
    return object;
}

std::optional<JobHistoryEntry> entryFromJson(const QJsonObject &object, const QString &profileId)
{
    JobHistoryEntry entry;
    entry.submissionId = object.value(QStringLiteral("submissionId")).toString();
    entry.launchedAt = QDateTime::fromString(object.value(QStringLiteral("launchedAt")).toString(), Qt::ISODateWithMs);
    if (entry.submissionId.isEmpty() || !entry.launchedAt.isValid())
        return std::nullopt;
    entry.launchedAt = entry.launchedAt.toUTC();

    JobLaunch &launch = entry.launch;
    launch.profileId = profileId;
    launch.submissionId = entry.submissionId;
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
        launch.environment.append(variable);
    }
    if (object.value(QStringLiteral("entrypointNumCpus")).isDouble())
        launch.entrypointNumCpus = object.value(QStringLiteral("entrypointNumCpus")).toDouble();
    if (object.value(QStringLiteral("entrypointNumGpus")).isDouble())
        launch.entrypointNumGpus = object.value(QStringLiteral("entrypointNumGpus")).toDouble();
    const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
        launch.metadata.insert(it.key(), it.value().toString());
    return entry;
}

QJsonObject emptyRoot()
{
    QJsonObject root;
    root.insert(keyFormat, formatVersion);
    root.insert(keyProfiles, QJsonObject());
    return root;
}

struct Loaded
{
    QJsonObject root;
    QString keptAsidePath; ///< set when the file was unreadable and moved away
};

QString moveAside(const QString &path)
{
    const QString base = path + QStringLiteral(".corrupt-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = base;
    for (int n = 2; QFile::exists(target); ++n)
        target = base + u'-' + QString::number(n);
    if (!QFile::rename(path, target)) {
        qCWarning(lcProfiles) << "could not keep the unreadable launch history aside; removing it";
        QFile::remove(path);
        return QString();
    }
    return target;
}

Result<Loaded> load(const QString &path)
{
    Loaded loaded{emptyRoot(), QString()};
    QFile file(path);
    if (!file.exists())
        return loaded;
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, JobHistoryStore::tr("The launch history could not be opened."),
                     file.errorString());

    bool corrupt = file.size() > maxFileSize;
    QJsonObject root;
    if (!corrupt) {
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        root = document.object();
        corrupt = !document.isObject() || !root.value(keyFormat).isDouble() || !root.value(keyProfiles).isObject();
    }
    file.close();
    if (!corrupt && root.value(keyFormat).toInt() > formatVersion)
        return Error(Error::Code::UnsupportedVersion,
                     JobHistoryStore::tr("The launch history was written by a newer RayDeck; update RayDeck to "
                                         "see or add launches."));
    if (corrupt) {
        qCWarning(lcProfiles) << "the launch history is unreadable; keeping it aside";
        loaded.keptAsidePath = moveAside(path);
        if (loaded.keptAsidePath.isEmpty())
            loaded.keptAsidePath = path;
        return loaded;
    }
    loaded.root = root;
    return loaded;
}

Result<void> save(const QString &path, const QJsonObject &root)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, JobHistoryStore::tr("The launch history could not be saved."),
                     file.errorString());
    // Owner-only before any byte is written: the file lists what ran where.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    QString reason;
    if (!commitFully(file, &reason))
        return Error(Error::Code::Io, JobHistoryStore::tr("The launch history could not be saved."), reason);
    return {};
}

// Read, change and write the file under the lock; @p change edits one profile's array.
template<typename Change>
Result<void> update(const QString &path, const QString &profileId, Change change)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error(Error::Code::Io, JobHistoryStore::tr("The folder for the launch history could not be created."),
                     QFileInfo(path).absolutePath());
    QLockFile lock(path + QStringLiteral(".lock"));
    if (!lock.tryLock(lockTimeoutMs))
        return Error(Error::Code::Io, JobHistoryStore::tr("The launch history is busy in another RayDeck window; "
                                                          "try again."));
    Result<Loaded> loaded = load(path);
    if (!loaded)
        return loaded.error();
    QJsonObject root = loaded.value().root;
    QJsonObject profiles = root.value(keyProfiles).toObject();
    QJsonArray launches = profiles.value(profileId).toArray();
    change(launches);
    if (launches.isEmpty())
        profiles.remove(profileId);
    else
        profiles.insert(profileId, launches);
    root.insert(keyProfiles, profiles);
    return save(path, root);
}

} // namespace

JobHistoryStore::JobHistoryStore()
    : JobHistoryStore(defaultFilePath())
{
}

JobHistoryStore::JobHistoryStore(QString filePath)
    : m_filePath(std::move(filePath))
{
}

QString JobHistoryStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/raydeck/launch-history.json");
}

Result<QList<JobHistoryEntry>> JobHistoryStore::entries(const QString &profileId) const
{
    std::optional<QLockFile> lock;
    if (QFileInfo(m_filePath).absoluteDir().exists()) {
        lock.emplace(m_filePath + QStringLiteral(".lock"));
        if (!lock->tryLock(lockTimeoutMs))
            return Error(Error::Code::Io, tr("The launch history is busy in another RayDeck window; try again."));
    }
    Result<Loaded> loaded = load(m_filePath);
    if (!loaded)
        return loaded.error();
    if (!loaded.value().keptAsidePath.isEmpty())
        return Error(Error::Code::CorruptData,
                     tr("The launch history could not be read. It was kept as %1 and a new history was started.")
                         .arg(QDir::toNativeSeparators(loaded.value().keptAsidePath)));

    QList<JobHistoryEntry> result;
    const QJsonArray launches = loaded.value().root.value(keyProfiles).toObject().value(profileId).toArray();
    for (const QJsonValue &value : launches) {
        if (std::optional<JobHistoryEntry> entry = entryFromJson(value.toObject(), profileId))
            result.append(std::move(*entry));
        else
            qCWarning(lcProfiles) << "skipping an unreadable launch in the history";
    }
    return result;
}

Result<void> JobHistoryStore::append(const QString &profileId, const JobHistoryEntry &entry)
{
    return update(m_filePath, profileId, [&entry](QJsonArray &launches) {
        launches.prepend(entryToJson(entry));
        while (launches.size() > maxEntriesPerProfile)
            launches.removeLast();
    });
}

Result<void> JobHistoryStore::remove(const QString &profileId, const QString &submissionId)
{
    return update(m_filePath, profileId, [&submissionId](QJsonArray &launches) {
        for (qsizetype i = launches.size() - 1; i >= 0; --i) {
            if (launches.at(i).toObject().value(QStringLiteral("submissionId")).toString() == submissionId)
                launches.removeAt(i);
        }
    });
}

Result<void> JobHistoryStore::clear(const QString &profileId)
{
    return update(m_filePath, profileId, [](QJsonArray &launches) { launches = QJsonArray(); });
}

} // namespace RayDeck
