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
    // Both directions done (EOF read, everything echoed): close, so that a
    // long run of connections does not pile up descriptors here.
    // Queued: the signals come from inside RawSocket's own handlers.
    const auto closeWhenDone = [socket] {
        QMetaObject::invokeMethod(socket, [socket] {
            if (socket->isReadFinished() && socket->bytesQueued() == 0)
                socket->close();
        }, Qt::QueuedConnection);
    };
    connect(socket, &RawSocket::bytesWritten, socket, [socket, closeWhenDone] {
        if (socket->bytesQueued() < kHighWater / 2 && !socket->isReadFinished())
            socket->setReadingPaused(false);
        closeWhenDone();
    });
    connect(socket, &RawSocket::readFinished, socket, [socket, closeWhenDone] {
        socket->finishSending();
        closeWhenDone();
    });
    connect(socket, &RawSocket::closed, socket, &QObject::deleteLater);
    if (!m_greeting.isEmpty())
        socket->send(m_greeting);
}
