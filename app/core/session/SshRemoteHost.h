// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remote/CommandLog.h"
#include "remote/RemoteHost.h"

#include <QObject>
#include <QPointer>

namespace RayDeck {

class CommandLog;
class SshConnection;

/**
 * RemoteHost over an SshConnection: commands become exec channels (each one
 * recorded in the CommandLog for the Console), forwards become LocalForwards.
 * Does not own the connection.
 */
class SshRemoteHost : public QObject, public RemoteHost
{
    Q_OBJECT

public:
    SshRemoteHost(SshConnection *connection, QString serverName, CommandLog *log, QObject *parent = nullptr);
    ~SshRemoteHost() override;

    void runCommand(const QStringList &argv, const CommandRunOptions &options, QObject *context, Done done,
                    Progress progress = {}) override;
    void ensureConnected(QObject *context, std::function<void(Result<void>)> done) override;
    void openLocalForward(const ForwardRequest &request, QObject *context,
                          std::function<void(Result<quint16>)> done) override;
    QString displayName() const override;

    /// Whether a taken preferred local port falls back to the next free one (Settings).
    void setUseNextFreePort(bool useNextFree) { m_useNextFreePort = useNextFree; }

private:
    QPointer<SshConnection> m_connection;
    QString m_serverName;
    QPointer<CommandLog> m_log;
    bool m_useNextFreePort = true;
};

} // namespace RayDeck
