// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include "util/Logging.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace RayDeck {

namespace {
constexpr int handOverTimeoutMs = 3000;
} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
{
    // Per user, so two accounts on one Mac each get their own instance.
    const QByteArray identity = QByteArray::number(::getuid()) + ':' + key.toUtf8();
    m_serverName = QStringLiteral("raydeck-")
        + QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(16));
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::forwardToRunningInstanceOrListen(const QStringList &arguments)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (socket.waitForConnected(handOverTimeoutMs)) {
        QByteArray payload;
        QDataStream stream(&payload, QIODevice::WriteOnly);
        stream << arguments;
        socket.write(payload);
        if (socket.waitForBytesWritten(handOverTimeoutMs)) {
            socket.disconnectFromServer();
            return true;
        }
    }
    // Nobody answered: a stale socket from a crashed instance may be in the way.
    QLocalServer::removeServer(m_serverName);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        qCWarning(lcCore) << "single-instance socket unavailable:" << m_server->errorString();
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnection);
    return false;
}

void SingleInstance::acceptConnection()
{
    while (QLocalSocket *client = m_server->nextPendingConnection()) {
        connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QLocalSocket::readyRead, this, [this, client] {
            QDataStream stream(client);
            stream.startTransaction();
            QStringList arguments;
            stream >> arguments;
            if (!stream.commitTransaction())
                return; // wait for the rest
            Q_EMIT argumentsReceived(arguments);
        });
    }
}

} // namespace RayDeck
