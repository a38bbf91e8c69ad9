// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QJsonArray>
#include <QString>

#include <functional>

namespace RayDeck {

/**
 * A JSON file that keeps one array per profile:
 * `{"format": 1, "profiles": {"<profile id>": [ ... ]}}`. Shared by the launch
 * history and the launch templates, which differ only in what the arrays hold.
 *
 * Writes are atomic (QSaveFile) with mode 0600, under a lock file so the app and
 * the CLI do not lose each other's changes. A file that cannot be read is
 * renamed to `<file>.corrupt-<time>` and a new one begins; the next read()
 * reports that once with Error::Code::CorruptData. A file from a newer RayDeck
 * (format > 1) is left alone and reported as UnsupportedVersion.
 *
 * Synchronous, small files; call from any one thread at a time.
 */
class ProfileJsonFile
{
public:
    /// The user-facing messages of one kind of file (translated by its owner).
    struct Texts
    {
        QString cannotOpen;   ///< the file exists but cannot be opened
        QString cannotSave;
        QString cannotCreateFolder;
        QString busy;         ///< another RayDeck holds the lock
        QString newerFormat;  ///< written by a newer RayDeck
        QString keptAside;    ///< %1 = where the unreadable file was kept
    };

    ProfileJsonFile(QString filePath, Texts texts);

    const QString &filePath() const { return m_filePath; }

    /// The array of @p profileId; empty when there is none.
    [[nodiscard]] Result<QJsonArray> read(const QString &profileId) const;
    /// Reads, lets @p change edit the array of @p profileId, writes back, all under the lock.
    [[nodiscard]] Result<void> update(const QString &profileId, const std::function<void(QJsonArray &)> &change);

private:
    QString m_filePath;
    Texts m_texts;
};

} // namespace RayDeck
