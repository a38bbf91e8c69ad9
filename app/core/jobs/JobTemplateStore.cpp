// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobTemplateStore.h"

#include "JobLaunchJson.h"
#include "ProfileJsonFile.h"
#include "util/Logging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>
#include <optional>

namespace RayDeck {

namespace {

const QString keyName = QStringLiteral("name");

QJsonObject templateToJson(const JobTemplate &item)
{
    QJsonObject object;
    object.insert(keyName, item.name.trimmed());
    object.insert(QStringLiteral("savedAt"), item.savedAt.toUTC().toString(Qt::ISODateWithMs));
    JobLaunchJson::write(item.launch, object);
    return object;
}

std::optional<JobTemplate> templateFromJson(const QJsonObject &object, const QString &profileId)
{
    JobTemplate item;
    item.name = object.value(keyName).toString();
    item.savedAt = QDateTime::fromString(object.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs).toUTC();
    if (item.name.trimmed().isEmpty())
        return std::nullopt;
    std::optional<JobLaunch> launch = JobLaunchJson::read(object, profileId);
    if (!launch)
        return std::nullopt;
    item.launch = std::move(*launch);
    return item;
}

ProfileJsonFile templatesFile(const QString &path)
{
    ProfileJsonFile::Texts texts;
    texts.cannotOpen = JobTemplateStore::tr("The launch templates could not be opened.");
    texts.cannotSave = JobTemplateStore::tr("The launch templates could not be saved.");
    texts.cannotCreateFolder = JobTemplateStore::tr("The folder for the launch templates could not be created.");
    texts.busy = JobTemplateStore::tr("The launch templates are busy in another RayDeck window; try again.");
    texts.newerFormat = JobTemplateStore::tr("The launch templates were written by a newer RayDeck; update RayDeck to "
                                             "use or add templates.");
    texts.keptAside = JobTemplateStore::tr("The launch templates could not be read. The file was kept as %1 and an "
                                           "empty list of templates was started.");
    return ProfileJsonFile(path, texts);
}

} // namespace

JobTemplateStore::JobTemplateStore()
    : JobTemplateStore(defaultFilePath())
{
}

JobTemplateStore::JobTemplateStore(QString filePath)
    : m_filePath(std::move(filePath))
{
}

QString JobTemplateStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/raydeck/launch-templates.json");
}

Result<QList<JobTemplate>> JobTemplateStore::templates(const QString &profileId) const
{
    const Result<QJsonArray> items = templatesFile(m_filePath).read(profileId);
    if (!items)
        return items.error();
    QList<JobTemplate> result;
    for (const QJsonValue &value : items.value()) {
        if (std::optional<JobTemplate> item = templateFromJson(value.toObject(), profileId))
            result.append(std::move(*item));
        else
            qCWarning(lcProfiles) << "skipping an unreadable launch template";
    }
    std::sort(result.begin(), result.end(), [](const JobTemplate &a, const JobTemplate &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return result;
}

Result<void> JobTemplateStore::save(const QString &profileId, const JobTemplate &item)
{
    const QString name = item.name.trimmed();
    if (name.isEmpty())
        return Error(Error::Code::InvalidInput, tr("Give the template a name."));
    if (name.size() > maxNameLength)
        return Error(Error::Code::InvalidInput,
                     tr("The template name is too long; use at most %1 characters.").arg(maxNameLength));
    JobTemplate stored = item;
    stored.name = name;
    stored.launch.submissionId.clear();
    stored.launch.profileId = profileId;
    bool full = false;
    Result<void> saved = templatesFile(m_filePath).update(profileId, [&stored, &full](QJsonArray &items) {
        for (qsizetype i = items.size() - 1; i >= 0; --i) {
            if (items.at(i).toObject().value(keyName).toString() == stored.name)
                items.removeAt(i);
        }
        if (items.size() >= maxTemplatesPerProfile) {
            full = true;
            return;
        }
        items.append(templateToJson(stored));
    });
    if (saved && full)
        return Error(Error::Code::InvalidInput,
                     tr("This server has %1 templates already; delete some first.").arg(maxTemplatesPerProfile));
    return saved;
}

Result<void> JobTemplateStore::remove(const QString &profileId, const QString &name)
{
    return templatesFile(m_filePath).update(profileId, [&name](QJsonArray &items) {
        for (qsizetype i = items.size() - 1; i >= 0; --i) {
            if (items.at(i).toObject().value(keyName).toString() == name.trimmed())
                items.removeAt(i);
        }
    });
}

Result<void> JobTemplateStore::clear(const QString &profileId)
{
    return templatesFile(m_filePath).update(profileId, [](QJsonArray &items) { items = QJsonArray(); });
}

} // namespace RayDeck
