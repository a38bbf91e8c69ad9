// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QUrl>

namespace RayDeck {

/**
 * The origins a dashboard view may load: the tunnel's local end and any
 * forwards the dashboard embeds (Grafana). Everything else is outside RayDeck
 * and opens in the system browser. An origin is scheme, host and port.
 */
class DashboardOrigins
{
public:
    DashboardOrigins() = default;
    explicit DashboardOrigins(QUrl tunnelUrl);

    void addEmbeddedOrigin(const QUrl &url);

    const QUrl &tunnelUrl() const { return m_tunnelUrl; }
    /// Same scheme, host and port as the tunnel (where the bearer token may go).
    bool isTunnelOrigin(const QUrl &url) const;
    /// The tunnel or an embedded forward.
    bool isAllowed(const QUrl &url) const;

private:
    static bool sameOrigin(const QUrl &a, const QUrl &b);

    QUrl m_tunnelUrl;
    QList<QUrl> m_embedded;
};

} // namespace RayDeck
