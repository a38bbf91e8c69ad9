// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/ServerProfile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <vector>

/**
 * Several simulated GPU servers, each a real OpenSSH sshd (start-sshd.sh) with
 * an address of its own, for cluster tests.
 *
 * As root with network namespaces allowed, each server lives in a namespace the
 * fixture creates (`ip netns`), joined by veth pairs to a bridge in this
 * namespace: 10.A.B.1 here, 10.A.B.2... for the servers, so Ray's GCS traffic
 * between the servers really crosses an interface. Elsewhere (or with
 * RAYDECK_TEST_CLUSTER_NETWORK=loopback) every sshd listens on its own loopback
 * address 127.0.0.2... instead; the tests run the same either way.
 *
 * cleanup() (also run by the destructor) stops the Ray stand-ins and sshds and
 * deletes the namespaces, links and routes; start() first removes what a crashed
 * earlier run left behind.
 */
class ClusterHosts
{
public:
    enum class Network { Namespaces, Loopback };

    ClusterHosts();
    ~ClusterHosts();
    ClusterHosts(const ClusterHosts &) = delete;
    ClusterHosts &operator=(const ClusterHosts &) = delete;

    bool start(int count);
    void cleanup();
    QString errorString() const { return m_error; }
    Network network() const { return m_network; }
    QString networkName() const;

    int count() const { return int(m_hosts.size()); }
    QString address(int i) const { return m_hosts[i]->address; }
    quint16 sshPort(int i) const { return m_hosts[i]->port; }
    QString user(int i) const { return m_hosts[i]->user; }
    QString keyPath(int i) const { return m_hosts[i]->dir.path() + QStringLiteral("/userkey"); }
    QString remoteStateDir(int i) const { return m_hosts[i]->dir.path() + QStringLiteral("/remote-state"); }

    /// A profile that logs in to server @p i with its key; container "verl-node", a free dashboard port.
    RayDeck::ServerProfile profile(int i, const QString &name) const;
    /// Writes every server's host key to @p homePath/.ssh/known_hosts.
    bool trustHostKeysIn(const QString &homePath) const;

    bool writeSetting(int i, const QString &name, const QString &value) const;
    QList<QStringList> argvLog(int i) const;
    /// How many `ray start` calls server @p i saw that contain @p argument.
    int rayStartCount(int i, const QString &argument) const;
    QJsonObject headInfo(int i) const;
    QJsonObject workerInfo(int i) const;

    /// This process can no longer reach server @p i (an unreachable route, or its sshd stopped on loopback).
    bool makeUnreachable(int i);
    bool makeReachable(int i);
    /// Worker @p i cannot reach the head (server 0) until unblockHeadFrom(): an unreachable route inside its
    /// namespace; on loopback the head's stand-in refuses the next registration instead.
    bool blockHeadFrom(int i);
    bool unblockHeadFrom(int i);

    /// `ray stop` of the stand-in on server @p i, then its state (containers, logs, settings) removed.
    void resetState(int i) const;

private:
    struct Host
    {
        QTemporaryDir dir;
        std::unique_ptr<QProcess> sshd;
        QString netns;
        QString address;
        quint16 port = 0;
        QString user;
    };

    bool run(const QStringList &arguments, bool quiet = false);
    bool setUpNamespaces(int count);
    bool startSshd(Host &host);
    void stopSshd(Host &host);
    void stopRay(int i) const;
    static void removeStale();
    /// Kills whatever still runs in namespace @p netns (`ip netns pids`).
    static void endProcessesIn(const QString &netns);

    std::vector<std::unique_ptr<Host>> m_hosts;
    Network m_network = Network::Loopback;
    QString m_tag;
    QString m_subnet; ///< "10.A.B." in namespace mode
    QStringList m_routes; ///< "unreachable" routes added here, to remove in cleanup
    QString m_error;
};
