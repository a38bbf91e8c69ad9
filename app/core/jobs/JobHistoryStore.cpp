// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobHistoryStore.h"

#include "JobLaunchJson.h"
#include "ProfileJsonFile.h"
#include "util/Logging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

#include <optional>

namespace RayDeck {

namespace {

QJsonObject entryToJson(const JobHistoryEntry &entry)
{
    QJsonObject object;
    object.insert(QStringLiteral("submissionId"), entry.submissionId);
    object.insert(QStringLiteral("launchedAt"), entry.launchedAt.toUTC().toString(Qt::ISODateWithMs));
    JobLaunchJson::write(entry.launch, object);
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
    std::optional<JobLaunch> launch = JobLaunchJson::read(object, profileId);
    if (!launch)
        return std::nullopt;
    entry.launch = std::move(*launch);
    entry.launch.submissionId = entry.submissionId;
    return entry;
}

ProfileJsonFile historyFile(const QString &path)
{
    ProfileJsonFile::Texts texts;
    texts.cannotOpen = JobHistoryStore::tr("The launch history could not be opened.");
    texts.cannotSave = JobHistoryStore::tr("The launch history could not be saved.");
    texts.cannotCreateFolder = JobHistoryStore::tr("The folder for the launch history could not be created.");
    texts.busy = JobHistoryStore::tr("The launch history is busy in another RayDeck window; try again.");
    texts.newerFormat = JobHistoryStore::tr("The launch history was written by a newer RayDeck; update RayDeck to "
                                            "see or add launches.");
    texts.keptAside = JobHistoryStore::tr("The launch history could not be read. It was kept as %1 and a new history "
                                          "was started.");
    return ProfileJsonFile(path, texts);
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
    const Result<QJsonArray> launches = historyFile(m_filePath).read(profileId);
    if (!launches)
        return launches.error();
    QList<JobHistoryEntry> result;
    for (const QJsonValue &value : launches.value()) {
        if (std::optional<JobHistoryEntry> entry = entryFromJson(value.toObject(), profileId))
            result.append(std::move(*entry));
        else
            qCWarning(lcProfiles) << "skipping an unreadable launch in the history";
    }
    return result;
}

Result<void> JobHistoryStore::append(const QString &profileId, const JobHistoryEntry &entry)
{
    return historyFile(m_filePath).update(profileId, [&entry](QJsonArray &launches) {
        launches.prepend(entryToJson(entry));
        while (launches.size() > maxEntriesPerProfile)
            launches.removeLast();
    });
}

Result<void> JobHistoryStore::remove(const QString &profileId, const QString &submissionId)
{
    return historyFile(m_filePath).update(profileId, [&submissionId](QJsonArray &launches) {
        for (qsizetype i = launches.size() - 1; i >= 0; --i) {
            if (launches.at(i).toObject().value(QStringLiteral("submissionId")).toString() == submissionId)
                launches.removeAt(i);
        }
    });
}

Result<void> JobHistoryStore::clear(const QString &profileId)
{
    return historyFile(m_filePath).update(profileId, [](QJsonArray &launches) { launches = QJsonArray(); });
}

} // namespace RayDeck
