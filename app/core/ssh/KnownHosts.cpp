// SPDX-License-Identifier: GPL-3.0-or-later
#include "KnownHosts.h"

#include "ssh/LibsshHandles.h"
#include "ssh/SshErrorMapping.h"
#include "util/Logging.h"
#include "util/ShellQuote.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace RayDeck::KnownHosts {

namespace {

QString hostLabel(const HostKeyInfo &info)
{
    return hostPattern(info.host, info.port);
}

} // namespace

Result<HostKeyInfo> serverKey(ssh_session session, const QString &host, quint16 port, const QString &knownHostsPath)
{
    const SshErrorContext context{SshStep::HostKey, hostPattern(host, port), {}};
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(session, &rawKey) != SSH_OK || rawKey == nullptr)
        return errorFromLibssh(session, context);
    const SshKeyPtr key(rawKey);

    unsigned char *hash = nullptr;
    size_t hashLength = 0;
    if (ssh_get_publickey_hash(key.get(), SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength) != 0)
        return errorFromLibssh(session, context);
    char *fingerprint = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLength);
    ssh_clean_pubkey_hash(&hash);

    HostKeyInfo info;
    info.host = host;
    info.port = port;
    info.keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key.get())));
    info.fingerprint = QString::fromLatin1(fingerprint);
    info.knownHostsPath = knownHostsPath;
    ssh_string_free_char(fingerprint);
    return info;
}

QString hostPattern(const QString &host, quint16 port)
{
    if (port == 22)
        return host;
    return QStringLiteral("[%1]:%2").arg(host).arg(port);
}

QString removeCommand(const HostKeyInfo &info)
{
    return shellJoin({QStringLiteral("ssh-keygen"), QStringLiteral("-R"), hostLabel(info), QStringLiteral("-f"),
                      info.knownHostsPath});
}

Result<void> append(ssh_session session, const HostKeyInfo &info)
{
    char *entry = nullptr;
    if (ssh_session_export_known_hosts_entry(session, &entry) != SSH_OK || entry == nullptr)
        return errorFromLibssh(session, {SshStep::HostKey, hostLabel(info), info.knownHostsPath});
    QByteArray line = QByteArray(entry).trimmed();
    ssh_string_free_char(entry);
    line.append('\n');

    const QFileInfo fileInfo(info.knownHostsPath);
    QDir directory = fileInfo.absoluteDir();
    if (!directory.exists()) {
        if (!QDir().mkpath(directory.absolutePath())
            || !QFile::setPermissions(directory.absolutePath(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            return Error(Error::Code::Io, QCoreApplication::translate("KnownHosts", "Cannot create the folder %1 for known_hosts.").arg(directory.absolutePath()));
    }

    const bool existed = fileInfo.exists();
    QFile file(info.knownHostsPath);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append))
        return Error(Error::Code::Io, QCoreApplication::translate("KnownHosts", "Cannot write %1: %2").arg(info.knownHostsPath, file.errorString()));
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // A file whose last line lacks its newline would glue our entry onto it.
    if (file.size() > 0) {
        file.seek(file.size() - 1);
        char last = '\n';
        if (file.getChar(&last) && last != '\n')
            line.prepend('\n');
    }
    if (file.write(line) != line.size() || !file.flush())
        return Error(Error::Code::Io, QCoreApplication::translate("KnownHosts", "Cannot write %1: %2").arg(info.knownHostsPath, file.errorString()));
    qCInfo(lcSsh) << "added host key of" << hostLabel(info) << "to" << info.knownHostsPath;
    return Result<void>::ok();
}

Error changedKeyError(const HostKeyInfo &info)
{
    return Error(Error::Code::HostKeyChanged,
                 QCoreApplication::translate("KnownHosts", "The host key of %1 has CHANGED since it was saved in %2. Someone may be intercepting the "
                    "connection, or the server was reinstalled. RayDeck will not connect.\n"
                    "The server now presents a key of type %3 with fingerprint %4.\n"
                    "If you know the change is expected, remove the old key with:\n  %5\n"
                    "and connect again to review the new one.")
                     .arg(hostLabel(info), info.knownHostsPath, info.keyType, info.fingerprint, removeCommand(info)),
                 QStringLiteral("known_hosts mismatch for %1").arg(hostLabel(info)));
}

Error otherKeyTypeError(const HostKeyInfo &info)
{
    return Error(Error::Code::HostKeyChanged,
                 QCoreApplication::translate("KnownHosts", "%1 presented a key of type %2 (fingerprint %3), but %4 only has keys of other types for it. This can "
                    "mean the connection is intercepted. RayDeck will not connect.\n"
                    "If the server's keys really changed, remove the old entries with:\n  %5\n"
                    "and connect again to review the new key.")
                     .arg(hostLabel(info), info.keyType, info.fingerprint, info.knownHostsPath, removeCommand(info)),
                 QStringLiteral("known_hosts has other key types for %1").arg(hostLabel(info)));
}

Error unknownKeyError(const HostKeyInfo &info)
{
    return Error(Error::Code::HostKeyUnknown,
                 QCoreApplication::translate("KnownHosts", "The host key of %1 is not in %2, so RayDeck does not know this server yet.\n"
                    "It presented a key of type %3 with fingerprint %4.\n"
                    "Compare it with the output of `ssh-keygen -lf` on the server's host key before trusting it.")
                     .arg(hostLabel(info), info.knownHostsPath, info.keyType, info.fingerprint),
                 QStringLiteral("unknown host key for %1").arg(hostLabel(info)));
}

} // namespace RayDeck::KnownHosts
