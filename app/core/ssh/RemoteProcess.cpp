// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoteProcess.h"

#include "ssh/SshConnection.h"

namespace RayDeck {

RemoteProcess::RemoteProcess(SshConnection *connection, int id, QStringList arguments, QString commandLine)
    : QObject(connection)
    , m_connection(connection)
    , m_id(id)
    , m_arguments(std::move(arguments))
    , m_commandLine(std::move(commandLine))
{
}

RemoteProcess::~RemoteProcess()
{
    if (m_connection && !isDone())
        m_connection->releaseProcess(m_id);
}

void RemoteProcess::cancel()
{
    if (m_connection && !isDone())
        m_connection->cancelProcess(m_id);
}

void RemoteProcess::onStarted()
{
    if (m_state != State::Waiting)
        return;
    m_state = State::Running;
    Q_EMIT started();
}

void RemoteProcess::onStandardOutput(const QByteArray &data)
{
    m_standardOutput += data;
    Q_EMIT standardOutputReady(data);
}

void RemoteProcess::onStandardError(const QByteArray &data)
{
    m_standardError += data;
    Q_EMIT standardErrorReady(data);
}

void RemoteProcess::onFinished(int exitStatus)
{
    if (isDone())
        return;
    m_state = State::Finished;
    m_exitStatus = exitStatus;
    Q_EMIT finished(exitStatus);
}

void RemoteProcess::onFailed(const Error &error)
{
    if (isDone())
        return;
    m_state = State::Failed;
    m_error = error;
    Q_EMIT failed(error);
}

} // namespace RayDeck
