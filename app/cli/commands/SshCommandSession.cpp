// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshCommandSession.h"

#include "profiles/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "ssh/SshConnection.h"
#include "util/Logging.h"

#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace RayDeck {

using namespace Qt::StringLiterals;

namespace {

// The classic self-pipe: the handler only writes the signal number; the
// event loop reads it. Anything more is not async-signal-safe.
int signalPipe[2] = {-1, -1};

extern "C" void writeSignalToPipe(int signal)
{
    const int saved = errno;
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
    errno = saved;
}

/// One line from standard input: without echo on a terminal (prompt on
/// stderr), plainly otherwise. Nothing (not even an empty line) at EOF.
std::optional<SecureBytes> readLine(const QString &prompt, bool echo)
{
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
    bool silenced = false;
    if (terminal) {
        const QByteArray text = prompt.toLocal8Bit() + ' ';
        [[maybe_unused]] const ssize_t shown = ::write(STDERR_FILENO, text.constData(), size_t(text.size()));
        if (!echo && ::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            silenced = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    // Byte by byte with read(2): no stdio buffer keeps a copy, and nothing
    // past the newline is consumed.
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
    if (silenced) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        [[maybe_unused]] const ssize_t newline = ::write(STDERR_FILENO, "\n", 1);
    }
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

SshCommandSession::~SshCommandSession()
{
    if (m_signalNotifier) {
        for (int signal : {SIGINT, SIGTERM, SIGHUP})
            std::signal(signal, SIG_DFL);
    }
}

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
    QString prompt = request.prompt;
    if (!request.instruction.isEmpty())
        prompt = request.instruction + u'\n' + prompt;
    if (!request.previousError.isEmpty())
        prompt = request.previousError + u'\n' + prompt;
    std::optional<SecureBytes> secret = readLine(prompt, request.echo);
    if (!secret) {
        m_connection->cancelCredential(request.id);
        return;
    }
    m_connection->provideCredential(request.id, *secret);
    secret->clear();
}

void SshCommandSession::onInterrupt(std::function<void(int)> handler)
{
    m_interruptHandler = std::move(handler);
    if (m_signalNotifier)
        return;
    if (signalPipe[0] < 0 && ::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    m_signalNotifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
    connect(m_signalNotifier, &QSocketNotifier::activated, this, &SshCommandSession::onSignalPipe);
    struct sigaction action{};
    action.sa_handler = writeSignalToPipe;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signal : {SIGINT, SIGTERM, SIGHUP})
        ::sigaction(signal, &action, nullptr);
}

void SshCommandSession::onSignalPipe()
{
    char byte = 0;
    int signal = 0;
    while (::read(signalPipe[0], &byte, 1) == 1)
        signal = byte;
    if (signal != 0 && m_interruptHandler)
        m_interruptHandler(signal);
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
