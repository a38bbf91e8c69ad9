// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/ServerProfile.h"
#include "secrets/SecretChangeSet.h"

#include <QHash>
#include <QList>

namespace RayDeck {

/**
 * Which keychain entries belong to a profile, and what has to happen to them
 * when the profile is deleted, duplicated or edited, so that no entry is left
 * behind that nothing refers to. Entries are keyed by profile id, so a rename
 * alone moves nothing; renamed or dropped variables, a switch away from
 * password authentication, "Ask every time" and a removed dashboard token do.
 * Pure functions; SecretChangeRunner carries the result out.
 */
class ProfileSecrets
{
public:
    /// Every entry the profile could own, whether or not it is in use.
    static QList<SecretRef> possibleRefs(const ServerProfile &profile);
    /// The entries the profile's settings call for (a stored password, secret variables, ...).
    static QList<SecretRef> usedRefs(const ServerProfile &profile);

    static SecretChangeSet forRemoval(const ServerProfile &profile);
    /// Copies the entries @p source uses to @p copy (its own id), where @p copy uses them too.
    static SecretChangeSet forDuplicate(const ServerProfile &source, const ServerProfile &copy);
    /**
     * After @p before was edited into @p after (same id): stores @p writes,
     * moves the values of secret variables renamed per @p renamedVariables
     * (old name -> new name) unless a new value was entered, and deletes
     * entries @p after no longer uses. Refs in @p writes with an empty
     * profileId get @p after's id.
     */
    static SecretChangeSet forEdit(const ServerProfile &before, const ServerProfile &after,
                                   const QHash<QString, QString> &renamedVariables,
                                   QList<SecretChangeSet::Write> writes);
};

} // namespace RayDeck
