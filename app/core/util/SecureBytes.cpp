// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecureBytes.h"

#include <cstring>

namespace RayDeck {

namespace {
// A plain memset on memory about to be freed may be optimised away; writing
// through a volatile pointer keeps it.
void secureZero(void *data, size_t size)
{
    volatile auto *p = static_cast<volatile unsigned char *>(data);
    while (size--)
        *p++ = 0;
}
} // namespace

void wipe(QByteArray &data)
{
    // detach() first would copy the secret; only wipe buffers we alone own.
    if (!data.isEmpty() && !data.isDetached()) {
        data.clear();
        return;
    }
    if (!data.isEmpty())
        secureZero(data.data(), size_t(data.size()));
    data.clear();
}

void wipe(QString &text)
{
    if (!text.isEmpty() && text.isDetached())
        secureZero(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

SecureBytes::SecureBytes(QByteArray utf8)
    : m_bytes(std::move(utf8))
{
    m_bytes.detach();
}

SecureBytes SecureBytes::fromString(QString text)
{
    SecureBytes secret(text.toUtf8());
    wipe(text);
    return secret;
}

SecureBytes::SecureBytes(const SecureBytes &other)
    : m_bytes(other.m_bytes.constData(), other.m_bytes.size())
{
}

SecureBytes &SecureBytes::operator=(const SecureBytes &other)
{
    if (this != &other) {
        clear();
        m_bytes = QByteArray(other.m_bytes.constData(), other.m_bytes.size());
    }
    return *this;
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    clear();
}

void SecureBytes::clear()
{
    wipe(m_bytes);
}

} // namespace RayDeck
