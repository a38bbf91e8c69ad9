// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <memory>

class QCommandLineParser;

namespace RayDeck {

class KeychainSecretStore;
class ProfileStore;

/**
 * `raydeck-cli profiles list|show|add|remove|import-ssh-config ...`
 *
 * `list --json` prints {"schemaVersion": 1, "profiles": [PROFILE, ...]} and
 * `show NAME --json` prints one PROFILE object: the same layout as the
 * profiles file (ProfileJson), which never contains a secret.
 */
class ProfilesCommand : public CliCommand
{
    Q_OBJECT

public:
    explicit ProfilesCommand(QObject *parent = nullptr);
    ~ProfilesCommand() override;

    void run(const QStringList &arguments) override;

private:
    /// Parses a sub-command's options; false once it has finished (usage error or --help).
    [[nodiscard]] bool parseSubcommand(QCommandLineParser &parser, const QString &usageName, const QStringList &arguments);
    bool openStore();
    void list(const QStringList &arguments);
    void show(const QStringList &arguments);
    void add(const QStringList &arguments);
    void remove(const QStringList &arguments);
    void importSshConfig(const QStringList &arguments);
    void printUsage(QTextStream &stream) const;

    std::unique_ptr<ProfileStore> m_store;
    KeychainSecretStore *m_secrets = nullptr;
};

} // namespace RayDeck
