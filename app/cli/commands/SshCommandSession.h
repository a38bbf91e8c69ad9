// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/ServerProfile.h"
#include "ssh/CredentialRequest.h"
#include "ssh/SshConnectionSettings.h"
#include "util/Result.h"
#include "util/SecureBytes.h"

#include <QObject>

#include <functional>

namespace RayDeck {

class KeychainSecretStore;
class SshConnection;
class TerminationSignal;

/**
 * What `raydeck-cli exec` and `tunnel` share: the profile looked up by name,
 * an SshConnection for it, and answers to the connection's questions the way
 * a command-line tool can give them. A password or key passphrase comes from
 * the keychain when the profile keeps it there, else from the terminal
 * (without echo), or from standard input when that is not a terminal.
 * Automatic reconnects get stored secrets only. Unknown host keys are never
 * asked about: the policy is Strict, or AcceptNew with --accept-new-host-key.
 * Main thread.
 */
class SshCommandSession : public QObject
{
    Q_OBJECT

public:
    explicit SshCommandSession(QObject *parent = nullptr);
    ~SshCommandSession() override;

    /// Loads the profile @p name and creates the (not yet connected) connection.
    [[nodiscard]] Result<void> open(const QString &name, HostKeyPolicy hostKeyPolicy);

    const ServerProfile &profile() const { return m_profile; }
    SshConnection *connection() const { return m_connection; }

    /// Calls @p handler with the signal number on SIGINT or SIGTERM, from the
    /// event loop (not from the signal handler).
    void onInterrupt(std::function<void(int signal)> handler);

    /// @p error for the terminal, with what to do next where the CLI can tell.
    QString describe(const Error &error) const;

private:
    void answer(const CredentialRequest &request);
    void askTerminal(const CredentialRequest &request);

    ServerProfile m_profile;
    SshConnection *m_connection = nullptr;
    KeychainSecretStore *m_secrets = nullptr;
    TerminationSignal *m_termination = nullptr;
};

} // namespace RayDeck
