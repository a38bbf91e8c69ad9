// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ssh/ForwardSpec.h"
#include "util/Error.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace RayDeck {

class SshConnection;

/**
 * A local port forward, created by SshConnection::forwardLocalPort(). Lives
 * in the SshConnection's thread. listening() reports the port once bound (on
 * 127.0.0.1 and ::1 only); failed() reports a port that cannot be bound, with
 * a free one in suggestedLocalPort() when the port was taken. While it
 * listens, remoteRefused() tells about connections the server could not pass
 * on ("nothing listens on remote 127.0.0.1:8265"); the forward keeps
 * listening. It stops on close(), on SshConnection::disconnectFromHost() and
 * on deletion (closed()).
 */
class LocalForward : public QObject
{
    Q_OBJECT

public:
    enum class State { Binding, Listening, Failed, Closed };
    Q_ENUM(State)

    ~LocalForward() override;

    int id() const { return m_id; }
    const ForwardSpec &spec() const { return m_spec; }
    State state() const { return m_state; }
    /// The bound port; 0 until listening().
    quint16 localPort() const { return m_localPort; }
    /// http://127.0.0.1:<localPort>/
    QUrl url() const;
    /// After failed() because the port was taken: a free port nearby, or 0.
    quint16 suggestedLocalPort() const { return m_suggestedLocalPort; }
    /// Valid after failed().
    const Error &error() const { return m_error; }

public Q_SLOTS:
    void close();

Q_SIGNALS:
    void listening(quint16 port);
    void failed(const RayDeck::Error &error);
    void remoteRefused(const QString &message);
    void closed();

private:
    friend class SshConnection;
    LocalForward(SshConnection *connection, int id, ForwardSpec spec);

    void onListening(quint16 port);
    void onFailed(const Error &error, quint16 suggestedPort);
    void onRemoteRefused(const QString &message);
    void onClosed();
    void detach() { m_connection = nullptr; }

    QPointer<SshConnection> m_connection;
    int m_id;
    ForwardSpec m_spec;
    State m_state = State::Binding;
    quint16 m_localPort = 0;
    quint16 m_suggestedLocalPort = 0;
    Error m_error;
};

} // namespace RayDeck
