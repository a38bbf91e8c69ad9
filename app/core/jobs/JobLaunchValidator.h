// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobLaunch.h"
#include "hydra/ConfigSchema.h"
#include "hydra/ValidationIssue.h"

#include <QCoreApplication>
#include <QList>

namespace RayDeck {

/**
 * The checks before a launch: the overrides against the config schema
 * (unknown keys with suggestions, types, mandatory keys; see
 * ConfigSchema::checkOverrides), the job options (submission id, working
 * directory, variable names, CPUs/GPUs), and a warning when trainer.logger
 * includes wandb but no WANDB_API_KEY is configured. Errors block the launch;
 * warnings are shown. Pure, any thread.
 */
class JobLaunchValidator
{
    Q_DECLARE_TR_FUNCTIONS(RayDeck::JobLaunchValidator)

public:
    static QList<ValidationIssue> validate(const JobLaunch &launch, const ConfigSchema &schema = ConfigSchema::bundled());

    /// True when @p id is an acceptable submission id (letters, digits, `._-`, at most 128, not starting with `-` or `.`).
    static bool isValidSubmissionId(const QString &id);
    /// True when @p name is a POSIX environment variable name.
    static bool isValidEnvironmentName(const QString &name);
};

} // namespace RayDeck
