// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace RayDeck {

/// How RayDeck logs in to a server.
enum class AuthMethod {
    Agent,    ///< keys held by ssh-agent
    KeyFile,  ///< a private key file; its passphrase (if any) per SecretPolicy
    Password, ///< a password, per SecretPolicy
};

/// Where a password or key passphrase comes from.
enum class SecretPolicy {
    Keychain,     ///< stored in the OS keychain, asked once
    AskEveryTime, ///< never stored; asked at each connect
};

/// An extra port forward besides the dashboard (Grafana, TensorBoard, ...).
struct PortForward
{
    QString name;                               ///< "Grafana"
    quint16 localPort = 0;                      ///< 0: pick a free one
    QString remoteHost = QStringLiteral("127.0.0.1");
    quint16 remotePort = 0;

    friend bool operator==(const PortForward &, const PortForward &) = default;
};

/// A variable in the environment of Ray jobs; secret values live in the keychain.
struct JobEnvironmentVariable
{
    QString name;
    QString value;         ///< empty when isSecret: the value is in the keychain
    bool isSecret = false;

    friend bool operator==(const JobEnvironmentVariable &, const JobEnvironmentVariable &) = default;
};

/// The container RayDeck keeps the Ray head in, with the field report's defaults.
struct DockerSettings
{
    bool enabled = true;
    QString containerName = QStringLiteral("verl");
    QString image;
    QString gpus = QStringLiteral("all");
    QString network = QStringLiteral("host");
    QStringList ulimits{QStringLiteral("memlock=-1"), QStringLiteral("stack=67108864")};
    QString shmSize;       ///< "10g"; empty: docker's default
    QStringList mounts;    ///< "host:container[:ro]"
    QStringList extraRunArguments;
    bool useSudo = false;

    friend bool operator==(const DockerSettings &, const DockerSettings &) = default;
};

/// The Ray head on the server and how it is forwarded here.
struct RaySettings
{
    quint16 dashboardPort = 8265;
    /// Remote bind address of the dashboard. Loopback keeps the unauthenticated Jobs API off the network.
    QString dashboardHost = QStringLiteral("127.0.0.1");
    QStringList extraStartArguments;
    quint16 localPort = 8265; ///< taken: another free one is used and reported
    QList<PortForward> extraForwards;
    bool hasDashboardToken = false; ///< Ray >= 2.52 token auth; the token is in the keychain

    friend bool operator==(const RaySettings &, const RaySettings &) = default;
};

/**
 * Everything RayDeck knows about one GPU server, as a plain value. Secrets are
 * never members: only the fact that one exists (SecretPolicy, hasDashboardToken,
 * JobEnvironmentVariable::isSecret); the values live in the keychain, under keys
 * derived from id.
 */
struct ServerProfile
{
    QString id;   ///< stable, generated once; survives renames
    QString name; ///< unique, what the user and the CLI call it

    QString host;
    quint16 port = 22;
    QString user;
    AuthMethod authMethod = AuthMethod::Agent;
    QString identityFile;
    SecretPolicy secretPolicy = SecretPolicy::Keychain;
    /// ProxyJump chain, first hop first; each "[user@]host[:port]".
    QStringList jumpHosts;

    DockerSettings docker;
    RaySettings ray;
    QList<JobEnvironmentVariable> jobEnvironment;

    friend bool operator==(const ServerProfile &, const ServerProfile &) = default;
};

} // namespace RayDeck

Q_DECLARE_METATYPE(RayDeck::ServerProfile)
