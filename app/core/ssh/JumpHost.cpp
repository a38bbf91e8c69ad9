// SPDX-License-Identifier: GPL-3.0-or-later
#include "JumpHost.h"

#include <QCoreApplication>

namespace RayDeck {

namespace {

Error invalid(const QString &spec, const QString &why)
{
    return Error(Error::Code::InvalidInput,
                 QCoreApplication::translate("JumpHost", "Invalid jump host \"%1\": %2. Use [user@]host[:port].")
                     .arg(spec, why));
}

bool isPlausibleHost(const QString &host)
{
    if (host.isEmpty() || host.startsWith(u'-'))
        return false;
    for (QChar c : host) {
        if (c.isSpace() || c == u'/' || c == u'@' || c.unicode() < 0x20)
            return false;
    }
    return true;
}

} // namespace

Result<JumpHost> JumpHost::parse(const QString &spec)
{
    const QString text = spec.trimmed();
    if (text.isEmpty())
        return invalid(spec, QCoreApplication::translate("JumpHost", "it is empty"));

    JumpHost hop;
    QString rest = text;
    const qsizetype at = rest.lastIndexOf(u'@');
    if (at >= 0) {
        hop.user = rest.left(at);
        rest = rest.mid(at + 1);
        if (hop.user.isEmpty())
            return invalid(spec, QCoreApplication::translate("JumpHost", "the user name before '@' is empty"));
    }

    QString portText;
    bool hasPort = false;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0)
            return invalid(spec, QCoreApplication::translate("JumpHost", "a '[' has no matching ']'"));
        hop.host = rest.mid(1, close - 1);
        const QString tail = rest.mid(close + 1);
        if (!tail.isEmpty()) {
            if (!tail.startsWith(u':'))
                return invalid(spec, QCoreApplication::translate("JumpHost", "unexpected text after ']'"));
            portText = tail.mid(1);
            hasPort = true;
        }
    } else if (rest.count(u':') == 1) {
        hop.host = rest.section(u':', 0, 0);
        portText = rest.section(u':', 1);
        hasPort = true;
    } else {
        // No colon, or a bare IPv6 address: no port given.
        hop.host = rest;
    }

    if (!isPlausibleHost(hop.host))
        return invalid(spec, QCoreApplication::translate("JumpHost", "the host name is missing or malformed"));
    if (hasPort) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return invalid(spec, QCoreApplication::translate("JumpHost", "the port must be a number from 1 to 65535"));
        hop.port = quint16(port);
    }
    return hop;
}

QString JumpHost::toString() const
{
    QString text;
    if (!user.isEmpty())
        text += user + u'@';
    text += host.contains(u':') ? QStringLiteral("[%1]").arg(host) : host;
    if (port != 22)
        text += u':' + QString::number(port);
    return text;
}

} // namespace RayDeck
