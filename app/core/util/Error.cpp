// SPDX-License-Identifier: GPL-3.0-or-later
#include "Error.h"

namespace RayDeck {

Error::Error(Code code, QString message, QString detail)
    : m_code(code)
    , m_message(std::move(message))
    , m_detail(std::move(detail))
{
}

QString Error::toDisplayString() const
{
    if (m_detail.isEmpty() || m_detail == m_message)
        return m_message;
    return m_message + QStringLiteral("\n  (") + m_detail + u')';
}

Error Error::withContext(const QString &context) const
{
    Error copy = *this;
    copy.m_message = context + QStringLiteral(": ") + m_message;
    return copy;
}

} // namespace RayDeck
