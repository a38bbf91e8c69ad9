// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileSecrets.h"

namespace RayDeck {

namespace {

SecretRef refFor(const ServerProfile &profile, SecretKind kind, const QString &variable = {})
{
    return SecretRef{profile.id, kind, variable};
}

bool hasSecretVariable(const ServerProfile &profile, const QString &name)
{
    return std::any_of(profile.jobEnvironment.cbegin(), profile.jobEnvironment.cend(),
                       [&name](const JobEnvironmentVariable &v) { return v.isSecret && v.name == name; });
}

} // namespace

QList<SecretRef> ProfileSecrets::possibleRefs(const ServerProfile &profile)
{
    QList<SecretRef> refs{refFor(profile, SecretKind::Password), refFor(profile, SecretKind::KeyPassphrase),
                          refFor(profile, SecretKind::RayToken)};
    for (const JobEnvironmentVariable &variable : profile.jobEnvironment) {
        const SecretRef ref = refFor(profile, SecretKind::EnvironmentVariable, variable.name);
        if (!refs.contains(ref))
            refs << ref;
    }
    return refs;
}

QList<SecretRef> ProfileSecrets::usedRefs(const ServerProfile &profile)
{
    QList<SecretRef> refs;
    const bool stored = profile.secretPolicy == SecretPolicy::Keychain;
    if (stored && profile.authMethod == AuthMethod::Password)
        refs << refFor(profile, SecretKind::Password);
    if (stored && profile.authMethod == AuthMethod::KeyFile)
        refs << refFor(profile, SecretKind::KeyPassphrase);
    if (profile.ray.hasDashboardToken)
        refs << refFor(profile, SecretKind::RayToken);
    for (const JobEnvironmentVariable &variable : profile.jobEnvironment) {
        if (variable.isSecret)
            refs << refFor(profile, SecretKind::EnvironmentVariable, variable.name);
    }
    return refs;
}

SecretChangeSet ProfileSecrets::forRemoval(const ServerProfile &profile)
{
    SecretChangeSet changes;
    changes.deletions = possibleRefs(profile);
    return changes;
}

SecretChangeSet ProfileSecrets::forDuplicate(const ServerProfile &source, const ServerProfile &copy)
{
    SecretChangeSet changes;
    const QList<SecretRef> wanted = usedRefs(copy);
    for (const SecretRef &ref : usedRefs(source)) {
        SecretRef target = ref;
        target.profileId = copy.id;
        // The copy may have been edited before saving: carry over only what it still uses.
        if (wanted.contains(target))
            changes.copies << SecretChangeSet::Transfer{ref, target};
    }
    return changes;
}

SecretChangeSet ProfileSecrets::forEdit(const ServerProfile &before, const ServerProfile &after,
                                        const QHash<QString, QString> &renamedVariables,
                                        QList<SecretChangeSet::Write> writes)
{
    SecretChangeSet changes;
    for (SecretChangeSet::Write &write : writes) {
        if (write.ref.profileId.isEmpty())
            write.ref.profileId = after.id;
    }
    const auto isWritten = [&writes](const SecretRef &ref) {
        return std::any_of(writes.cbegin(), writes.cend(), [&ref](const SecretChangeSet::Write &w) { return w.ref == ref; });
    };
    const QList<SecretRef> used = usedRefs(after);

    QList<SecretRef> moved;
    for (auto it = renamedVariables.cbegin(); it != renamedVariables.cend(); ++it) {
        if (it.key() == it.value() || !hasSecretVariable(before, it.key()) || !hasSecretVariable(after, it.value()))
            continue;
        const SecretRef from = refFor(before, SecretKind::EnvironmentVariable, it.key());
        SecretRef to = from;
        to.profileId = after.id;
        to.variable = it.value();
        if (isWritten(to))
            continue;
        // If the old name is still in use (two variables swapped names), copy rather than move.
        if (used.contains(from)) {
            changes.copies << SecretChangeSet::Transfer{from, to};
        } else {
            changes.moves << SecretChangeSet::Transfer{from, to};
            moved << from;
        }
    }

    QList<SecretRef> stale = possibleRefs(before);
    for (const SecretRef &ref : possibleRefs(after)) {
        if (!stale.contains(ref))
            stale << ref;
    }
    for (const SecretRef &ref : std::as_const(stale)) {
        if (!used.contains(ref) && !moved.contains(ref) && !isWritten(ref))
            changes.deletions << ref;
    }
    changes.writes = std::move(writes);
    return changes;
}

} // namespace RayDeck
