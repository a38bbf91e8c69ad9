// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshConnectionSettings.h"

#include "ssh/JumpHost.h"

#include <QCoreApplication>
#include <QDir>

namespace RayDeck {

namespace {

QString expandHome(const QString &path)
{
    if (path == u"~")
        return QDir::homePath();
    if (path.startsWith(u"~/"))
        return QDir::homePath() + path.mid(1);
    return path;
}

} // namespace

QString SshConnectionSettings::effectiveKnownHostsPath() const
{
    if (!knownHostsPath.isEmpty())
        return expandHome(knownHostsPath);
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QString SshConnectionSettings::effectiveAgentSocket() const
{
    if (!agentSocket.isEmpty())
        return expandHome(agentSocket);
    return qEnvironmentVariable("SSH_AUTH_SOCK");
}

QString SshConnectionSettings::effectiveIdentityFile() const
{
    return expandHome(identityFile);
}

QString SshConnectionSettings::displayName() const
{
    const QString hostPart = host.contains(u':') ? QStringLiteral("[%1]").arg(host) : host;
    return QStringLiteral("%1@%2:%3").arg(user, hostPart).arg(port);
}

Result<void> SshConnectionSettings::validate() const
{
    auto invalid = [](const QString &message) { return Error(Error::Code::InvalidInput, message); };
    if (host.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("SshConnectionSettings", "No host name is set for this server."));
    if (host.contains(u' ') || host.startsWith(u'-'))
        return invalid(QCoreApplication::translate("SshConnectionSettings", "The host name \"%1\" is not valid.").arg(host));
    if (user.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("SshConnectionSettings", "No user name is set for %1.").arg(host));
    if (port == 0)
        return invalid(QCoreApplication::translate("SshConnectionSettings", "The SSH port must be from 1 to 65535."));
    if (connectTimeout.count() <= 0 || keepaliveInterval.count() <= 0 || keepaliveCountMax < 1)
        return invalid(QCoreApplication::translate("SshConnectionSettings",
                                                   "Timeouts and keepalive settings must be positive."));
    for (const QString &spec : jumpHosts) {
        const Result<JumpHost> hop = JumpHost::parse(spec);
        if (!hop)
            return hop.error();
    }
    return Result<void>::ok();
}

SshConnectionSettings connectionSettingsFor(const ServerProfile &profile)
{
    SshConnectionSettings settings;
    settings.host = profile.host.trimmed();
    settings.port = profile.port;
    settings.user = profile.user.trimmed();
    settings.authMethod = profile.authMethod;
    settings.identityFile = profile.identityFile;
    settings.jumpHosts = profile.jumpHosts;
    return settings;
}

} // namespace RayDeck
