// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobLaunch.h"
#include "LaunchDiffEntry.h"

#include <QCoreApplication>
#include <QList>

namespace RayDeck {

/**
 * What changed between two launches. Overrides are matched by key (with
 * '@package'); when a launch sets a key twice, its last setting counts, as in
 * Hydra. Values are compared by meaning, so `lr=1e-5` and `lr=0.00001` are the
 * same. Secret variables show as masked, never by value. The submission id is
 * ignored (it differs every time).
 */
class JobLaunchDiff
{
    Q_DECLARE_TR_FUNCTIONS(RayDeck::JobLaunchDiff)

public:
    /// Overrides first (changed and added in @p after's order, then removed), then options.
    static QList<LaunchDiffEntry> compare(const JobLaunch &before, const JobLaunch &after);
};

} // namespace RayDeck
