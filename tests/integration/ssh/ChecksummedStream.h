// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCryptographicHash>
#include <QObject>
#include <QTcpSocket>

#include <random>

/**
 * One client of a load test: connects to 127.0.0.1:port (a tunnel's local
 * end in front of an echo service), sends @p total bytes of pseudo-random
 * data generated from @p seed as the socket takes them, and hashes (SHA-256)
 * what it sent and what came back. Nothing is kept in memory beyond the
 * socket buffers, so many streams of many megabytes can run at once.
 */
class ChecksummedStream : public QObject
{
    Q_OBJECT

public:
    ChecksummedStream(quint16 port, qint64 total, quint64 seed, QObject *parent = nullptr);

    bool isDone() const { return m_received >= m_total; }
    bool hasFailed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 bytesSent() const { return m_sent; }
    qint64 bytesReceived() const { return m_received; }
    /// Valid once isDone().
    QByteArray sentDigest() const { return m_sentDigest; }
    QByteArray receivedDigest() const { return m_receivedDigest; }

Q_SIGNALS:
    void finished();

private:
    void fill();
    void drain();

    QTcpSocket m_socket;
    std::mt19937_64 m_generator;
    QCryptographicHash m_sentHash{QCryptographicHash::Sha256};
    QCryptographicHash m_receivedHash{QCryptographicHash::Sha256};
    QByteArray m_sentDigest;
    QByteArray m_receivedDigest;
    QByteArray m_block;
    qint64 m_total;
    qint64 m_sent = 0;
    qint64 m_received = 0;
    QString m_error;
};
