// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/SecureBytes.h"

#include <chrono>

namespace RayDeck {

/// How SshConnection::execute runs a command.
struct ExecOptions
{
    /// Whether stderr is kept apart or delivered in order with stdout.
    enum class OutputChannels {
        Separate, ///< standardErrorReady carries stderr
        Merged,   ///< stderr arrives through standardOutputReady, like 2>&1
    };

    /// Fails the command with Error::Code::Timeout after this long (from the call
    /// to execute(), waiting for the connection included). 0: no limit.
    std::chrono::milliseconds timeout{0};
    /// Written to the command's stdin, which is then closed. The way to pass a
    /// secret to a command: never put one in the arguments. Wiped after sending.
    SecureBytes standardInput;
    OutputChannels outputChannels = OutputChannels::Separate;
};

} // namespace RayDeck
