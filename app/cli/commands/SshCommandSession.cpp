// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshCommandSession.h"

#include "TerminalInput.h"
#include "TerminationSignal.h"

#include "profiles/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "ssh/SshConnection.h"
#include "util/Logging.h"

#include <QLoggingCategory>
#include <QTextStream>

#include <optional>
#include <unistd.h>

namespace RayDeck {

using namespace Qt::StringLiterals;

namespace {

/// One line from standard input when it is not a terminal (a pipe or a
/// file), so that several prompts can be answered in turn. Byte by byte with
/// read(2): no stdio buffer keeps a copy, and nothing past the newline is
/// consumed. Nothing (not even an empty line) at end of input.
std::optional<SecureBytes> readPipedLine()
{
    QByteArray line;
    bool gotAnything = false;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1) {
        gotAnything = true;
        if (c == '\n')
            break;
        line.append(c);
    }
    c = 0;
    if (line.endsWith('\r'))
        line.chop(1);
    if (!gotAnything)
        return std::nullopt;
    SecureBytes secret(line);
    wipe(line);
    return secret;
}

} // namespace

SshCommandSession::SshCommandSession(QObject *parent)
    : QObject(parent)
{
}

SshCommandSession::~SshCommandSession() = default;

Result<void> SshCommandSession::open(const QString &name, HostKeyPolicy hostKeyPolicy)
{
    // The engine's progress notes would mix with the remote command's stderr
    // (exec) or repeat what the command prints itself (tunnel). QT_LOGGING_RULES
    // still overrides this for debugging.
    QLoggingCategory::setFilterRules(u"raydeck.core.*.info=false"_s);
    ProfileStore store;
    if (Result<void> loaded = store.load(); !loaded)
        return loaded.error();
    const std::optional<ServerProfile> profile = store.profileNamed(name);
    if (!profile) {
        return Error(Error::Code::NotFound, tr("There is no server profile named \"%1\". See 'raydeck-cli profiles list'.")
                                                .arg(name));
    }
    m_profile = *profile;
    SshConnectionSettings settings = connectionSettingsFor(m_profile);
    settings.hostKeyPolicy = hostKeyPolicy;
    if (Result<void> valid = settings.validate(); !valid)
        return valid.error().withContext(tr("Profile \"%1\"").arg(name));
    m_connection = new SshConnection(settings, this);
    connect(m_connection, &SshConnection::credentialRequired, this, &SshCommandSession::answer);
    return Result<void>::ok();
}

void SshCommandSession::answer(const CredentialRequest &request)
{
    // The keychain holds the profile's own secrets: not a jump host's, and
    // not again once the server said it was wrong.
    std::optional<SecretKind> kind;
    if (request.kind == CredentialRequest::Kind::Password)
        kind = SecretKind::Password;
    else if (request.kind == CredentialRequest::Kind::KeyPassphrase)
        kind = SecretKind::KeyPassphrase;
    const bool forTarget = request.host == m_connection->settings().host && request.port == m_connection->settings().port;
    if (kind && forTarget && request.attempt == 1 && m_profile.secretPolicy == SecretPolicy::Keychain) {
        if (!m_secrets)
            m_secrets = new KeychainSecretStore(this);
        const SecretRef ref{m_profile.id, *kind, {}};
        m_secrets->readSecret(ref, this, [this, request](Result<SecureBytes> secret) {
            if (secret) {
                qCInfo(lcCli) << "using the stored secret from the keychain";
                m_connection->provideCredential(request.id, secret.value());
                return;
            }
            if (secret.error().code() != Error::Code::NotFound)
                qCInfo(lcCli) << "keychain:" << secret.error().message();
            askTerminal(request);
        });
        return;
    }
    askTerminal(request);
}

void SshCommandSession::askTerminal(const CredentialRequest &request)
{
    if (request.interaction == CredentialRequest::Interaction::StoredSecretsOnly) {
        m_connection->cancelCredential(request.id);
        return;
    }
    if (!request.previousError.isEmpty())
        QTextStream(stderr) << request.previousError << Qt::endl;
    if (!request.instruction.isEmpty() && TerminalInput::isInteractive())
        QTextStream(stderr) << request.instruction << Qt::endl;
    std::optional<SecureBytes> secret;
    if (TerminalInput::isInteractive())
        secret = TerminalInput::readHiddenLine(request.prompt + u' ');
    else
        secret = readPipedLine();
    if (!secret) {
        m_connection->cancelCredential(request.id);
        return;
    }
    m_connection->provideCredential(request.id, *secret);
    secret->clear();
}

void SshCommandSession::onInterrupt(std::function<void(int)> handler)
{
    if (!m_termination)
        m_termination = new TerminationSignal(this);
    disconnect(m_termination, nullptr, this, nullptr);
    connect(m_termination, &TerminationSignal::received, this, std::move(handler));
}

QString SshCommandSession::describe(const Error &error) const
{
    QString text = error.toDisplayString();
    switch (error.code()) {
    case Error::Code::HostKeyUnknown:
        text += u'\n'
            + tr("If the fingerprint is the server's, run again with --accept-new-host-key to trust it and save it to "
                 "known_hosts.");
        break;
    case Error::Code::AuthenticationFailed:
        if (m_profile.authMethod == AuthMethod::Password && m_profile.secretPolicy == SecretPolicy::Keychain)
            text += u'\n' + tr("A stored password can be replaced with 'raydeck-cli secret set %1 password'.").arg(m_profile.name);
        break;
    default:
        break;
    }
    return text;
}

} // namespace RayDeck
