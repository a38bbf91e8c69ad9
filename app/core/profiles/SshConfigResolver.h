// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/SshConfigDocument.h"
#include "profiles/SshConfigEnvironment.h"

#include <QCoreApplication>
#include <QStringList>

namespace RayDeck {

/// What OpenSSH would use to connect to one host alias.
struct SshHostConfig
{
    QString alias;           ///< as given (the Host entry)
    QString hostName;        ///< final host name, as `ssh -G` prints it
    QString user;            ///< the configured User, or the local user
    bool hasConfiguredUser = false;
    quint16 port = 22;
    bool hasConfiguredPort = false;
    /// IdentityFile values as written (what `ssh -G` prints), duplicates dropped.
    /// Empty when the config names none (OpenSSH then tries its default keys).
    QStringList identityFiles;
    /// The same with "~", %-tokens and ${VAR} expanded (the files ssh opens).
    /// An entry that cannot be expanded is left out with a note.
    QStringList expandedIdentityFiles;
    QString proxyJump;       ///< as `ssh -G` prints it; empty: none
    QStringList jumpHosts;   ///< the hops, first first, each "[user@]host[:port]"
    QString proxyCommand;    ///< set when the host uses ProxyCommand instead of ProxyJump
    QStringList notes;       ///< what was skipped or could not be applied, for the user
};

/**
 * Answers "what does OpenSSH use for `ssh ALIAS`?" from a parsed
 * configuration, following OpenSSH 9's rules:
 *
 *  - the first value obtained for an option wins (IdentityFile accumulates);
 *  - a Host line applies when one of its patterns (`*`, `?`) matches the alias
 *    as typed, case-sensitively, and none of its `!negated` patterns does;
 *  - an Include inside a block that does not apply contributes nothing;
 *  - Match blocks with all, host, originalhost, user, localuser, canonical and
 *    final are evaluated (with the final pass); Match exec and unknown criteria
 *    are not (they would run commands): such blocks are skipped with a note;
 *  - HostName expands %h and %%; IdentityFile expands ~, ~user, %C %d %h %i %k
 *    %L %l %n %p %r %u %% and ${VAR}; the host name is lower-cased unless it
 *    is an address.
 *
 * Not applied: CanonicalizeHostname (a note says so). Pure computation.
 */
class SshConfigResolver
{
    Q_DECLARE_TR_FUNCTIONS(SshConfigResolver)

public:
    explicit SshConfigResolver(SshConfigDocument document,
                               SshConfigEnvironment environment = SshConfigEnvironment::current());

    /// The Host aliases of the user's file and its includes that name one
    /// host (no `*`, `?` or `!`), in file order, each once.
    QStringList concreteHosts() const;

    SshHostConfig resolve(const QString &alias) const;

    const SshConfigDocument &document() const { return m_document; }

private:
    SshConfigDocument m_document;
    SshConfigEnvironment m_environment;
};

} // namespace RayDeck
