// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobStatus.h"
#include "util/Error.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QWebSocket;

namespace RayDeck {

class RayJobsClient;

/**
 * Follows one job's driver log live over `GET /api/jobs/{id}/logs/tail`
 * (a WebSocket of text frames).
 *
 * Ray replays the whole log from the beginning on every connection, so after a
 * reconnect the follower skips what it already delivered: logReceived() carries
 * each piece of the log exactly once, in order. A closed socket does not mean
 * the job ended (streams are known to end early), so after any close the
 * follower asks for the job's status: a terminal status ends the follow with
 * finished(), anything else reconnects with backoff. Holds no log text itself.
 */
class JobLogFollower : public QObject
{
    Q_OBJECT

public:
    JobLogFollower(RayJobsClient *client, QString jobId, QObject *parent = nullptr);
    ~JobLogFollower() override;

    const QString &jobId() const { return m_jobId; }
    bool isFollowing() const { return m_following; }
    /// Characters of the log delivered so far.
    qint64 deliveredLength() const { return m_delivered; }

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    /// A new piece of the log, never repeated.
    void logReceived(const QString &text);
    /// The stream dropped and the job still runs; a new connection follows.
    void reconnecting();
    /// The job reached a terminal status; no more log will come.
    void finished(RayDeck::JobStatus status);
    /// Following is impossible (job unknown, head unreachable for good).
    void failed(const RayDeck::Error &error);

private:
    void openSocket();
    void handleMessage(const QString &text);
    void handleClosed();
    void scheduleReconnect();

    QPointer<RayJobsClient> m_client;
    QString m_jobId;
    QWebSocket *m_socket = nullptr;
    QTimer m_reconnectTimer;
    qint64 m_delivered = 0;        ///< across connections
    qint64 m_receivedThisConnection = 0;
    int m_failedAttempts = 0;
    bool m_following = false;
};

} // namespace RayDeck
