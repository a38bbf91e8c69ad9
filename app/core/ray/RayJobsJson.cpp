// SPDX-License-Identifier: GPL-3.0-or-later
#include "RayJobsJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace RayDeck::RayJobsJson {

namespace {

Error malformed(const QString &what, const QString &detail)
{
    return Error(Error::Code::RemoteService,
                 QCoreApplication::translate("RayJobsJson", "The Ray head sent an answer RayDeck does not understand (%1). Is this a Ray dashboard?").arg(what),
                 detail);
}

Result<QJsonDocument> parseDocument(const QByteArray &body, const QString &what)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(what, parseError.errorString() + QStringLiteral(" at offset ")
                                   + QString::number(parseError.offset));
    return document;
}

Result<QJsonObject> parseObject(const QByteArray &body, const QString &what)
{
    Result<QJsonDocument> document = parseDocument(body, what);
    if (!document)
        return document.error();
    if (!document->isObject())
        return malformed(what, QStringLiteral("expected a JSON object"));
    return document->object();
}

// Ray sends Unix milliseconds; null or absent means "not yet".
QDateTime timeFromMilliseconds(const QJsonValue &value)
{
    if (!value.isDouble())
        return {};
    const double milliseconds = value.toDouble();
    if (milliseconds <= 0 || milliseconds > 1e15)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(milliseconds), Qt::UTC);
}

QString stringOrEmpty(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

} // namespace

Result<RayVersion> parseVersion(const QByteArray &body)
{
    Result<QJsonObject> object = parseObject(body, QCoreApplication::translate("RayJobsJson", "version"));
    if (!object)
        return object.error();
    RayVersion version;
    // "version" is the API version as a string ("5"); older heads send a number.
    const QJsonValue apiVersion = object->value(u"version");
    version.apiVersion = apiVersion.isDouble() ? QString::number(apiVersion.toInt()) : stringOrEmpty(apiVersion);
    version.rayVersion = stringOrEmpty(object->value(u"ray_version"));
    version.rayCommit = stringOrEmpty(object->value(u"ray_commit"));
    version.sessionName = stringOrEmpty(object->value(u"session_name"));
    if (version.rayVersion.isEmpty())
        return malformed(QCoreApplication::translate("RayJobsJson", "version"), QStringLiteral("no ray_version"));
    return version;
}

Result<JobDetails> jobDetailsFromObject(const QJsonObject &object)
{
    JobDetails job;
    const QString type = stringOrEmpty(object.value(u"type"));
    job.type = type == u"DRIVER" ? JobDetails::Type::Driver : JobDetails::Type::Submission;
    job.jobId = stringOrEmpty(object.value(u"job_id"));
    job.submissionId = stringOrEmpty(object.value(u"submission_id"));
    const std::optional<JobStatus> status = jobStatusFromWireName(stringOrEmpty(object.value(u"status")));
    if (!status)
        return malformed(QCoreApplication::translate("RayJobsJson", "job"), QStringLiteral("unknown status '%1'").arg(stringOrEmpty(object.value(u"status"))));
    job.status = *status;
    if (job.id().isEmpty())
        return malformed(QCoreApplication::translate("RayJobsJson", "job"), QStringLiteral("a job without submission_id and job_id"));
    job.entrypoint = stringOrEmpty(object.value(u"entrypoint"));
    job.message = stringOrEmpty(object.value(u"message"));
    job.errorType = stringOrEmpty(object.value(u"error_type"));
    job.startTime = timeFromMilliseconds(object.value(u"start_time"));
    job.endTime = timeFromMilliseconds(object.value(u"end_time"));
    const QJsonObject metadata = object.value(u"metadata").toObject();
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        if (it.value().isString())
            job.metadata.insert(it.key(), it.value().toString());
    }
    const QJsonValue exitCode = object.value(u"driver_exit_code");
    if (exitCode.isDouble())
        job.driverExitCode = exitCode.toInt();
    return job;
}

Result<JobDetails> parseJobDetails(const QByteArray &body)
{
    Result<QJsonObject> object = parseObject(body, QCoreApplication::translate("RayJobsJson", "job"));
    if (!object)
        return object.error();
    return jobDetailsFromObject(*object);
}

Result<QList<JobDetails>> parseJobList(const QByteArray &body)
{
    Result<QJsonDocument> document = parseDocument(body, QCoreApplication::translate("RayJobsJson", "job list"));
    if (!document)
        return document.error();
    if (!document->isArray())
        return malformed(QCoreApplication::translate("RayJobsJson", "job list"), QStringLiteral("expected a JSON array (Ray 2.0 or newer)"));
    QList<JobDetails> jobs;
    const QJsonArray array = document->array();
    jobs.reserve(array.size());
    for (const QJsonValue &entry : array) {
        if (!entry.isObject())
            return malformed(QCoreApplication::translate("RayJobsJson", "job list"), QStringLiteral("an entry that is not an object"));
        Result<JobDetails> job = jobDetailsFromObject(entry.toObject());
        if (!job)
            return job.error();
        jobs.append(std::move(job).value());
    }
    return jobs;
}

Result<QString> parseSubmitResponse(const QByteArray &body)
{
    Result<QJsonObject> object = parseObject(body, QCoreApplication::translate("RayJobsJson", "submission"));
    if (!object)
        return object.error();
    // job_id is the deprecated alias of submission_id; prefer the new name.
    QString id = stringOrEmpty(object->value(u"submission_id"));
    if (id.isEmpty())
        id = stringOrEmpty(object->value(u"job_id"));
    if (id.isEmpty())
        return malformed(QCoreApplication::translate("RayJobsJson", "submission"), QStringLiteral("no submission_id"));
    return id;
}

Result<bool> parseStopResponse(const QByteArray &body)
{
    Result<QJsonObject> object = parseObject(body, QCoreApplication::translate("RayJobsJson", "stop"));
    if (!object)
        return object.error();
    const QJsonValue stopped = object->value(u"stopped");
    if (!stopped.isBool())
        return malformed(QCoreApplication::translate("RayJobsJson", "stop"), QStringLiteral("no boolean 'stopped'"));
    return stopped.toBool();
}

Result<bool> parseDeleteResponse(const QByteArray &body)
{
    Result<QJsonObject> object = parseObject(body, QCoreApplication::translate("RayJobsJson", "delete"));
    if (!object)
        return object.error();
    const QJsonValue deleted = object->value(u"deleted");
    if (!deleted.isBool())
        return malformed(QCoreApplication::translate("RayJobsJson", "delete"), QStringLiteral("no boolean 'deleted'"));
    return deleted.toBool();
}

Result<QString> parseLogsResponse(const QByteArray &body)
{
    Result<QJsonObject> object = parseObject(body, QCoreApplication::translate("RayJobsJson", "logs"));
    if (!object)
        return object.error();
    const QJsonValue logs = object->value(u"logs");
    if (!logs.isString())
        return malformed(QCoreApplication::translate("RayJobsJson", "logs"), QStringLiteral("no string 'logs'"));
    return logs.toString();
}

} // namespace RayDeck::RayJobsJson
