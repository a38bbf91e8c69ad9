// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshConfigImporter.h"

#include "profiles/SshConfigParser.h"

#include <QFileInfo>

namespace RayDeck {

SshConfigImporter::SshConfigImporter(SshConfigEnvironment environment)
    : m_environment(std::move(environment))
{
}

Result<void> SshConfigImporter::load(const QString &configPath)
{
    SshConfigParser parser(m_environment);
    const bool useDefault = configPath.isEmpty();
    m_configPath = useDefault ? parser.defaultUserConfigPath() : configPath;
    Result<SshConfigDocument> document =
        parser.parse(m_configPath, useDefault ? SshConfigParser::defaultSystemConfigPath() : QString());
    if (!document) {
        m_resolver.reset();
        return document.error();
    }
    m_resolver.emplace(std::move(document).value(), m_environment);
    return {};
}

QStringList SshConfigImporter::hosts() const
{
    return m_resolver ? m_resolver->concreteHosts() : QStringList();
}

QStringList SshConfigImporter::notes() const
{
    return m_resolver ? m_resolver->document().notes : QStringList();
}

SshImportCandidate SshConfigImporter::candidate(const QString &alias) const
{
    SshImportCandidate candidate;
    candidate.alias = alias;
    if (!m_resolver)
        return candidate;
    candidate.config = m_resolver->resolve(alias);
    candidate.profile = profileFor(candidate.config);
    candidate.notes = candidate.config.notes;
    const QStringList &keys = candidate.config.expandedIdentityFiles;
    if (!keys.isEmpty() && candidate.profile.authMethod == AuthMethod::Agent) {
        candidate.notes << tr("None of the identity files of %1 (%2) can be read; the profile uses ssh-agent.")
                               .arg(alias, keys.join(u", "));
    } else if (keys.size() > 1) {
        candidate.notes << tr("%1 lists %2 identity files; the profile uses %3.")
                               .arg(alias)
                               .arg(keys.size())
                               .arg(candidate.profile.identityFile);
    }
    return candidate;
}

ServerProfile SshConfigImporter::profileFor(const SshHostConfig &config)
{
    ServerProfile profile;
    profile.name = config.alias;
    profile.host = config.hostName;
    profile.port = config.port;
    profile.user = config.user;
    // OpenSSH tries each listed key and skips missing ones; a profile holds one, so take the first usable.
    profile.authMethod = AuthMethod::Agent;
    for (const QString &path : config.expandedIdentityFiles) {
        const QFileInfo key(path);
        if (key.isFile() && key.isReadable()) {
            profile.authMethod = AuthMethod::KeyFile;
            profile.identityFile = path;
            break;
        }
    }
    profile.jumpHosts = config.jumpHosts;
    return profile;
}

} // namespace RayDeck
