// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobTemplate.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace RayDeck {

/**
 * The user's launch templates of every profile, in one JSON file next to the
 * launch history (`<GenericConfigLocation>/raydeck/launch-templates.json`).
 * A template is the form's whole launch: overrides, environment variables
 * (secret ones by name only: the file never holds a secret value), working
 * directory and entrypoint resources. Its submission id is not kept, since
 * each launch needs a new one.
 *
 * Same file discipline as JobHistoryStore (ProfileJsonFile): atomic, 0600,
 * locked; an unreadable file is kept aside as `launch-templates.json.corrupt-<time>`
 * and reported once by templates() with Error::Code::CorruptData.
 *
 * Synchronous, small files; call from any one thread at a time.
 */
class JobTemplateStore
{
    Q_DECLARE_TR_FUNCTIONS(RayDeck::JobTemplateStore)

public:
    static constexpr int maxTemplatesPerProfile = 500;
    static constexpr int maxNameLength = 120;

    /// The store at defaultFilePath().
    JobTemplateStore();
    explicit JobTemplateStore(QString filePath);

    static QString defaultFilePath();
    const QString &filePath() const { return m_filePath; }

    /// The templates of @p profileId sorted by name (case-insensitive); empty when there are none.
    [[nodiscard]] Result<QList<JobTemplate>> templates(const QString &profileId) const;
    /// Saves @p item under its name, replacing a template of that name. InvalidInput for an empty or too long name.
    [[nodiscard]] Result<void> save(const QString &profileId, const JobTemplate &item);
    /// Removes the template @p name; succeeds when there is none.
    [[nodiscard]] Result<void> remove(const QString &profileId, const QString &name);
    /// Forgets every template of @p profileId (when the profile is deleted).
    [[nodiscard]] Result<void> clear(const QString &profileId);

private:
    QString m_filePath;
};

} // namespace RayDeck
