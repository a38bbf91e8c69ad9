// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshRemoteHost.h"

#include "remote/CommandLog.h"
#include "ssh/LocalForward.h"
#include "ssh/RemoteProcess.h"
#include "ssh/SshConnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <memory>

namespace RayDeck {

SshRemoteHost::SshRemoteHost(SshConnection *connection, QString serverName, CommandLog *log, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_serverName(std::move(serverName))
    , m_log(log)
{
}

SshRemoteHost::~SshRemoteHost() = default;

QString SshRemoteHost::displayName() const
{
    return m_connection ? m_connection->settings().displayName() : m_serverName;
}

void SshRemoteHost::runCommand(const QStringList &argv, const CommandRunOptions &options, QObject *context, Done done,
                               Progress progress)
{
    if (!m_connection) {
        CommandOutcome outcome;
        outcome.failure = Error(Error::Code::Ssh, QCoreApplication::translate("SshRemoteHost", "Not connected."));
        done(outcome);
        return;
    }
    ExecOptions execOptions;
    execOptions.timeout = std::chrono::milliseconds(options.timeoutMs);
    execOptions.standardInput = options.standardInput;
    RemoteProcess *process = m_connection->execute(argv, execOptions);
    const quint64 logId = m_log ? m_log->begin(m_serverName, process->commandLine()) : 0;

    // Output is collected here; the process object is released when it ends.
    auto outcome = std::make_shared<CommandOutcome>();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QPointer<QObject> guard(context);
    QPointer<CommandLog> log = m_log;
    connect(process, &RemoteProcess::standardOutputReady, context, [outcome, progress, log, logId](const QByteArray &data) {
        outcome->standardOutput += data;
        if (log)
            log->appendOutput(logId, data);
        if (progress)
            progress(data);
    });
    connect(process, &RemoteProcess::standardErrorReady, context, [outcome, progress, log, logId](const QByteArray &data) {
        outcome->standardError += data;
        if (log)
            log->appendOutput(logId, data);
        if (progress)
            progress(data);
    });
    const auto finish = [process, outcome, timer, done, guard, log, logId](std::optional<Error> failure, int status) {
        process->deleteLater();
        outcome->exitStatus = status;
        outcome->failure = std::move(failure);
        outcome->durationMs = timer->elapsed();
        if (log)
            log->finish(logId, status, outcome->failure ? outcome->failure->message() : QString());
        if (guard)
            done(*outcome);
    };
    connect(process, &RemoteProcess::finished, context, [finish](int status) { finish(std::nullopt, status); });
    connect(process, &RemoteProcess::failed, context, [finish](const Error &error) { finish(error, -1); });
}

void SshRemoteHost::ensureConnected(QObject *context, std::function<void(Result<void>)> done)
{
    if (!m_connection) {
        done(Error(Error::Code::Ssh, QCoreApplication::translate("SshRemoteHost", "Not connected.")));
        return;
    }
    if (m_connection->state() == SshConnection::State::Connected) {
        done(Result<void>::ok());
        return;
    }
    // One answer only, whichever comes first.
    auto answered = std::make_shared<bool>(false);
    auto callback = std::make_shared<std::function<void(Result<void>)>>(std::move(done));
    connect(m_connection, &SshConnection::connected, context, [answered, callback] {
        if (!std::exchange(*answered, true))
            (*callback)(Result<void>::ok());
    });
    connect(m_connection, &SshConnection::failed, context, [answered, callback](const Error &error) {
        if (!std::exchange(*answered, true))
            (*callback)(error);
    });
    if (m_connection->state() == SshConnection::State::Disconnected
        || m_connection->state() == SshConnection::State::Failed
        || m_connection->state() == SshConnection::State::NeedsAttention)
        m_connection->connectToHost();
}

void SshRemoteHost::openLocalForward(const ForwardRequest &request, QObject *context,
                                     std::function<void(Result<quint16>)> done)
{
    if (!m_connection) {
        done(Error(Error::Code::Ssh, QCoreApplication::translate("SshRemoteHost", "Not connected.")));
        return;
    }
    ForwardSpec spec;
    spec.localPort = request.preferredLocalPort;
    spec.portPolicy = m_useNextFreePort ? ForwardSpec::PortPolicy::NextFree : ForwardSpec::PortPolicy::Exact;
    spec.remoteHost = request.remoteHost;
    spec.remotePort = request.remotePort;
    LocalForward *forward = m_connection->forwardLocalPort(spec);
    auto answered = std::make_shared<bool>(false);
    auto callback = std::make_shared<std::function<void(Result<quint16>)>>(std::move(done));
    connect(forward, &LocalForward::listening, context, [answered, callback](quint16 port) {
        if (!std::exchange(*answered, true))
            (*callback)(port);
    });
    connect(forward, &LocalForward::failed, context, [answered, callback](const Error &error) {
        if (!std::exchange(*answered, true))
            (*callback)(error);
    });
}

} // namespace RayDeck
