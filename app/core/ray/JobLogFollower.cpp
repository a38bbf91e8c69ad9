// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobLogFollower.h"

#include "RayJobsClient.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QWebSocket>

namespace RayDeck {

namespace {
constexpr int maxReconnectDelayMs = 10000;
// An unreachable head for this many attempts in a row is reported, not retried forever.
constexpr int maxFailedAttempts = 8;
} // namespace

JobLogFollower::JobLogFollower(RayJobsClient *client, QString jobId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_jobId(std::move(jobId))
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &JobLogFollower::openSocket);
}

JobLogFollower::~JobLogFollower()
{
    stop();
}

void JobLogFollower::start()
{
    if (m_following)
        return;
    m_following = true;
    m_failedAttempts = 0;
    openSocket();
}

void JobLogFollower::stop()
{
    m_following = false;
    m_reconnectTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void JobLogFollower::openSocket()
{
    if (!m_following || !m_client)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setProxy(QNetworkProxy::NoProxy);
    m_receivedThisConnection = 0;
    connect(m_socket, &QWebSocket::textMessageReceived, this, &JobLogFollower::handleMessage);
    connect(m_socket, &QWebSocket::connected, this, [this] { m_failedAttempts = 0; });
    connect(m_socket, &QWebSocket::disconnected, this, &JobLogFollower::handleClosed);

    QNetworkRequest request = m_client->requestFor(RayJobsClient::jobPath(m_jobId, QStringLiteral("logs/tail")));
    QUrl url = request.url();
    url.setScheme(url.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    request.setUrl(url);
    m_socket->open(request);
}

void JobLogFollower::handleMessage(const QString &text)
{
    const qint64 start = m_receivedThisConnection;
    m_receivedThisConnection += text.size();
    if (m_receivedThisConnection <= m_delivered)
        return; // still replaying what an earlier connection delivered
    const qint64 alreadyDelivered = qMax<qint64>(0, m_delivered - start);
    m_delivered = m_receivedThisConnection;
    Q_EMIT logReceived(alreadyDelivered == 0 ? text : text.mid(alreadyDelivered));
}

void JobLogFollower::handleClosed()
{
    if (!m_following || !m_client)
        return;
    qCDebug(lcRay) << "log stream closed for" << m_jobId << "code" << m_socket->closeCode();
    m_client->fetchJob(m_jobId, this, [this](Result<JobDetails> job) {
        if (!m_following)
            return;
        if (job && isTerminal(job->status)) {
            stop();
            Q_EMIT finished(job->status);
            return;
        }
        if (!job && job.error().code() == Error::Code::NotFound) {
            stop();
            Q_EMIT failed(job.error());
            return;
        }
        if (!job && ++m_failedAttempts >= maxFailedAttempts) {
            stop();
            Q_EMIT failed(job.error());
            return;
        }
        scheduleReconnect();
    });
}

void JobLogFollower::scheduleReconnect()
{
    Q_EMIT reconnecting();
    // Exponential backoff with jitter, so many followers do not reconnect in step.
    const int base = qMin(maxReconnectDelayMs, 250 << qMin(m_failedAttempts, 6));
    const int delay = base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1));
    m_reconnectTimer.start(delay);
}

} // namespace RayDeck
