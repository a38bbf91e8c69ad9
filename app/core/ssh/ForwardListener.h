// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ssh/ForwardSpec.h"
#include "util/Error.h"

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <vector>

namespace RayDeck {

class ChannelPipe;
class LoopbackServer;
class SshSession;

/**
 * The worker-side half of a LocalForward: listens on 127.0.0.1 and ::1 (when
 * the system has IPv6), never on other interfaces, and gives each accepted
 * connection its own ChannelPipe to spec.remoteHost:remotePort.
 *
 * The listeners outlive the SSH session: while the connection is being
 * (re)established, new connections are parked (not read) for up to
 * parkingTimeout and then served, so a URL stays valid across reconnects.
 * Worker thread.
 */
class ForwardListener : public QObject
{
    Q_OBJECT

public:
    ForwardListener(int id, ForwardSpec spec, std::chrono::milliseconds parkingTimeout, QObject *parent = nullptr);
    ~ForwardListener() override;

    int id() const { return m_id; }
    quint16 port() const { return m_port; }

    /// Binds; emits listening() or failed().
    void listen();
    /// A session became ready: serve parked and new connections through it.
    void attachSession(SshSession *session);
    /// The session went away: reset its connections; park new ones if @p parkNewConnections.
    void detachSession(bool parkNewConnections);
    /// Stops listening and drops every connection. Emits closed().
    void close();

    /// The first port above @p port where both loopback addresses are free; 0 if none is near.
    static quint16 nextFreePort(quint16 port);

Q_SIGNALS:
    void listening(int id, quint16 port);
    void failed(int id, const RayDeck::Error &error, quint16 suggestedPort);
    void remoteRefused(int id, const QString &message);
    void closed(int id);

private:
    struct Parked
    {
        int fd;
        QDeadlineTimer deadline;
    };

    bool bindBoth(quint16 port, QString *problem, bool *addressInUse);
    void onAccepted(int fd);
    void startPipe(int fd);
    void expireParked();
    void dropParked();

    int m_id;
    ForwardSpec m_spec;
    std::chrono::milliseconds m_parkingTimeout;
    quint16 m_port = 0;
    QList<LoopbackServer *> m_servers;
    QPointer<SshSession> m_session;
    bool m_parking = true;
    std::vector<Parked> m_parked;
    QTimer m_parkingTimer;
    QList<ChannelPipe *> m_pipes;
    bool m_closed = false;
};

} // namespace RayDeck
