// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HydraParseResult.h"
#include "HydraToken.h"

#include <QCoreApplication>
#include <QList>
#include <QStringView>

namespace RayDeck {

/**
 * Hydra's override lexer (OverrideLexer.g4 of Hydra 1.3), internal to the
 * hydra module: key mode until the first '=' (which also swallows the blanks
 * after it), then value mode. Like ANTLR, each token is the longest match, and
 * a tie goes to the rule the grammar lists first (so `inf` is a float and
 * `true` a bool, not names). Characters no rule accepts are reported at their
 * column. Linear in the input; never fails other than by returning an error.
 */
class HydraLexer
{
    Q_DECLARE_TR_FUNCTIONS(RayDeck::HydraLexer)

public:
    enum class StartMode {
        Key,   ///< a whole override
        Value, ///< just a value, as typed into a form field
    };

    /// Tokens of @p input, always ending with an End token.
    static HydraParseResult<QList<HydraToken>> tokenize(QStringView input, StartMode mode);
};

} // namespace RayDeck
