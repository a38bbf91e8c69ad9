// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/ServerProfile.h"
#include "ssh/ReconnectPolicy.h"
#include "util/Result.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <chrono>

namespace RayDeck {

/// What happens when a server presents a host key that is not in known_hosts.
enum class HostKeyPolicy {
    Ask,       ///< SshConnection::hostKeyVerificationRequired; the caller decides
    AcceptNew, ///< add it to known_hosts (OpenSSH's StrictHostKeyChecking=accept-new)
    Strict,    ///< refuse, showing the fingerprint (non-interactive use)
};

/**
 * Everything an SshConnection needs to reach and log in to one server. A
 * plain value; no secrets (passwords and passphrases are asked for through
 * SshConnection::credentialRequired when needed).
 *
 * Authentication follows OpenSSH's order whatever authMethod says: the
 * ssh-agent (when a socket is known), the identity file (when set), then
 * keyboard-interactive and password if the server offers them. authMethod is
 * kept for callers that pick where a secret comes from.
 */
struct SshConnectionSettings
{
    QString host;
    quint16 port = 22;
    QString user;
    AuthMethod authMethod = AuthMethod::Agent;
    QString identityFile;     ///< private key path; "~/" is expanded
    QString agentSocket;      ///< ssh-agent socket; empty: $SSH_AUTH_SOCK
    QStringList jumpHosts;    ///< ProxyJump chain, first hop first; "[user@]host[:port]"
    QString knownHostsPath;   ///< empty: ~/.ssh/known_hosts
    HostKeyPolicy hostKeyPolicy = HostKeyPolicy::Ask;
    /// Limit for each of: reaching the host (all addresses), and the SSH
    /// handshake and each authentication round trip. Time spent waiting for
    /// the user is not counted.
    std::chrono::milliseconds connectTimeout{15000};
    /// Like ServerAliveInterval/ServerAliveCountMax: a link silent for
    /// interval x (countMax + 1) is declared dead.
    std::chrono::milliseconds keepaliveInterval{15000};
    int keepaliveCountMax = 3;
    ReconnectPolicy reconnect;

    /// The known_hosts file actually used.
    QString effectiveKnownHostsPath() const;
    /// The agent socket actually used; empty when there is none.
    QString effectiveAgentSocket() const;
    /// The identity file with "~/" expanded.
    QString effectiveIdentityFile() const;
    /// "user@host:port", for messages.
    QString displayName() const;

    /// Checks host, user, port and the jump host specs.
    [[nodiscard]] Result<void> validate() const;

    friend bool operator==(const SshConnectionSettings &, const SshConnectionSettings &) = default;
};

/// The connection settings of @p profile, with RayDeck's defaults for the rest.
SshConnectionSettings connectionSettingsFor(const ServerProfile &profile);

} // namespace RayDeck

Q_DECLARE_METATYPE(RayDeck::SshConnectionSettings)
