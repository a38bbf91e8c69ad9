// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

namespace RayDeck {

/**
 * A listening socket that hands accepted connections over as raw,
 * nonblocking descriptors: the forwarding engine moves their bytes itself,
 * without a QTcpSocket's buffers in between. Worker thread.
 */
class LoopbackServer : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;

Q_SIGNALS:
    /// The receiver owns @p fd.
    void socketAccepted(int fd);

protected:
    void incomingConnection(qintptr descriptor) override;
};

} // namespace RayDeck
