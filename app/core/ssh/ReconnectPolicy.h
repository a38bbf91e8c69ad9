// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace RayDeck {

/**
 * What an SshConnection does after an established connection drops. Delays
 * grow from initialDelay, doubling per failed attempt up to maximumDelay, each
 * spread by +/- jitter so that many connections do not retry in lockstep. An
 * initial connect that fails is never retried automatically (like autossh's
 * start gate): the user is shown the reason instead.
 */
struct ReconnectPolicy
{
    enum class Mode {
        Automatic, ///< retry with backoff until it works or needs the user
        Never,     ///< a drop ends in the Failed state
    };

    Mode mode = Mode::Automatic;
    std::chrono::milliseconds initialDelay{1000};
    std::chrono::milliseconds maximumDelay{60000};
    double jitter = 0.2;     ///< fraction of the delay, 0..1
    int maximumAttempts = 0; ///< 0: unlimited

    friend bool operator==(const ReconnectPolicy &, const ReconnectPolicy &) = default;
};

} // namespace RayDeck
