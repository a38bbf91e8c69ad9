// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerlConfigCheck.h"

#include "JobSubmissionBuilder.h"
#include "remote/CommandRunner.h"
#include "remote/DockerCommandBuilder.h"

namespace RayDeck {

namespace {

// Composing verl's config imports torch and friends on a real server: give it time.
constexpr int checkTimeoutMs = 180000;

QStringList cfgJobCommand(const QStringList &overrides)
{
    QStringList argv = JobSubmissionBuilder::trainerCommand();
    argv << QStringLiteral("--cfg") << QStringLiteral("job") << overrides;
    return argv;
}

// The command did not get as far as Hydra: no container, no verl, SSH trouble.
std::optional<Error> notRunError(const CommandOutcome &outcome)
{
    if (outcome.failure)
        return *outcome.failure;
    const QString errorText = outcome.standardErrorText();
    if (errorText.contains(u"No module named 'verl"))
        return Error(Error::Code::NotFound,
                     VerlConfigCheck::tr("verl is not installed in the container: python3 cannot find "
                                         "verl.trainer.main_ppo. Use a verl image or install verl there."),
                     errorText.trimmed());
    // docker exec's own failures: 125 (docker), 126 (cannot run), 127 (not found), or the daemon's refusal.
    if ((outcome.exitStatus >= 125 && outcome.exitStatus <= 127) || errorText.startsWith(u"Error response from daemon"))
        return Error(Error::Code::RemoteCommandFailed,
                     VerlConfigCheck::tr("Could not run python3 in the container. Is the container running?"),
                     errorText.trimmed());
    return std::nullopt;
}

} // namespace

Result<QStringList> VerlConfigCheck::validateCommand(const DockerSettings &docker, const JobLaunch &launch)
{
    Result<QStringList> overrides = JobSubmissionBuilder::overrideArguments(launch);
    if (!overrides)
        return overrides.error();
    return DockerCommandBuilder(docker).exec(cfgJobCommand(overrides.value()));
}

QStringList VerlConfigCheck::readConfigCommand(const DockerSettings &docker)
{
    return DockerCommandBuilder(docker).exec(cfgJobCommand({}));
}

QString VerlConfigCheck::hydraMessageFrom(const QByteArray &standardError)
{
    QStringList lines = QString::fromUtf8(standardError).split(u'\n');
    lines.removeIf([](const QString &line) { return line.startsWith(u"Set the environment variable HYDRA_FULL_ERROR"); });
    return lines.join(u'\n').trimmed();
}

void VerlConfigCheck::validate(CommandRunner *runner, const DockerSettings &docker, const JobLaunch &launch,
                               QObject *context, std::function<void(Result<VerlValidation>)> done)
{
    Result<QStringList> argv = validateCommand(docker, launch);
    if (!argv) {
        done(argv.error());
        return;
    }
    CommandRunOptions options;
    options.timeoutMs = checkTimeoutMs;
    runner->runCommand(argv.value(), options, context, [done = std::move(done)](CommandOutcome outcome) {
        if (std::optional<Error> error = notRunError(outcome)) {
            done(*error);
            return;
        }
        VerlValidation validation;
        validation.accepted = outcome.exitStatus == 0;
        if (validation.accepted)
            validation.composedConfig = outcome.standardOutput;
        else
            validation.hydraMessage = hydraMessageFrom(outcome.standardError);
        done(validation);
    });
}

void VerlConfigCheck::readSchema(CommandRunner *runner, const DockerSettings &docker, const ConfigSchema &hints,
                                 QObject *context, std::function<void(Result<ConfigSchema>)> done)
{
    CommandRunOptions options;
    options.timeoutMs = checkTimeoutMs;
    runner->runCommand(readConfigCommand(docker), options, context,
                       [done = std::move(done), hints](CommandOutcome outcome) {
                           if (std::optional<Error> error = notRunError(outcome)) {
                               done(*error);
                               return;
                           }
                           if (outcome.exitStatus != 0) {
                               done(Error(Error::Code::RemoteCommandFailed,
                                          tr("verl could not print its config on the server."),
                                          hydraMessageFrom(outcome.standardError)));
                               return;
                           }
                           done(ConfigSchema::fromCfgJobYaml(outcome.standardOutput, hints));
                       });
}

} // namespace RayDeck
