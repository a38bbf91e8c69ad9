// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecksummedStream.h"

#include <QHostAddress>

namespace {
constexpr qsizetype kBlockSize = 64 * 1024;
// Enough queued to keep the tunnel busy, little enough for 64 streams at once.
constexpr qint64 kMaximumQueued = 512 * 1024;
} // namespace

ChecksummedStream::ChecksummedStream(quint16 port, qint64 total, quint64 seed, QObject *parent)
    : QObject(parent)
    , m_generator(seed)
    , m_block(kBlockSize, Qt::Uninitialized)
    , m_total(total)
{
    connect(&m_socket, &QTcpSocket::connected, this, &ChecksummedStream::fill);
    connect(&m_socket, &QTcpSocket::bytesWritten, this, &ChecksummedStream::fill);
    connect(&m_socket, &QTcpSocket::readyRead, this, &ChecksummedStream::drain);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (!isDone() && m_error.isEmpty()) {
            m_error = m_socket.errorString();
            Q_EMIT finished();
        }
    });
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

void ChecksummedStream::fill()
{
    while (m_sent < m_total && m_socket.bytesToWrite() < kMaximumQueued) {
        const qsizetype size = qsizetype(std::min<qint64>(kBlockSize, m_total - m_sent));
        auto *words = reinterpret_cast<quint64 *>(m_block.data());
        for (qsizetype i = 0; i < kBlockSize / qsizetype(sizeof(quint64)); ++i)
            words[i] = m_generator();
        const QByteArrayView chunk(m_block.constData(), size);
        m_sentHash.addData(chunk);
        m_socket.write(chunk.data(), chunk.size());
        m_sent += size;
    }
    if (m_sent >= m_total && m_sentDigest.isEmpty())
        m_sentDigest = m_sentHash.result().toHex();
}

void ChecksummedStream::drain()
{
    const QByteArray data = m_socket.readAll();
    m_receivedHash.addData(data);
    m_received += data.size();
    if (m_received > m_total && m_error.isEmpty())
        m_error = QStringLiteral("received %1 bytes, more than the %2 sent").arg(m_received).arg(m_total);
    if (isDone() && m_receivedDigest.isEmpty()) {
        m_receivedDigest = m_receivedHash.result().toHex();
        m_socket.close();
        Q_EMIT finished();
    }
}
