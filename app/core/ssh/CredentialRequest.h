// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace RayDeck {

/**
 * A secret the SSH engine needs to continue logging in. The engine never
 * prompts by itself: SshConnection::credentialRequired carries this request
 * and the caller answers with provideCredential(id, secret) or
 * cancelCredential(id), from a dialog, the terminal or the keychain.
 */
struct CredentialRequest
{
    enum class Kind {
        Password,            ///< the account password
        KeyPassphrase,       ///< the passphrase of identityFile
        KeyboardInteractive, ///< one server prompt (prompt, echo)
    };

    /// Whether the caller may ask the user now.
    enum class Interaction {
        UserMayBeAsked,    ///< a connect the user started
        StoredSecretsOnly, ///< an automatic reconnect: answer from the keychain or cancel, never prompt
    };

    int id = 0;
    Kind kind = Kind::Password;
    Interaction interaction = Interaction::UserMayBeAsked;
    QString user;
    QString host;
    quint16 port = 22;
    QString identityFile; ///< KeyPassphrase: the key file
    QString prompt;       ///< ready to show: "Password for alice@gpu1:"; server text for KeyboardInteractive
    QString instruction;  ///< KeyboardInteractive: the server's instruction text, may be empty
    bool echo = false;    ///< KeyboardInteractive: the answer is not secret and may be shown
    int attempt = 1;      ///< 2 and more: the previous answer was wrong
    QString previousError; ///< why the previous answer was refused; empty on the first attempt

    friend bool operator==(const CredentialRequest &, const CredentialRequest &) = default;
};

} // namespace RayDeck

Q_DECLARE_METATYPE(RayDeck::CredentialRequest)
