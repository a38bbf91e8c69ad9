// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace RayDeck {

/**
 * A Ray cluster as RayDeck keeps it: one server profile runs the head, the
 * others join it as workers with `ray start --address=<headAddress>:<gcsPort>`.
 * The servers keep their own SSH, Docker and jump-host settings in their
 * ServerProfile; the cluster only names them.
 *
 * A plain value; the on-disk form is ClusterJson, checks are ClusterValidator.
 */
struct ClusterProfile
{
    static constexpr quint16 defaultGcsPort = 6379;

    QString name;                 ///< unique among clusters, what the user and the CLI call it
    QString headProfile;          ///< name of the ServerProfile that runs the Ray head
    QStringList workerProfiles;   ///< names of the ServerProfiles that join as workers
    /// The address workers reach the head's GCS on. Empty: suggested from the head's
    /// interfaces and routes when the cluster connects (HeadAddressSuggester).
    QString headAddress;
    quint16 gcsPort = defaultGcsPort;

    /// Every server of the cluster, head first.
    QStringList allProfiles() const { return QStringList{headProfile} + workerProfiles; }

    friend bool operator==(const ClusterProfile &, const ClusterProfile &) = default;
};

} // namespace RayDeck

Q_DECLARE_METATYPE(RayDeck::ClusterProfile)
