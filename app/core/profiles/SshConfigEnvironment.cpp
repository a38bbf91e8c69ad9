// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshConfigEnvironment.h"

#include <QDir>
#include <QFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace RayDeck {

SshConfigEnvironment SshConfigEnvironment::current()
{
    SshConfigEnvironment environment;
    environment.homeDirectory = QDir::homePath();
    environment.localUser = qEnvironmentVariable("USER");
#ifdef Q_OS_UNIX
    if (const passwd *entry = ::getpwuid(::getuid())) {
        environment.homeDirectory = QFile::decodeName(entry->pw_dir);
        environment.localUser = QFile::decodeName(entry->pw_name);
    }
    environment.userId = QString::number(::getuid());
    environment.homeOfUser = [](const QString &user) {
        const passwd *entry = ::getpwnam(QFile::encodeName(user).constData());
        return entry ? QFile::decodeName(entry->pw_dir) : QString();
    };
#else
    environment.userId = QStringLiteral("0");
    environment.homeOfUser = [](const QString &) { return QString(); };
#endif
    environment.includeHomeDirectory = qEnvironmentVariable("HOME", environment.homeDirectory);
    environment.localHostName = QSysInfo::machineHostName();
    environment.variables = QProcessEnvironment::systemEnvironment();
    return environment;
}

} // namespace RayDeck
