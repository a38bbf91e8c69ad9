// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/ClusterProfile.h"
#include "profiles/ServerProfile.h"
#include "util/Result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace RayDeck {

/**
 * The user's clusters, kept in one JSON file next to the server profiles
 * (see ClusterJson), with the same guarantees as ProfileStore:
 *  - every change locks "<file>.lock", re-reads the file, applies the change
 *    to what is on disk now and writes it back atomically (QSaveFile, 0600);
 *  - a file that cannot be parsed, or one written by a newer RayDeck, is never
 *    overwritten: it is renamed aside, loadWarning() says where, and the store
 *    continues with what it could read.
 *
 * Changes are checked with ClusterValidator::checkStructure(); add() and
 * update() also check the names against the server profiles given.
 *
 * Thread: use from one thread. File access is synchronous (the file is small).
 * clustersChanged() follows any operation that changed clusters().
 */
class ClusterStore : public QObject
{
    Q_OBJECT

public:
    /// The folder of ProfileStore::defaultFilePath() + "/clusters.json".
    static QString defaultFilePath();

    explicit ClusterStore(QString filePath = defaultFilePath(), QObject *parent = nullptr);
    ~ClusterStore() override;

    QString filePath() const { return m_filePath; }

    /// (Re)reads the file; a missing file is an empty list. Corrupt and newer files succeed with a loadWarning().
    [[nodiscard]] Result<void> load();
    QString quarantinedFilePath() const { return m_quarantinedFilePath; }
    const std::optional<Error> &loadWarning() const { return m_loadWarning; }

    QList<ClusterProfile> clusters() const { return m_clusters; }
    std::optional<ClusterProfile> clusterNamed(const QString &name) const;

    /// Adds @p cluster; its servers must be among @p profiles.
    [[nodiscard]] Result<void> add(const ClusterProfile &cluster, const QList<ServerProfile> &profiles);
    /// Replaces the cluster called @p previousName (a different cluster.name renames it).
    [[nodiscard]] Result<void> update(const QString &previousName, const ClusterProfile &cluster,
                                      const QList<ServerProfile> &profiles);
    [[nodiscard]] Result<void> remove(const QString &name);

    void setLockTimeout(std::chrono::milliseconds timeout) { m_lockTimeout = timeout; }

Q_SIGNALS:
    void clustersChanged();

private:
    using Change = std::function<Result<void>(QList<ClusterProfile> &)>;
    [[nodiscard]] Result<void> modify(const Change &change);
    [[nodiscard]] Result<QList<ClusterProfile>> readLocked();
    [[nodiscard]] Result<void> writeLocked(const QList<ClusterProfile> &clusters);
    [[nodiscard]] Result<QString> keepAside(const QString &reason);
    void setClusters(QList<ClusterProfile> clusters);

    QString m_filePath;
    QList<ClusterProfile> m_clusters;
    QString m_quarantinedFilePath;
    std::optional<Error> m_loadWarning;
    std::chrono::milliseconds m_lockTimeout{10000};
};

} // namespace RayDeck
