// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Error.h"

#include <libssh/libssh.h>

#include <QString>

namespace RayDeck {

/// What the engine was doing when libssh reported a failure; it shapes the message.
enum class SshStep {
    Handshake,      ///< banner and key exchange
    HostKey,        ///< reading the server's key or the known_hosts file
    Authentication, ///< any ssh_userauth_* call
    Connection,     ///< an established connection broke
    OpenChannel,    ///< direct-tcpip or session channel open
    RunCommand,     ///< exec request on an open channel
};

/// Where the failure happened, for the message.
struct SshErrorContext
{
    SshStep step = SshStep::Connection;
    QString peer;   ///< "user@host:port"
    QString target; ///< OpenChannel of a forward: "127.0.0.1:8265"; HostKey: the known_hosts file
};

/**
 * The one place that turns a libssh error (ssh_get_error_code/ssh_get_error
 * of @p session) into an Error: a category, a translated message that says
 * what to do, and libssh's own text as the detail. @p session may be null
 * (then only the context is used).
 */
Error errorFromLibssh(ssh_session session, const SshErrorContext &context);

} // namespace RayDeck
