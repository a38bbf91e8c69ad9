// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubmitCommand.h"

#include "CliSession.h"
#include "hydra/HydraOverrideParser.h"
#include "hydra/LaunchPresets.h"
#include "jobs/JobHistoryStore.h"
#include "jobs/JobLaunchValidator.h"
#include "jobs/JobSubmissionBuilder.h"
#include "ray/JobLogFollower.h"
#include "ray/RayJobsClient.h"
#include "session/ServerSession.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonDocument>

namespace RayDeck {

void SubmitCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Submit verl's PPO trainer as a Ray job with Hydra overrides; prints the submission id."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Server profile"));
    parser.addPositionalArgument(QStringLiteral("OVERRIDE"), tr("Hydra overrides, after --"), QStringLiteral("-- [OVERRIDE...]"));
    const QCommandLineOption preset(QStringLiteral("preset"), tr("Start from a preset: ppo-gsm8k or grpo-gsm8k."),
                                    QStringLiteral("ID"));
    const QCommandLineOption env(QStringLiteral("env"), tr("Environment variable for the job."), QStringLiteral("VAR=VALUE"));
    const QCommandLineOption secretEnv(QStringLiteral("secret-env"),
                                       tr("Environment variable whose value is in the keychain (raydeck-cli secret set NAME env:VAR)."),
                                       QStringLiteral("VAR"));
    const QCommandLineOption submissionId(QStringLiteral("submission-id"), tr("Submission id (default <experiment>-<time>)."),
                                          QStringLiteral("ID"));
    const QCommandLineOption workingDir(QStringLiteral("working-dir"), tr("Working directory in the container."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Print the equivalent ray job submit command and JSON body (secrets masked); submit nothing."));
    const QCommandLineOption wait(QStringLiteral("wait"), tr("Follow the logs; exit non-zero unless the job succeeds."));
    const QCommandLineOption acceptNew = acceptNewHostKeyOption();
    parser.addOptions({preset, env, secretEnv, submissionId, workingDir, dryRun, wait, acceptNew});
    if (!parseOrFinish(parser, QStringLiteral("submit"), arguments))
        return;
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return finishWithUsageError(QStringLiteral("submit"), tr("expected a server name"));
    const QString name = positional.takeFirst();

    auto *session = new CliSession(this);
    if (Result<void> opened = session->open(name, parser.isSet(acceptNew)); !opened)
        return finishWithError(opened.error());

    JobLaunch launch;
    launch.profileId = session->profile().id;
    if (parser.isSet(preset)) {
        const std::optional<LaunchPreset> found = LaunchPresets::find(parser.value(preset));
        if (!found)
            return finishWithUsageError(QStringLiteral("submit"),
                                        tr("unknown preset '%1' (ppo-gsm8k, grpo-gsm8k)").arg(parser.value(preset)));
        launch.presetId = found->id;
        launch.overrides = found->overrides();
    }
    for (const QString &text : std::as_const(positional)) {
        const HydraParseResult<HydraOverride> parsed = HydraOverrideParser::parse(text);
        if (!parsed)
            return finishWithUsageError(QStringLiteral("submit"),
                                        tr("override '%1', column %2: %3")
                                            .arg(text)
                                            .arg(parsed.error().column() + 1)
                                            .arg(parsed.error().message()));
        // A given override replaces the preset's value for the same key.
        const HydraOverride &override = parsed.value();
        launch.overrides.erase(std::remove_if(launch.overrides.begin(), launch.overrides.end(),
                                              [&](const HydraOverride &existing) {
                                                  return existing.fullKey() == override.fullKey();
                                              }),
                               launch.overrides.end());
        launch.overrides << override;
    }
    launch.environment = session->profile().jobEnvironment;
    for (const QString &assignment : parser.values(env)) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0)
            return finishWithUsageError(QStringLiteral("submit"), tr("--env wants VAR=VALUE, got '%1'").arg(assignment));
        launch.environment << JobEnvironmentVariable{assignment.left(equals), assignment.mid(equals + 1), false};
    }
    for (const QString &variable : parser.values(secretEnv))
        launch.environment << JobEnvironmentVariable{variable, QString(), true};
    launch.submissionId = parser.value(submissionId);
    launch.workingDirectory = parser.value(workingDir);
    launch = JobSubmissionBuilder::withDefaults(launch, QDateTime::currentDateTime());

    bool hasErrors = false;
    for (const ValidationIssue &issue : JobLaunchValidator::validate(launch)) {
        err() << (issue.isError() ? "error: " : "warning: ") << (issue.key.isEmpty() ? QString() : issue.key + QStringLiteral(": "))
              << issue.message;
        if (!issue.suggestions.isEmpty())
            err() << " " << tr("(did you mean %1? To add a new key use +key=value)").arg(issue.suggestions.join(QStringLiteral(", ")));
        err() << Qt::endl;
        hasErrors = hasErrors || issue.isError();
    }
    if (hasErrors)
        return finishLater(Failure);

    if (parser.isSet(dryRun)) {
        const Result<QString> command = JobSubmissionBuilder::commandLinePreview(launch, session->profile().ray.localPort);
        const Result<QJsonObject> body = JobSubmissionBuilder::previewBody(launch);
        if (!command)
            return finishWithError(command.error());
        if (!body)
            return finishWithError(body.error());
        out() << command.value() << Qt::endl << Qt::endl << QJsonDocument(body.value()).toJson(QJsonDocument::Indented);
        return finishLater(Success);
    }

    const bool waitForEnd = parser.isSet(wait);
    session->attachToRay([this, session, launch, waitForEnd](Result<RayJobsClient *> client) {
        if (!client)
            return finishWithError(client.error());
        session->session()->submitJob(launch, this, [this, launch, client, waitForEnd, session](Result<QString> submitted) {
            if (!submitted)
                return finishWithError(submitted.error());
            out() << submitted.value() << Qt::endl;
            JobHistoryStore history(JobHistoryStore::defaultFilePath());
            if (Result<void> saved = history.append(session->profile().id,
                                                     JobHistoryEntry{submitted.value(), QDateTime::currentDateTimeUtc(), launch});
                !saved)
                err() << saved.error().message() << Qt::endl;
            if (!waitForEnd)
                return finishLater(Success);
            auto *follower = new JobLogFollower(client.value(), submitted.value(), this);
            connect(follower, &JobLogFollower::logReceived, this, [](const QString &text) { out() << text << Qt::flush; });
            connect(follower, &JobLogFollower::failed, this, [this](const Error &error) { finishWithError(error); });
            connect(follower, &JobLogFollower::finished, this, [this, id = submitted.value()](JobStatus status) {
                if (status == JobStatus::Succeeded)
                    return finishLater(Success);
                err() << endedText(id, status) << Qt::endl;
                finishLater(Failure);
            });
            follower->start();
        });
    });
}

QString SubmitCommand::endedText(const QString &jobId, JobStatus status)
{
    // Whole sentences, so each language can word every outcome naturally.
    switch (status) {
    case JobStatus::Succeeded:
        return tr("Job %1 succeeded.").arg(jobId);
    case JobStatus::Failed:
        return tr("Job %1 failed.").arg(jobId);
    case JobStatus::Stopped:
        return tr("Job %1 was stopped.").arg(jobId);
    case JobStatus::Pending:
    case JobStatus::Running:
        break;
    }
    return tr("Job %1 ended with status %2.").arg(jobId, toWireName(status));
}

} // namespace RayDeck
