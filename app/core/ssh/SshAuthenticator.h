// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ssh/CredentialRequest.h"
#include "ssh/LibsshHandles.h"
#include "util/Error.h"
#include "util/SecureBytes.h"

#include <QStringList>

#include <optional>

namespace RayDeck {

/**
 * Logs one nonblocking libssh session in, in OpenSSH's order: "none" (to
 * learn the methods), ssh-agent, the identity file (asking for its
 * passphrase only if the server accepts the key), keyboard-interactive, and
 * password. Wrong passwords and passphrases are asked for again, up to three
 * times, with the reason. Secrets are wiped as soon as libssh has them.
 *
 * Drive it with step() at the start and whenever the session's socket is
 * ready; it never blocks. Worker thread only.
 */
class SshAuthenticator
{
public:
    struct Options
    {
        QString user;
        QString host;
        quint16 port = 22;
        QString identityFile; ///< empty: no key file
        QString agentSocket;  ///< empty: no agent
    };

    enum class Status {
        InProgress,      ///< waiting for the server; call step() when the socket is ready
        NeedsCredential, ///< credentialRequest() tells what; answer with provideCredential()
        Succeeded,
        Failed,          ///< error() says why
    };

    SshAuthenticator(ssh_session session, Options options);
    ~SshAuthenticator();
    SshAuthenticator(const SshAuthenticator &) = delete;
    SshAuthenticator &operator=(const SshAuthenticator &) = delete;

    Status step();
    /// Valid while step() returned NeedsCredential; id is left 0 for the caller to fill in.
    const CredentialRequest &credentialRequest() const { return m_request; }
    /// The answer to credentialRequest(); continue with step().
    void provideCredential(SecureBytes secret);
    const Error &error() const { return m_error; }

private:
    enum class Stage {
        None,
        Agent,
        KeyProbe,
        KeyLoad,
        KeyAuthenticate,
        KeyboardInteractive,
        KeyboardInteractivePrompts,
        Password,
        Exhausted,
    };

    /// One stage; std::nullopt means "go on with the next stage now".
    std::optional<Status> runStage();
    Status askFor(CredentialRequest::Kind kind, const QString &prompt);
    Status fail(Error error);
    void refreshMethods();
    std::optional<Status> moveOn(Stage next, const QString &note = {});
    QString peer() const;

    ssh_session m_session;
    Options m_options;
    Stage m_stage = Stage::None;
    int m_methods = 0;
    CredentialRequest m_request;
    bool m_waitingForAnswer = false;
    bool m_haveAnswer = false;
    SecureBytes m_secret; ///< the answer, kept only until libssh has it
    Error m_error;
    QStringList m_notes; ///< what was tried and why it did not work, for the final message

    SshKeyPtr m_publicKey;
    SshKeyPtr m_privateKey;
    int m_passphraseAttempts = 0;
    int m_passwordAttempts = 0;
    int m_keyboardRounds = 0;
    int m_promptIndex = 0;
    int m_promptCount = 0;
};

} // namespace RayDeck
