// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <libssh/libssh.h>

#include <memory>

namespace RayDeck {

// Named deleters for the libssh handles the engine owns. Channels are not
// here: they go through ChannelHandle, which knows how to free them safely.

struct SshKeyDeleter
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using SshKeyPtr = std::unique_ptr<ssh_key_struct, SshKeyDeleter>;

struct SshEventDeleter
{
    void operator()(ssh_event event) const { ssh_event_free(event); }
};
using SshEventPtr = std::unique_ptr<ssh_event_struct, SshEventDeleter>;

/// Frees without ssh_disconnect(); SshSession decides when to say goodbye.
struct SshSessionDeleter
{
    void operator()(ssh_session session) const { ssh_free(session); }
};
using SshSessionPtr = std::unique_ptr<ssh_session_struct, SshSessionDeleter>;

} // namespace RayDeck
