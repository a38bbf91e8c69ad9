// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace RayDeck {

/// The answer to SshConnection::hostKeyVerificationRequired.
enum class HostKeyDecision {
    Reject,        ///< do not connect
    AcceptOnce,    ///< trust it for this SshConnection only (reconnects included)
    AcceptAndSave, ///< trust it and append it to known_hosts
};

/**
 * A server host key that is not in known_hosts yet, as shown to the user
 * before trusting it: the key type and its SHA256 fingerprint in OpenSSH's
 * format ("SHA256:..."), which the user can compare with `ssh-keygen -lf` on
 * the server.
 */
struct HostKeyInfo
{
    QString host;
    quint16 port = 22;
    QString keyType;        ///< "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa", ...
    QString fingerprint;    ///< "SHA256:..."
    QString knownHostsPath; ///< where AcceptAndSave writes it
    bool isJumpHost = false;

    friend bool operator==(const HostKeyInfo &, const HostKeyInfo &) = default;
};

} // namespace RayDeck

Q_DECLARE_METATYPE(RayDeck::HostKeyInfo)
Q_DECLARE_METATYPE(RayDeck::HostKeyDecision)
