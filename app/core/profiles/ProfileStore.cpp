// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileStore.h"

#include "profiles/ProfileFileLock.h"
#include "profiles/ProfileJson.h"
#include "util/Logging.h"
#include "util/SaveFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUuid>

namespace RayDeck {

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

QString ProfileStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/raydeck/profiles.json"_s;
}

ProfileStore::ProfileStore(QString filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(std::move(filePath))
{
}

ProfileStore::~ProfileStore() = default;

std::optional<ServerProfile> ProfileStore::profileNamed(const QString &name) const
{
    for (const ServerProfile &profile : m_profiles) {
        if (profile.name == name)
            return profile;
    }
    // Names are unique regardless of case, so a case-insensitive hit is unambiguous.
    for (const ServerProfile &profile : m_profiles) {
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

std::optional<ServerProfile> ProfileStore::profileWithId(const QString &id) const
{
    for (const ServerProfile &profile : m_profiles) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

Result<void> ProfileStore::load()
{
    if (!QFileInfo::exists(m_filePath)) {
        setProfiles({});
        return {};
    }
    // Reading takes the lock too: a load may have to move the file aside, and
    // two processes must not both do that.
    return modify([](QList<ServerProfile> &) { return Result<void>(); });
}

Result<ServerProfile> ProfileStore::add(ServerProfile profile)
{
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<void> result = modify([&profile](QList<ServerProfile> &profiles) -> Result<void> {
        if (Result<void> check = checkStructure(profile, profiles); !check)
            return check;
        profiles.append(profile);
        return {};
    });
    if (!result)
        return result.error();
    qCDebug(lcProfiles) << "profile added" << profile.id;
    return profile;
}

Result<void> ProfileStore::update(const ServerProfile &profile)
{
    Result<void> result = modify([&profile](QList<ServerProfile> &profiles) -> Result<void> {
        const auto it = std::find_if(profiles.begin(), profiles.end(),
                                     [&profile](const ServerProfile &p) { return p.id == profile.id; });
        if (it == profiles.end()) {
            return Error(Error::Code::NotFound,
                         tr("The server profile \"%1\" no longer exists; another RayDeck window or the command line "
                            "may have removed it.")
                             .arg(profile.name),
                         u"no profile with id "_s + profile.id);
        }
        if (Result<void> check = checkStructure(profile, profiles); !check)
            return check;
        *it = profile;
        return {};
    });
    if (result)
        qCDebug(lcProfiles) << "profile updated" << profile.id;
    return result;
}

Result<void> ProfileStore::remove(const QString &name)
{
    QString removedId;
    Result<void> result = modify([&name, &removedId](QList<ServerProfile> &profiles) -> Result<void> {
        auto it = std::find_if(profiles.begin(), profiles.end(),
                               [&name](const ServerProfile &p) { return p.name == name; });
        if (it == profiles.end()) {
            it = std::find_if(profiles.begin(), profiles.end(), [&name](const ServerProfile &p) {
                return p.name.compare(name, Qt::CaseInsensitive) == 0;
            });
        }
        if (it == profiles.end())
            return Error(Error::Code::NotFound, tr("There is no server profile named \"%1\".").arg(name));
        removedId = it->id;
        profiles.erase(it);
        return {};
    });
    if (result)
        qCDebug(lcProfiles) << "profile removed" << removedId;
    return result;
}

Result<void> ProfileStore::checkStructure(const ServerProfile &profile, const QList<ServerProfile> &others)
{
    if (profile.name.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, tr("A server profile needs a name."));
    if (profile.name != profile.name.trimmed() || hasControlCharacters(profile.name))
        return Error(Error::Code::InvalidInput,
                     tr("The name \"%1\" has leading or trailing spaces or control characters; remove them.")
                         .arg(profile.name.trimmed()));
    if (profile.host.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, tr("The server profile \"%1\" needs an SSH host.").arg(profile.name));
    for (const ServerProfile &other : others) {
        if (other.id != profile.id && other.name.compare(profile.name, Qt::CaseInsensitive) == 0) {
            return Error(Error::Code::AlreadyExists,
                         tr("A server profile named \"%1\" already exists; choose another name.").arg(other.name));
        }
    }
    return {};
}

Result<void> ProfileStore::modify(const Change &change)
{
    const QFileInfo info(m_filePath);
    QDir directory = info.absoluteDir();
    if (!directory.exists()) {
        if (!directory.mkpath(u"."_s)) {
            return Error(Error::Code::Io,
                         tr("Cannot create the folder %1 for RayDeck's settings. Check that you may write there.")
                             .arg(directory.path()));
        }
        QFile::setPermissions(directory.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner);
    }

    ProfileFileLock lock(m_filePath + u".lock"_s);
    if (!lock.tryLock(m_lockTimeout)) {
        return Error(Error::Code::Io,
                     tr("Another RayDeck process has been changing the server profiles for too long. Close other "
                        "RayDeck windows or commands and try again."),
                     m_filePath + u".lock: "_s + lock.errorString());
    }

    Result<QList<ServerProfile>> current = readLocked();
    if (!current)
        return current.error();
    QList<ServerProfile> profiles = std::move(current).value();
    const QList<ServerProfile> before = profiles;

    Result<void> changed = change(profiles);
    if (!changed) {
        // The re-read is still the freshest view of the file.
        setProfiles(before);
        return changed;
    }
    if (profiles != before) {
        if (Result<void> written = writeLocked(profiles); !written)
            return written;
    }
    setProfiles(std::move(profiles));
    return {};
}

Result<QList<ServerProfile>> ProfileStore::readLocked()
{
    QFile file(m_filePath);
    if (!file.exists())
        return QList<ServerProfile>();
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(Error::Code::Io,
                     tr("Cannot read the server profiles in %1: %2. Check the file's permissions.")
                         .arg(m_filePath, file.errorString()));
    }
    const QByteArray data = file.readAll();
    file.close();

    // Profiles reveal hosts and user names; keep them private even if an
    // editor or a copy widened the mode.
    constexpr QFileDevice::Permissions groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
        QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if ((file.permissions() & groupOrOther) != 0) {
        qCInfo(lcProfiles) << "tightening the permissions of the profiles file";
        file.setPermissions(ownerOnly);
    }

    ProfileFileContents contents = ProfileJson::decode(data);
    const auto warn = [this, &contents](const QString &aside, const QString &what) {
        m_quarantinedFilePath = aside;
        m_loadWarning = Error(
            contents.status == ProfileFileContents::Status::NewerVersion ? Error::Code::UnsupportedVersion
                                                                         : Error::Code::CorruptData,
            tr("%1 It was kept unchanged as %2. RayDeck continues with the %n profile(s) it could read.", nullptr,
               int(contents.profiles.size()))
                .arg(what, aside),
            contents.problems.join(u"; "_s));
        qCWarning(lcProfiles) << "profiles file kept aside:" << contents.problems.join(u"; "_s);
    };

    switch (contents.status) {
    case ProfileFileContents::Status::Corrupt: {
        Result<QString> aside = keepAside(u"corrupt"_s);
        if (!aside)
            return aside.error();
        warn(aside.value(), tr("The server profiles file could not be read."));
        return QList<ServerProfile>();
    }
    case ProfileFileContents::Status::NewerVersion: {
        Result<QString> aside = keepAside(u"schema-"_s + QString::number(contents.schemaVersion));
        if (!aside)
            return aside.error();
        warn(aside.value(), tr("The server profiles file was written by a newer version of RayDeck (format %1).")
                                .arg(contents.schemaVersion));
        break;
    }
    case ProfileFileContents::Status::Ok:
        if (!contents.problems.isEmpty()) {
            Result<QString> aside = keepAside(u"partial"_s);
            if (!aside)
                return aside.error();
            warn(aside.value(), tr("Some server profiles could not be read."));
        } else if (contents.needsMigration()) {
            const QString backup = m_filePath + u".schema-"_s + QString::number(contents.schemaVersion) + u".bak"_s;
            if (!QFile::exists(backup) && QFile::copy(m_filePath, backup))
                QFile::setPermissions(backup, ownerOnly);
            qCInfo(lcProfiles) << "migrating profiles file from schema" << contents.schemaVersion;
        } else {
            return contents.profiles;
        }
        break;
    }

    // The file on disk is not in the current format (or was moved away): write
    // what could be read now, so every process sees the same state.
    if (Result<void> written = writeLocked(contents.profiles); !written)
        return written.error();
    return contents.profiles;
}

Result<QString> ProfileStore::keepAside(const QString &reason)
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = m_filePath + u'.' + reason + u'-' + stamp;
    for (int i = 2; QFile::exists(target); ++i)
        target = m_filePath + u'.' + reason + u'-' + stamp + u'-' + QString::number(i);
    // rename() never replaces an existing file, so nothing is overwritten here.
    if (!QFile::rename(m_filePath, target)) {
        return Error(Error::Code::Io,
                     tr("The server profiles file %1 cannot be read, and RayDeck could not move it aside to keep it "
                        "safe. Move or repair it by hand.")
                         .arg(m_filePath));
    }
    return target;
}

Result<void> ProfileStore::writeLocked(const QList<ServerProfile> &profiles)
{
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(Error::Code::Io,
                     tr("Cannot save the server profiles to %1: %2").arg(m_filePath, file.errorString()));
    }
    // Restrict the temporary file before any byte is written to it.
    file.setPermissions(ownerOnly);
    const QByteArray data = ProfileJson::encode(profiles);
    bool failed = false;
    QString reason;
    if (file.write(data) != data.size()) {
        failed = true;
        reason = file.errorString();
        file.cancelWriting();
    } else if (!commitFully(file, &reason)) {
        failed = true;
    }
    if (failed) {
        // "No space left on device" alone does not say what to do; a full disk
        // is the common case (tested with a filled tmpfs), so name it and the fix.
        const QStorageInfo storage(QFileInfo(m_filePath).absolutePath());
        if (storage.isValid() && storage.bytesAvailable() < data.size() + 4096) {
            return Error(Error::Code::Io,
                         tr("Cannot save the server profiles to %1: the disk is full. Free some space on %2 and try "
                            "again. The previous version of the file is unchanged.")
                             .arg(m_filePath, storage.rootPath()),
                         reason);
        }
        return Error(Error::Code::Io,
                     tr("Cannot save the server profiles to %1: %2. The previous version of the file is unchanged.")
                         .arg(m_filePath, reason));
    }
    return {};
}

void ProfileStore::setProfiles(QList<ServerProfile> profiles)
{
    if (profiles == m_profiles)
        return;
    m_profiles = std::move(profiles);
    Q_EMIT profilesChanged();
}

} // namespace RayDeck
