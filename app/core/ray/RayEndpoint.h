// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/SecureBytes.h"

#include <QUrl>

namespace RayDeck {

/// Where a Ray head's dashboard answers (normally the local end of the tunnel) and how to authenticate.
struct RayEndpoint
{
    QUrl baseUrl; ///< "http://127.0.0.1:8265/"
    /// Ray >= 2.52 token auth; sent as "Authorization: Bearer", never in a URL.
    SecureBytes token;
};

} // namespace RayDeck
