// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExecChannel.h"

#include "ssh/ChannelHandle.h"
#include "ssh/SshErrorMapping.h"
#include "ssh/SshSession.h"
#include "util/Logging.h"

#include <libssh/callbacks.h>

#include <csignal>

namespace RayDeck {

namespace {

// Exit signals arrive by name ("TERM"); report them like a POSIX shell does,
// as 128 + the signal number.
int statusForSignal(const QString &name)
{
    static const struct
    {
        const char *name;
        int number;
    } signals[] = {{"HUP", SIGHUP},   {"INT", SIGINT},   {"QUIT", SIGQUIT}, {"ILL", SIGILL},
                   {"ABRT", SIGABRT}, {"FPE", SIGFPE},   {"KILL", SIGKILL}, {"SEGV", SIGSEGV},
                   {"PIPE", SIGPIPE}, {"ALRM", SIGALRM}, {"TERM", SIGTERM}, {"USR1", SIGUSR1},
                   {"USR2", SIGUSR2}};
    for (const auto &entry : signals) {
        if (name == QLatin1String(entry.name))
            return 128 + entry.number;
    }
    return 255;
}

} // namespace

ExecChannel::ExecChannel(int id, QString commandLine, ExecOptions options, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_commandLine(std::move(commandLine))
    , m_command(QByteArrayLiteral("printf '\\036%s\\036' \"$$\" >&2; ") + m_commandLine.toUtf8())
    , m_options(std::move(options))
{
    if (m_options.timeout.count() > 0) {
        m_timeout.setSingleShot(true);
        connect(&m_timeout, &QTimer::timeout, this, [this] {
            const qint64 seconds = std::chrono::duration_cast<std::chrono::seconds>(m_options.timeout).count();
            cancel(Error(Error::Code::Timeout,
                         tr("The remote command did not finish within %1 s and was stopped.").arg(seconds),
                         m_commandLine));
        });
        m_timeout.start(m_options.timeout);
    }
    m_cancelTimer.setSingleShot(true);
    connect(&m_cancelTimer, &QTimer::timeout, this, [this] { fail(m_cancelError); });
}

ExecChannel::~ExecChannel()
{
    if (m_handle)
        m_handle->release();
    m_options.standardInput.clear();
}

void ExecChannel::start(SshSession *session)
{
    if (m_stage != Stage::Waiting)
        return;
    attachTo(session);
    ssh_channel_callbacks_struct callbacks{};
    callbacks.userdata = this;
    callbacks.channel_data_function = &ExecChannel::onData;
    callbacks.channel_close_function = &ExecChannel::onClose;
    callbacks.channel_exit_status_function = &ExecChannel::onExitStatus;
    callbacks.channel_exit_signal_function = &ExecChannel::onExitSignal;
    m_handle = std::make_unique<ChannelHandle>(session->handle(), session);
    if (!m_handle->create(callbacks)) {
        fail(errorFromLibssh(session->handle(), {SshStep::OpenChannel, session->peerName(), {}}));
        return;
    }
    m_stage = Stage::Opening;
    session->watchEveryPoll(this, true);
    advance();
    if (SshSession *owner = this->session())
        owner->processPending();
}

int ExecChannel::onData(ssh_session, ssh_channel, void *data, uint32_t length, int isStderr, void *userdata)
{
    auto *self = static_cast<ExecChannel *>(userdata);
    const char *bytes = static_cast<const char *>(data);
    if (isStderr)
        self->acceptError(bytes, length);
    else
        self->m_pendingOutput.append(bytes, length);
    if (SshSession *owner = self->session())
        owner->markDirty(self);
    return int(length);
}

void ExecChannel::acceptError(const char *data, qsizetype length)
{
    QByteArray bytes(data, length);
    if (!m_pidSettled) {
        // "\x1e<pid>\x1e" comes first; it may arrive split across packets.
        m_pidMarker += bytes;
        bytes.clear();
        if (!m_pidMarker.startsWith('\x1e')) {
            m_pidSettled = true;
        } else {
            const qsizetype end = m_pidMarker.indexOf('\x1e', 1);
            if (end > 0) {
                m_remotePid = m_pidMarker.mid(1, end - 1).toLongLong();
                m_pidMarker.remove(0, end + 1);
                m_pidSettled = true;
            } else if (m_pidMarker.size() > 32) {
                m_pidSettled = true; // not our marker after all
            }
        }
        if (!m_pidSettled)
            return;
        bytes = std::exchange(m_pidMarker, {});
    }
    if (bytes.isEmpty())
        return;
    if (m_options.outputChannels == ExecOptions::OutputChannels::Separate)
        m_pendingError += bytes;
    else
        m_pendingOutput += bytes;
}

void ExecChannel::onClose(ssh_session, ssh_channel, void *userdata)
{
    auto *self = static_cast<ExecChannel *>(userdata);
    self->m_closed = true;
    if (SshSession *owner = self->session())
        owner->markDirty(self);
}

void ExecChannel::onExitStatus(ssh_session, ssh_channel, int status, void *userdata)
{
    static_cast<ExecChannel *>(userdata)->m_exitStatus = status;
}

void ExecChannel::onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *, const char *,
                               void *userdata)
{
    static_cast<ExecChannel *>(userdata)->m_exitSignal = QString::fromLatin1(signal);
}

void ExecChannel::processChannelEvents()
{
    advance();
}

void ExecChannel::advance()
{
    SshSession *owner = session();
    if (!owner || m_stage == Stage::Done || m_stage == Stage::Waiting)
        return;
    if (m_stage == Stage::Opening) {
        const int rc = m_handle->openSession();
        if (rc == SSH_AGAIN)
            return;
        if (rc != SSH_OK) {
            fail(errorFromLibssh(owner->handle(), {SshStep::OpenChannel, owner->peerName(), {}}));
            return;
        }
        m_stage = Stage::Requesting;
    }
    if (m_stage == Stage::Requesting) {
        const int rc = ssh_channel_request_exec(m_handle->channel(), m_command.constData());
        if (rc == SSH_AGAIN)
            return;
        if (rc != SSH_OK) {
            fail(errorFromLibssh(owner->handle(), {SshStep::RunCommand, owner->peerName(), {}}));
            return;
        }
        m_stage = Stage::Running;
        qCDebug(lcRemote) << "running" << m_commandLine;
        Q_EMIT started(m_id);
    }
    writeInput();
    flushOutput();
    if (m_closed)
        complete();
}

void ExecChannel::writeInput()
{
    SshSession *owner = session();
    if (m_inputClosed || !owner || m_closed)
        return;
    const QByteArray &input = m_options.standardInput.bytes();
    while (m_inputWritten < input.size()) {
        const uint32_t window = ssh_channel_window_size(m_handle->channel());
        if (window == 0)
            return; // watched after every poll until the window opens
        const qsizetype chunk = std::min<qsizetype>(input.size() - m_inputWritten, qsizetype(window));
        const int written = ssh_channel_write(m_handle->channel(), input.constData() + m_inputWritten, uint32_t(chunk));
        if (written <= 0)
            return;
        m_inputWritten += written;
    }
    m_handle->sendEof();
    m_inputClosed = true;
    m_options.standardInput.clear();
    owner->watchEveryPoll(this, false);
}

void ExecChannel::flushOutput()
{
    if (m_closed && !m_pidSettled) {
        // The command ended before stderr told the marker apart; a lone
        // partial marker is ours, anything else is the command's.
        m_pidSettled = true;
        const QByteArray rest = std::exchange(m_pidMarker, {});
        if (!rest.startsWith('\x1e'))
            acceptError(rest.constData(), rest.size());
    }
    if (!m_pendingOutput.isEmpty())
        Q_EMIT standardOutput(m_id, std::exchange(m_pendingOutput, {}));
    if (!m_pendingError.isEmpty())
        Q_EMIT standardError(m_id, std::exchange(m_pendingError, {}));
}

void ExecChannel::complete()
{
    if (m_stage == Stage::Done)
        return;
    if (m_cancelling) {
        // Gone because we stopped it: that is the cancel's outcome, not an exit.
        fail(m_cancelError);
        return;
    }
    m_stage = Stage::Done;
    m_timeout.stop();
    if (m_handle)
        m_handle->release();
    m_options.standardInput.clear();
    if (!m_exitSignal.isEmpty()) {
        qCDebug(lcRemote) << "killed by signal" << m_exitSignal << m_commandLine;
        Q_EMIT finished(m_id, statusForSignal(m_exitSignal));
    } else if (m_exitStatus >= 0) {
        Q_EMIT finished(m_id, m_exitStatus);
    } else {
        Q_EMIT failed(m_id, Error(Error::Code::RemoteCommandFailed,
                                  tr("The remote command ended without reporting an exit status."), m_commandLine));
    }
    Q_EMIT ended(m_id);
}

void ExecChannel::fail(const Error &error)
{
    if (m_stage == Stage::Done)
        return;
    m_stage = Stage::Done;
    m_timeout.stop();
    m_cancelTimer.stop();
    flushOutput();
    if (m_handle)
        m_handle->release();
    m_options.standardInput.clear();
    Q_EMIT failed(m_id, error);
    Q_EMIT ended(m_id);
}

void ExecChannel::cancel(const Error &error)
{
    if (m_stage == Stage::Done || m_cancelling)
        return;
    SshSession *owner = session();
    const bool running = m_stage == Stage::Running && !m_closed && owner && owner->isReady();
    if (!running || m_remotePid <= 1) {
        if (running && m_handle && m_handle->isOpen())
            ssh_channel_request_send_signal(m_handle->channel(), "TERM");
        abandon(error);
        return;
    }
    // Closing the channel alone does not stop a command that neither reads
    // nor writes, and sshd refuses "signal" for some logins (root): kill the
    // process group through a second command, and report once the channel
    // closes, so that "cancelled" means "stopped".
    ssh_channel_request_send_signal(m_handle->channel(), "TERM");
    m_cancelling = true;
    m_cancelError = error;
    m_timeout.stop();
    m_cancelTimer.start(std::chrono::seconds(3));
    Q_EMIT killRequested(m_remotePid);
    owner->processPending();
}

void ExecChannel::abandon(const Error &error)
{
    SshSession *owner = session();
    fail(error);
    if (owner)
        owner->processPending();
}

} // namespace RayDeck
