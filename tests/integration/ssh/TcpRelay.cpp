// SPDX-License-Identifier: GPL-3.0-or-later
#include "TcpRelay.h"

#include "RawSocket.h"

TcpRelay::TcpRelay(quint16 targetPort, QObject *parent)
    : QTcpServer(parent)
    , m_targetPort(targetPort)
{
}

void TcpRelay::freeze()
{
    m_frozen = true;
    for (RawSocket *socket : std::as_const(m_sockets))
        socket->setReadingPaused(true);
}

void TcpRelay::incomingConnection(qintptr descriptor)
{
    auto *client = new RawSocket(int(descriptor), this);
    auto *server = RawSocket::connectTo(m_targetPort, this);
    m_sockets << client << server;
    if (m_frozen) {
        client->setReadingPaused(true);
        server->setReadingPaused(true);
    }
    connect(client, &RawSocket::received, server, &RawSocket::send);
    connect(server, &RawSocket::received, client, &RawSocket::send);
    connect(server, &RawSocket::received, this, [this] { ++m_chunksFromServer; });
    connect(client, &RawSocket::readFinished, server, &RawSocket::finishSending);
    connect(server, &RawSocket::readFinished, client, &RawSocket::finishSending);
    connect(client, &RawSocket::closed, server, &RawSocket::close);
    connect(server, &RawSocket::closed, client, &RawSocket::close);
}
