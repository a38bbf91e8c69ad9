// SPDX-License-Identifier: GPL-3.0-or-later
#include "HydraParseError.h"

#include <QCoreApplication>

namespace RayDeck {

HydraParseError::HydraParseError(int column, QString message)
    : m_column(column)
    , m_message(std::move(message))
{
}

QString HydraParseError::toDisplayString() const
{
    return QCoreApplication::translate("RayDeck::HydraParseError", "column %1: %2").arg(m_column).arg(m_message);
}

QString HydraParseError::caretLine(const QString &input) const
{
    // Tabs are kept in the padding so the caret lines up under a tab-indented input.
    QString padding;
    for (int i = 0; i < m_column && i < input.size(); ++i)
        padding += input.at(i) == u'\t' ? u'\t' : u' ';
    if (m_column > input.size())
        padding += QString(m_column - input.size(), u' ');
    return input + u'\n' + padding + u'^';
}

Error HydraParseError::toError() const
{
    return Error(Error::Code::InvalidInput, toDisplayString());
}

} // namespace RayDeck
