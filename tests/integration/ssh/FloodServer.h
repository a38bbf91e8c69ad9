// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QTcpServer>

/**
 * A remote service that never reads. In Flood mode it writes to every
 * connection as fast as the connection takes it, so a test can see where
 * the bytes pile up when the local client stops reading; in Silent mode it
 * only holds connections open, so the client's writes must back up.
 */
class FloodServer : public QTcpServer
{
    Q_OBJECT

public:
    enum class Mode { Flood, Silent };

    explicit FloodServer(Mode mode, QObject *parent = nullptr);
    bool start() { return listen(QHostAddress::LocalHost, 0); }

    qint64 bytesWritten() const { return m_written; }
    /// Milliseconds since the last byte went out (or since start).
    qint64 idleMilliseconds() const { return m_sinceProgress.elapsed(); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    Mode m_mode;
    qint64 m_written = 0;
    QElapsedTimer m_sinceProgress;
};
