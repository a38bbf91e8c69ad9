// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include "util/Logging.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

namespace RayDeck {

using namespace Qt::StringLiterals;

namespace {

/// Overwrites @p data in place even while QtKeychain's finished job still
/// shares the buffer: detaching first would leave the shared copy intact.
/// Only called once the job is done with the bytes.
void wipeShared(QByteArray &data)
{
    if (!data.isEmpty()) {
        volatile char *bytes = const_cast<char *>(data.constData());
        for (qsizetype i = 0; i < data.size(); ++i)
            bytes[i] = 0;
    }
    data.clear();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : QObject(parent)
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::serviceName()
{
    return u"org.raydeck.RayDeck"_s;
}

QString KeychainSecretStore::keyFor(const SecretRef &ref)
{
    switch (ref.kind) {
    case SecretKind::Password:
        return ref.profileId + u"/password"_s;
    case SecretKind::KeyPassphrase:
        return ref.profileId + u"/passphrase"_s;
    case SecretKind::RayToken:
        return ref.profileId + u"/ray-token"_s;
    case SecretKind::EnvironmentVariable:
        return ref.profileId + u"/env/"_s + ref.variable;
    }
    return ref.profileId;
}

Error KeychainSecretStore::unavailableError(const QString &detail)
{
    return Error(Error::Code::KeychainUnavailable,
                 tr("No keychain is available to store secrets: no Secret Service (such as GNOME Keyring or "
                    "KeePassXC) or KWallet answered. Start one and try again, or choose \"Ask every time\" so "
                    "RayDeck asks for the secret when it connects instead of storing it."),
                 detail);
}

void KeychainSecretStore::readSecret(const SecretRef &ref, QObject *context, ReadCallback done)
{
    start(Operation::Read, keyFor(ref), {}, context, [done = std::move(done)](Result<QByteArray> result) {
        if (!result) {
            done(result.error());
            return;
        }
        done(SecureBytes(std::move(result).value()));
    }, 0);
}

void KeychainSecretStore::writeSecret(const SecretRef &ref, const SecureBytes &secret, QObject *context,
                                      DoneCallback done)
{
    // A private copy: wiped once the job has finished with it.
    QByteArray payload(secret.constData(), secret.size());
    start(Operation::Write, keyFor(ref), std::move(payload), context,
          [done = std::move(done)](const Result<QByteArray> &result) {
              done(result ? Result<void>() : Result<void>(result.error()));
          },
          0);
}

void KeychainSecretStore::deleteSecret(const SecretRef &ref, QObject *context, DoneCallback done)
{
    start(Operation::Delete, keyFor(ref), {}, context,
          [done = std::move(done)](const Result<QByteArray> &result) {
              done(result ? Result<void>() : Result<void>(result.error()));
          },
          0);
}

void KeychainSecretStore::checkAvailability(QObject *context, DoneCallback done)
{
    start(Operation::Read, u"availability-probe"_s, {}, context,
          [done = std::move(done)](Result<QByteArray> result) {
              if (!result && result.error().code() != Error::Code::NotFound) {
                  done(result.error());
                  return;
              }
              if (result)
                  wipeShared(result.value());
              done(Result<void>());
          },
          0);
}

void KeychainSecretStore::start(Operation operation, const QString &key, QByteArray payload, QObject *context,
                                RawCallback done, int attempt)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(serviceName(), this);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(serviceName(), this);
        write->setBinaryData(payload);
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(serviceName(), this);
        break;
    }
    job->setAutoDelete(true);
    // Never let QtKeychain fall back to a plaintext settings file.
    job->setInsecureFallback(false);
    job->setKey(key);

    const QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [this, operation, key, payload, guard, done, attempt](QKeychain::Job *finished) mutable {
                const QKeychain::Error code = finished->error();
                const bool noBackend = code == QKeychain::NoBackendAvailable || code == QKeychain::OtherError
                    || code == QKeychain::NotImplemented;
                if (noBackend && attempt == 0 && guard) {
                    // The Secret Service may still be starting (login, D-Bus activation): try once more.
                    qCInfo(lcSecrets) << "keychain not ready, retrying" << key;
                    QTimer::singleShot(m_retryDelay, this, [this, operation, key, payload, guard, done]() mutable {
                        if (guard)
                            start(operation, key, std::move(payload), guard.data(), std::move(done), 1);
                        else
                            wipeShared(payload);
                    });
                    return;
                }

                Result<QByteArray> result = QByteArray();
                switch (code) {
                case QKeychain::NoError:
                    if (operation == Operation::Read) {
                        QByteArray stored = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
                        result = QByteArray(stored.constData(), stored.size());
                        wipeShared(stored);
                    }
                    qCDebug(lcSecrets) << (operation == Operation::Read    ? "secret read"
                                              : operation == Operation::Write ? "secret stored"
                                                                              : "secret deleted")
                                      << key;
                    break;
                case QKeychain::EntryNotFound:
                    if (operation != Operation::Delete)
                        result = Error(Error::Code::NotFound, tr("Nothing is stored in the keychain for this yet."),
                                       u"no keychain entry "_s + key);
                    break;
                case QKeychain::AccessDenied:
                case QKeychain::AccessDeniedByUser:
                    result = Error(Error::Code::KeychainDenied,
                                   tr("The keychain refused access. Unlock it, or allow RayDeck to use it, and try "
                                      "again."),
                                   finished->errorString());
                    break;
                case QKeychain::CouldNotDeleteEntry:
                    result = Error(Error::Code::KeychainDenied,
                                   tr("The keychain could not delete a RayDeck entry. Unlock the keychain and try "
                                      "again."),
                                   finished->errorString());
                    break;
                case QKeychain::NoBackendAvailable:
                case QKeychain::NotImplemented:
                case QKeychain::OtherError:
                    result = unavailableError(finished->errorString());
                    break;
                }
                if (!result && result.error().code() != Error::Code::NotFound)
                    qCWarning(lcSecrets) << "keychain operation failed for" << key << ":" << result.error().detail();
                wipeShared(payload);
                if (!guard) {
                    if (result)
                        wipeShared(result.value());
                    return;
                }
                QMetaObject::invokeMethod(guard.data(), [done, result]() mutable {
                    done(std::move(result));
                    if (result)
                        wipeShared(result.value());
                });
            });
    job->start();
}

} // namespace RayDeck
