// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace RayDeck {

/**
 * One token of Hydra's override lexer (internal to the hydra module). The
 * names follow OverrideLexer.g4 so the parser reads like the grammar.
 */
struct HydraToken
{
    enum class Type {
        // Key mode (before the first '=').
        Tilde,
        Plus,
        At,
        Slash,
        Id,
        KeySpecial,
        DotPath,
        // Both modes.
        Equal,
        Colon,
        // Value mode.
        ParenOpen,
        Comma,
        ParenClose,
        BracketOpen,
        BracketClose,
        BraceOpen,
        BraceClose,
        Float,
        Int,
        Bool,
        Null,
        UnquotedChar,
        Escape,
        Whitespace,
        Quoted,
        Interpolation,
        End,
    };

    Type type = Type::End;
    int start = 0; ///< offset of the first character in the input
    int end = 0;   ///< offset after the last character

    QStringView text(QStringView input) const { return input.mid(start, end - start); }
    /// Where the token's own character is, past the whitespace that ',' '(' ':' ... absorb.
    int symbolColumn(QStringView input) const;
};

} // namespace RayDeck
