// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include "secrets/SecretStore.h"
#include "util/SecureBytes.h"

#include <memory>

namespace RayDeck {

class KeychainSecretStore;
class ProfileStore;
struct ServerProfile;

/**
 * `raydeck-cli secret set NAME password|passphrase|ray-token|env:VAR` stores
 * the value read from stdin (a prompt without echo on a terminal) in the OS
 * keychain; `raydeck-cli secret clear NAME KIND` deletes it. The profile is
 * updated to refer to the secret (or no longer to), never to hold it. Values
 * never appear in argv, output or logs.
 */
class SecretCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit SecretCommand(QObject *parent = nullptr);
    ~SecretCommand() override;

    void run(const QStringList &arguments) override;

private:
    void set(const ServerProfile &profile, const SecretRef &ref);
    void clear(const ServerProfile &profile, const SecretRef &ref);
    void updateProfile(const QString &profileId, const SecretRef &ref, bool stored);
    void printUsage(QTextStream &stream) const;
    static SecureBytes readSecretInput(const QString &prompt);

    std::unique_ptr<ProfileStore> m_store;
    KeychainSecretStore *m_secrets = nullptr;
};

} // namespace RayDeck
