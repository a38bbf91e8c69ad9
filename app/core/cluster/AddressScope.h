// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace RayDeck {

/**
 * Where an address a Ray cluster listens on can be reached from. Ray's GCS and
 * worker ports have no authentication: whoever reaches them can run code on
 * the cluster, so the head address must stay on a private network.
 *
 * Pure functions, usable from any thread.
 */
class AddressScope
{
    Q_DECLARE_TR_FUNCTIONS(AddressScope)

public:
    enum class Kind {
        Loopback,  ///< 127.0.0.0/8, ::1: only the head's own machine
        LinkLocal, ///< 169.254.0.0/16, fe80::/10
        Private,   ///< RFC 1918, 100.64.0.0/10 (CGNAT, VPN overlays), fc00::/7
        Public,    ///< any other IP address: reachable from the internet unless a firewall says no
        Hostname,  ///< not an IP literal; what it resolves to is unknown here
        Invalid,   ///< not an address RayDeck accepts (spaces, shell characters, ...)
    };

    static Kind classify(const QString &address);
    /// True for an IP address outside the private, loopback and link-local ranges.
    static bool isPublic(const QString &address) { return classify(address) == Kind::Public; }
    /// An IPv4/IPv6 literal or a DNS host name (letters, digits, '-', '.'); nothing a shell would interpret.
    static bool isAcceptableHeadAddress(const QString &address);

    /**
     * What to tell the user about @p address as the head address, if anything:
     * the plain warning for a public address, a hint for a loopback one (only
     * workers on the head's own machine could join) and for a host name.
     */
    static std::optional<QString> warningFor(const QString &address);
    /// The sentence every cluster screen and `cluster add` shows once.
    static QString noAuthenticationNotice();
};

} // namespace RayDeck
