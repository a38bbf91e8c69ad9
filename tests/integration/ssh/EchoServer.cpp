// SPDX-License-Identifier: GPL-3.0-or-later
#include "EchoServer.h"

#include "RawSocket.h"

void EchoServer::incomingConnection(qintptr descriptor)
{
    ++m_accepted;
    auto *socket = new RawSocket(int(descriptor), this);
    constexpr qint64 kHighWater = 1024 * 1024;
    connect(socket, &RawSocket::received, socket, [socket](const QByteArray &data) {
        socket->send(data);
        if (socket->bytesQueued() > kHighWater)
            socket->setReadingPaused(true);
    });
    connect(socket, &RawSocket::bytesWritten, socket, [socket] {
        if (socket->bytesQueued() < kHighWater / 2 && !socket->isReadFinished())
            socket->setReadingPaused(false);
    });
    connect(socket, &RawSocket::readFinished, socket, [socket] { socket->finishSending(); });
    connect(socket, &RawSocket::closed, socket, &QObject::deleteLater);
    if (!m_greeting.isEmpty())
        socket->send(m_greeting);
}
