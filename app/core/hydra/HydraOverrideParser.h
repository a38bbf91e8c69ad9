// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HydraOverride.h"
#include "HydraParseResult.h"
#include "HydraValue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringView>

namespace RayDeck {

/**
 * Reads Hydra command-line overrides the way Hydra 1.3 does (OverrideParser.g4
 * and its visitor), for a single run:
 *
 * - `key=value`, `+key=value`, `++key=value`, `~key`, `~key=value`; keys are
 *   dotted paths (`a.b.0.c`), config groups (`a/b`), optionally `@package`.
 * - Values: null, true/false, ints (`1_000`), floats (`1e-6`, `.5`, `inf`, `nan`),
 *   unquoted text (inner blanks kept, outer blanks dropped, `\,` and friends
 *   unescaped), quoted text ('...' or "..."), `${...}` interpolations, lists
 *   `[a,b]`, dicts `{k:v}`, and the functions int/float/str/bool/sort.
 * - A comma outside brackets (`a=x,y`) is a sweep; sweeps and sweep functions
 *   fail a single run in Hydra ("Ambiguous value"), so they are errors here,
 *   with the advice Hydra gives.
 *
 * Every error carries the 0-based column. Pure functions, callable from any
 * thread; they never crash on any input (nesting is limited to maxNesting).
 */
class HydraOverrideParser
{
    Q_DECLARE_TR_FUNCTIONS(RayDeck::HydraOverrideParser)

public:
    /// Deepest nesting of lists, dicts and function calls accepted.
    static constexpr int maxNesting = 64;

    /// One override, e.g. `trainer.logger=[console,wandb]`.
    static HydraParseResult<HydraOverride> parse(QStringView text);
    /// The same for raw bytes (decoded as UTF-8); the entry point for fuzzing.
    static HydraParseResult<HydraOverride> parseUtf8(const QByteArray &bytes);
    /**
     * Just a value, as it would appear after `key=` (leading blanks skipped),
     * for form fields. @p keyForMessages names the key in sweep advice.
     */
    static HydraParseResult<HydraValue> parseValue(QStringView text, const QString &keyForMessages = {});
};

} // namespace RayDeck
