// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ssh/ChannelUser.h"
#include "ssh/ExecOptions.h"
#include "util/Error.h"

#include <libssh/libssh.h>

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <memory>

namespace RayDeck {

class ChannelHandle;
class SshSession;

/**
 * The worker-side half of a RemoteProcess: one session channel running one
 * command line. Created before the connection may be up; start() opens the
 * channel once it is. Output is passed on as it arrives; stdin (if any) is
 * written respecting the channel window and then closed. Ends with exactly
 * one of finished() or failed(), followed by ended(). Worker thread.
 *
 * The remote shell first writes its PID to stderr between two RS (0x1e)
 * bytes; the marker is removed before stderr is passed on, and lets cancel()
 * kill the command's whole process group, which sshd made it the leader of.
 */
class ExecChannel : public QObject, public ChannelUser
{
    Q_OBJECT

public:
    ExecChannel(int id, QString commandLine, ExecOptions options, QObject *parent = nullptr);
    ~ExecChannel() override;

    int id() const { return m_id; }
    bool isStarted() const { return m_stage != Stage::Waiting; }
    void start(SshSession *session);
    /// Stops the command (TERM to its process group) and fails with @p error once
    /// it is gone, or after a few seconds if the server does not say.
    void cancel(const Error &error);
    /// Fails with @p error at once, without touching the command (the connection is going away).
    void abandon(const Error &error);

    void processChannelEvents() override;

Q_SIGNALS:
    void started(int id);
    void standardOutput(int id, const QByteArray &data);
    void standardError(int id, const QByteArray &data);
    void finished(int id, int exitStatus);
    void failed(int id, const RayDeck::Error &error);
    /// After finished() or failed(): the owner may delete this object.
    void ended(int id);
    /// cancel() wants the command's process group killed (the server ignores
    /// or refuses "signal" requests for some logins, root on OpenSSH among them).
    void killRequested(qint64 processGroup);

private:
    enum class Stage { Waiting, Opening, Requesting, Running, Done };

    static int onData(ssh_session, ssh_channel, void *data, uint32_t length, int isStderr, void *userdata);
    static void onClose(ssh_session, ssh_channel, void *userdata);
    static void onExitStatus(ssh_session, ssh_channel, int status, void *userdata);
    static void onExitSignal(ssh_session, ssh_channel, const char *signal, int core, const char *message,
                             const char *language, void *userdata);

    void advance();
    void acceptError(const char *data, qsizetype length);
    void writeInput();
    void flushOutput();
    void fail(const Error &error);
    void complete();

    int m_id;
    QString m_commandLine;
    QByteArray m_command;
    ExecOptions m_options;
    Stage m_stage = Stage::Waiting;
    std::unique_ptr<ChannelHandle> m_handle;
    QTimer m_timeout;
    qsizetype m_inputWritten = 0;
    bool m_inputClosed = false;
    QByteArray m_pendingOutput;
    QByteArray m_pendingError;
    bool m_closed = false;
    int m_exitStatus = -1;
    QString m_exitSignal;
    qint64 m_remotePid = 0;
    bool m_cancelling = false;
    Error m_cancelError;
    QTimer m_cancelTimer;
    QByteArray m_pidMarker; ///< the start of stderr while the PID marker may still be in it
    bool m_pidSettled = false;
};

} // namespace RayDeck
