// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelHandle.h"

#include "ssh/SshSession.h"

#include <utility>

namespace RayDeck {

ChannelHandle::ChannelHandle(ssh_session session, SshSession *owner)
    : m_session(session)
    , m_owner(owner)
{
}

ChannelHandle::~ChannelHandle()
{
    release();
}

bool ChannelHandle::create(const ssh_channel_callbacks_struct &callbacks)
{
    if (m_channel)
        return true;
    m_channel = ssh_channel_new(m_session);
    if (!m_channel)
        return false;
    m_callbacks = callbacks;
    ssh_callbacks_init(&m_callbacks);
    if (ssh_add_channel_callbacks(m_channel, &m_callbacks) != SSH_OK) {
        ssh_channel_free(m_channel);
        m_channel = nullptr;
        return false;
    }
    m_callbacksRegistered = true;
    if (m_owner)
        m_owner->registerChannel(this);
    return true;
}

int ChannelHandle::track(int rc)
{
    if (rc == SSH_OK)
        m_openState = OpenState::Open;
    else if (rc == SSH_AGAIN)
        m_openState = OpenState::Opening;
    else
        m_openState = OpenState::OpenFailed;
    return rc;
}

int ChannelHandle::openForward(const QByteArray &remoteHost, int remotePort, const QByteArray &originHost, int originPort)
{
    if (!m_channel)
        return SSH_ERROR;
    return track(
        ssh_channel_open_forward(m_channel, remoteHost.constData(), remotePort, originHost.constData(), originPort));
}

int ChannelHandle::openSession()
{
    if (!m_channel)
        return SSH_ERROR;
    return track(ssh_channel_open_session(m_channel));
}

int ChannelHandle::sendEof()
{
    if (!isOpen() || m_eofSent)
        return SSH_OK;
    const int rc = ssh_channel_send_eof(m_channel);
    if (rc != SSH_ERROR)
        m_eofSent = true;
    return rc;
}

void ChannelHandle::release()
{
    if (!m_channel)
        return;
    ssh_channel channel = std::exchange(m_channel, nullptr);
    if (m_callbacksRegistered) {
        ssh_remove_channel_callbacks(channel, &m_callbacks);
        m_callbacksRegistered = false;
    }
    if (m_owner)
        m_owner->unregisterChannel(this);

    if (m_openState == OpenState::Opening && m_owner) {
        m_owner->adoptPendingOpen(channel);
        return;
    }
    // Open: ssh_channel_free sends EOF and CLOSE itself. Refused or never
    // opened: free only; never ssh_channel_close (see the class comment).
    ssh_channel_free(channel);
}

} // namespace RayDeck
