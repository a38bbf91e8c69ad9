// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClusterValidator.h"

#include "cluster/AddressScope.h"

namespace RayDeck {

using namespace Qt::StringLiterals;

namespace {

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

Result<void> ClusterValidator::checkStructure(const ClusterProfile &cluster)
{
    if (cluster.name.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, tr("A cluster needs a name."));
    if (cluster.name != cluster.name.trimmed() || hasControlCharacters(cluster.name))
        return Error(Error::Code::InvalidInput,
                     tr("The cluster name \"%1\" has leading or trailing spaces or control characters; remove them.")
                         .arg(cluster.name.trimmed()));
    if (cluster.headProfile.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput,
                     tr("The cluster \"%1\" needs a head: the server profile that runs the Ray head.").arg(cluster.name));
    if (cluster.workerProfiles.isEmpty())
        return Error(Error::Code::InvalidInput,
                     tr("The cluster \"%1\" needs at least one worker server; with the head alone, connect to that "
                        "server directly.")
                         .arg(cluster.name));
    for (qsizetype i = 0; i < cluster.workerProfiles.size(); ++i) {
        const QString &worker = cluster.workerProfiles.at(i);
        if (worker.trimmed().isEmpty())
            return Error(Error::Code::InvalidInput, tr("Worker %1 of the cluster \"%2\" has no server name.")
                                                        .arg(i + 1)
                                                        .arg(cluster.name));
        if (worker.compare(cluster.headProfile, Qt::CaseInsensitive) == 0)
            return Error(Error::Code::InvalidInput,
                         tr("\"%1\" is the head of the cluster \"%2\" and cannot also be one of its workers; the head "
                            "node runs Ray tasks already.")
                             .arg(worker, cluster.name));
        for (qsizetype j = 0; j < i; ++j) {
            if (cluster.workerProfiles.at(j).compare(worker, Qt::CaseInsensitive) == 0)
                return Error(Error::Code::InvalidInput,
                             tr("The worker \"%1\" is listed twice in the cluster \"%2\"; list each server once.")
                                 .arg(worker, cluster.name));
        }
    }
    if (cluster.gcsPort == 0)
        return Error(Error::Code::InvalidInput,
                     tr("The GCS port of the cluster \"%1\" must be from 1 to 65535 (Ray's default is %2).")
                         .arg(cluster.name)
                         .arg(ClusterProfile::defaultGcsPort));
    if (!cluster.headAddress.isEmpty() && !AddressScope::isAcceptableHeadAddress(cluster.headAddress))
        return Error(Error::Code::InvalidInput,
                     tr("The head address \"%1\" of the cluster \"%2\" is not an IP address or host name. Give the "
                        "address the workers reach the head on, such as 10.0.0.5, or leave it empty to have it "
                        "suggested.")
                         .arg(cluster.headAddress, cluster.name));
    return {};
}

std::optional<ServerProfile> ClusterValidator::findProfile(const QList<ServerProfile> &profiles, const QString &name)
{
    for (const ServerProfile &profile : profiles) {
        if (profile.name == name)
            return profile;
    }
    for (const ServerProfile &profile : profiles) {
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

Result<void> ClusterValidator::checkProfiles(const ClusterProfile &cluster, const QList<ServerProfile> &profiles)
{
    QStringList unknown;
    for (const QString &name : cluster.allProfiles()) {
        if (!findProfile(profiles, name))
            unknown << u'"' + name + u'"';
    }
    if (!unknown.isEmpty())
        return Error(Error::Code::NotFound,
                     tr("The cluster \"%1\" names server profiles that do not exist: %2. Add them first (raydeck-cli "
                        "profiles add) or fix the cluster.")
                         .arg(cluster.name, unknown.join(u", "_s)));
    return {};
}

Result<void> ClusterValidator::check(const ClusterProfile &cluster, const QList<ServerProfile> &profiles)
{
    if (Result<void> structure = checkStructure(cluster); !structure)
        return structure;
    return checkProfiles(cluster, profiles);
}

} // namespace RayDeck
