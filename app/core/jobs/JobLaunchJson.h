// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobLaunch.h"

#include <QJsonObject>

#include <optional>

namespace RayDeck {

/**
 * A JobLaunch as JSON, for the files that keep launches (history, templates):
 * overrides as Hydra text, exactly as they are passed; job options; environment
 * variables with secret ones by name only, never a value, whatever the struct
 * carries. The profile id and submission id are not written (the files keep
 * those themselves).
 */
class JobLaunchJson
{
public:
    /// Adds the launch's fields to @p object.
    static void write(const JobLaunch &launch, QJsonObject &object);
    /// The launch in @p object; nullopt when an override does not parse.
    static std::optional<JobLaunch> read(const QJsonObject &object, const QString &profileId);
};

} // namespace RayDeck
