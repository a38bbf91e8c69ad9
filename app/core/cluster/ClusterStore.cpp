// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClusterStore.h"

#include "cluster/ClusterJson.h"
#include "cluster/ClusterValidator.h"
#include "profiles/ProfileFileLock.h"
#include "profiles/ProfileStore.h"
#include "util/Logging.h"
#include "util/SaveFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace RayDeck {

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QList<ClusterProfile>::iterator findCluster(QList<ClusterProfile> &clusters, const QString &name)
{
    auto it = std::find_if(clusters.begin(), clusters.end(), [&name](const ClusterProfile &c) { return c.name == name; });
    if (it == clusters.end())
        it = std::find_if(clusters.begin(), clusters.end(), [&name](const ClusterProfile &c) {
            return c.name.compare(name, Qt::CaseInsensitive) == 0;
        });
    return it;
}

} // namespace

QString ClusterStore::defaultFilePath()
{
    return QFileInfo(ProfileStore::defaultFilePath()).absolutePath() + u"/clusters.json"_s;
}

ClusterStore::ClusterStore(QString filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(std::move(filePath))
{
}

ClusterStore::~ClusterStore() = default;

std::optional<ClusterProfile> ClusterStore::clusterNamed(const QString &name) const
{
    QList<ClusterProfile> copy = m_clusters;
    const auto it = findCluster(copy, name);
    if (it == copy.end())
        return std::nullopt;
    return *it;
}

Result<void> ClusterStore::load()
{
    if (!QFileInfo::exists(m_filePath)) {
        setClusters({});
        return {};
    }
    // Reading takes the lock too: it may have to move a corrupt file aside.
    return modify([](QList<ClusterProfile> &) { return Result<void>(); });
}

Result<void> ClusterStore::add(const ClusterProfile &cluster, const QList<ServerProfile> &profiles)
{
    if (Result<void> valid = ClusterValidator::check(cluster, profiles); !valid)
        return valid;
    return modify([&cluster](QList<ClusterProfile> &clusters) -> Result<void> {
        if (findCluster(clusters, cluster.name) != clusters.end())
            return Error(Error::Code::AlreadyExists,
                         tr("A cluster named \"%1\" already exists; choose another name.").arg(cluster.name));
        clusters.append(cluster);
        return {};
    });
}

Result<void> ClusterStore::update(const QString &previousName, const ClusterProfile &cluster,
                                  const QList<ServerProfile> &profiles)
{
    if (Result<void> valid = ClusterValidator::check(cluster, profiles); !valid)
        return valid;
    return modify([&previousName, &cluster](QList<ClusterProfile> &clusters) -> Result<void> {
        const auto it = findCluster(clusters, previousName);
        if (it == clusters.end())
            return Error(Error::Code::NotFound,
                         tr("The cluster \"%1\" no longer exists; another RayDeck window or the command line may have "
                            "removed it.")
                             .arg(previousName));
        for (auto other = clusters.begin(); other != clusters.end(); ++other) {
            if (other != it && other->name.compare(cluster.name, Qt::CaseInsensitive) == 0)
                return Error(Error::Code::AlreadyExists,
                             tr("A cluster named \"%1\" already exists; choose another name.").arg(other->name));
        }
        *it = cluster;
        return {};
    });
}

Result<void> ClusterStore::remove(const QString &name)
{
    return modify([&name](QList<ClusterProfile> &clusters) -> Result<void> {
        const auto it = findCluster(clusters, name);
        if (it == clusters.end())
            return Error(Error::Code::NotFound, tr("There is no cluster named \"%1\".").arg(name));
        clusters.erase(it);
        return {};
    });
}

Result<void> ClusterStore::modify(const Change &change)
{
    const QDir directory = QFileInfo(m_filePath).absoluteDir();
    if (!directory.exists()) {
        if (!QDir().mkpath(directory.path()))
            return Error(Error::Code::Io,
                         tr("Cannot create the folder %1 for RayDeck's settings. Check that you may write there.")
                             .arg(directory.path()));
        QFile::setPermissions(directory.path(), ownerOnly | QFileDevice::ExeOwner);
    }
    ProfileFileLock lock(m_filePath + u".lock"_s);
    if (!lock.tryLock(m_lockTimeout))
        return Error(Error::Code::Io,
                     tr("Another RayDeck process has been changing the clusters for too long. Close other RayDeck "
                        "windows or commands and try again."),
                     m_filePath + u".lock: "_s + lock.errorString());

    Result<QList<ClusterProfile>> current = readLocked();
    if (!current)
        return current.error();
    QList<ClusterProfile> clusters = std::move(current).value();
    const QList<ClusterProfile> before = clusters;
    if (Result<void> changed = change(clusters); !changed) {
        setClusters(before);
        return changed;
    }
    if (clusters != before) {
        if (Result<void> written = writeLocked(clusters); !written)
            return written;
    }
    setClusters(std::move(clusters));
    return {};
}

Result<QList<ClusterProfile>> ClusterStore::readLocked()
{
    QFile file(m_filePath);
    if (!file.exists())
        return QList<ClusterProfile>();
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("Cannot read the clusters in %1: %2. Check the file's permissions.")
                                          .arg(m_filePath, file.errorString()));
    const QByteArray data = file.readAll();
    file.close();

    ClusterFileContents contents = ClusterJson::decode(data);
    if (contents.status == ClusterFileContents::Status::Ok && contents.problems.isEmpty())
        return contents.clusters;

    QString reason;
    QString what;
    switch (contents.status) {
    case ClusterFileContents::Status::Corrupt:
        reason = u"corrupt"_s;
        what = tr("The clusters file could not be read.");
        contents.clusters.clear();
        break;
    case ClusterFileContents::Status::NewerVersion:
        reason = u"schema-"_s + QString::number(contents.schemaVersion);
        what = tr("The clusters file was written by a newer version of RayDeck (format %1).").arg(contents.schemaVersion);
        break;
    case ClusterFileContents::Status::Ok:
        reason = u"partial"_s;
        what = tr("Some clusters could not be read.");
        break;
    }
    Result<QString> aside = keepAside(reason);
    if (!aside)
        return aside.error();
    m_quarantinedFilePath = aside.value();
    m_loadWarning = Error(contents.status == ClusterFileContents::Status::NewerVersion ? Error::Code::UnsupportedVersion
                                                                                       : Error::Code::CorruptData,
                          tr("%1 It was kept unchanged as %2. RayDeck continues with the %n cluster(s) it could read.",
                             nullptr, int(contents.clusters.size()))
                              .arg(what, aside.value()),
                          contents.problems.join(u"; "_s));
    qCWarning(lcProfiles) << "clusters file kept aside:" << contents.problems.join(u"; "_s);
    // Write what could be read, so every process sees the same state from now on.
    if (Result<void> written = writeLocked(contents.clusters); !written)
        return written.error();
    return contents.clusters;
}

Result<QString> ClusterStore::keepAside(const QString &reason)
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = m_filePath + u'.' + reason + u'-' + stamp;
    for (int i = 2; QFile::exists(target); ++i)
        target = m_filePath + u'.' + reason + u'-' + stamp + u'-' + QString::number(i);
    // rename() never replaces an existing file.
    if (!QFile::rename(m_filePath, target))
        return Error(Error::Code::Io, tr("The clusters file %1 cannot be read, and RayDeck could not move it aside to "
                                         "keep it safe. Move or repair it by hand.")
                                          .arg(m_filePath));
    return target;
}

Result<void> ClusterStore::writeLocked(const QList<ClusterProfile> &clusters)
{
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, tr("Cannot save the clusters to %1: %2").arg(m_filePath, file.errorString()));
    file.setPermissions(ownerOnly);
    const QByteArray data = ClusterJson::encode(clusters);
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error(Error::Code::Io, tr("Cannot save the clusters to %1: %2. The previous version of the file is "
                                         "unchanged.")
                                          .arg(m_filePath, reason));
    }
    QString reason;
    if (!commitFully(file, &reason))
        return Error(Error::Code::Io, tr("Cannot save the clusters to %1: %2. The previous version of the file is "
                                         "unchanged.")
                                          .arg(m_filePath, reason));
    return {};
}

void ClusterStore::setClusters(QList<ClusterProfile> clusters)
{
    if (clusters == m_clusters)
        return;
    m_clusters = std::move(clusters);
    Q_EMIT clustersChanged();
}

} // namespace RayDeck
