// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QTcpServer>
#include <QUrl>

/**
 * A small real HTTP/1.1 server on 127.0.0.1 for tests: serves fixed routes and
 * records every request (method, path, headers), so a test can check what a
 * client really sent (e.g. that a bearer header reached only its own origin).
 * One request per connection ("Connection: close").
 */
class LocalHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Route
    {
        int status = 200;
        QByteArray contentType = "text/html; charset=utf-8";
        QByteArray body;
    };
    struct Request
    {
        QByteArray method;
        QByteArray path; ///< with query
        QMap<QByteArray, QByteArray> headers; ///< lower-case names
    };

    explicit LocalHttpServer(QObject *parent = nullptr);
    ~LocalHttpServer() override;

    bool listen();
    quint16 port() const;
    QUrl url(const QString &path = QStringLiteral("/")) const;

    void setRoute(const QByteArray &path, Route route);
    const QList<Request> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

Q_SIGNALS:
    void requestReceived(const QByteArray &path);

private:
    void handleConnection();

    QTcpServer m_server;
    QHash<QByteArray, Route> m_routes;
    QList<Request> m_requests;
};
