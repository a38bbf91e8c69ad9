// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QTcpServer>

class RawSocket;

/**
 * A TCP relay on 127.0.0.1 in front of a real server, playing the network:
 * freeze() stops moving bytes without closing anything (a cable pulled, a
 * laptop asleep), so only keepalives can tell the link is dead.
 */
class TcpRelay : public QTcpServer
{
    Q_OBJECT

public:
    explicit TcpRelay(quint16 targetPort, QObject *parent = nullptr);
    bool start() { return listen(QHostAddress::LocalHost, 0); }
    void freeze();
    bool isFrozen() const { return m_frozen; }
    /// Reads that came from the server side and were passed on to the client.
    int chunksFromServer() const { return m_chunksFromServer; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    quint16 m_targetPort;
    bool m_frozen = false;
    int m_chunksFromServer = 0;
    QList<RawSocket *> m_sockets;
};
