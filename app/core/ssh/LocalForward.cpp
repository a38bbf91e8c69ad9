// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalForward.h"

#include "ssh/SshConnection.h"

namespace RayDeck {

LocalForward::LocalForward(SshConnection *connection, int id, ForwardSpec spec)
    : QObject(connection)
    , m_connection(connection)
    , m_id(id)
    , m_spec(std::move(spec))
{
}

LocalForward::~LocalForward()
{
    if (m_connection && (m_state == State::Binding || m_state == State::Listening))
        m_connection->closeForward(m_id);
}

QUrl LocalForward::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_localPort);
    url.setPath(QStringLiteral("/"));
    return url;
}

void LocalForward::close()
{
    if (m_state != State::Binding && m_state != State::Listening)
        return;
    if (m_connection)
        m_connection->closeForward(m_id);
    onClosed();
}

void LocalForward::onListening(quint16 port)
{
    if (m_state != State::Binding)
        return;
    m_state = State::Listening;
    m_localPort = port;
    Q_EMIT listening(port);
}

void LocalForward::onFailed(const Error &error, quint16 suggestedPort)
{
    if (m_state != State::Binding && m_state != State::Listening)
        return;
    m_state = State::Failed;
    m_error = error;
    m_suggestedLocalPort = suggestedPort;
    Q_EMIT failed(error);
}

void LocalForward::onRemoteRefused(const QString &message)
{
    if (m_state == State::Listening)
        Q_EMIT remoteRefused(message);
}

void LocalForward::onClosed()
{
    if (m_state == State::Closed || m_state == State::Failed)
        return;
    m_state = State::Closed;
    Q_EMIT closed();
}

} // namespace RayDeck
