// SPDX-License-Identifier: GPL-3.0-or-later
// Shorthands for writing Hydra values in test tables, and QTest printers for them.
#pragma once

#include "hydra/HydraFormatter.h"
#include "hydra/HydraOverride.h"
#include "hydra/HydraValue.h"

#include <QProcess>
#include <QStringList>
#include <QTest>

#include <initializer_list>
#include <utility>

namespace RayDeck {

inline char *toString(const HydraValue &value)
{
    const Result<QString> text = HydraFormatter::formatValue(value);
    const QString shown = value.kindName() + u' ' + (text ? text.value() : QStringLiteral("<unwritable>"));
    return qstrdup(shown.toUtf8().constData());
}

inline char *toString(const HydraOverride &override)
{
    const Result<QString> text = HydraFormatter::formatOverride(override);
    return qstrdup((text ? text.value() : QStringLiteral("<unwritable %1>").arg(override.fullKey())).toUtf8().constData());
}

} // namespace RayDeck

namespace HydraTest {

using RayDeck::HydraValue;

inline HydraValue s(const QString &text)
{
    return HydraValue::fromString(text);
}
inline HydraValue i(qint64 value)
{
    return HydraValue::fromInt(value);
}
inline HydraValue f(double value)
{
    return HydraValue::fromFloat(value);
}
inline HydraValue b(bool value)
{
    return HydraValue::fromBool(value);
}
inline HydraValue null()
{
    return HydraValue();
}
inline HydraValue interp(const QString &text)
{
    return HydraValue::fromInterpolation(text);
}
inline HydraValue list(std::initializer_list<HydraValue> items)
{
    return HydraValue::fromList(QList<HydraValue>(items));
}
inline HydraValue dict(std::initializer_list<std::pair<QString, HydraValue>> entries)
{
    HydraValue result = HydraValue::emptyDict();
    for (const auto &entry : entries)
        result.insert(entry.first, entry.second);
    return result;
}

/**
 * Runs @p command with /bin/sh -c and returns the arguments a stub received,
 * split at the NUL bytes the stub prints after each one. @p prelude defines the
 * stub (as a shell function) before the command.
 */
inline QStringList argumentsSeenByShell(const QString &command, const QString &stubName = QStringLiteral("stub"))
{
    QProcess shell;
    const QString script = stubName + QStringLiteral("() { for a in \"$@\"; do printf '%s\\0' \"$a\"; done; }; ")
        + command;
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    if (!shell.waitForFinished(20000))
        return {QStringLiteral("<shell timed out>")};
    // Every argument ends with a NUL, so the last piece after splitting is always empty.
    QStringList parts = QString::fromUtf8(shell.readAllStandardOutput()).split(QChar(0));
    parts.removeLast();
    return parts;
}

} // namespace HydraTest
