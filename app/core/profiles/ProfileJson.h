// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/ServerProfile.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace RayDeck {

/// What ProfileJson::decode() made of a profiles file.
struct ProfileFileContents
{
    enum class Status {
        Ok,           ///< current or older schema, every entry readable
        Corrupt,      ///< not JSON or not a profiles document: nothing usable
        NewerVersion, ///< written by a newer RayDeck; profiles holds what this version could read
    };

    Status status = Status::Ok;
    int schemaVersion = 0;          ///< as found in the file; 0 when it had none
    QList<ServerProfile> profiles;  ///< the entries that could be read
    QStringList problems;           ///< one line per unreadable entry or parse error, for the user
    bool needsMigration() const;    ///< older schema than ProfileJson::currentSchemaVersion
};

/**
 * The on-disk form of server profiles: a JSON document
 * `{"schemaVersion": N, "profiles": [ {...}, ... ]}`. Secrets are never part of
 * it; only their existence (secretPolicy, hasDashboardToken, "secret": true).
 *
 * Reading is strict per entry: an entry with a field of the wrong type or out
 * of range is skipped and reported, the others are still read, so a single
 * hand-edit mistake does not lose every profile. The same object layout is
 * the `--json` output of `raydeck-cli profiles`.
 *
 * Schema history:
 *  - 0: documents without "schemaVersion" (hand-written files, or a bare array
 *       of profile objects); read as version 1.
 *  - 1: the current layout.
 *
 * Pure functions, usable from any thread.
 */
class ProfileJson
{
    Q_DECLARE_TR_FUNCTIONS(ProfileJson)

public:
    static constexpr int currentSchemaVersion = 1;

    static QJsonObject toJson(const ServerProfile &profile);
    /// One profile; the error names the field that is wrong.
    static Result<ServerProfile> fromJson(const QJsonObject &object);

    /// The whole file, indented, with the current schema version.
    static QByteArray encode(const QList<ServerProfile> &profiles);
    static ProfileFileContents decode(const QByteArray &data);

    static QString authMethodName(AuthMethod method);
    static std::optional<AuthMethod> authMethodFromName(const QString &name);
    static QString secretPolicyName(SecretPolicy policy);
    static std::optional<SecretPolicy> secretPolicyFromName(const QString &name);
};

} // namespace RayDeck
