// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShellQuote.h"

namespace RayDeck {

namespace {
// Characters that never need quoting; keeping simple words bare makes the
// commands shown in the Console readable ("docker inspect verl" rather than
// "'docker' 'inspect' 'verl'").
bool isSafeUnquoted(QChar c)
{
    if (c.unicode() > 127)
        return false;
    return c.isLetterOrNumber() || QStringView(u"@%+:,./-_").contains(c);
}
} // namespace

QString shellQuote(const QString &argument)
{
    if (argument.isEmpty())
        return QStringLiteral("''");
    bool safe = true;
    for (QChar c : argument) {
        if (!isSafeUnquoted(c)) {
            safe = false;
            break;
        }
    }
    // "=" stays quoted: a bare NAME=value as the first word is an assignment.
    if (safe)
        return argument;

    QString quoted;
    quoted.reserve(argument.size() + 2);
    quoted += u'\'';
    for (QChar c : argument) {
        if (c == u'\'')
            quoted += QStringLiteral("'\\''");
        else
            quoted += c;
    }
    quoted += u'\'';
    return quoted;
}

QString shellJoin(const QStringList &arguments)
{
    QStringList quoted;
    quoted.reserve(arguments.size());
    for (const QString &argument : arguments)
        quoted << shellQuote(argument);
    return quoted.join(u' ');
}

} // namespace RayDeck
