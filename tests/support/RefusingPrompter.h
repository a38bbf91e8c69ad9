// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/SessionPrompter.h"

/**
 * A person who accepts nothing: refuses every host key and cancels every
 * credential question. Tests that use it trust the host key beforehand and
 * log in with keys, so any question asked is a bug the test should see fail.
 */
class RefusingPrompter : public RayDeck::SessionPrompter
{
public:
    void askHostKey(const RayDeck::HostKeyInfo &, std::function<void(RayDeck::HostKeyDecision)> answer) override
    {
        answer(RayDeck::HostKeyDecision::Reject);
    }
    void askCredential(const RayDeck::CredentialRequest &,
                       std::function<void(std::optional<RayDeck::CredentialAnswer>)> answer) override
    {
        answer(std::nullopt);
    }
};
