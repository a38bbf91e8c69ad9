// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelPipe.h"

#include "ssh/ChannelHandle.h"
#include "ssh/SocketIo.h"
#include "ssh/SshErrorMapping.h"
#include "ssh/SshSession.h"
#include "util/Logging.h"

#include <libssh/callbacks.h>

#include <QSocketNotifier>

#include <algorithm>
#include <cerrno>
#include <sys/socket.h>

namespace RayDeck {

namespace {

constexpr qsizetype kUploadChunk = 64 * 1024;
// Writes below this size are batched into shared segments (SshSession::batchOutput).
constexpr qsizetype kSmallWrite = 16 * 1024;
// Per wakeup, so that one busy connection does not starve the others.
constexpr qsizetype kUploadBudget = 512 * 1024;
// Re-advertise the full window once this much was consumed (OpenSSH waits
// for half; topping up earlier keeps the average window closer to full).
constexpr qint64 kGrowThreshold = ChannelPipe::receiveWindow / 4;

bool wouldBlock(int error)
{
    return error == EAGAIN || error == EWOULDBLOCK;
}

} // namespace

ChannelPipe::ChannelPipe(SshSession *session, int fd, QString remoteHost, quint16 remotePort, QObject *parent)
    : QObject(parent)
    , m_fd(fd)
    , m_remoteHost(remoteHost.toUtf8())
    , m_remotePort(remotePort)
{
    attachTo(session);
    m_originPort = SocketIo::peerPort(fd);
    m_readNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    m_readNotifier->setEnabled(false);
    m_writeNotifier = new QSocketNotifier(fd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &ChannelPipe::onLocalReadable);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &ChannelPipe::onLocalWritable);
}

ChannelPipe::~ChannelPipe()
{
    delete m_readNotifier;
    delete m_writeNotifier;
    if (m_handle)
        m_handle->release();
    SocketIo::closeDescriptor(m_fd);
}

QString ChannelPipe::target() const
{
    const QString host = QString::fromUtf8(m_remoteHost);
    return QStringLiteral("%1:%2").arg(host.contains(u':') ? QStringLiteral("[%1]").arg(host) : host).arg(m_remotePort);
}

void ChannelPipe::open()
{
    SshSession *owner = session();
    if (m_stage != Stage::Created || !owner || !owner->isReady()) {
        failOpen(Error(Error::Code::Network, tr("Not connected, so %1 cannot be reached.").arg(target())));
        return;
    }
    ssh_channel_callbacks_struct callbacks{};
    callbacks.userdata = this;
    callbacks.channel_data_function = &ChannelPipe::onChannelData;
    callbacks.channel_eof_function = &ChannelPipe::onChannelEof;
    callbacks.channel_close_function = &ChannelPipe::onChannelClose;
    m_handle = std::make_unique<ChannelHandle>(owner->handle(), owner);
    if (!m_handle->create(callbacks)) {
        failOpen(errorFromLibssh(owner->handle(), {SshStep::OpenChannel, owner->peerName(), target()}));
        return;
    }
    m_stage = Stage::Opening;
    owner->watchEveryPoll(this, true);
    continueOpen();
    if (SshSession *stillThere = session())
        stillThere->processPending();
}

void ChannelPipe::continueOpen()
{
    SshSession *owner = session();
    if (!owner)
        return;
    const int rc = m_handle->openForward(m_remoteHost, m_remotePort, QByteArrayLiteral("127.0.0.1"), m_originPort);
    if (rc == SSH_AGAIN)
        return;
    owner->watchEveryPoll(this, false);
    if (rc == SSH_OK) {
        m_stage = Stage::Open;
        qCDebug(lcTunnel) << "channel open to" << target();
        Q_EMIT opened();
        if (m_stage != Stage::Open)
            return;
        growWindow();
        pumpUpload();
        return;
    }
    // Read the reason before release() can overwrite libssh's error text.
    const Error error = errorFromLibssh(owner->handle(), {SshStep::OpenChannel, owner->peerName(), target()});
    qCInfo(lcTunnel) << "channel to" << target() << "refused:" << error.detail();
    failOpen(error);
}

void ChannelPipe::failOpen(const Error &error)
{
    releaseResources(CloseMode::Reset);
    Q_EMIT openFailed(error);
    Q_EMIT finished();
}

int ChannelPipe::onChannelData(ssh_session, ssh_channel, void *data, uint32_t length, int, void *userdata)
{
    return int(static_cast<ChannelPipe *>(userdata)->acceptRemoteData(static_cast<const char *>(data), length));
}

void ChannelPipe::onChannelEof(ssh_session, ssh_channel, void *userdata)
{
    auto *pipe = static_cast<ChannelPipe *>(userdata);
    pipe->m_remoteEof = true;
    if (SshSession *owner = pipe->session())
        owner->markDirty(pipe);
}

void ChannelPipe::onChannelClose(ssh_session, ssh_channel, void *userdata)
{
    auto *pipe = static_cast<ChannelPipe *>(userdata);
    pipe->m_remoteEof = true;
    pipe->m_remoteClosed = true;
    if (SshSession *owner = pipe->session())
        owner->markDirty(pipe);
}

// Inside libssh: no libssh calls, no freeing; only the socket and our buffers.
// @p data is everything libssh holds for the channel, including bytes we
// declined before; what we do not take stays at its front.
uint32_t ChannelPipe::acceptRemoteData(const char *data, uint32_t length)
{
    // Data can arrive in the same poll as the open confirmation, before
    // continueOpen() has seen it: Opening counts as open here. Servers that
    // speak first (an SSH banner through a jump host) depend on it.
    if (m_stage == Stage::Finished || m_stage == Stage::Created || m_localWriteDone || m_localBroken)
        return length; // nobody left to deliver to
    qsizetype taken = 0;
    if (m_download.isEmpty()) {
        const ssize_t sent = ::send(m_fd, data, length, MSG_NOSIGNAL);
        if (sent > 0) {
            taken = sent;
        } else if (sent < 0 && !wouldBlock(errno) && errno != EINTR) {
            m_localBroken = true;
            if (SshSession *owner = session())
                owner->markDirty(this);
            return length;
        }
    }
    if (taken < qsizetype(length)) {
        const qsizetype room = std::max<qsizetype>(0, downloadBufferLimit - m_download.size());
        const qsizetype more = std::min<qsizetype>(qsizetype(length) - taken, room);
        m_download.append(data + taken, more);
        taken += more;
        setWriting(true);
    }
    m_channelHoldsData = taken < qsizetype(length);
    m_consumedSinceGrow += taken;
    if (m_consumedSinceGrow >= kGrowThreshold && !m_growPending) {
        m_growPending = true;
        if (SshSession *owner = session())
            owner->markDirty(this);
    }
    return uint32_t(taken);
}

void ChannelPipe::onLocalReadable()
{
    SshSession *owner = session();
    pumpUpload();
    if (owner)
        owner->processPending();
}

void ChannelPipe::onLocalWritable()
{
    SshSession *owner = session();
    flushDownload();
    if (m_stage == Stage::Open && m_download.isEmpty()) {
        if (m_channelHoldsData)
            drainChannel();
        if (m_growPending)
            growWindow();
    }
    if (m_download.isEmpty())
        setWriting(false);
    settle();
    if (owner)
        owner->processPending();
}

void ChannelPipe::setReading(bool reading)
{
    if (m_readNotifier)
        m_readNotifier->setEnabled(reading);
}

void ChannelPipe::setWriting(bool writing)
{
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(writing);
}

void ChannelPipe::pumpUpload()
{
    SshSession *owner = session();
    if (m_stage != Stage::Open || m_localReadDone || !owner) {
        setReading(false);
        return;
    }
    ssh_channel channel = m_handle->channel();
    char *buffer = owner->scratch();
    qsizetype budget = kUploadBudget;
    bool channelRefused = false;
    while (budget > 0 && !channelRefused) {
        if (!m_upload.isEmpty()) {
            const int written = ssh_channel_write(channel, m_upload.data(), uint32_t(m_upload.size()));
            if (written < 0) {
                channelRefused = true;
                continue;
            }
            m_upload.consume(written);
            if (!m_upload.isEmpty()) {
                waitForWindow();
                return;
            }
            continue;
        }
        // libssh's output queue is the socket to the server: while it is not
        // drained, reading more here would only pile data up in memory.
        if (owner->hasPendingOutput()) {
            setReading(false);
            m_uploadGated = true;
            owner->waitUntilWritable(this);
            return;
        }
        const uint32_t window = ssh_channel_window_size(channel);
        if (window == 0) {
            waitForWindow();
            return;
        }
        const qsizetype chunk = std::min<qsizetype>({qsizetype(window), kUploadChunk, budget});
        const ssize_t received = ::recv(m_fd, buffer, size_t(chunk), 0);
        if (received > 0) {
            budget -= received;
            // A small read that drained the socket looks like a request:
            // requests from many connections in one wakeup then share TCP
            // segments. Bulk streams, and the window-sized tail of a
            // window-bound upload, are sent at once; holding those back
            // costs a window-bound upload a few percent.
            if (received < kSmallWrite && received < chunk)
                owner->batchOutput();
            const int written = ssh_channel_write(channel, buffer, uint32_t(received));
            if (written < 0) {
                channelRefused = true;
                continue;
            }
            if (written < received)
                m_upload.append(buffer + written, received - written);
            // A short read means the socket is drained for now: skip the
            // recv() that would only say EAGAIN; the notifier wakes us again.
            if (received < chunk && m_upload.isEmpty())
                break;
            continue;
        }
        if (received == 0) {
            m_localReadDone = true;
            setReading(false);
            settle();
            return;
        }
        if (errno == EINTR)
            continue;
        if (wouldBlock(errno))
            break;
        m_localBroken = true;
        settle();
        return;
    }
    if (channelRefused) {
        // The server closed the channel, or the session broke (which the
        // session reports on its own): nothing more can go this way.
        m_upload.clear();
        m_localReadDone = true;
        setReading(false);
        if (!m_remoteClosed)
            m_localBroken = true;
        settle();
        return;
    }
    setReading(true); // level-triggered: calls again while data is waiting
}

void ChannelPipe::waitForWindow()
{
    setReading(false);
    m_waitingForWindow = true;
    if (SshSession *owner = session())
        owner->watchEveryPoll(this, true);
}

void ChannelPipe::flushDownload()
{
    while (!m_download.isEmpty()) {
        const ssize_t sent = ::send(m_fd, m_download.data(), size_t(m_download.size()), MSG_NOSIGNAL);
        if (sent > 0) {
            m_download.consume(sent);
            continue;
        }
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent < 0 && wouldBlock(errno)) {
            setWriting(true);
            return;
        }
        m_localBroken = true;
        m_download.clear();
        return;
    }
}

void ChannelPipe::deliver(const char *data, qsizetype length)
{
    if (m_localWriteDone || m_localBroken || length <= 0)
        return;
    qsizetype sent = 0;
    if (m_download.isEmpty()) {
        const ssize_t n = ::send(m_fd, data, size_t(length), MSG_NOSIGNAL);
        if (n > 0)
            sent = n;
        else if (n < 0 && !wouldBlock(errno) && errno != EINTR) {
            m_localBroken = true;
            return;
        }
    }
    if (sent < length) {
        m_download.append(data + sent, length - sent);
        setWriting(true);
    }
}

void ChannelPipe::drainChannel()
{
    SshSession *owner = session();
    if (!owner || m_stage != Stage::Open)
        return;
    char *buffer = owner->scratch();
    while (m_channelHoldsData && m_download.size() < downloadBufferLimit && !m_localBroken) {
        const qsizetype room = downloadBufferLimit - m_download.size();
        const int n = ssh_channel_read_nonblocking(m_handle->channel(), buffer, uint32_t(room), 0);
        if (n > 0) {
            deliver(buffer, n);
            continue;
        }
        // 0, SSH_EOF (-127) or an error: libssh holds nothing more for us.
        m_channelHoldsData = false;
    }
}

void ChannelPipe::growWindow()
{
#if LIBSSH_VERSION_INT < SSH_VERSION_INT(0, 11, 0)
    SshSession *owner = session();
    // Only while the local reader keeps up: a stalled reader must let the
    // window close, or the server could fill our memory.
    if (!owner || m_stage != Stage::Open || !m_download.isEmpty() || m_channelHoldsData || m_remoteEof) {
        return;
    }
    m_growPending = false;
    m_consumedSinceGrow = 0;
    // ssh_channel_read_timeout grows the window to count - buffered when it
    // is smaller; it is libssh 0.10's only way to advertise more than 1.28 MB.
    // Whatever it returns (usually nothing: the callback took it) is delivered.
    static_assert(SshSession::scratchSize >= qsizetype(receiveWindow));
    char *buffer = owner->scratch();
    const int n = ssh_channel_read_timeout(m_handle->channel(), buffer, receiveWindow, 0, 0);
    if (n > 0)
        deliver(buffer, n);
#else
    m_growPending = false;
#endif
}

void ChannelPipe::settle()
{
    if (m_stage != Stage::Open)
        return;
    if (m_localBroken) {
        finish(CloseMode::Reset);
        return;
    }
    if (m_remoteEof && !m_localWriteDone && m_download.isEmpty() && !m_channelHoldsData) {
        ::shutdown(m_fd, SHUT_WR);
        m_localWriteDone = true;
    }
    if (m_localReadDone && !m_eofSent && m_upload.isEmpty() && !m_remoteClosed) {
        m_handle->sendEof();
        m_eofSent = true;
    }
    // The server closes the channel once both directions are done (or when
    // its side of the connection went away); finish when all it sent is out.
    if (m_remoteClosed && (m_localWriteDone || (m_download.isEmpty() && !m_channelHoldsData)))
        finish(CloseMode::Graceful);
}

void ChannelPipe::processChannelEvents()
{
    SshSession *owner = session();
    switch (m_stage) {
    case Stage::Opening:
        continueOpen();
        return;
    case Stage::Open:
        break;
    default:
        return;
    }
    if (m_waitingForWindow && owner
        && (m_remoteClosed || !m_upload.isEmpty() || ssh_channel_window_size(m_handle->channel()) > 0)) {
        m_waitingForWindow = false;
        owner->watchEveryPoll(this, false);
        pumpUpload();
    }
    if (m_uploadGated && m_stage == Stage::Open) {
        m_uploadGated = false;
        pumpUpload();
    }
    if (m_stage == Stage::Open && m_download.isEmpty()) {
        if (m_channelHoldsData)
            drainChannel();
        if (m_growPending)
            growWindow();
    }
    settle();
}

void ChannelPipe::abort()
{
    finish(CloseMode::Reset);
}

void ChannelPipe::finish(CloseMode mode)
{
    if (m_stage == Stage::Finished)
        return;
    releaseResources(mode);
    Q_EMIT finished();
}

void ChannelPipe::releaseResources(CloseMode mode)
{
    m_stage = Stage::Finished;
    if (SshSession *owner = session())
        owner->watchEveryPoll(this, false);
    if (m_handle)
        m_handle->release();
    // Possibly inside a notifier's activation: disable now, delete later.
    for (QSocketNotifier *notifier : {m_readNotifier, m_writeNotifier}) {
        if (notifier) {
            notifier->setEnabled(false);
            notifier->deleteLater();
        }
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    if (mode == CloseMode::Reset)
        SocketIo::resetAndClose(m_fd);
    else
        SocketIo::closeDescriptor(m_fd);
    m_fd = -1;
    m_upload.clear();
    m_download.clear();
}

} // namespace RayDeck
