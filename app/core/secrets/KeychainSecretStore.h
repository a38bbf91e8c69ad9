// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

#include <QByteArray>
#include <QObject>

#include <chrono>

namespace QKeychain {
class Job;
}

namespace RayDeck {

/**
 * SecretStore on the operating system's keychain through QtKeychain: macOS
 * Keychain, Windows Credential Manager, Secret Service (GNOME Keyring,
 * KeePassXC) or KWallet on Linux.
 *
 * Entries live under service serviceName() with key keyFor(ref)
 * ("<profile id>/password", "<profile id>/env/WANDB_API_KEY", ...), so they
 * follow a profile through renames.
 *
 * QtKeychain's plaintext fallback is always off: without a keychain every
 * call fails with Error::Code::KeychainUnavailable and a message that points
 * the user to "Ask every time". Because the Secret Service may still be
 * starting when RayDeck does, a call that finds no backend is retried once
 * after retryDelay(). Values are wiped from RayDeck's buffers after use; logs
 * name the entry, never the value.
 *
 * Thread: create and call from one thread with an event loop. Each call ends
 * by invoking its callback once on the context object's thread, unless the
 * context was destroyed first.
 */
class KeychainSecretStore : public QObject, public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    /// "org.raydeck.RayDeck"
    static QString serviceName();
    static QString keyFor(const SecretRef &ref);
    /// The error every call reports when no keychain can be reached.
    static Error unavailableError(const QString &detail);

    void readSecret(const SecretRef &ref, QObject *context, ReadCallback done) override;
    void writeSecret(const SecretRef &ref, const SecureBytes &secret, QObject *context, DoneCallback done) override;
    void deleteSecret(const SecretRef &ref, QObject *context, DoneCallback done) override;

    /// Asks the keychain for an entry that does not exist: success means a backend answered.
    void checkAvailability(QObject *context, DoneCallback done);

    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

private:
    enum class Operation { Read, Write, Delete };
    using RawCallback = std::function<void(Result<QByteArray>)>;
    void start(Operation operation, const QString &key, QByteArray payload, QObject *context, RawCallback done,
               int attempt);

    std::chrono::milliseconds m_retryDelay{1500};
};

} // namespace RayDeck
