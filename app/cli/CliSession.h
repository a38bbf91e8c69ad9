// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/ServerProfile.h"
#include "remote/ConnectChain.h"
#include "session/SessionPrompter.h"
#include "util/Result.h"

#include <QObject>

namespace RayDeck {

class CommandLog;
class RayJobsClient;
class KeychainSecretStore;
class ServerSession;

/// Whether CliSession prints the connect chain's steps as they finish.
enum class StepOutput { Silent, OneLinePerStep };

/**
 * What every CLI verb that talks to a server needs: the profile by name, the
 * keychain, a ServerSession, and answers to its questions on the terminal
 * (passwords without echo). Unknown host keys are refused, showing the
 * fingerprint, unless --accept-new-host-key was given; a changed key is
 * always refused. Without a terminal, missing secrets fail with a hint to
 * store them with `raydeck-cli secret set`.
 */
class CliSession : public QObject, public SessionPrompter
{
    Q_OBJECT

public:
    explicit CliSession(QObject *parent = nullptr);
    ~CliSession() override;

    /// Loads profile @p name; call before anything else.
    [[nodiscard]] Result<void> open(const QString &name, bool acceptNewHostKey);
    const ServerProfile &profile() const { return m_profile; }
    ServerSession *session() const { return m_session; }

    /// Attaches to the running Ray head (never starting anything) and hands back its Jobs API client.
    void attachToRay(std::function<void(Result<RayJobsClient *>)> done);
    /// Runs the connect chain; @p done gets the result once.
    void bringUp(ConnectMode mode, StepOutput output, std::function<void(Result<ConnectResult>)> done);

    void askHostKey(const HostKeyInfo &info, std::function<void(HostKeyDecision)> answer) override;
    void askCredential(const CredentialRequest &request,
                       std::function<void(std::optional<CredentialAnswer>)> answer) override;

    /// "[ok] Check Docker: Docker 24.0.7 (0.21 s)"
    static QString stepLine(const ConnectStep &step);

private:
    ServerProfile m_profile;
    KeychainSecretStore *m_secrets = nullptr;
    CommandLog *m_log = nullptr;
    ServerSession *m_session = nullptr;
};

} // namespace RayDeck
