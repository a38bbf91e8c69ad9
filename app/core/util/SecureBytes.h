// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace RayDeck {

/**
 * A secret (password, passphrase, token) held in memory only as long as needed.
 * The bytes are overwritten when the object is destroyed or cleared, and the
 * type has no implicit conversion to QString, so it cannot slip into a log
 * line or a QDebug stream by accident. Copies share nothing: each one wipes
 * its own buffer.
 */
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(QByteArray utf8);
    static SecureBytes fromString(QString text); ///< wipes @p text's buffer too
    SecureBytes(const SecureBytes &other);
    SecureBytes &operator=(const SecureBytes &other);
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    ~SecureBytes();

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    /// The raw bytes, for handing to libssh or QtKeychain. Do not keep copies.
    const QByteArray &bytes() const { return m_bytes; }
    const char *constData() const { return m_bytes.constData(); }
    /// An explicit, visible conversion for the rare API that wants a QString.
    QString toUnsafeString() const { return QString::fromUtf8(m_bytes); }

    void clear();

    friend bool operator==(const SecureBytes &a, const SecureBytes &b) { return a.m_bytes == b.m_bytes; }

private:
    QByteArray m_bytes;
};

/// Overwrites the buffer of @p data (if it owns one) and empties it.
void wipe(QByteArray &data);
void wipe(QString &text);

} // namespace RayDeck

Q_DECLARE_METATYPE(RayDeck::SecureBytes)
