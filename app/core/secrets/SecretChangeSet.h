// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"
#include "util/SecureBytes.h"

#include <QList>

namespace RayDeck {

/// Keychain work that follows a profile change; run it with SecretChangeRunner.
struct SecretChangeSet
{
    struct Write
    {
        SecretRef ref;
        SecureBytes value; ///< wiped when the change set goes away
    };
    struct Transfer
    {
        SecretRef from;
        SecretRef to;
    };

    QList<Transfer> moves;      ///< read from, write to, delete from (a renamed variable)
    QList<Transfer> copies;     ///< read from, write to (a duplicated profile)
    QList<SecretRef> deletions; ///< entries nothing refers to any more
    QList<Write> writes;        ///< values the user just entered

    bool isEmpty() const { return moves.isEmpty() && copies.isEmpty() && deletions.isEmpty() && writes.isEmpty(); }
};

} // namespace RayDeck
