// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExecCommand.h"

#include "SshCommandSession.h"

#include "ssh/RemoteProcess.h"
#include "ssh/SshConnection.h"

#include <cerrno>
#include <unistd.h>

namespace RayDeck {

using namespace Qt::StringLiterals;

namespace {

// Output is relayed as raw bytes: a QTextStream would re-encode it.
void writeAll(int fd, const QByteArray &data)
{
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n > 0)
            written += n;
        else if (n < 0 && errno != EINTR)
            return;
    }
}

} // namespace

void ExecCommand::printUsage(QTextStream &stream)
{
    stream << "Usage: raydeck-cli exec NAME [--accept-new-host-key] -- COMMAND [ARGUMENT]...\n\n"
              "Runs COMMAND on the server of profile NAME and relays its output. Every ARGUMENT\n"
              "arrives as one literal argument: no remote shell splits or expands it.\n\n"
              "  --"
           << acceptNewHostKeyOption().names().constFirst() << "   " << acceptNewHostKeyOption().description()
           << "\n\n"
              "Exit status: the command's own; 255 if it could not be run; 2 for usage errors.\n"
              "Example: raydeck-cli exec gpu-box -- nvidia-smi --query-gpu=name --format=csv\n";
}

void ExecCommand::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    err() << "raydeck-cli exec: " << message << Qt::endl;
    finishLater(ConnectionFailure);
}

void ExecCommand::run(const QStringList &arguments)
{
    QString name;
    HostKeyPolicy policy = HostKeyPolicy::Strict;
    QStringList command;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--") {
            command = arguments.mid(i + 1);
            break;
        }
        if (argument == u"--help" || argument == u"-h") {
            printUsage(out());
            return finishLater(Success);
        }
        if (argument == QStringLiteral("--") + acceptNewHostKeyOption().names().constFirst()) {
            policy = HostKeyPolicy::AcceptNew;
        } else if (argument.startsWith(u'-')) {
            return finishWithUsageError(u"exec"_s, tr("unknown option %1").arg(argument));
        } else if (name.isEmpty()) {
            name = argument;
        } else {
            // "exec NAME cmd args": without "--" the command starts here.
            command = arguments.mid(i);
            break;
        }
    }
    if (name.isEmpty())
        return finishWithUsageError(u"exec"_s, tr("give the profile NAME"));
    if (command.isEmpty())
        return finishWithUsageError(u"exec"_s, tr("give the command to run after --"));

    m_session = new SshCommandSession(this);
    if (Result<void> opened = m_session->open(name, policy); !opened)
        return fail(m_session->describe(opened.error()));
    SshConnection *connection = m_session->connection();
    connect(connection, &SshConnection::failed, this, [this](const Error &error) { fail(m_session->describe(error)); });

    m_process = connection->execute(command);
    connect(m_process, &RemoteProcess::standardOutputReady, this,
            [](const QByteArray &data) { writeAll(STDOUT_FILENO, data); });
    connect(m_process, &RemoteProcess::standardErrorReady, this,
            [](const QByteArray &data) { writeAll(STDERR_FILENO, data); });
    connect(m_process, &RemoteProcess::finished, this, [this](int status) {
        if (m_done)
            return;
        m_done = true;
        finishLater(status);
    });
    connect(m_process, &RemoteProcess::failed, this, [this](const Error &error) {
        if (m_interruptedBy != 0 && !m_done) {
            m_done = true;
            return finishLater(128 + m_interruptedBy);
        }
        fail(m_session->describe(error));
    });
    m_session->onInterrupt([this](int signal) {
        // Stop the remote command too (its process group), then report.
        m_interruptedBy = signal;
        if (m_process && !m_process->isDone())
            m_process->cancel();
        else if (!m_done) {
            m_done = true;
            finishLater(128 + signal);
        }
    });
    connection->connectToHost();
}

} // namespace RayDeck
