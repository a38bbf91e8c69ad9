// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ssh/HostKeyInfo.h"
#include "util/Result.h"

#include <libssh/libssh.h>

namespace RayDeck::KnownHosts {

// Host key handling shared by every hop: what the server presented, how it
// compares with known_hosts (which libssh reads, hashed "|1|" entries
// included), and writing new entries the way OpenSSH does.

/// The key the server presented during the key exchange, with its SHA256 fingerprint.
[[nodiscard]] Result<HostKeyInfo> serverKey(ssh_session session, const QString &host, quint16 port,
                                            const QString &knownHostsPath);

/// "host" for port 22, else "[host]:port", as OpenSSH names hosts in known_hosts.
QString hostPattern(const QString &host, quint16 port);

/// "ssh-keygen -R '[host]:port' -f '<path>'": how to drop an outdated entry.
QString removeCommand(const HostKeyInfo &info);

/// Appends the session's server key to info.knownHostsPath, creating the file
/// (mode 0600) and its directory (0700) when they do not exist.
[[nodiscard]] Result<void> append(ssh_session session, const HostKeyInfo &info);

/// The refusal for a key that differs from the one on record.
Error changedKeyError(const HostKeyInfo &info);
/// The refusal for a host whose known_hosts entries have other key types only.
Error otherKeyTypeError(const HostKeyInfo &info);
/// The refusal for an unknown key when nobody may be asked.
Error unknownKeyError(const HostKeyInfo &info);

} // namespace RayDeck::KnownHosts
