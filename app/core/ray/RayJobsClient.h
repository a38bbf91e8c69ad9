// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobDetails.h"
#include "RayEndpoint.h"
#include "RayVersion.h"
#include "util/Result.h"

#include <QNetworkRequest>
#include <QObject>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace RayDeck {

/**
 * The Ray Jobs REST API of one Ray head, spoken from C++ (never from the
 * embedded page: Ray refuses state-changing requests that look like a browser).
 *
 * Every request carries RayDeck's own User-Agent (Qt's default starts with
 * "Mozilla", which Ray answers with 405) and, when a token is set, the bearer
 * header. Loopback requests bypass any configured HTTP proxy.
 *
 * Calls are asynchronous: each one ends by invoking its callback exactly once,
 * on @p context's thread, unless @p context was destroyed first. Lives in the
 * thread that created it.
 */
class RayJobsClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    explicit RayJobsClient(RayEndpoint endpoint, QObject *parent = nullptr);
    ~RayJobsClient() override;

    const RayEndpoint &endpoint() const { return m_endpoint; }
    void setEndpoint(RayEndpoint endpoint);

    /// "RayDeck/<version>", never "Mozilla/...".
    static QByteArray userAgent();

    void fetchVersion(QObject *context, Callback<RayVersion> done);
    /// @p body is the JSON of a JobSubmitRequest; it is wiped once sent, as it may hold secrets.
    void submitJob(QByteArray body, QObject *context, Callback<QString> done);
    void listJobs(QObject *context, Callback<QList<JobDetails>> done);
    void fetchJob(const QString &id, QObject *context, Callback<JobDetails> done);
    void stopJob(const QString &id, QObject *context, Callback<bool> done);
    void deleteJob(const QString &id, QObject *context, Callback<bool> done);
    void fetchLogs(const QString &id, QObject *context, Callback<QString> done);

    /// A request for @p path (relative to the base URL) with RayDeck's headers; also used for the log WebSocket.
    QNetworkRequest requestFor(const QString &path) const;
    /// "api/jobs/<id>" with the id percent-encoded, so a hostile id cannot change the path.
    static QString jobPath(const QString &id, const QString &suffix = {});

private:
    using BodyHandler = std::function<void(Result<QByteArray>)>;
    void send(QNetworkReply *reply, const QString &what, QObject *context, BodyHandler handler);

    QNetworkAccessManager *m_network = nullptr;
    RayEndpoint m_endpoint;
};

/// The user-facing error for a failed request to the Ray head (HTTP status, refused connection, timeout).
Error rayRequestError(QNetworkReply *reply, const QString &what, const QByteArray &body);

} // namespace RayDeck
