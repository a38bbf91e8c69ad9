// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace RayDeck::HydraNumbers {

/// Python's int() of text: blanks around, optional sign, digits with single '_' between them.
std::optional<qint64> parseInt(QStringView text);

/// Python's float() of text, including inf/infinity/nan in any case; overflow gives ±inf.
std::optional<double> parseFloat(QStringView text);

/// Python's repr() of a float: "1.0", "1e-06", "1.5e+16", "inf", "nan".
QString pythonRepr(double value);

/**
 * The float as Hydra override text: pythonRepr() with the exponent written
 * without '+' or leading zeros ("1e-6", "1e16"), which every Hydra version's
 * lexer reads as a float.
 */
QString hydraLiteral(double value);

} // namespace RayDeck::HydraNumbers
