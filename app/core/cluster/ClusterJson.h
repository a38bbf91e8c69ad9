// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/ClusterProfile.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace RayDeck {

/// What ClusterJson::decode() made of a clusters file.
struct ClusterFileContents
{
    enum class Status {
        Ok,           ///< every entry readable
        Corrupt,      ///< not JSON or not a clusters document: nothing usable
        NewerVersion, ///< written by a newer RayDeck; clusters holds what this version could read
    };

    Status status = Status::Ok;
    int schemaVersion = 0;
    QList<ClusterProfile> clusters; ///< the entries that could be read
    QStringList problems;           ///< one line per unreadable entry or parse error
};

/**
 * The on-disk form of clusters, next to the server profiles:
 * `{"schemaVersion": 1, "clusters": [{"name", "head", "workers": [...],
 * "headAddress", "gcsPort"}, ...]}`. Entries refer to server profiles by name.
 * Reading is strict per entry (a wrong type or range skips that entry and is
 * reported); the others are still read.
 *
 * Pure functions, usable from any thread.
 */
class ClusterJson
{
    Q_DECLARE_TR_FUNCTIONS(ClusterJson)

public:
    static constexpr int currentSchemaVersion = 1;

    static QJsonObject toJson(const ClusterProfile &cluster);
    /// One cluster; the error's detail names the field that is wrong.
    static Result<ClusterProfile> fromJson(const QJsonObject &object);

    static QByteArray encode(const QList<ClusterProfile> &clusters);
    static ClusterFileContents decode(const QByteArray &data);
};

} // namespace RayDeck
