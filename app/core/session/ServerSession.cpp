// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerSession.h"

#include "SessionPrompter.h"
#include "SshRemoteHost.h"
#include "jobs/JobSubmissionBuilder.h"
#include "ray/RayJobsClient.h"
#include "remote/DockerCommandBuilder.h"
#include "remote/RayCommandBuilder.h"
#include "secrets/SecretStore.h"
#include "util/Logging.h"

#include <QCoreApplication>

#include <memory>

namespace RayDeck {

ServerSession::ServerSession(ServerProfile profile, SecretStore *secrets, SessionPrompter *prompter, CommandLog *log,
                             QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_settings(connectionSettingsFor(m_profile))
    , m_secrets(secrets)
    , m_prompter(prompter)
    , m_log(log)
{
}

ServerSession::~ServerSession() = default;

void ServerSession::createConnection()
{
    if (m_connection)
        return;
    m_connection = new SshConnection(m_settings, this);
    m_remoteHost = new SshRemoteHost(m_connection, m_profile.name, m_log, this);
    connect(m_connection, &SshConnection::stateChanged, this, &ServerSession::connectionStateChanged);
    connect(m_connection, &SshConnection::hostKeyVerificationRequired, this, [this](const HostKeyInfo &info) {
        if (!m_prompter) {
            m_connection->acceptHostKey(HostKeyDecision::Reject);
            return;
        }
        QPointer<SshConnection> connection = m_connection;
        m_prompter->askHostKey(info, [connection](HostKeyDecision decision) {
            if (connection)
                connection->acceptHostKey(decision);
        });
    });
    connect(m_connection, &SshConnection::credentialRequired, this, &ServerSession::handleCredential);
    connect(m_connection, &SshConnection::connected, this, [this] {
        // The typed secret worked: keep it if the user asked to.
        if (m_pendingRemember && m_secrets) {
            auto [ref, secret] = std::move(*m_pendingRemember);
            m_pendingRemember.reset();
            m_secrets->writeSecret(ref, secret, this, [](Result<void> written) {
                if (!written)
                    qCWarning(lcSecrets) << "could not store the typed secret:" << written.error().detail();
            });
        }
    });
}

std::optional<SecretRef> ServerSession::secretRefFor(const CredentialRequest &request) const
{
    if (request.kind == CredentialRequest::Kind::Password)
        return SecretRef{m_profile.id, SecretKind::Password, {}};
    if (request.kind == CredentialRequest::Kind::KeyPassphrase)
        return SecretRef{m_profile.id, SecretKind::KeyPassphrase, {}};
    return std::nullopt; // keyboard-interactive answers are never stored
}

void ServerSession::handleCredential(const CredentialRequest &request)
{
    const std::optional<SecretRef> ref = secretRefFor(request);
    const bool useKeychain = ref && m_secrets && m_profile.secretPolicy == SecretPolicy::Keychain;
    // A stored secret is tried once; a second request means it was wrong.
    if (useKeychain && request.attempt == 1) {
        QPointer<SshConnection> connection = m_connection;
        m_secrets->readSecret(*ref, this, [this, request, ref, connection](Result<SecureBytes> secret) {
            if (!connection)
                return;
            if (secret) {
                connection->provideCredential(request.id, secret.value());
                return;
            }
            askUserForCredential(request, *ref);
        });
        return;
    }
    askUserForCredential(request, ref.value_or(SecretRef{}));
}

void ServerSession::askUserForCredential(const CredentialRequest &request, const SecretRef &ref)
{
    // An automatic reconnect never prompts: the connection goes to "needs attention".
    if (request.interaction == CredentialRequest::Interaction::StoredSecretsOnly || !m_prompter) {
        m_connection->cancelCredential(request.id);
        return;
    }
    QPointer<SshConnection> connection = m_connection;
    m_prompter->askCredential(request, [this, request, ref, connection](std::optional<CredentialAnswer> answer) {
        if (!connection)
            return;
        if (!answer) {
            connection->cancelCredential(request.id);
            return;
        }
        if (answer->rememberInKeychain && !ref.profileId.isEmpty())
            m_pendingRemember = std::make_pair(ref, answer->secret);
        connection->provideCredential(request.id, answer->secret);
    });
}

void ServerSession::connectOnly()
{
    createConnection();
    m_connection->connectToHost();
}

void ServerSession::up(ConnectMode mode)
{
    createConnection();
    if (m_profile.ray.hasDashboardToken && m_secrets) {
        m_secrets->readSecret(SecretRef{m_profile.id, SecretKind::RayToken, {}}, this,
                              [this, mode](Result<SecureBytes> token) {
                                  if (!token)
                                      qCWarning(lcSecrets) << "dashboard token unavailable:" << token.error().detail();
                                  startChain(mode, token ? token.value() : SecureBytes());
                              });
        return;
    }
    startChain(mode, {});
}

void ServerSession::startChain(ConnectMode mode, SecureBytes token)
{
    if (m_chain)
        m_chain->deleteLater();
    m_chain = new ConnectChain(m_profile, m_remoteHost, mode, this);
    const SecureBytes tokenCopy = token;
    m_chain->setRayToken(std::move(token));
    connect(m_chain, &ConnectChain::succeeded, this, [this, tokenCopy](const ConnectResult &result) {
        m_connectResult = result;
        m_dashboardUrl = result.dashboardUrl;
        if (!m_rayClient)
            m_rayClient = new RayJobsClient(RayEndpoint{result.dashboardUrl, tokenCopy}, this);
        else
            m_rayClient->setEndpoint(RayEndpoint{result.dashboardUrl, tokenCopy});
        Q_EMIT upFinished(result);
    });
    connect(m_chain, &ConnectChain::failed, this, [this](const Error &error) { Q_EMIT upFinished(error); });
    Q_EMIT chainStarted(m_chain);
    m_chain->start();
}

void ServerSession::upAsWorker(const QString &headGcsAddress)
{
    createConnection();
    startWorkerChain(headGcsAddress);
}

void ServerSession::startWorkerChain(const QString &headGcsAddress)
{
    if (m_chain)
        m_chain->deleteLater();
    m_chain = new ConnectChain(m_profile, m_remoteHost, ConnectMode::StartWhatIsMissing, this);
    m_chain->configureAsWorker(headGcsAddress);
    connect(m_chain, &ConnectChain::succeeded, this, [this](const ConnectResult &result) {
        m_connectResult = result;
        Q_EMIT upFinished(result);
    });
    connect(m_chain, &ConnectChain::failed, this, [this](const Error &error) { Q_EMIT upFinished(error); });
    Q_EMIT chainStarted(m_chain);
    m_chain->start();
}

void ServerSession::down(DownOptions options)
{
    if (!m_connection || m_connection->state() != SshConnection::State::Connected) {
        if (m_connection)
            m_connection->disconnectFromHost();
        Q_EMIT downFinished(Result<void>::ok());
        return;
    }
    const DockerCommandBuilder docker(m_profile.docker);
    const RayCommandBuilder ray(m_profile.ray);
    QList<QStringList> commands;
    if (options.stopRay)
        commands << docker.exec(ray.stop());
    if (options.stopContainer && m_profile.docker.enabled)
        commands << docker.stopContainer();

    runStopCommands(commands, 0, std::nullopt);
}

void ServerSession::runStopCommands(const QList<QStringList> &commands, int index, std::optional<Error> firstError)
{
    // One after the other, then close the connection.
    if (index >= commands.size()) {
        delete m_rayClient;
        m_rayClient = nullptr;
        m_connection->disconnectFromHost();
        if (firstError)
            Q_EMIT downFinished(*firstError);
        else
            Q_EMIT downFinished(Result<void>::ok());
        return;
    }
    m_remoteHost->runCommand(commands[index], CommandRunOptions{}, this,
                             [this, commands, index, firstError](CommandOutcome outcome) mutable {
                                 if (!outcome.succeeded() && !firstError)
                                     firstError = outcome.failure.value_or(
                                         Error(Error::Code::RemoteCommandFailed,
                                               tr("%1 failed: %2")
                                                   .arg(commands[index].join(u' '), outcome.standardErrorText().trimmed())));
                                 runStopCommands(commands, index + 1, firstError);
                             });
}

void ServerSession::submitJob(const JobLaunch &launch, QObject *context, std::function<void(Result<QString>)> done)
{
    if (!m_rayClient) {
        done(Error(Error::Code::Network, tr("Connect to %1 first: the Ray head is not reachable yet.").arg(m_profile.name)));
        return;
    }
    QStringList secretNames;
    for (const JobEnvironmentVariable &variable : launch.environment) {
        if (variable.isSecret)
            secretNames << variable.name;
    }
    auto pending = std::make_shared<PendingSubmission>();
    pending->launch = launch;
    pending->secretNames = secretNames;
    pending->context = context;
    pending->done = std::move(done);
    readSubmissionSecrets(pending, 0);
}

void ServerSession::readSubmissionSecrets(std::shared_ptr<PendingSubmission> pending, int index)
{
    // Each secret from the keychain in turn; then build the body and send it.
    if (index >= pending->secretNames.size() || !m_secrets) {
        Result<SecureBytes> body = JobSubmissionBuilder::requestBody(pending->launch, pending->values);
        pending->values.clear();
        if (!body) {
            pending->done(body.error());
            return;
        }
        if (!m_rayClient) {
            pending->done(Error(Error::Code::Network, tr("The connection to %1 closed.").arg(m_profile.name)));
            return;
        }
        m_rayClient->submitJob(body.value().bytes(), pending->context ? pending->context.data() : this, pending->done);
        return;
    }
    const QString name = pending->secretNames[index];
    m_secrets->readSecret(SecretRef{m_profile.id, SecretKind::EnvironmentVariable, name}, this,
                          [this, pending, index, name](Result<SecureBytes> secret) {
                              if (!secret) {
                                  pending->done(Error(Error::Code::NotFound,
                                                      tr("The secret %1 of %2 is not in the keychain. Set it in the "
                                                         "server's settings (or: raydeck-cli secret set %2 env:%1).")
                                                          .arg(name, m_profile.name),
                                                      secret.error().detail()));
                                  return;
                              }
                              pending->values.insert(name, secret.value());
                              readSubmissionSecrets(pending, index + 1);
                          });
}

} // namespace RayDeck
