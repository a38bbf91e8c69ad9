// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/ServerProfile.h"
#include "profiles/SshConfigEnvironment.h"
#include "profiles/SshConfigResolver.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <optional>

namespace RayDeck {

/// One host of an SSH config, resolved and turned into a profile (without id).
struct SshImportCandidate
{
    QString alias;
    SshHostConfig config;
    ServerProfile profile;
    QStringList notes; ///< what the user should know about this host before importing
};

/**
 * Turns the Host entries of an SSH config into server profiles, for the
 * import dialog and `raydeck-cli profiles import-ssh-config`. Each profile is
 * named after its Host alias and gets HostName, User, Port, the first
 * IdentityFile (key authentication; otherwise ssh-agent) and the ProxyJump
 * chain as OpenSSH resolves them; the workspace settings keep their defaults.
 * Synchronous; reads files in load().
 */
class SshConfigImporter
{
    Q_DECLARE_TR_FUNCTIONS(SshConfigImporter)

public:
    explicit SshConfigImporter(SshConfigEnvironment environment = SshConfigEnvironment::current());

    /**
     * Reads the configuration. With an empty @p configPath: ~/.ssh/config and
     * the system file, as plain `ssh` does; otherwise only @p configPath, as
     * `ssh -F` does.
     */
    [[nodiscard]] Result<void> load(const QString &configPath = {});

    QString configPath() const { return m_configPath; }
    /// The concrete Host aliases (see SshConfigResolver::concreteHosts()).
    QStringList hosts() const;
    /// Problems met while reading the files.
    QStringList notes() const;
    /// Resolves @p alias; valid after a successful load().
    SshImportCandidate candidate(const QString &alias) const;

    /// The profile for @p config; the key is the first listed identity file that can be read (ssh-agent if none).
    static ServerProfile profileFor(const SshHostConfig &config);

private:
    SshConfigEnvironment m_environment;
    QString m_configPath;
    std::optional<SshConfigResolver> m_resolver;
};

} // namespace RayDeck
