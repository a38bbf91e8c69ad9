// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretRefFormat.h"

#include <QRegularExpression>

namespace RayDeck {

using namespace Qt::StringLiterals;

QString SecretRefFormat::kindText(const SecretRef &ref)
{
    switch (ref.kind) {
    case SecretKind::Password:
        return u"password"_s;
    case SecretKind::KeyPassphrase:
        return u"passphrase"_s;
    case SecretKind::RayToken:
        return u"ray-token"_s;
    case SecretKind::EnvironmentVariable:
        return u"env:"_s + ref.variable;
    }
    return {};
}

std::optional<SecretRef> SecretRefFormat::parseKind(const QString &profileId, const QString &text)
{
    SecretRef ref;
    ref.profileId = profileId;
    if (text == u"password") {
        ref.kind = SecretKind::Password;
    } else if (text == u"passphrase") {
        ref.kind = SecretKind::KeyPassphrase;
    } else if (text == u"ray-token") {
        ref.kind = SecretKind::RayToken;
    } else if (text.startsWith(u"env:")) {
        ref.kind = SecretKind::EnvironmentVariable;
        ref.variable = text.mid(4);
        static const QRegularExpression name(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
        if (!name.match(ref.variable).hasMatch())
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    return ref;
}

QString SecretRefFormat::describe(const SecretRef &ref)
{
    switch (ref.kind) {
    case SecretKind::Password:
        return tr("the SSH password");
    case SecretKind::KeyPassphrase:
        return tr("the key passphrase");
    case SecretKind::RayToken:
        return tr("the Ray dashboard token");
    case SecretKind::EnvironmentVariable:
        return tr("the job variable %1").arg(ref.variable);
    }
    return {};
}

} // namespace RayDeck
