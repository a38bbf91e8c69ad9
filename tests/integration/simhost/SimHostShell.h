// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/ServerProfile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class SshServerFixture;

/// What a remote command left behind.
struct RemoteRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/**
 * Runs commands on a simulated GPU host through OpenSSH's own client, so the
 * stand-ins are reached exactly as RayDeck reaches a server: a real SSH session
 * whose shell sees tests/simhost/bin first on PATH. Commands share one
 * multiplexed connection (ssh -M) to keep the many small calls fast; each is
 * still its own SSH exec channel. Also reads and writes the host's state files
 * ($RAYDECK_SIM_STATE lives on this machine).
 */
class SimHostShell
{
public:
    explicit SimHostShell(const SshServerFixture &server);
    /// Ends the shared SSH connection, if one was opened.
    ~SimHostShell();
    SimHostShell(const SimHostShell &) = delete;
    SimHostShell &operator=(const SimHostShell &) = delete;

    /// Runs @p command through the remote login shell; stdin carries @p input then EOF.
    RemoteRun run(const QString &command, const QByteArray &input = {}, int timeoutMs = 60000) const;
    /// Runs an argument vector, each element quoted for the remote shell with RayDeck::shellJoin().
    RemoteRun runArgs(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 60000) const;

    QString stateDir() const;
    /// Writes $RAYDECK_SIM_STATE/<name> (a setting such as docker-mode or step-seconds).
    bool writeSetting(const QString &name, const QString &value) const;
    bool removeSetting(const QString &name) const;
    /// Every recorded stand-in invocation, oldest first: ["docker", "run", ...].
    QList<QStringList> argvLog() const;
    /// Every request the Ray head stand-in answered, oldest first.
    QList<QJsonObject> requestLog() const;
    /// Contents of ray/head.json (empty when no head runs).
    QJsonObject headInfo() const;
    /// Contents of ray/worker.json (empty when no worker runs).
    QJsonObject workerInfo() const;
    /// Ends the host's Ray daemons: `ray stop` over SSH, then SIGKILL for any that survived.
    void stopDaemons() const;
    /// Removes the host's state (containers, images list, logs) after stopping its daemons.
    void resetState() const;

    /**
     * A profile that logs in to this host with the fixture's key and runs Ray in
     * the container @p containerName (image verlai/verl:latest), with a free
     * dashboard port on the host and any free local tunnel port.
     */
    RayDeck::ServerProfile containerProfile(const QString &profileName, const QString &containerName) const;

    /// A TCP port on 127.0.0.1 that nobody listened on a moment ago.
    static quint16 freePort();
    /// True while @p pid exists and is not a zombie.
    static bool processAlive(qint64 pid);

private:
    QStringList sshOptions() const;
    QString controlPath() const;
    void ensureMaster() const;

    const SshServerFixture &m_server;
    mutable bool m_masterStarted = false;
};
