// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ssh/ByteQueue.h"
#include "ssh/ChannelUser.h"
#include "util/Error.h"

#include <libssh/libssh.h>

#include <QByteArray>
#include <QObject>

#include <memory>

class QSocketNotifier;

namespace RayDeck {

class ChannelHandle;
class SshSession;

/**
 * Moves bytes both ways between a local stream socket and a direct-tcpip
 * channel: one forwarded TCP connection, or the link that carries the next
 * ProxyJump hop.
 *
 * Backpressure keeps memory bounded both ways. Upstream, the local socket is
 * read only while the channel window is open and libssh has no output queued,
 * so a slow server stops the local sender through TCP. Downstream, the data
 * callback writes straight to the socket and buffers at most 256 KiB; beyond
 * that it leaves the data in libssh, whose window then closes and stops the
 * server. Half-close is mirrored (EOF becomes shutdown(SHUT_WR) and back).
 *
 * libssh < 0.11 advertises a 1.28 MB receive window at most, which caps a
 * download at window/RTT; the pipe grows it to 4 MiB (only while the local
 * reader keeps up), so downloads match OpenSSH at 20-50 ms.
 *
 * Emits opened() or openFailed(), then finished() exactly once. Worker thread.
 */
class ChannelPipe : public QObject, public ChannelUser
{
    Q_OBJECT

public:
    /// Takes ownership of @p fd (nonblocking).
    ChannelPipe(SshSession *session, int fd, QString remoteHost, quint16 remotePort, QObject *parent = nullptr);
    ~ChannelPipe() override;

    /// Opens the channel; the local socket is not read before it is open.
    void open();
    /// Ends now: resets the local connection and releases the channel. Emits finished().
    void abort();
    bool isFinished() const { return m_stage == Stage::Finished; }
    QString target() const;

    void processChannelEvents() override;

    static constexpr qsizetype downloadBufferLimit = 256 * 1024;
    static constexpr uint32_t receiveWindow = 4 * 1024 * 1024;

Q_SIGNALS:
    void opened();
    void openFailed(const RayDeck::Error &error);
    void finished();

private:
    enum class Stage { Created, Opening, Open, Finished };
    enum class CloseMode { Graceful, Reset };

    static int onChannelData(ssh_session, ssh_channel, void *data, uint32_t length, int isStderr, void *userdata);
    static void onChannelEof(ssh_session, ssh_channel, void *userdata);
    static void onChannelClose(ssh_session, ssh_channel, void *userdata);

    uint32_t acceptRemoteData(const char *data, uint32_t length);
    void continueOpen();
    void onLocalReadable();
    void onLocalWritable();
    void pumpUpload();
    void waitForWindow();
    void flushDownload();
    void drainChannel();
    void growWindow();
    void deliver(const char *data, qsizetype length);
    void settle();
    void finish(CloseMode mode);
    void failOpen(const Error &error);
    void releaseResources(CloseMode mode);
    void setReading(bool reading);
    void setWriting(bool writing);

    int m_fd;
    QByteArray m_remoteHost;
    quint16 m_remotePort;
    int m_originPort = 0;
    Stage m_stage = Stage::Created;
    std::unique_ptr<ChannelHandle> m_handle;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;

    ByteQueue m_upload;   ///< read locally, not yet taken by the channel (rare)
    ByteQueue m_download; ///< from the channel, not yet taken by the socket
    bool m_channelHoldsData = false; ///< libssh buffers data we declined
    bool m_waitingForWindow = false;
    bool m_uploadGated = false;      ///< stopped reading until libssh's output drains
    bool m_growPending = false;
    qint64 m_consumedSinceGrow = 0;

    bool m_localReadDone = false;  ///< local EOF seen (or nothing more to send)
    bool m_localWriteDone = false; ///< shutdown(SHUT_WR) done
    bool m_localBroken = false;
    bool m_remoteEof = false;
    bool m_remoteClosed = false;
    bool m_eofSent = false;
};

} // namespace RayDeck
