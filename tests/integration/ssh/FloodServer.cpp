// SPDX-License-Identifier: GPL-3.0-or-later
#include "FloodServer.h"

#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

FloodServer::FloodServer(Mode mode, QObject *parent)
    : QTcpServer(parent)
    , m_mode(mode)
{
    m_sinceProgress.start();
}

void FloodServer::incomingConnection(qintptr descriptor)
{
    const int fd = int(descriptor);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    // The descriptor stays open for the server's lifetime; nothing here reads.
    auto *keeper = new QObject(this);
    connect(keeper, &QObject::destroyed, [fd] { ::close(fd); });
    if (m_mode == Mode::Silent)
        return;
    auto *notifier = new QSocketNotifier(fd, QSocketNotifier::Write, keeper);
    connect(notifier, &QSocketNotifier::activated, this, [this, fd, notifier] {
        static const QByteArray chunk(64 * 1024, 'x');
        for (;;) {
            const ssize_t n = ::send(fd, chunk.constData(), size_t(chunk.size()), MSG_NOSIGNAL);
            if (n > 0) {
                m_written += n;
                m_sinceProgress.restart();
                continue;
            }
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
                return;
            notifier->setEnabled(false);
            return;
        }
    });
}
