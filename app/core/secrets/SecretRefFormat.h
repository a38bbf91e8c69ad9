// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace RayDeck {

/**
 * The words the CLI and messages use for a secret's kind: "password",
 * "passphrase", "ray-token" and "env:NAME" (a job environment variable).
 */
class SecretRefFormat
{
    Q_DECLARE_TR_FUNCTIONS(SecretRefFormat)

public:
    /// "password", "passphrase", "ray-token" or "env:NAME".
    static QString kindText(const SecretRef &ref);
    /// The reverse of kindText() for @p profileId; nullopt if @p text is none of them.
    static std::optional<SecretRef> parseKind(const QString &profileId, const QString &text);
    /// A phrase for messages: "the SSH password", "WANDB_API_KEY", ...
    static QString describe(const SecretRef &ref);
};

} // namespace RayDeck
