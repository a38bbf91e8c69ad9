// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Error.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace RayDeck {

class SshConnection;

/**
 * A command running on the server, created by SshConnection::execute().
 * Lives in the SshConnection's thread. Output arrives in pieces through
 * standardOutputReady/standardErrorReady and is also collected. It ends with
 * exactly one of finished() (the command ran; any exit status, 128+N when
 * killed by signal N) or failed() (it could not run to the end: not
 * connected, connection lost, timeout, cancel()).
 */
class RemoteProcess : public QObject
{
    Q_OBJECT

public:
    enum class State { Waiting, Running, Finished, Failed };
    Q_ENUM(State)

    ~RemoteProcess() override;

    int id() const { return m_id; }
    QStringList arguments() const { return m_arguments; }
    /// The command line the remote shell runs (built with shellJoin), for the
    /// Console log. Contains no secrets (those go to stdin).
    QString commandLine() const { return m_commandLine; }
    State state() const { return m_state; }
    bool isDone() const { return m_state == State::Finished || m_state == State::Failed; }
    /// Valid after finished().
    int exitStatus() const { return m_exitStatus; }
    /// Valid after failed().
    const Error &error() const { return m_error; }
    QByteArray standardOutput() const { return m_standardOutput; }
    QByteArray standardError() const { return m_standardError; }

public Q_SLOTS:
    /// Stops the command; failed() follows with Error::Code::Cancelled.
    void cancel();

Q_SIGNALS:
    void started();
    void standardOutputReady(const QByteArray &data);
    void standardErrorReady(const QByteArray &data);
    void finished(int exitStatus);
    void failed(const RayDeck::Error &error);

private:
    friend class SshConnection;
    RemoteProcess(SshConnection *connection, int id, QStringList arguments, QString commandLine);

    void onStarted();
    void onStandardOutput(const QByteArray &data);
    void onStandardError(const QByteArray &data);
    void onFinished(int exitStatus);
    void onFailed(const Error &error);
    void detach() { m_connection = nullptr; }

    QPointer<SshConnection> m_connection;
    int m_id;
    QStringList m_arguments;
    QString m_commandLine;
    State m_state = State::Waiting;
    int m_exitStatus = -1;
    Error m_error;
    QByteArray m_standardOutput;
    QByteArray m_standardError;
};

} // namespace RayDeck
