// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Error.h"

#include <QString>

namespace RayDeck {

/**
 * Why an override or value could not be read, and where: @c column is the
 * 0-based offset into the text that was parsed (in UTF-16 code units, as
 * QString indexes it), so an editor can put the cursor there.
 */
class HydraParseError
{
public:
    HydraParseError() = default;
    HydraParseError(int column, QString message);

    int column() const { return m_column; }
    /// Translated, says what is wrong and what to write instead; no column in it.
    const QString &message() const { return m_message; }

    /// "column N: message", for one-line displays.
    QString toDisplayString() const;
    /// Two lines: @p input and a caret under the column, for terminals.
    QString caretLine(const QString &input) const;
    /// As an Error (InvalidInput) carrying the column in the message.
    Error toError() const;

    friend bool operator==(const HydraParseError &, const HydraParseError &) = default;

private:
    int m_column = 0;
    QString m_message;
};

} // namespace RayDeck
