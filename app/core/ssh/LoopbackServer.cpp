// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoopbackServer.h"

#include "ssh/SocketIo.h"

namespace RayDeck {

void LoopbackServer::incomingConnection(qintptr descriptor)
{
    const int fd = int(descriptor);
    SocketIo::setNonBlocking(fd);
    SocketIo::setNoDelay(fd);
    Q_EMIT socketAccepted(fd);
}

} // namespace RayDeck
