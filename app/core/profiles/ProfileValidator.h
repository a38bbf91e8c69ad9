// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/ServerProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace RayDeck {

/// The fields of a ServerProfile that ProfileValidator reports on.
enum class ProfileField {
    Name,
    Host,
    Port,
    User,
    IdentityFile,
    JumpHosts,
    ContainerName,
    Image,
    Gpus,
    Network,
    Ulimits,
    ShmSize,
    Mounts,
    DashboardPort,
    DashboardHost,
    LocalPort,
    ExtraForwards,
    JobEnvironment,
};

/// One problem with one field, phrased for the user (says what to do).
struct FieldError
{
    enum class Severity {
        Error,   ///< the profile cannot be saved like this
        Warning, ///< allowed, but the user should know (e.g. a dashboard open to the network)
    };

    ProfileField field = ProfileField::Name;
    QString message;
    int index = -1; ///< entry of a list field (jump host, mount, forward, variable); -1: the field as a whole
    Severity severity = Severity::Error;

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

/**
 * Checks a ServerProfile field by field, for inline validation in the editor
 * and for `raydeck-cli profiles add`. The static check functions return an
 * empty string when the value is fine, otherwise the message to show next to
 * the field; validate() runs them all.
 *
 * Values that end up on a remote command line (host, user, image, container)
 * are also refused when they could be mistaken for an option (leading "-").
 * Pure functions apart from checkIdentityFile(), which looks at the file system.
 */
class ProfileValidator
{
    Q_DECLARE_TR_FUNCTIONS(ProfileValidator)

public:
    enum class PortUse {
        Required,     ///< 1-65535
        ZeroMeansAny, ///< 0-65535; 0: "pick a free port"
    };

    /// @p existingProfiles: all stored profiles, for the unique-name check.
    explicit ProfileValidator(QList<ServerProfile> existingProfiles = {});

    QList<FieldError> validate(const ServerProfile &profile) const;
    static bool hasErrors(const QList<FieldError> &errors);

    /// Unique among the existing profiles other than the one with @p ownId (case-insensitive).
    QString checkName(const QString &name, const QString &ownId = {}) const;
    static QString checkHost(const QString &host);
    static QString checkUser(const QString &user);
    static QString checkPortText(const QString &text, PortUse use = PortUse::Required);
    static std::optional<quint16> parsePort(const QString &text, PortUse use = PortUse::Required);
    /// The key file exists and can be read (after "~/" expansion).
    static QString checkIdentityFile(const QString &path);
    /// One ProxyJump hop: "[user@]host[:port]" or "ssh://[user@]host[:port]".
    static QString checkJumpHost(const QString &hop);
    /// "host:container[:ro|rw]"; host is an absolute path, "~/..." or a named volume.
    static QString checkMount(const QString &mount);
    static QString checkContainerName(const QString &name);
    static QString checkImage(const QString &image);
    static QString checkGpus(const QString &gpus);
    static QString checkNetwork(const QString &network);
    /// "name=soft[:hard]" as in `docker run --ulimit`.
    static QString checkUlimit(const QString &ulimit);
    /// "16g", "512m", ... or empty for docker's default.
    static QString checkShmSize(const QString &size);
    static QString checkDashboardHost(const QString &host);
    /// A warning (not an error) when the dashboard would listen beyond loopback.
    static QString dashboardHostWarning(const QString &host);
    /// A shell-compatible variable name.
    static QString checkEnvironmentName(const QString &name);

    /// "~" and "~/x" become the home directory; other paths are returned as given.
    static QString expandUserPath(const QString &path);

private:
    QList<ServerProfile> m_existing;
};

} // namespace RayDeck
