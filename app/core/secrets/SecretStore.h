// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"
#include "util/SecureBytes.h"

#include <QObject>
#include <QString>

#include <functional>

namespace RayDeck {

/// Which secret of a profile.
enum class SecretKind {
    Password,       ///< SSH login password
    KeyPassphrase,  ///< passphrase of the profile's key file
    RayToken,       ///< Ray dashboard token (Ray >= 2.52)
    EnvironmentVariable, ///< a job environment variable; SecretRef::variable names it
};

/// The address of one secret: which profile, which kind, and for job variables, which variable.
struct SecretRef
{
    QString profileId;
    SecretKind kind = SecretKind::Password;
    QString variable; ///< only for EnvironmentVariable, e.g. "WANDB_API_KEY"

    friend bool operator==(const SecretRef &, const SecretRef &) = default;
};

/**
 * The one door to stored secrets. Every call is asynchronous and ends by
 * invoking @p done exactly once on @p context's thread; if @p context is
 * destroyed first, @p done is dropped. Implementations never write a secret to
 * disk or logs.
 */
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    using ReadCallback = std::function<void(Result<SecureBytes>)>;
    using DoneCallback = std::function<void(Result<void>)>;

    /// Error::Code::NotFound when nothing is stored under @p ref.
    virtual void readSecret(const SecretRef &ref, QObject *context, ReadCallback done) = 0;
    virtual void writeSecret(const SecretRef &ref, const SecureBytes &secret, QObject *context, DoneCallback done) = 0;
    /// Succeeds when nothing was stored.
    virtual void deleteSecret(const SecretRef &ref, QObject *context, DoneCallback done) = 0;
};

} // namespace RayDeck
