// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobLaunch.h"
#include "hydra/ConfigSchema.h"
#include "profiles/ServerProfile.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <functional>

namespace RayDeck {

class CommandRunner;

/// What verl's Hydra said about a launch's overrides.
struct VerlValidation
{
    bool accepted = false;
    /// When refused: Hydra's own message (e.g. "Could not override 'trainer.foo'. ..."), without the
    /// HYDRA_FULL_ERROR hint. Empty when accepted.
    QString hydraMessage;
    /// When accepted: the composed config as Hydra printed it (YAML).
    QByteArray composedConfig;
};

/**
 * Asks the verl installed in a profile's container about its config, by running
 * `python3 -m verl.trainer.main_ppo --cfg job [OVERRIDE...]` there (through
 * `docker exec`, see DockerCommandBuilder). Hydra composes the config and
 * prints it instead of training, so this is both "Validate on server" (with the
 * launch's overrides; Hydra itself accepts or refuses them) and "Refresh from
 * server" (without overrides; the printed YAML becomes the form's schema).
 *
 * Each call runs one remote command through @p runner; @p done is called once on
 * @p context's thread (not at all when @p context is destroyed first). An Error
 * means the check could not run (SSH down, no container, verl not installed);
 * refused overrides are a successful VerlValidation with accepted == false.
 */
class VerlConfigCheck
{
    Q_DECLARE_TR_FUNCTIONS(RayDeck::VerlConfigCheck)

public:
    /// The remote argv of a validation: the launch's overrides, each one argument.
    [[nodiscard]] static Result<QStringList> validateCommand(const DockerSettings &docker, const JobLaunch &launch);
    /// The remote argv that prints the installed verl's config.
    static QStringList readConfigCommand(const DockerSettings &docker);

    static void validate(CommandRunner *runner, const DockerSettings &docker, const JobLaunch &launch,
                         QObject *context, std::function<void(Result<VerlValidation>)> done);
    /// The schema of the installed verl; @p hints (usually ConfigSchema::bundled()) supplies types and notes.
    static void readSchema(CommandRunner *runner, const DockerSettings &docker, const ConfigSchema &hints,
                           QObject *context, std::function<void(Result<ConfigSchema>)> done);

    /// Hydra's message from its stderr: the text without the HYDRA_FULL_ERROR hint, trimmed.
    static QString hydraMessageFrom(const QByteArray &standardError);
};

} // namespace RayDeck
