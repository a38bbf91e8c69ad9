// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hydra/HydraOverride.h"
#include "profiles/ServerProfile.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace RayDeck {

/**
 * Everything that makes one training launch: verl's main_ppo with these Hydra
 * overrides, submitted to the Ray head of one profile as a Ray job. A plain
 * value; JobSubmissionBuilder turns it into the entrypoint, the REST body and
 * the equivalent `ray job submit` line, JobLaunchValidator checks it first.
 *
 * Secret environment variables carry only their name here (isSecret, empty
 * value); their values are read from the keychain at send time.
 */
struct JobLaunch
{
    QString profileId;          ///< whose Ray head, and whose keychain entries for secret variables
    QString presetId;           ///< the preset or template it started from; may be empty
    QList<HydraOverride> overrides;
    QString submissionId;       ///< empty: JobSubmissionBuilder::withDefaults() fills "<experiment>-<yyyyMMdd-HHmmss>"
    QString workingDirectory;   ///< absolute path in the container, e.g. /workspace/verl; empty: none
    QList<JobEnvironmentVariable> environment;
    std::optional<double> entrypointNumCpus;
    std::optional<double> entrypointNumGpus;
    QMap<QString, QString> metadata; ///< extra job metadata; "app" and "preset" are set by the builder

    friend bool operator==(const JobLaunch &, const JobLaunch &) = default;
};

} // namespace RayDeck

Q_DECLARE_METATYPE(RayDeck::JobLaunch)
