// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileValidator.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

namespace RayDeck {

using namespace Qt::StringLiterals;

namespace {

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

bool hasWhitespace(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

bool matches(const QString &pattern, const QString &text)
{
    // Patterns are few and fixed; compiling on each call keeps the class free of statics.
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

} // namespace

ProfileValidator::ProfileValidator(QList<ServerProfile> existingProfiles)
    : m_existing(std::move(existingProfiles))
{
}

bool ProfileValidator::hasErrors(const QList<FieldError> &errors)
{
    return std::any_of(errors.cbegin(), errors.cend(),
                       [](const FieldError &e) { return e.severity == FieldError::Severity::Error; });
}

QString ProfileValidator::expandUserPath(const QString &path)
{
    if (path == u"~")
        return QDir::homePath();
    if (path.startsWith(u"~/"))
        return QDir::homePath() + path.mid(1);
    return path;
}

QString ProfileValidator::checkName(const QString &name, const QString &ownId) const
{
    if (name.trimmed().isEmpty())
        return tr("Enter a name for this server.");
    if (name != name.trimmed())
        return tr("Remove the spaces at the start or end of the name.");
    if (hasControlCharacters(name))
        return tr("The name contains control characters; use letters, digits and punctuation.");
    for (const ServerProfile &other : m_existing) {
        if (other.id != ownId && other.name.compare(name, Qt::CaseInsensitive) == 0)
            return tr("A server named \"%1\" already exists; choose another name.").arg(other.name);
    }
    return {};
}

QString ProfileValidator::checkHost(const QString &host)
{
    if (host.trimmed().isEmpty())
        return tr("Enter the server's host name or IP address.");
    if (hasWhitespace(host) || hasControlCharacters(host))
        return tr("A host name cannot contain spaces.");
    if (host.contains(u'@'))
        return tr("Put the user name in the User field, not in the host.");
    if (host.startsWith(u'-'))
        return tr("A host name cannot start with \"-\".");
    // Letters, digits, dots, hyphens and underscores for names; colons, brackets
    // and "%" (zone) for IPv6 literals.
    if (!matches(u"[\\p{L}\\p{N}._:%\\[\\]-]+"_s, host))
        return tr("The host contains characters that cannot appear in a host name or address.");
    return {};
}

QString ProfileValidator::checkUser(const QString &user)
{
    if (user.isEmpty())
        return {};
    if (hasWhitespace(user) || hasControlCharacters(user))
        return tr("A user name cannot contain spaces.");
    if (user.startsWith(u'-'))
        return tr("A user name cannot start with \"-\".");
    if (user.contains(u'@') || user.contains(u':') || user.contains(u'/'))
        return tr("A user name cannot contain \"@\", \":\" or \"/\".");
    return {};
}

std::optional<quint16> ProfileValidator::parsePort(const QString &text, PortUse use)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 5
        || !std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit() && c.unicode() < 128; }))
        return std::nullopt;
    const int value = trimmed.toInt();
    if (value > 65535 || (value == 0 && use == PortUse::Required))
        return std::nullopt;
    return quint16(value);
}

QString ProfileValidator::checkPortText(const QString &text, PortUse use)
{
    if (parsePort(text, use))
        return {};
    if (text.trimmed().isEmpty())
        return tr("Enter a port number.");
    return use == PortUse::Required ? tr("Enter a port number from 1 to 65535.")
                                    : tr("Enter a port number from 1 to 65535, or 0 for any free port.");
}

QString ProfileValidator::checkIdentityFile(const QString &path)
{
    if (path.trimmed().isEmpty())
        return tr("Choose the private key file to log in with.");
    const QFileInfo info(expandUserPath(path));
    if (!info.exists())
        return tr("The key file %1 does not exist.").arg(info.filePath());
    if (!info.isFile())
        return tr("%1 is not a file; choose the private key file.").arg(info.filePath());
    if (!info.isReadable())
        return tr("The key file %1 cannot be read; check its permissions.").arg(info.filePath());
    return {};
}

QString ProfileValidator::checkJumpHost(const QString &hop)
{
    QString rest = hop.trimmed();
    if (rest.isEmpty())
        return tr("A jump host cannot be empty; remove the extra comma.");
    if (rest.startsWith(u"ssh://"))
        rest = rest.mid(6);
    const qsizetype at = rest.lastIndexOf(u'@');
    if (at >= 0) {
        if (const QString problem = checkUser(rest.left(at)); !problem.isEmpty() || at == 0)
            return tr("The jump host \"%1\" has an invalid user name.").arg(hop.trimmed());
        rest = rest.mid(at + 1);
    }
    QString host = rest;
    QString port;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0)
            return tr("The jump host \"%1\" has an unclosed \"[\".").arg(hop.trimmed());
        host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(u':'))
                return tr("Write the jump host as [user@]host[:port].");
            port = after.mid(1);
        }
    } else if (rest.count(u':') == 1) {
        host = rest.section(u':', 0, 0);
        port = rest.section(u':', 1);
    }
    if (!checkHost(host).isEmpty())
        return tr("The jump host \"%1\" is not a valid host; write it as [user@]host[:port].").arg(hop.trimmed());
    if (!port.isNull() && !parsePort(port))
        return tr("The jump host \"%1\" has an invalid port; use 1 to 65535.").arg(hop.trimmed());
    return {};
}

QString ProfileValidator::checkMount(const QString &mount)
{
    if (mount.trimmed().isEmpty())
        return tr("Enter a mount as host-path:container-path, or remove the empty line.");
    if (hasControlCharacters(mount))
        return tr("A mount cannot contain control characters.");
    const QStringList parts = mount.split(u':');
    if (parts.size() < 2 || parts.size() > 3)
        return tr("Write the mount as host-path:container-path, optionally followed by :ro or :rw.");
    const QString &source = parts.at(0);
    const QString &target = parts.at(1);
    if (source.isEmpty() || target.isEmpty())
        return tr("Both sides of the mount are needed: host-path:container-path.");
    const bool isPath = source.startsWith(u'/') || source == u"~" || source.startsWith(u"~/");
    if (!isPath && !matches(u"[A-Za-z0-9][A-Za-z0-9_.-]*"_s, source))
        return tr("The host side \"%1\" must be an absolute path (/data, ~/data) or a volume name.").arg(source);
    if (!target.startsWith(u'/'))
        return tr("The container side \"%1\" must be an absolute path, such as /data.").arg(target);
    if (parts.size() == 3 && parts.at(2) != u"ro" && parts.at(2) != u"rw")
        return tr("The mount option \"%1\" is not supported; use ro (read-only) or rw.").arg(parts.at(2));
    return {};
}

QString ProfileValidator::checkContainerName(const QString &name)
{
    if (name.isEmpty())
        return tr("Enter a name for the container RayDeck starts or reuses.");
    if (!matches(u"[A-Za-z0-9][A-Za-z0-9_.-]*"_s, name))
        return tr("A container name starts with a letter or digit and contains only letters, digits, \"_\", \".\" "
                  "and \"-\".");
    return {};
}

QString ProfileValidator::checkImage(const QString &image)
{
    if (image.isEmpty())
        return {};
    if (image.startsWith(u'-') || !matches(u"[A-Za-z0-9][A-Za-z0-9._/:@-]*"_s, image))
        return tr("Enter an image reference such as verlai/verl:latest (no spaces).");
    return {};
}

QString ProfileValidator::checkGpus(const QString &gpus)
{
    if (gpus.isEmpty())
        return {};
    if (gpus.startsWith(u'-') || hasWhitespace(gpus) || hasControlCharacters(gpus))
        return tr("Enter \"all\", a number of GPUs, or device=0,1.");
    return {};
}

QString ProfileValidator::checkNetwork(const QString &network)
{
    if (network.isEmpty())
        return {};
    if (!matches(u"[A-Za-z0-9][A-Za-z0-9_.:-]*"_s, network))
        return tr("Enter a docker network name such as host or bridge.");
    return {};
}

QString ProfileValidator::checkUlimit(const QString &ulimit)
{
    if (!matches(u"[a-z]+=(-1|[0-9]+|unlimited)(:(-1|[0-9]+|unlimited))?"_s, ulimit))
        return tr("Write the limit as name=soft[:hard], for example memlock=-1 or stack=67108864.");
    return {};
}

QString ProfileValidator::checkShmSize(const QString &size)
{
    if (size.isEmpty() || matches(u"[0-9]+[bkmgBKMG]?"_s, size))
        return {};
    return tr("Enter a size such as 16g or 512m, or leave empty for docker's default.");
}

QString ProfileValidator::checkDashboardHost(const QString &host)
{
    if (host.isEmpty())
        return tr("Enter the address the dashboard listens on; 127.0.0.1 keeps it private.");
    if (!QHostAddress(host).isNull())
        return {};
    return checkHost(host);
}

QString ProfileValidator::dashboardHostWarning(const QString &host)
{
    const QHostAddress address(host);
    if (host == u"localhost" || (!address.isNull() && address.isLoopback()))
        return {};
    return tr("The dashboard will be reachable from the network at %1. Ray's Jobs API has no authentication "
              "unless token auth is on: anyone who can reach it can run code on the server. Prefer 127.0.0.1; "
              "RayDeck reaches it through the SSH tunnel.")
        .arg(host);
}

QString ProfileValidator::checkEnvironmentName(const QString &name)
{
    if (name.isEmpty())
        return tr("Enter a variable name.");
    if (!matches(u"[A-Za-z_][A-Za-z0-9_]*"_s, name))
        return tr("\"%1\" is not a valid variable name; use letters, digits and \"_\", not starting with a digit.")
            .arg(name);
    return {};
}

QList<FieldError> ProfileValidator::validate(const ServerProfile &profile) const
{
    QList<FieldError> errors;
    const auto add = [&errors](ProfileField field, const QString &message, int index = -1,
                               FieldError::Severity severity = FieldError::Severity::Error) {
        if (!message.isEmpty())
            errors.append(FieldError{field, message, index, severity});
    };

    add(ProfileField::Name, checkName(profile.name, profile.id));
    add(ProfileField::Host, checkHost(profile.host));
    if (profile.port == 0)
        add(ProfileField::Port, checkPortText(u"0"_s));
    add(ProfileField::User, checkUser(profile.user));
    if (profile.authMethod == AuthMethod::KeyFile)
        add(ProfileField::IdentityFile, checkIdentityFile(profile.identityFile));
    for (int i = 0; i < profile.jumpHosts.size(); ++i)
        add(ProfileField::JumpHosts, checkJumpHost(profile.jumpHosts.at(i)), i);

    const DockerSettings &docker = profile.docker;
    if (docker.enabled) {
        add(ProfileField::ContainerName, checkContainerName(docker.containerName));
        add(ProfileField::Image, checkImage(docker.image));
        add(ProfileField::Gpus, checkGpus(docker.gpus));
        add(ProfileField::Network, checkNetwork(docker.network));
        for (int i = 0; i < docker.ulimits.size(); ++i)
            add(ProfileField::Ulimits, checkUlimit(docker.ulimits.at(i)), i);
        add(ProfileField::ShmSize, checkShmSize(docker.shmSize));
        for (int i = 0; i < docker.mounts.size(); ++i)
            add(ProfileField::Mounts, checkMount(docker.mounts.at(i)), i);
    }

    const RaySettings &ray = profile.ray;
    if (ray.dashboardPort == 0)
        add(ProfileField::DashboardPort, checkPortText(u"0"_s));
    add(ProfileField::DashboardHost, checkDashboardHost(ray.dashboardHost));
    if (checkDashboardHost(ray.dashboardHost).isEmpty())
        add(ProfileField::DashboardHost, dashboardHostWarning(ray.dashboardHost), -1, FieldError::Severity::Warning);

    QSet<quint16> localPorts;
    if (ray.localPort != 0)
        localPorts.insert(ray.localPort);
    for (int i = 0; i < ray.extraForwards.size(); ++i) {
        const PortForward &forward = ray.extraForwards.at(i);
        QString problem;
        if (forward.remotePort == 0)
            problem = tr("Forward %1: enter the remote port (1 to 65535).").arg(i + 1);
        else if (const QString host = checkHost(forward.remoteHost); !host.isEmpty())
            problem = tr("Forward %1: %2").arg(i + 1).arg(host);
        else if (forward.localPort != 0 && localPorts.contains(forward.localPort))
            problem = tr("Forward %1: local port %2 is already used by another forward or the dashboard.")
                          .arg(i + 1)
                          .arg(forward.localPort);
        if (forward.localPort != 0)
            localPorts.insert(forward.localPort);
        add(ProfileField::ExtraForwards, problem, i);
    }

    QSet<QString> names;
    for (int i = 0; i < profile.jobEnvironment.size(); ++i) {
        const JobEnvironmentVariable &variable = profile.jobEnvironment.at(i);
        QString problem = checkEnvironmentName(variable.name);
        if (problem.isEmpty() && names.contains(variable.name))
            problem = tr("The variable %1 is listed twice.").arg(variable.name);
        names.insert(variable.name);
        add(ProfileField::JobEnvironment, problem, i);
    }
    return errors;
}

} // namespace RayDeck
