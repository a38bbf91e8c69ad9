// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/ClusterProfile.h"
#include "profiles/ServerProfile.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace RayDeck {

/**
 * The rules a cluster must follow before it is saved or connected. Each
 * failure is an InvalidInput/NotFound Error whose message names the field and
 * says what to change.
 *
 * Pure functions, usable from any thread.
 */
class ClusterValidator
{
    Q_DECLARE_TR_FUNCTIONS(ClusterValidator)

public:
    /// Rules that need no server profiles: a clean name, a head, at least one worker, no worker listed
    /// twice or also as the head, a GCS port from 1 to 65535, an empty or well-formed head address.
    [[nodiscard]] static Result<void> checkStructure(const ClusterProfile &cluster);
    /// Every server the cluster names exists in @p profiles (exact name, or the only case-insensitive match).
    [[nodiscard]] static Result<void> checkProfiles(const ClusterProfile &cluster, const QList<ServerProfile> &profiles);
    /// Both of the above.
    [[nodiscard]] static Result<void> check(const ClusterProfile &cluster, const QList<ServerProfile> &profiles);

    /// The profile called @p name in @p profiles, by the same rule as ProfileStore::profileNamed().
    static std::optional<ServerProfile> findProfile(const QList<ServerProfile> &profiles, const QString &name);
};

} // namespace RayDeck
