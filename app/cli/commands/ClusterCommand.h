// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"
#include "session/SessionPrompter.h"

namespace RayDeck {

class ClusterSession;
class CommandLog;
class KeychainSecretStore;

/**
 * `raydeck-cli cluster add|up|status|down|list ...`: Ray clusters of several
 * server profiles (ClusterStore, ClusterSession).
 *
 *  - `add NAME --head PROFILE --worker PROFILE... [--head-address A] [--gcs-port P]`
 *  - `up NAME [--accept-new-host-key]`: one line per node step ("NODE: [ok] ..."),
 *    then `Dashboard: http://127.0.0.1:N/` and `Nodes: K/N`. With every node joined
 *    it keeps the tunnel open until interrupted (like `up`); a failed node is named
 *    on stderr and the exit code is 1.
 *  - `status NAME`: the head's `ray status` as `Nodes: K/N`, CPUs and GPUs; exit 1 when nodes are missing.
 *  - `down NAME [--stop-ray] [--stop-container]`: workers first, then the head; nothing is stopped without options.
 *  - `list`
 *
 * Unknown host keys are refused with their fingerprint unless --accept-new-host-key;
 * missing secrets are asked on the terminal, as for the single-server verbs.
 */
class ClusterCommand : public CliCommand, public SessionPrompter
{
    Q_OBJECT

public:
    explicit ClusterCommand(QObject *parent = nullptr);
    ~ClusterCommand() override;

    void run(const QStringList &arguments) override;

    void askHostKey(const HostKeyInfo &info, std::function<void(HostKeyDecision)> answer) override;
    void askCredential(const CredentialRequest &request,
                       std::function<void(std::optional<CredentialAnswer>)> answer) override;

private:
    void add(const QStringList &arguments);
    void up(const QStringList &arguments);
    void status(const QStringList &arguments);
    void down(const QStringList &arguments);
    void list(const QStringList &arguments);
    void printUsage(QTextStream &stream) const;
    /// Loads the cluster and its profiles and creates m_cluster; finishes with an error and returns false if it cannot.
    [[nodiscard]] bool openCluster(const QString &name, bool acceptNewHostKey);

    KeychainSecretStore *m_secrets = nullptr;
    CommandLog *m_log = nullptr;
    ClusterSession *m_cluster = nullptr;
};

} // namespace RayDeck
