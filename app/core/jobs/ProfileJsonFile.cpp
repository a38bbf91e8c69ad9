// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileJsonFile.h"

#include "util/Logging.h"
#include "util/SaveFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

#include <optional>

namespace RayDeck {

namespace {

constexpr int formatVersion = 1;
constexpr qint64 maxFileSize = 64 * 1024 * 1024;
constexpr int lockTimeoutMs = 5000;

const QString keyFormat = QStringLiteral("format");
const QString keyProfiles = QStringLiteral("profiles");

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
        qCWarning(lcProfiles) << "could not keep an unreadable file aside; removing it:" << path;
        QFile::remove(path);
        return QString();
    }
    return target;
}

Result<Loaded> load(const QString &path, const ProfileJsonFile::Texts &texts)
{
    Loaded loaded{emptyRoot(), QString()};
    QFile file(path);
    if (!file.exists())
        return loaded;
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, texts.cannotOpen, file.errorString());

    bool corrupt = file.size() > maxFileSize;
    QJsonObject root;
    if (!corrupt) {
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        root = document.object();
        corrupt = !document.isObject() || !root.value(keyFormat).isDouble() || !root.value(keyProfiles).isObject();
    }
    file.close();
    if (!corrupt && root.value(keyFormat).toInt() > formatVersion)
        return Error(Error::Code::UnsupportedVersion, texts.newerFormat);
    if (corrupt) {
        qCWarning(lcProfiles) << "unreadable file; keeping it aside:" << path;
        loaded.keptAsidePath = moveAside(path);
        if (loaded.keptAsidePath.isEmpty())
            loaded.keptAsidePath = path;
        return loaded;
    }
    loaded.root = root;
    return loaded;
}

Result<void> save(const QString &path, const QJsonObject &root, const ProfileJsonFile::Texts &texts)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, texts.cannotSave, file.errorString());
    // Owner-only before any byte is written: the file lists what ran where.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    QString reason;
    if (!commitFully(file, &reason))
        return Error(Error::Code::Io, texts.cannotSave, reason);
    return {};
}

} // namespace

ProfileJsonFile::ProfileJsonFile(QString filePath, Texts texts)
    : m_filePath(std::move(filePath))
    , m_texts(std::move(texts))
{
}

Result<QJsonArray> ProfileJsonFile::read(const QString &profileId) const
{
    std::optional<QLockFile> lock;
    if (QFileInfo(m_filePath).absoluteDir().exists()) {
        lock.emplace(m_filePath + QStringLiteral(".lock"));
        if (!lock->tryLock(lockTimeoutMs))
            return Error(Error::Code::Io, m_texts.busy);
    }
    Result<Loaded> loaded = load(m_filePath, m_texts);
    if (!loaded)
        return loaded.error();
    if (!loaded.value().keptAsidePath.isEmpty())
        return Error(Error::Code::CorruptData,
                     m_texts.keptAside.arg(QDir::toNativeSeparators(loaded.value().keptAsidePath)));
    return loaded.value().root.value(keyProfiles).toObject().value(profileId).toArray();
}

Result<void> ProfileJsonFile::update(const QString &profileId, const std::function<void(QJsonArray &)> &change)
{
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath()))
        return Error(Error::Code::Io, m_texts.cannotCreateFolder, QFileInfo(m_filePath).absolutePath());
    QLockFile lock(m_filePath + QStringLiteral(".lock"));
    if (!lock.tryLock(lockTimeoutMs))
        return Error(Error::Code::Io, m_texts.busy);
    Result<Loaded> loaded = load(m_filePath, m_texts);
    if (!loaded)
        return loaded.error();
    QJsonObject root = loaded.value().root;
    QJsonObject profiles = root.value(keyProfiles).toObject();
    QJsonArray items = profiles.value(profileId).toArray();
    change(items);
    if (items.isEmpty())
        profiles.remove(profileId);
    else
        profiles.insert(profileId, items);
    root.insert(keyProfiles, profiles);
    return save(m_filePath, root, m_texts);
}

} // namespace RayDeck
