// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <QByteArray>
#include <QPointer>

namespace RayDeck {

class SshSession;

/**
 * Owns one ssh_channel and the callback table registered on it, and is the
 * only code that lets go of a channel. It guards against two libssh 0.10.6
 * bugs:
 *
 *  - ssh_channel_free() on a channel the server has not closed yet keeps the
 *    channel, with its callback list, until the server's CLOSE arrives; DATA
 *    still in flight then calls our callbacks with freed userdata. release()
 *    therefore removes the callbacks first.
 *  - ssh_channel_close() has no state check: after a refused open it sends
 *    EOF and CLOSE for remote channel 0, and OpenSSH drops the whole session
 *    ("ieof packet referred to nonexistent channel 0"), or closes someone
 *    else's channel 0. A channel is never closed explicitly here; a refused
 *    or never-opened one is only freed, and EOF is sent only on channels
 *    whose open succeeded.
 *
 * A channel whose open is still in flight is not freed either (the late
 * confirmation would leave a channel open on the server); it is handed to
 * the owning SshSession, which frees it once the answer is in.
 * Worker thread only; not copyable or movable (libssh keeps a pointer to the
 * callback table).
 */
class ChannelHandle
{
public:
    enum class OpenState { NotOpen, Opening, Open, OpenFailed };

    /// @p owner may be null (then release() frees an in-flight open at once).
    ChannelHandle(ssh_session session, SshSession *owner);
    ~ChannelHandle();
    ChannelHandle(const ChannelHandle &) = delete;
    ChannelHandle &operator=(const ChannelHandle &) = delete;

    /// Allocates the channel and registers @p callbacks (size is set here).
    [[nodiscard]] bool create(const ssh_channel_callbacks_struct &callbacks);

    /// Nonblocking direct-tcpip open; call again with the same arguments while it returns SSH_AGAIN.
    int openForward(const QByteArray &remoteHost, int remotePort, const QByteArray &originHost, int originPort);
    /// Nonblocking session-channel open; same contract.
    int openSession();

    ssh_channel channel() const { return m_channel; }
    OpenState openState() const { return m_openState; }
    bool isOpen() const { return m_channel != nullptr && m_openState == OpenState::Open; }

    /// SSH_MSG_CHANNEL_EOF, only on an open channel and only once.
    int sendEof();

    /// Lets go of the channel: callbacks off, then free (which sends CLOSE for
    /// an open channel). Idempotent.
    void release();

private:
    int track(int rc);

    ssh_session m_session;
    QPointer<SshSession> m_owner;
    ssh_channel m_channel = nullptr;
    ssh_channel_callbacks_struct m_callbacks{};
    bool m_callbacksRegistered = false;
    bool m_eofSent = false;
    OpenState m_openState = OpenState::NotOpen;
};

} // namespace RayDeck
