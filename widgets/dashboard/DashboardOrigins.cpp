// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardOrigins.h"

namespace RayDeck {

DashboardOrigins::DashboardOrigins(QUrl tunnelUrl)
    : m_tunnelUrl(std::move(tunnelUrl))
{
}

void DashboardOrigins::addEmbeddedOrigin(const QUrl &url)
{
    m_embedded << url;
}

bool DashboardOrigins::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.isValid() && b.isValid() && a.scheme() == b.scheme() && a.host() == b.host()
        && a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

bool DashboardOrigins::isTunnelOrigin(const QUrl &url) const
{
    return sameOrigin(url, m_tunnelUrl);
}

bool DashboardOrigins::isAllowed(const QUrl &url) const
{
    if (isTunnelOrigin(url))
        return true;
    for (const QUrl &embedded : m_embedded) {
        if (sameOrigin(url, embedded))
            return true;
    }
    // about:blank and data: frames are what pages create internally; they reach no network.
    return url.scheme() == u"about" || url.scheme() == u"data";
}

} // namespace RayDeck
