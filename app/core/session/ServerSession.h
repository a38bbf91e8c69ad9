// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/JobLaunch.h"
#include "jobs/JobSubmissionBuilder.h"
#include "profiles/ServerProfile.h"
#include "remote/CommandLog.h"
#include "remote/ConnectChain.h"
#include "secrets/SecretStore.h"
#include "ssh/SshConnection.h"
#include "ssh/SshConnectionSettings.h"
#include "util/Result.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace RayDeck {

class CommandLog;
class RayJobsClient;
class SecretStore;
class SessionPrompter;
class SshRemoteHost;

/// What to stop on the server when disconnecting; leaving everything running is the default.
struct DownOptions
{
    bool stopRay = false;
    bool stopContainer = false;
};

/**
 * One server profile while RayDeck works with it: the SSH connection (its
 * host-key and credential questions answered from the keychain first, then
 * through the SessionPrompter), the connect chain, and the Ray Jobs client on
 * the tunnel once it is up. Shared by the desktop app and the CLI.
 *
 * Lives in the thread that created it; the SSH work itself runs on the
 * connection's own worker thread.
 */
class ServerSession : public QObject
{
    Q_OBJECT

public:
    ServerSession(ServerProfile profile, SecretStore *secrets, SessionPrompter *prompter, CommandLog *log,
                  QObject *parent = nullptr);
    ~ServerSession() override;

    /// Settings derived from the profile; adjust (known_hosts, host-key policy) before up().
    SshConnectionSettings &connectionSettings() { return m_settings; }
    const ServerProfile &profile() const { return m_profile; }

    SshConnection *connection() const { return m_connection; }
    SshRemoteHost *remoteHost() const { return m_remoteHost; }
    /// The chain of the last up(); null before.
    ConnectChain *chain() const { return m_chain; }
    /// The Ray head's Jobs API through the tunnel; null until up() succeeded.
    RayJobsClient *rayClient() const { return m_rayClient; }
    QUrl dashboardUrl() const { return m_dashboardUrl; }
    const ConnectResult &connectResult() const { return m_connectResult; }
    bool isUp() const { return m_rayClient != nullptr; }

    /// Opens the SSH connection only (for exec and tunnels without the chain).
    void connectOnly();
    /// Runs the connect chain; chainStarted() hands out the chain to show, upFinished() ends it.
    void up(ConnectMode mode);
    /**
     * Runs the chain of a cluster's worker node: container up, then `ray start
     * --address=<headGcsAddress>` (ConnectChain::configureAsWorker()). No tunnel; rayClient()
     * stays null. chainStarted() hands out the chain before it starts, upFinished() ends it.
     */
    void upAsWorker(const QString &headGcsAddress);
    /// Optionally stops Ray and the container, then closes the connection; downFinished() ends it.
    void down(DownOptions options);

    /// Reads the job's secret environment variables from the keychain and submits it.
    void submitJob(const JobLaunch &launch, QObject *context, std::function<void(Result<QString>)> done);

Q_SIGNALS:
    void chainStarted(RayDeck::ConnectChain *chain);
    void upFinished(const RayDeck::Result<RayDeck::ConnectResult> &result);
    void downFinished(const RayDeck::Result<void> &result);
    void connectionStateChanged(RayDeck::SshConnection::State state, const QString &reason);

private:
    struct PendingSubmission
    {
        JobLaunch launch;
        QStringList secretNames;
        JobSecretValues values;
        QPointer<QObject> context;
        std::function<void(Result<QString>)> done;
    };
    void readSubmissionSecrets(std::shared_ptr<PendingSubmission> pending, int index);
    void runStopCommands(const QList<QStringList> &commands, int index, std::optional<Error> firstError);
    void createConnection();
    void handleCredential(const CredentialRequest &request);
    void askUserForCredential(const CredentialRequest &request, const SecretRef &ref);
    void startChain(ConnectMode mode, SecureBytes token);
    void startWorkerChain(const QString &headGcsAddress);
    std::optional<SecretRef> secretRefFor(const CredentialRequest &request) const;

    ServerProfile m_profile;
    SshConnectionSettings m_settings;
    SecretStore *m_secrets = nullptr;
    SessionPrompter *m_prompter = nullptr;
    QPointer<CommandLog> m_log;
    SshConnection *m_connection = nullptr;
    SshRemoteHost *m_remoteHost = nullptr;
    ConnectChain *m_chain = nullptr;
    RayJobsClient *m_rayClient = nullptr;
    QUrl m_dashboardUrl;
    ConnectResult m_connectResult;
    /// A typed secret to store once the login it was typed for succeeds.
    std::optional<std::pair<SecretRef, SecureBytes>> m_pendingRemember;
};

} // namespace RayDeck

Q_DECLARE_METATYPE(RayDeck::Result<RayDeck::ConnectResult>)
Q_DECLARE_METATYPE(RayDeck::Result<void>)
