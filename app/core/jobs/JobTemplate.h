// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobLaunch.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace RayDeck {

/// A launch the user saved under a name, to start from again (per profile).
struct JobTemplate
{
    QString name;       ///< unique per profile, as the user typed it (trimmed)
    QDateTime savedAt;  ///< UTC
    JobLaunch launch;   ///< no submission id; secret variables carry their name only

    friend bool operator==(const JobTemplate &, const JobTemplate &) = default;
};

} // namespace RayDeck

Q_DECLARE_METATYPE(RayDeck::JobTemplate)
