// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshAuthenticator.h"

#include "ssh/SshErrorMapping.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace RayDeck {

namespace {

constexpr int kMaximumAttempts = 3; // like OpenSSH's NumberOfPasswordPrompts

// libssh asks this for a passphrase when a key is encrypted and none was
// given; answering "no" turns the question into a flag we can act on.
int notePassphraseNeeded(const char *, char *, size_t, int, int, void *userdata)
{
    *static_cast<bool *>(userdata) = true;
    return -1;
}

} // namespace

SshAuthenticator::SshAuthenticator(ssh_session session, Options options)
    : m_session(session)
    , m_options(std::move(options))
{
    if (!m_options.agentSocket.isEmpty()) {
        const QByteArray socket = QFile::encodeName(m_options.agentSocket);
        ssh_options_set(m_session, SSH_OPTIONS_IDENTITY_AGENT, socket.constData());
    }
}

SshAuthenticator::~SshAuthenticator() = default;

QString SshAuthenticator::peer() const
{
    return QStringLiteral("%1@%2:%3").arg(m_options.user, m_options.host).arg(m_options.port);
}

void SshAuthenticator::provideCredential(SecureBytes secret)
{
    m_secret = std::move(secret);
    m_haveAnswer = true;
    m_waitingForAnswer = false;
}

void SshAuthenticator::refreshMethods()
{
    m_methods = ssh_userauth_list(m_session, nullptr);
}

SshAuthenticator::Status SshAuthenticator::fail(Error error)
{
    m_secret.clear();
    m_haveAnswer = false;
    m_publicKey.reset();
    m_privateKey.reset();
    m_error = std::move(error);
    m_stage = Stage::Exhausted;
    return Status::Failed;
}

SshAuthenticator::Status SshAuthenticator::askFor(CredentialRequest::Kind kind, const QString &prompt)
{
    m_request = CredentialRequest{};
    m_request.kind = kind;
    m_request.user = m_options.user;
    m_request.host = m_options.host;
    m_request.port = m_options.port;
    m_request.prompt = prompt;
    m_waitingForAnswer = true;
    return Status::NeedsCredential;
}

std::optional<SshAuthenticator::Status> SshAuthenticator::moveOn(Stage next, const QString &note)
{
    if (!note.isEmpty())
        m_notes << note;
    m_stage = next;
    return std::nullopt;
}

SshAuthenticator::Status SshAuthenticator::step()
{
    if (m_waitingForAnswer)
        return Status::NeedsCredential;
    // Stages that need no round trip run back to back; the bound only guards
    // against a server that keeps answering "partial success".
    for (int transitions = 0; transitions < 64; ++transitions) {
        if (const std::optional<Status> status = runStage())
            return *status;
    }
    return fail(Error(Error::Code::AuthenticationFailed, QCoreApplication::translate("SshAuthenticator", "Logging in to %1 did not finish.").arg(peer())));
}

std::optional<SshAuthenticator::Status> SshAuthenticator::runStage()
{
    const SshErrorContext context{SshStep::Authentication, peer(), {}};
    switch (m_stage) {
    case Stage::None: {
        const int rc = ssh_userauth_none(m_session, nullptr);
        if (rc == SSH_AUTH_AGAIN)
            return Status::InProgress;
        if (rc == SSH_AUTH_SUCCESS)
            return Status::Succeeded;
        if (rc == SSH_AUTH_ERROR)
            return fail(errorFromLibssh(m_session, context));
        refreshMethods();
        return moveOn(Stage::Agent);
    }

    case Stage::Agent: {
        if (m_options.agentSocket.isEmpty() || !(m_methods & SSH_AUTH_METHOD_PUBLICKEY))
            return moveOn(Stage::KeyProbe);
        const int rc = ssh_userauth_agent(m_session, nullptr);
        switch (rc) {
        case SSH_AUTH_AGAIN:
            return Status::InProgress;
        case SSH_AUTH_SUCCESS:
            qCInfo(lcSsh) << "logged in to" << peer() << "with ssh-agent";
            return Status::Succeeded;
        case SSH_AUTH_PARTIAL:
            refreshMethods();
            return moveOn(Stage::KeyProbe, QCoreApplication::translate("SshAuthenticator", "ssh-agent (partial success)"));
        case SSH_AUTH_ERROR:
            if (!ssh_is_connected(m_session))
                return fail(errorFromLibssh(m_session, context));
            return moveOn(Stage::KeyProbe, QCoreApplication::translate("SshAuthenticator", "ssh-agent (not usable)"));
        default:
            return moveOn(Stage::KeyProbe, QCoreApplication::translate("SshAuthenticator", "ssh-agent (no key accepted)"));
        }
    }

    case Stage::KeyProbe: {
        if (m_options.identityFile.isEmpty() || !(m_methods & SSH_AUTH_METHOD_PUBLICKEY))
            return moveOn(Stage::KeyboardInteractive);
        const QFileInfo keyFile(m_options.identityFile);
        if (!keyFile.exists() || !keyFile.isReadable())
            return moveOn(Stage::KeyboardInteractive,
                          QCoreApplication::translate("SshAuthenticator", "key file %1 (missing or unreadable)").arg(m_options.identityFile));
        if (!m_publicKey) {
            const QString publicPath = m_options.identityFile + QStringLiteral(".pub");
            ssh_key key = nullptr;
            if (QFileInfo::exists(publicPath)
                && ssh_pki_import_pubkey_file(QFile::encodeName(publicPath).constData(), &key) == SSH_OK)
                m_publicKey.reset(key);
            // Without the .pub file we cannot ask first: load the key (and
            // its passphrase) and offer it directly.
            if (!m_publicKey)
                return moveOn(Stage::KeyLoad);
        }
        // Ask whether the server would take this key before asking the user
        // for its passphrase, as OpenSSH does.
        const int rc = ssh_userauth_try_publickey(m_session, nullptr, m_publicKey.get());
        if (rc == SSH_AUTH_AGAIN)
            return Status::InProgress;
        m_publicKey.reset();
        if (rc == SSH_AUTH_SUCCESS)
            return moveOn(Stage::KeyLoad);
        if (rc == SSH_AUTH_ERROR)
            return fail(errorFromLibssh(m_session, context));
        if (rc == SSH_AUTH_PARTIAL)
            refreshMethods();
        return moveOn(Stage::KeyboardInteractive, QCoreApplication::translate("SshAuthenticator", "key file %1 (not accepted)").arg(m_options.identityFile));
    }

    case Stage::KeyLoad: {
        bool needsPassphrase = false;
        ssh_key key = nullptr;
        const QByteArray path = QFile::encodeName(m_options.identityFile);
        const bool triedPassphrase = m_haveAnswer;
        const int rc = triedPassphrase
            ? ssh_pki_import_privkey_file(path.constData(), m_secret.constData(), nullptr, nullptr, &key)
            : ssh_pki_import_privkey_file(path.constData(), nullptr, notePassphraseNeeded, &needsPassphrase, &key);
        m_secret.clear();
        m_haveAnswer = false;
        if (rc == SSH_OK) {
            m_privateKey.reset(key);
            return moveOn(Stage::KeyAuthenticate);
        }
        if (!needsPassphrase && !triedPassphrase)
            return moveOn(Stage::KeyboardInteractive,
                          QCoreApplication::translate("SshAuthenticator", "key file %1 (cannot be read as a private key)").arg(m_options.identityFile));
        if (m_passphraseAttempts >= kMaximumAttempts)
            return moveOn(Stage::KeyboardInteractive, QCoreApplication::translate("SshAuthenticator", "key file %1 (wrong passphrase)").arg(m_options.identityFile));
        ++m_passphraseAttempts;
        askFor(CredentialRequest::Kind::KeyPassphrase, QCoreApplication::translate("SshAuthenticator", "Passphrase for key %1:").arg(m_options.identityFile));
        m_request.identityFile = m_options.identityFile;
        m_request.attempt = m_passphraseAttempts;
        if (m_passphraseAttempts > 1)
            m_request.previousError = QCoreApplication::translate("SshAuthenticator", "The passphrase is not correct.");
        return Status::NeedsCredential;
    }

    case Stage::KeyAuthenticate: {
        const int rc = ssh_userauth_publickey(m_session, nullptr, m_privateKey.get());
        if (rc == SSH_AUTH_AGAIN)
            return Status::InProgress;
        m_privateKey.reset();
        if (rc == SSH_AUTH_SUCCESS) {
            qCInfo(lcSsh) << "logged in to" << peer() << "with a key file";
            return Status::Succeeded;
        }
        if (rc == SSH_AUTH_ERROR)
            return fail(errorFromLibssh(m_session, context));
        if (rc == SSH_AUTH_PARTIAL)
            refreshMethods();
        return moveOn(Stage::KeyboardInteractive, QCoreApplication::translate("SshAuthenticator", "key file %1 (refused)").arg(m_options.identityFile));
    }

    case Stage::KeyboardInteractive: {
        if (!(m_methods & SSH_AUTH_METHOD_INTERACTIVE) || m_keyboardRounds >= kMaximumAttempts)
            return moveOn(Stage::Password);
        // The first call starts the exchange; later ones send the answers.
        const int rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
        switch (rc) {
        case SSH_AUTH_AGAIN:
            return Status::InProgress;
        case SSH_AUTH_INFO:
            m_promptCount = ssh_userauth_kbdint_getnprompts(m_session);
            m_promptIndex = 0;
            return moveOn(Stage::KeyboardInteractivePrompts);
        case SSH_AUTH_SUCCESS:
            qCInfo(lcSsh) << "logged in to" << peer() << "with keyboard-interactive";
            return Status::Succeeded;
        case SSH_AUTH_ERROR:
            return fail(errorFromLibssh(m_session, context));
        case SSH_AUTH_PARTIAL:
            refreshMethods();
            return moveOn(Stage::Password, QCoreApplication::translate("SshAuthenticator", "keyboard-interactive (partial success)"));
        default:
            // Refused: the next call starts a fresh exchange, up to the limit.
            ++m_keyboardRounds;
            return moveOn(Stage::KeyboardInteractive, QCoreApplication::translate("SshAuthenticator", "keyboard-interactive (refused)"));
        }
    }

    case Stage::KeyboardInteractivePrompts: {
        if (m_promptIndex >= m_promptCount)
            return moveOn(Stage::KeyboardInteractive);
        if (!m_haveAnswer) {
            char echo = 0;
            const char *prompt = ssh_userauth_kbdint_getprompt(m_session, unsigned(m_promptIndex), &echo);
            askFor(CredentialRequest::Kind::KeyboardInteractive, QString::fromUtf8(prompt).trimmed());
            m_request.instruction = QString::fromUtf8(ssh_userauth_kbdint_getinstruction(m_session)).trimmed();
            m_request.echo = echo != 0;
            m_request.attempt = m_keyboardRounds + 1;
            if (m_keyboardRounds > 0)
                m_request.previousError = QCoreApplication::translate("SshAuthenticator", "The answer was not accepted.");
            return Status::NeedsCredential;
        }
        ssh_userauth_kbdint_setanswer(m_session, unsigned(m_promptIndex), m_secret.constData());
        m_secret.clear();
        m_haveAnswer = false;
        ++m_promptIndex;
        return std::nullopt;
    }

    case Stage::Password: {
        if (!(m_methods & SSH_AUTH_METHOD_PASSWORD))
            return moveOn(Stage::Exhausted);
        if (!m_haveAnswer) {
            if (m_passwordAttempts >= kMaximumAttempts)
                return moveOn(Stage::Exhausted);
            ++m_passwordAttempts;
            askFor(CredentialRequest::Kind::Password, QCoreApplication::translate("SshAuthenticator", "Password for %1@%2:").arg(m_options.user, m_options.host));
            m_request.attempt = m_passwordAttempts;
            if (m_passwordAttempts > 1)
                m_request.previousError = QCoreApplication::translate("SshAuthenticator", "The password was not accepted.");
            return Status::NeedsCredential;
        }
        // Kept across SSH_AUTH_AGAIN: libssh may still be waiting for the
        // service request and not have packed the password yet.
        const int rc = ssh_userauth_password(m_session, nullptr, m_secret.constData());
        if (rc == SSH_AUTH_AGAIN)
            return Status::InProgress;
        m_secret.clear();
        m_haveAnswer = false;
        switch (rc) {
        case SSH_AUTH_SUCCESS:
            qCInfo(lcSsh) << "logged in to" << peer() << "with a password";
            return Status::Succeeded;
        case SSH_AUTH_ERROR:
            return fail(errorFromLibssh(m_session, context));
        case SSH_AUTH_PARTIAL:
            refreshMethods();
            return moveOn(Stage::Exhausted, QCoreApplication::translate("SshAuthenticator", "password (partial success)"));
        default:
            return moveOn(Stage::Password, QCoreApplication::translate("SshAuthenticator", "password (refused)"));
        }
    }

    case Stage::Exhausted: {
        m_notes.removeDuplicates();
        const QString tried = m_notes.isEmpty() ? QCoreApplication::translate("SshAuthenticator", "no method the server offers") : m_notes.join(QStringLiteral(", "));
        return fail(Error(Error::Code::AuthenticationFailed,
                          QCoreApplication::translate("SshAuthenticator", "Permission denied for %1. Tried: %2. Check the user name and the key or password.")
                              .arg(peer(), tried),
                          QStringLiteral("server auth methods bitmask %1").arg(m_methods)));
    }
    }
    return Status::InProgress;
}

} // namespace RayDeck
