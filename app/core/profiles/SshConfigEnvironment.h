// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>

#include <functional>

namespace RayDeck {

/**
 * The facts about the local machine that OpenSSH consults while reading its
 * configuration: home directories, user, host name and environment. current()
 * takes them from the running process; tests substitute their own.
 */
struct SshConfigEnvironment
{
    /// "~" in IdentityFile and the %d token. OpenSSH takes it from the password database.
    QString homeDirectory;
    /// "~" in Include and where "~/.ssh/config" is. OpenSSH's glob reads $HOME for this one.
    QString includeHomeDirectory;
    QString localUser;     ///< %u, and the login name when no User is set
    QString localHostName; ///< %l; %L is the part before the first dot
    QString userId;        ///< %i
    QProcessEnvironment variables; ///< ${NAME} in IdentityFile
    /// "~name/..." in IdentityFile; returns an empty string for an unknown user.
    std::function<QString(const QString &user)> homeOfUser;

    static SshConfigEnvironment current();
};

} // namespace RayDeck
