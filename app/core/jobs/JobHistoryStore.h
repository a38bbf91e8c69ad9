// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobHistoryEntry.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace RayDeck {

/**
 * The launch history of every profile, in one JSON file next to the profiles
 * (`<GenericConfigLocation>/raydeck/launch-history.json`), newest first and at
 * most maxEntriesPerProfile per profile.
 *
 * The file never holds a secret value: secret environment variables are stored
 * by name only. It is written atomically (QSaveFile) with mode 0600, under a
 * lock file so the app and the CLI do not lose each other's entries. A file
 * that cannot be read is renamed to `launch-history.json.corrupt-<time>` and a
 * new history begins; entries() reports that once with Error::Code::CorruptData.
 * A file from a newer RayDeck (format > 1) is left alone and reported as
 * UnsupportedVersion.
 *
 * Synchronous, small files; call from any one thread at a time.
 */
class JobHistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(RayDeck::JobHistoryStore)

public:
    static constexpr int maxEntriesPerProfile = 200;

    /// The store at defaultFilePath().
    JobHistoryStore();
    explicit JobHistoryStore(QString filePath);

    static QString defaultFilePath();
    const QString &filePath() const { return m_filePath; }

    /// The launches of @p profileId, newest first; empty when there are none.
    [[nodiscard]] Result<QList<JobHistoryEntry>> entries(const QString &profileId) const;
    /// Adds @p entry as the newest launch of @p profileId.
    [[nodiscard]] Result<void> append(const QString &profileId, const JobHistoryEntry &entry);
    /// Removes the launch with @p submissionId; succeeds when there is none.
    [[nodiscard]] Result<void> remove(const QString &profileId, const QString &submissionId);
    /// Forgets every launch of @p profileId (when the profile is deleted).
    [[nodiscard]] Result<void> clear(const QString &profileId);

private:
    QString m_filePath;
};

} // namespace RayDeck
