// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSession.h"

#include "TerminalInput.h"
#include "profiles/ProfileStore.h"
#include "remote/CommandLog.h"
#include "secrets/KeychainSecretStore.h"
#include "session/ServerSession.h"
#include "util/ShellQuote.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace RayDeck {

CliSession::CliSession(QObject *parent)
    : QObject(parent)
    , m_secrets(new KeychainSecretStore(this))
    , m_log(new CommandLog(this))
{
}

CliSession::~CliSession() = default;

Result<void> CliSession::open(const QString &name, bool acceptNewHostKey)
{
    ProfileStore store;
    if (Result<void> loaded = store.load(); !loaded)
        return loaded.error();
    const std::optional<ServerProfile> profile = store.profileNamed(name);
    if (!profile)
        return Error(Error::Code::NotFound,
                     tr("There is no server profile called \"%1\". See raydeck-cli profiles list.").arg(name));
    m_profile = *profile;
    m_session = new ServerSession(m_profile, m_secrets, this, m_log, this);
    // A script cannot answer questions: unknown keys are refused (with the fingerprint) unless accepted up front.
    m_session->connectionSettings().hostKeyPolicy = acceptNewHostKey ? HostKeyPolicy::AcceptNew : HostKeyPolicy::Strict;
    return Result<void>::ok();
}

QString CliSession::stepLine(const ConnectStep &step)
{
    QString word;
    switch (step.status) {
    case ConnectStep::Status::Succeeded:
        word = QStringLiteral("ok");
        break;
    case ConnectStep::Status::Warning:
        word = QStringLiteral("warning");
        break;
    case ConnectStep::Status::Failed:
        word = QStringLiteral("failed");
        break;
    case ConnectStep::Status::Skipped:
        word = QStringLiteral("skipped");
        break;
    case ConnectStep::Status::Cancelled:
        word = QStringLiteral("cancelled");
        break;
    default:
        word = QStringLiteral("..");
        break;
    }
    QString line = QStringLiteral("[%1] %2").arg(word, step.title);
    if (!step.message.isEmpty())
        line += QStringLiteral(": ") + QString(step.message).replace(u'\n', QStringLiteral("; "));
    if (step.status != ConnectStep::Status::Skipped)
        line += QStringLiteral(" (%1 s)").arg(double(step.durationMs) / 1000.0, 0, 'f', 2);
    return line;
}

void CliSession::bringUp(ConnectMode mode, StepOutput output, std::function<void(Result<ConnectResult>)> done)
{
    if (output == StepOutput::OneLinePerStep) {
        connect(m_session, &ServerSession::chainStarted, this, [](ConnectChain *chain) {
            connect(chain, &ConnectChain::stepChanged, chain, [](int, const ConnectStep &step) {
                if (!step.isFinished() || step.status == ConnectStep::Status::Skipped)
                    return;
                QTextStream(stdout) << stepLine(step) << Qt::endl;
            });
        });
    }
    auto callback = std::make_shared<std::function<void(Result<ConnectResult>)>>(std::move(done));
    connect(m_session, &ServerSession::upFinished, this, [callback](const Result<ConnectResult> &result) {
        if (*callback)
            std::exchange(*callback, nullptr)(result);
    });
    m_session->up(mode);
}

void CliSession::attachToRay(std::function<void(Result<RayJobsClient *>)> done)
{
    bringUp(ConnectMode::AttachOnly, StepOutput::Silent, [this, done](Result<ConnectResult> result) {
        if (!result) {
            done(result.error().withContext(
                tr("Could not reach the Ray head of %1 (start it with: raydeck-cli up %2)")
                    .arg(m_profile.name, shellQuote(m_profile.name))));
            return;
        }
        done(m_session->rayClient());
    });
}

void CliSession::askHostKey(const HostKeyInfo &info, std::function<void(HostKeyDecision)> answer)
{
    QTextStream(stderr) << tr("The host key of %1 is not known: %2 %3. Check it, then run again with "
                              "--accept-new-host-key to trust it.")
                               .arg(info.host, info.keyType, info.fingerprint)
                        << Qt::endl;
    answer(HostKeyDecision::Reject);
}

void CliSession::askCredential(const CredentialRequest &request,
                               std::function<void(std::optional<CredentialAnswer>)> answer)
{
    if (!TerminalInput::isInteractive()) {
        QTextStream(stderr) << tr("%1 needs a secret that is not in the keychain, and there is no terminal to ask. "
                                  "Store it first: raydeck-cli secret set %2 %3")
                                   .arg(m_profile.name, shellQuote(m_profile.name),
                                        request.kind == CredentialRequest::Kind::KeyPassphrase
                                            ? QStringLiteral("passphrase")
                                            : QStringLiteral("password"))
                            << Qt::endl;
        answer(std::nullopt);
        return;
    }
    if (!request.previousError.isEmpty())
        QTextStream(stderr) << request.previousError << Qt::endl;
    CredentialAnswer typed;
    typed.secret = TerminalInput::readHiddenLine(request.prompt + u' ');
    answer(std::move(typed));
}

} // namespace RayDeck
