// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace RayDeck {

/**
 * A failure as RayDeck reports it: a category the code can branch on, a message
 * for the user (already translated, saying what to do) and a technical detail
 * for logs and the "Details" part of an error view. Secrets never go in either.
 */
class Error
{
public:
    enum class Code {
        None,
        InvalidInput,       ///< the user typed something that cannot work
        NotFound,           ///< a profile, file, job or key that does not exist
        AlreadyExists,
        Io,                 ///< local file or socket trouble
        CorruptData,        ///< a file we cannot parse; it was kept aside
        UnsupportedVersion, ///< written by a newer RayDeck
        KeychainUnavailable,
        KeychainDenied,
        Network,            ///< cannot reach a host or port
        Timeout,
        HostKeyUnknown,
        HostKeyChanged,
        AuthenticationFailed,
        Ssh,                ///< any other SSH protocol failure
        RemoteCommandFailed,
        RemoteService,      ///< the Ray head or another remote service answered with an error
        Cancelled,
        Internal,
    };

    Error() = default;
    Error(Code code, QString message, QString detail = {});

    Code code() const { return m_code; }
    /// What the user sees; translated and actionable.
    const QString &message() const { return m_message; }
    /// What a developer needs; never shown without the message.
    const QString &detail() const { return m_detail; }

    /// Message and detail on one line each, for the CLI's stderr and logs.
    QString toDisplayString() const;

    /// A copy with a context sentence in front of the message ("Saving profiles: …").
    Error withContext(const QString &context) const;

private:
    Code m_code = Code::None;
    QString m_message;
    QString m_detail;
};

} // namespace RayDeck

Q_DECLARE_METATYPE(RayDeck::Error)
