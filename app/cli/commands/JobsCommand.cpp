// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobsCommand.h"

#include "CliSession.h"
#include "ray/JobListModel.h"
#include "ray/RayJobsClient.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace RayDeck {

namespace {
QJsonValue millisecondsOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(double(time.toMSecsSinceEpoch())) : QJsonValue();
}
} // namespace

// raydeck-cli jobs NAME [--json]
void JobsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the Ray jobs of a server, newest first."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Server profile"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (stable; see the README)."));
    const QCommandLineOption acceptNew = acceptNewHostKeyOption();
    parser.addOptions({json, acceptNew});
    if (!parseOrFinish(parser, QStringLiteral("jobs"), arguments))
        return;
    if (parser.positionalArguments().size() != 1)
        return finishWithUsageError(QStringLiteral("jobs"), tr("expected exactly one server name"));
    auto *session = new CliSession(this);
    if (Result<void> opened = session->open(parser.positionalArguments().first(), parser.isSet(acceptNew)); !opened)
        return finishWithError(opened.error());
    const bool asJson = parser.isSet(json);
    session->attachToRay([this, asJson](Result<RayJobsClient *> client) {
        if (!client)
            return finishWithError(client.error());
        client.value()->listJobs(this, [this, asJson](Result<QList<JobDetails>> jobs) {
            if (!jobs)
                return finishWithError(jobs.error());
            JobListModel sorted;
            sorted.setJobs(jobs.value());
            if (asJson) {
                QJsonArray array;
                for (const JobDetails &job : sorted.jobs()) {
                    QJsonObject object{
                        {QStringLiteral("submission_id"), job.submissionId.isEmpty() ? QJsonValue() : QJsonValue(job.submissionId)},
                        {QStringLiteral("job_id"), job.jobId.isEmpty() ? QJsonValue() : QJsonValue(job.jobId)},
                        {QStringLiteral("type"), job.type == JobDetails::Type::Driver ? QStringLiteral("DRIVER")
                                                                                       : QStringLiteral("SUBMISSION")},
                        {QStringLiteral("status"), toWireName(job.status)},
                        {QStringLiteral("entrypoint"), job.entrypoint},
                        {QStringLiteral("message"), job.message},
                        {QStringLiteral("start_time"), millisecondsOrNull(job.startTime)},
                        {QStringLiteral("end_time"), millisecondsOrNull(job.endTime)},
                        {QStringLiteral("driver_exit_code"),
                         job.driverExitCode ? QJsonValue(*job.driverExitCode) : QJsonValue()},
                    };
                    array.append(object);
                }
                out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
                return finishLater(Success);
            }
            if (sorted.jobs().isEmpty()) {
                out() << tr("No jobs.") << Qt::endl;
                return finishLater(Success);
            }
            out() << QStringLiteral("%1  %2  %3  %4").arg(tr("SUBMISSION ID").leftJustified(32), tr("STATUS").leftJustified(9),
                                                          tr("DURATION").leftJustified(8), tr("ENTRYPOINT"))
                  << Qt::endl;
            for (int row = 0; row < sorted.rowCount(); ++row) {
                const auto cell = [&](int column) { return sorted.data(sorted.index(row, column), Qt::DisplayRole).toString(); };
                out() << QStringLiteral("%1  %2  %3  %4")
                             .arg(cell(JobListModel::IdColumn).leftJustified(32),
                                  toWireName(sorted.jobs()[row].status).leftJustified(9),
                                  cell(JobListModel::DurationColumn).leftJustified(8), cell(JobListModel::EntrypointColumn))
                      << Qt::endl;
            }
            finishLater(Success);
        });
    });
}

} // namespace RayDeck
