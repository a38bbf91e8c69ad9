// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

/**
 * A nonblocking TCP socket for test peers, with explicit half-close, which
 * QTcpSocket cannot do. Bytes to send are queued and go out as the socket
 * allows; received bytes are handed to received(). At most readLimit bytes
 * are read per wakeup, and reading can be paused, so a test can play a slow
 * or stalled reader.
 */
class RawSocket : public QObject
{
    Q_OBJECT

public:
    /// Takes ownership of a connected socket.
    explicit RawSocket(int fd, QObject *parent = nullptr);
    /// Connects to 127.0.0.1:@p port (nonblocking); connected() or closed() follows.
    static RawSocket *connectTo(quint16 port, QObject *parent = nullptr);
    ~RawSocket() override;

    void send(const QByteArray &data);
    /// Queues @p total bytes made of @p chunk repeated, generated as the socket takes them.
    void sendRepeated(const QByteArray &chunk, qint64 total);
    /// shutdown(SHUT_WR) once everything queued is sent.
    void finishSending();
    void setReadingPaused(bool paused);
    void close();

    bool isConnected() const { return m_connected; }
    bool isReadFinished() const { return m_readFinished; }
    qint64 bytesSent() const { return m_bytesSent; }
    qint64 bytesReceived() const { return m_bytesReceived; }
    qint64 bytesQueued() const { return m_outgoing.size() + m_repeatRemaining; }
    /// Writes as much of @p data as the kernel takes right now, without queueing; returns the count.
    qint64 writeNow(const char *data, qint64 size);

Q_SIGNALS:
    void connected();
    void received(const QByteArray &data);
    /// The peer half-closed its sending side (EOF).
    void readFinished();
    void bytesWritten();
    /// Closed (by close(), an error or a reset).
    void closed();

private:
    void onReadable();
    void onWritable();
    void updateWriting();

    int m_fd;
    bool m_connected = true;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QByteArray m_outgoing;
    QByteArray m_repeatChunk;
    qint64 m_repeatRemaining = 0;
    bool m_finishRequested = false;
    bool m_writeShut = false;
    bool m_readFinished = false;
    bool m_readPaused = false;
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
};
