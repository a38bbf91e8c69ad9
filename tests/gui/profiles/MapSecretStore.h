// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretStore.h"

#include <QMap>
#include <QTimer>

/// A keychain stand-in for widget tests that are about the UI, not the keychain:
/// answers from the event loop like the real one, and can be told that no
/// keychain exists. Tests labelled KEYCHAIN use the real KeychainSecretStore.
class MapSecretStore : public RayDeck::SecretStore
{
public:
    QMap<QString, QByteArray> entries;
    bool unavailable = false;

    void readSecret(const RayDeck::SecretRef &ref, QObject *context, ReadCallback done) override
    {
        const QString key = RayDeck::KeychainSecretStore::keyFor(ref);
        QTimer::singleShot(0, context, [this, key, done] {
            if (unavailable)
                done(RayDeck::KeychainSecretStore::unavailableError(QStringLiteral("test: no keychain")));
            else if (!entries.contains(key))
                done(RayDeck::Error(RayDeck::Error::Code::NotFound, QStringLiteral("nothing stored")));
            else
                done(RayDeck::SecureBytes(entries.value(key)));
        });
    }

    void writeSecret(const RayDeck::SecretRef &ref, const RayDeck::SecureBytes &secret, QObject *context,
                     DoneCallback done) override
    {
        const QString key = RayDeck::KeychainSecretStore::keyFor(ref);
        const QByteArray value(secret.constData(), secret.size());
        QTimer::singleShot(0, context, [this, key, value, done] {
            if (unavailable)
                return done(RayDeck::KeychainSecretStore::unavailableError(QStringLiteral("test: no keychain")));
            entries.insert(key, value);
            done(RayDeck::Result<void>());
        });
    }

    void deleteSecret(const RayDeck::SecretRef &ref, QObject *context, DoneCallback done) override
    {
        const QString key = RayDeck::KeychainSecretStore::keyFor(ref);
        QTimer::singleShot(0, context, [this, key, done] {
            if (unavailable)
                return done(RayDeck::KeychainSecretStore::unavailableError(QStringLiteral("test: no keychain")));
            entries.remove(key);
            done(RayDeck::Result<void>());
        });
    }
};
