// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>

namespace RayDeck {

class SshSession;

/**
 * Something that owns channels on an SshSession (a forwarded connection, a
 * remote command, a jump-host link) and reacts to what happened on them.
 *
 * libssh calls channel callbacks from deep inside its own calls, where it is
 * not safe to call back into libssh or to free anything. Callbacks therefore
 * only record what happened and mark the user dirty; the session later calls
 * processChannelEvents() from the top of the stack. Worker thread only.
 */
class ChannelUser
{
public:
    ChannelUser() = default;
    virtual ~ChannelUser();
    ChannelUser(const ChannelUser &) = delete;
    ChannelUser &operator=(const ChannelUser &) = delete;

    /// Called by the session outside any libssh call after markDirty(), and
    /// after every poll while watchEveryPoll() is on. May call libssh.
    virtual void processChannelEvents() = 0;

protected:
    /// Associates this user with @p session (for the queues); may be called once.
    void attachTo(SshSession *session);
    SshSession *session() const { return m_session.data(); }

private:
    friend class SshSession;
    QPointer<SshSession> m_session;
    bool m_queued = false;
    bool m_watchesEveryPoll = false;
    bool m_waitsForWritable = false;
};

} // namespace RayDeck
