// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretCommand.h"

#include "TerminalInput.h"

#include "profiles/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretRefFormat.h"

#include <QFile>

#ifdef Q_OS_UNIX
#endif

#include <cstdio>

namespace RayDeck {

using namespace Qt::StringLiterals;

SecretCommand::SecretCommand(QObject *parent)
    : CliCommand(parent)
{
}

SecretCommand::~SecretCommand() = default;

void SecretCommand::printUsage(QTextStream &stream) const
{
    stream << "Usage: raydeck-cli secret set NAME password|passphrase|ray-token|env:VAR   (value on stdin)\n"
              "       raydeck-cli secret clear NAME password|passphrase|ray-token|env:VAR\n\n"
              "Secrets go to the OS keychain (service "
           << KeychainSecretStore::serviceName()
           << "), never to a file.\n"
              "Example: printf %s \"$WANDB_API_KEY\" | raydeck-cli secret set gpu-box env:WANDB_API_KEY\n";
}

void SecretCommand::run(const QStringList &arguments)
{
    if (!arguments.isEmpty() && (arguments.first() == u"--help" || arguments.first() == u"-h")) {
        printUsage(out());
        return finishLater(Success);
    }
    if (arguments.size() != 3 || (arguments.first() != u"set" && arguments.first() != u"clear")) {
        printUsage(err());
        return finishLater(UsageError);
    }
    const QString &action = arguments.at(0);
    const QString &name = arguments.at(1);
    const QString &kind = arguments.at(2);

    m_store = std::make_unique<ProfileStore>();
    if (Result<void> loaded = m_store->load(); !loaded)
        return finishWithError(loaded.error());
    if (const std::optional<Error> &warning = m_store->loadWarning())
        err() << "raydeck-cli: warning: " << warning->message() << Qt::endl;
    const std::optional<ServerProfile> profile = m_store->profileNamed(name);
    if (!profile)
        return finishWithError(Error(Error::Code::NotFound, tr("There is no server profile named \"%1\".").arg(name)));
    const std::optional<SecretRef> ref = SecretRefFormat::parseKind(profile->id, kind);
    if (!ref) {
        return finishWithUsageError(u"secret"_s, tr("'%1' is not a secret kind; use password, passphrase, ray-token "
                                                    "or env:VARIABLE_NAME")
                                                     .arg(kind));
    }
    // Keep the profile consistent with what is stored: a password belongs to
    // password login, a passphrase to key login.
    if (ref->kind == SecretKind::Password && profile->authMethod != AuthMethod::Password) {
        return finishWithError(Error(Error::Code::InvalidInput,
                                     tr("\"%1\" does not log in with a password. Create it with --auth password to "
                                        "store one.")
                                         .arg(profile->name)));
    }
    if (ref->kind == SecretKind::KeyPassphrase && profile->authMethod != AuthMethod::KeyFile) {
        return finishWithError(Error(Error::Code::InvalidInput,
                                     tr("\"%1\" does not log in with a key file, so it has no key passphrase.")
                                         .arg(profile->name)));
    }

    m_secrets = new KeychainSecretStore(this);
    if (action == u"set")
        set(*profile, *ref);
    else
        clear(*profile, *ref);
}

SecureBytes SecretCommand::readSecretInput(const QString &prompt)
{
    return TerminalInput::isInteractive() ? TerminalInput::readHiddenLine(prompt) : TerminalInput::readAllStandardInput();
}

void SecretCommand::set(const ServerProfile &profile, const SecretRef &ref)
{
    SecureBytes secret = readSecretInput(tr("%1 for %2: ").arg(SecretRefFormat::describe(ref), profile.name));
    if (secret.isEmpty()) {
        return finishWithError(Error(Error::Code::InvalidInput,
                                     tr("No value was given on standard input; nothing was stored.")));
    }
    const QString profileId = profile.id;
    m_secrets->writeSecret(ref, secret, this, [this, profileId, ref](const Result<void> &written) {
        if (!written)
            return finishWithError(written.error());
        updateProfile(profileId, ref, true);
    });
    secret.clear();
}

void SecretCommand::clear(const ServerProfile &profile, const SecretRef &ref)
{
    const QString profileId = profile.id;
    m_secrets->deleteSecret(ref, this, [this, profileId, ref](const Result<void> &deleted) {
        if (!deleted)
            return finishWithError(deleted.error());
        updateProfile(profileId, ref, false);
    });
}

void SecretCommand::updateProfile(const QString &profileId, const SecretRef &ref, bool stored)
{
    // Another process may have changed the profile while the keychain was busy.
    if (Result<void> loaded = m_store->load(); !loaded)
        return finishWithError(loaded.error());
    std::optional<ServerProfile> current = m_store->profileWithId(profileId);
    if (!current)
        return finishWithError(Error(Error::Code::NotFound, tr("The profile was removed in the meantime.")));
    ServerProfile profile = *current;
    switch (ref.kind) {
    case SecretKind::Password:
    case SecretKind::KeyPassphrase:
        profile.secretPolicy = stored ? SecretPolicy::Keychain : SecretPolicy::AskEveryTime;
        break;
    case SecretKind::RayToken:
        profile.ray.hasDashboardToken = stored;
        break;
    case SecretKind::EnvironmentVariable: {
        auto it = std::find_if(profile.jobEnvironment.begin(), profile.jobEnvironment.end(),
                               [&ref](const JobEnvironmentVariable &v) { return v.name == ref.variable; });
        if (stored && it == profile.jobEnvironment.end()) {
            profile.jobEnvironment.append(JobEnvironmentVariable{ref.variable, QString(), true});
        } else if (stored) {
            it->isSecret = true;
            it->value.clear();
        } else if (it != profile.jobEnvironment.end() && it->isSecret) {
            profile.jobEnvironment.erase(it);
        }
        break;
    }
    }
    if (profile != *current) {
        if (Result<void> updated = m_store->update(profile); !updated)
            return finishWithError(updated.error());
    }
    if (stored)
        out() << tr("Stored %1 of \"%2\" in the keychain.").arg(SecretRefFormat::describe(ref), profile.name) << Qt::endl;
    else
        out() << tr("Removed %1 of \"%2\" from the keychain.").arg(SecretRefFormat::describe(ref), profile.name)
              << Qt::endl;
    finishLater(Success);
}

} // namespace RayDeck
