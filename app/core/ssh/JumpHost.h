// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QString>

namespace RayDeck {

/**
 * One hop of a ProxyJump chain, parsed from "[user@]host[:port]" (IPv6
 * addresses in brackets: "[fe80::1]:2222"). A value type; safe to copy
 * between threads.
 */
struct JumpHost
{
    QString user; ///< empty: log in with the target's user name
    QString host;
    quint16 port = 22;

    /// Parses @p spec; Error::Code::InvalidInput with a message naming the problem.
    [[nodiscard]] static Result<JumpHost> parse(const QString &spec);

    /// Back to "[user@]host[:port]".
    QString toString() const;

    friend bool operator==(const JumpHost &, const JumpHost &) = default;
};

} // namespace RayDeck
