// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

/**
 * The "remote service" for tunnel tests, on 127.0.0.1 (the fixture's sshd
 * reaches it there): echoes every connection, and mirrors a half-close by
 * finishing its own sending side once it has echoed everything. It pauses
 * reading while more than a megabyte waits to go back, like a real server
 * with bounded buffers. With a greeting set, it speaks first, as SSH, SMTP
 * or database servers do.
 */
class EchoServer : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;
    bool start() { return listen(QHostAddress::LocalHost, 0); }
    void setGreeting(const QByteArray &greeting) { m_greeting = greeting; }
    int acceptedCount() const { return m_accepted; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    int m_accepted = 0;
    QByteArray m_greeting;
};
