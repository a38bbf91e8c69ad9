// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Error.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <memory>

class QSocketNotifier;

namespace RayDeck {

/**
 * Opens a TCP connection without blocking: resolves the name, then tries every
 * address in turn, as OpenSSH does, all within one deadline. libssh 0.10.6
 * would resolve synchronously and try only the first address. Emits exactly
 * one of connected() or failed(), always from the event loop (never from
 * start()). Lives in the thread that calls start() (the worker thread).
 *
 * A literal address is used as it is. A name is resolved by a detached helper
 * thread that holds no pointer to the connector: it hands its answer over only
 * while the connector is alive, so destroying the connector (or ending its
 * thread) with a lookup still running is safe and leaks nothing.
 */
class TcpConnector : public QObject
{
    Q_OBJECT

public:
    TcpConnector(QString host, quint16 port, std::chrono::milliseconds timeout, QObject *parent = nullptr);
    ~TcpConnector() override;

    void start();

Q_SIGNALS:
    /// A connected, nonblocking socket; the receiver owns @p fd.
    void connected(int fd);
    void failed(const RayDeck::Error &error);

private:
    struct LookupMailbox;

    void startLookup();
    void onLookupFinished(const QList<QHostAddress> &addresses, const QString &error);
    void tryNextAddress();
    void onWritable();
    void onDeadline();
    void finishWithError(const Error &error);
    void dropSocket();

    QString m_host;
    quint16 m_port;
    std::chrono::milliseconds m_timeout;
    QList<QHostAddress> m_addresses;
    qsizetype m_next = 0;
    int m_fd = -1;
    std::shared_ptr<LookupMailbox> m_lookup;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_deadline;
    QStringList m_attempts;
    bool m_done = false;
};

} // namespace RayDeck
