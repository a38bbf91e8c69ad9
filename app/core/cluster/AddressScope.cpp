// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddressScope.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace RayDeck {

using namespace Qt::StringLiterals;

AddressScope::Kind AddressScope::classify(const QString &address)
{
    if (!isAcceptableHeadAddress(address))
        return Kind::Invalid;
    QHostAddress ip;
    if (!ip.setAddress(address))
        return Kind::Hostname;
    if (ip.isLoopback())
        return Kind::Loopback;
    if (ip.isLinkLocal())
        return Kind::LinkLocal;
    // QHostAddress::isPrivateUse() is Qt 6.6; the ranges are few enough to list.
    if (ip.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v4 = ip.toIPv4Address();
        const auto in = [v4](quint32 network, int bits) { return (v4 >> (32 - bits)) == (network >> (32 - bits)); };
        if (in(0x0A000000, 8) || in(0xAC100000, 12) || in(0xC0A80000, 16) || in(0x64400000, 10))
            return Kind::Private;
        if (in(0x00000000, 8))
            return Kind::Invalid; // 0.0.0.0/8 is "this network", never a destination
        return Kind::Public;
    }
    if (ip.isUniqueLocalUnicast()) // fc00::/7
        return Kind::Private;
    return Kind::Public;
}

bool AddressScope::isAcceptableHeadAddress(const QString &address)
{
    if (address.isEmpty() || address.size() > 253)
        return false;
    // QHostAddress forgives surrounding spaces; a head address must be exactly the address. No '%' either:
    // a scoped IPv6 address ("fe80::1%eth0") means something different on every machine.
    static const QRegularExpression allowed(u"^[0-9A-Za-z.:-]+$"_s);
    if (!allowed.match(address).hasMatch())
        return false;
    QHostAddress ip;
    if (ip.setAddress(address))
        return true;
    // RFC 1123 host names: labels of letters, digits and inner hyphens.
    static const QRegularExpression hostname(
        u"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"_s);
    return hostname.match(address).hasMatch();
}

std::optional<QString> AddressScope::warningFor(const QString &address)
{
    switch (classify(address)) {
    case Kind::Public:
        return tr("%1 is a public address. Ray's GCS and worker ports have no authentication: anyone who can reach "
                  "them can run code on every node. Use the head's address on a private network (a LAN, VPN or "
                  "cloud VPC) and keep the ports closed to the internet.")
            .arg(address);
    case Kind::Loopback:
        return tr("%1 is a loopback address: only workers on the head's own machine can reach it.").arg(address);
    case Kind::Hostname:
        return tr("%1 is a host name; make sure it resolves to a private address on every worker, because Ray's GCS "
                  "and worker ports have no authentication.")
            .arg(address);
    case Kind::Invalid:
        return tr("\"%1\" is not an IP address or host name.").arg(address);
    case Kind::LinkLocal:
    case Kind::Private:
        break;
    }
    return std::nullopt;
}

QString AddressScope::noAuthenticationNotice()
{
    return tr("Ray's GCS and worker ports have no authentication and must stay on a private network.");
}

} // namespace RayDeck
