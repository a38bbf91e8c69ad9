// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobLaunch.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace RayDeck {

/// One launch as the history keeps it: exactly what was submitted, minus secret values.
struct JobHistoryEntry
{
    QString submissionId;
    QDateTime launchedAt; ///< UTC
    JobLaunch launch;     ///< secret variables carry their name only

    friend bool operator==(const JobHistoryEntry &, const JobHistoryEntry &) = default;
};

} // namespace RayDeck

Q_DECLARE_METATYPE(RayDeck::JobHistoryEntry)
