// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace RayDeck {

struct SshConfigFile;

/// One "Keyword arguments" line of an ssh_config file, split as OpenSSH splits it.
struct SshConfigDirective
{
    QString keyword;       ///< lower case ("hostname")
    QStringList arguments; ///< unquoted, escapes removed; a word starting with "#" ended the line
    QString rawValue;      ///< the text after the keyword and its separator, as written (ProxyJump, ProxyCommand)
    int line = 0;
    /// For Include: the files the patterns matched, in OpenSSH's (sorted) order, already parsed.
    std::vector<SshConfigFile> included;
};

/// A parsed ssh_config file.
struct SshConfigFile
{
    QString path;
    std::vector<SshConfigDirective> directives;
};

/**
 * The configuration OpenSSH would read for `ssh HOST`: the user's file (or the
 * one given with -F) first, then the system-wide file, with every Include
 * expanded in place. Resolving a host walks this tree (SshConfigResolver).
 */
struct SshConfigDocument
{
    std::vector<SshConfigFile> files; ///< files[0] is the user's; a system file may follow
    QStringList notes;                ///< problems met while reading (bad lines, unreadable includes)
};

} // namespace RayDeck
