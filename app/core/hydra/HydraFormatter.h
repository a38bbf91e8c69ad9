// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HydraOverride.h"
#include "HydraValue.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace RayDeck {

/**
 * Writes values and overrides as Hydra text that Hydra reads back as the same
 * value: HydraOverrideParser::parse(formatOverride(o)) == o for every override
 * it accepts.
 *
 * - null, true, false; ints in decimal; floats always with '.' or 'e' (`1.0`,
 *   `1e-6`, `inf`, `nan`).
 * - Strings bare only when that is safe (letters, digits and `_-/.+$%*@?|`, and
 *   not readable as a number, bool or null); otherwise double-quoted, with `"`
 *   written `\"` and backslashes doubled where they come before a quote.
 * - Lists `[a,b]`, dicts `{k:v}`. Dict keys cannot be quoted in Hydra, so a key
 *   with characters other than the bare ones, blanks and `\()[]{}:=,` cannot be
 *   written: that is the only failure.
 *
 * shellWord() then quotes the whole override for a POSIX shell with
 * shellQuote(), as the job entrypoint needs. Pure functions, any thread.
 */
class HydraFormatter
{
    Q_DECLARE_TR_FUNCTIONS(RayDeck::HydraFormatter)

public:
    [[nodiscard]] static Result<QString> formatValue(const HydraValue &value);
    /// `key=value`, `+key=value`, `++key=value`, `~key` or `~key=value`.
    [[nodiscard]] static Result<QString> formatOverride(const HydraOverride &override);
    /// formatOverride(), quoted for /bin/sh as one word.
    [[nodiscard]] static Result<QString> shellWord(const HydraOverride &override);

    /// @p text in double quotes, escaped for Hydra.
    static QString quoted(const QString &text);
    /// True when @p text can be written without quotes and still reads back as this string.
    static bool canStayBare(const QString &text);
    /// True when @p key can be written as a dict key.
    static bool isWritableDictKey(const QString &key);
};

} // namespace RayDeck
