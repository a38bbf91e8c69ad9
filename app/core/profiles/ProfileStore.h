// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
 * The user's server profiles, kept in one JSON file (see ProfileJson).
 *
 * Contract:
 *  - Secrets are never written here; profiles only say that a secret exists.
 *  - Every change (add, update, remove) locks the file, re-reads it, applies
 *    the change to what is on disk now, and writes it back atomically with
 *    QSaveFile in mode 0600. Two RayDeck processes (the app and the CLI, or two
 *    app windows) therefore never lose each other's edits; the last writer of
 *    the *same* profile wins.
 *  - A file that cannot be parsed, or one written by a newer RayDeck, is never
 *    overwritten: it is renamed aside (quarantinedFilePath()), loadWarning()
 *    tells the user where, and the store continues with what it could read.
 *  - An older schema is migrated on load; the original is kept as
 *    "<file>.schema-<N>.bak".
 *
 * Thread: use from one thread (normally the GUI thread). File access is
 * synchronous; the file is small. profilesChanged() is emitted after any
 * operation that changed profiles().
 */
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    /// GenericConfigLocation (honours XDG_CONFIG_HOME) + "/raydeck/profiles.json".
    static QString defaultFilePath();

    explicit ProfileStore(QString filePath = defaultFilePath(), QObject *parent = nullptr);
    ~ProfileStore() override;

    QString filePath() const { return m_filePath; }

    /**
     * (Re)reads the file. A missing file is an empty list. Fails only when the
     * file exists but cannot be read or written (permissions, lock held too
     * long); corrupt and newer files succeed with a loadWarning().
     */
    [[nodiscard]] Result<void> load();

    /// Where the most recent unreadable file was moved; empty if none was.
    QString quarantinedFilePath() const { return m_quarantinedFilePath; }
    /// Set once a load (or change) had to keep a file aside, until another one does; the message says where.
    const std::optional<Error> &loadWarning() const { return m_loadWarning; }

    QList<ServerProfile> profiles() const { return m_profiles; }
    std::optional<ServerProfile> profileNamed(const QString &name) const;
    std::optional<ServerProfile> profileWithId(const QString &id) const;

    /// Adds @p profile under a newly generated id (any id it carries is replaced).
    [[nodiscard]] Result<ServerProfile> add(ServerProfile profile);
    /// Replaces the profile with the same id; a changed name is a rename.
    [[nodiscard]] Result<void> update(const ServerProfile &profile);
    [[nodiscard]] Result<void> remove(const QString &name);

    /// How long a change waits for another process holding the lock.
    void setLockTimeout(std::chrono::milliseconds timeout) { m_lockTimeout = timeout; }

Q_SIGNALS:
    void profilesChanged();

private:
    using Change = std::function<Result<void>(QList<ServerProfile> &)>;
    [[nodiscard]] Result<void> modify(const Change &change);
    [[nodiscard]] Result<QList<ServerProfile>> readLocked();
    [[nodiscard]] Result<void> writeLocked(const QList<ServerProfile> &profiles);
    [[nodiscard]] Result<QString> keepAside(const QString &reason);
    void setProfiles(QList<ServerProfile> profiles);
    static Result<void> checkStructure(const ServerProfile &profile, const QList<ServerProfile> &others);

    QString m_filePath;
    QList<ServerProfile> m_profiles;
    QString m_quarantinedFilePath;
    std::optional<Error> m_loadWarning;
    std::chrono::milliseconds m_lockTimeout{10000};
};

} // namespace RayDeck
