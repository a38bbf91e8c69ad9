// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ssh/CredentialRequest.h"
#include "ssh/HostKeyInfo.h"
#include "util/SecureBytes.h"

#include <functional>
#include <optional>

namespace RayDeck {

/// What the user answered to a credential prompt.
struct CredentialAnswer
{
    SecureBytes secret;
    /// Store it in the keychain once the login succeeded.
    bool rememberInKeychain = false;
};

/**
 * The questions a connection may have to ask a person: trust an unknown host
 * key, and a password, passphrase or keyboard-interactive answer. The core
 * never asks itself; the desktop app answers with dialogs, the CLI on the
 * terminal (or, without one, by refusing). Each call must invoke its callback
 * exactly once, from the caller's thread, possibly later.
 */
class SessionPrompter
{
public:
    virtual ~SessionPrompter() = default;

    virtual void askHostKey(const HostKeyInfo &info, std::function<void(HostKeyDecision)> answer) = 0;
    /// An empty optional means the user cancelled.
    virtual void askCredential(const CredentialRequest &request,
                               std::function<void(std::optional<CredentialAnswer>)> answer) = 0;
};

} // namespace RayDeck
