// SPDX-License-Identifier: GPL-3.0-or-later
#include "RayJobsClient.h"

#include "RayJobsJson.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>

namespace RayDeck {

namespace {

constexpr int requestTimeoutMs = 30000;

} // namespace

Error rayRequestError(QNetworkReply *reply, const QString &what, const QByteArray &body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Ray answers errors as text/plain (often a Python traceback); keep the
    // last line, which names the exception.
    const QString serverText = QString::fromUtf8(body.left(4096)).trimmed();
    const QString lastLine = serverText.section(u'\n', -1).trimmed();
    const QString url = reply->url().toDisplayString(QUrl::RemoveUserInfo);
    switch (status) {
    case 0:
        break;
    case 400:
        return Error(Error::Code::InvalidInput, QCoreApplication::translate("RayJobsClient", "Ray rejected the request to %1: %2").arg(what, lastLine), serverText);
    case 401:
    case 403:
        return Error(Error::Code::AuthenticationFailed,
                     QCoreApplication::translate("RayJobsClient", "The Ray head requires a dashboard token. Set one for this server "
                        "(raydeck-cli secret set NAME ray-token) and try again."),
                     QStringLiteral("HTTP %1 from %2").arg(status).arg(url));
    case 404:
        return Error(Error::Code::NotFound, QCoreApplication::translate("RayJobsClient", "Ray does not know that (%1): %2").arg(what, lastLine),
                     QStringLiteral("HTTP 404 from %1").arg(url));
    case 405:
        return Error(Error::Code::RemoteService,
                     QCoreApplication::translate("RayJobsClient", "The Ray head refused the request to %1 as coming from a browser or with a wrong path. "
                        "Check that RayDeck and Ray are up to date.")
                         .arg(what),
                     QStringLiteral("HTTP 405 from %1: %2").arg(url, serverText));
    default:
        if (status >= 500)
            return Error(Error::Code::RemoteService, QCoreApplication::translate("RayJobsClient", "The Ray head failed to %1: %2").arg(what, lastLine), serverText);
        return Error(Error::Code::RemoteService, QCoreApplication::translate("RayJobsClient", "The Ray head answered HTTP %1 to %2.").arg(status).arg(what),
                     serverText);
    }

    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
        return Error(Error::Code::Network,
                     QCoreApplication::translate("RayJobsClient", "Nothing answers at %1. Is the server connected and the Ray head running?").arg(url),
                     reply->errorString());
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return Error(Error::Code::Timeout, QCoreApplication::translate("RayJobsClient", "The Ray head did not answer in time (%1).").arg(what),
                     reply->errorString());
    default:
        return Error(Error::Code::Network, QCoreApplication::translate("RayJobsClient", "Could not reach the Ray head to %1.").arg(what), reply->errorString());
    }
}

RayJobsClient::RayJobsClient(RayEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_endpoint(std::move(endpoint))
{
    // The head is always reached through the local end of the tunnel; an
    // http_proxy in the environment must not capture those requests.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

RayJobsClient::~RayJobsClient() = default;

void RayJobsClient::setEndpoint(RayEndpoint endpoint)
{
    m_endpoint = std::move(endpoint);
}

QByteArray RayJobsClient::userAgent()
{
    return QByteArrayLiteral("RayDeck/") + QByteArrayLiteral(RAYDECK_VERSION);
}

QString RayJobsClient::jobPath(const QString &id, const QString &suffix)
{
    QString path = QStringLiteral("api/jobs/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
    if (!suffix.isEmpty())
        path += u'/' + suffix;
    return path;
}

QNetworkRequest RayJobsClient::requestFor(const QString &path) const
{
    QUrl base = m_endpoint.baseUrl;
    if (!base.path().endsWith(u'/'))
        base.setPath(base.path() + u'/');
    QNetworkRequest request(base.resolved(QUrl(path, QUrl::StrictMode)));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    if (!m_endpoint.token.isEmpty())
        request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + m_endpoint.token.bytes());
    request.setTransferTimeout(requestTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

void RayJobsClient::send(QNetworkReply *reply, const QString &what, QObject *context, BodyHandler handler)
{
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, context, [reply, what, guard, handler = std::move(handler)] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!guard)
            return;
        if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
            const Error error = rayRequestError(reply, what, body);
            qCInfo(lcRay) << "request failed:" << what << error.detail();
            handler(error);
            return;
        }
        handler(body);
    });
}

template<typename T, typename Parse>
static std::function<void(Result<QByteArray>)> parsed(RayJobsClient::Callback<T> done, Parse parse)
{
    return [done = std::move(done), parse](Result<QByteArray> body) {
        if (!body) {
            done(body.error());
            return;
        }
        done(parse(body.value()));
    };
}

void RayJobsClient::fetchVersion(QObject *context, Callback<RayVersion> done)
{
    send(m_network->get(requestFor(QStringLiteral("api/version"))), QCoreApplication::translate("RayJobsClient", "read the Ray version"), context,
         parsed<RayVersion>(std::move(done), RayJobsJson::parseVersion));
}

void RayJobsClient::submitJob(QByteArray body, QObject *context, Callback<QString> done)
{
    // The trailing slash matters: Ray's route is "/api/jobs/".
    QNetworkRequest request = requestFor(QStringLiteral("api/jobs/"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network->post(request, body);
    wipe(body);
    send(reply, QCoreApplication::translate("RayJobsClient", "submit the job"), context, parsed<QString>(std::move(done), RayJobsJson::parseSubmitResponse));
}

void RayJobsClient::listJobs(QObject *context, Callback<QList<JobDetails>> done)
{
    send(m_network->get(requestFor(QStringLiteral("api/jobs/"))), QCoreApplication::translate("RayJobsClient", "list jobs"), context,
         parsed<QList<JobDetails>>(std::move(done), RayJobsJson::parseJobList));
}

void RayJobsClient::fetchJob(const QString &id, QObject *context, Callback<JobDetails> done)
{
    send(m_network->get(requestFor(jobPath(id))), QCoreApplication::translate("RayJobsClient", "read job %1").arg(id), context,
         parsed<JobDetails>(std::move(done), RayJobsJson::parseJobDetails));
}

void RayJobsClient::stopJob(const QString &id, QObject *context, Callback<bool> done)
{
    QNetworkRequest request = requestFor(jobPath(id, QStringLiteral("stop")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    send(m_network->post(request, QByteArray()), QCoreApplication::translate("RayJobsClient", "stop job %1").arg(id), context,
         parsed<bool>(std::move(done), RayJobsJson::parseStopResponse));
}

void RayJobsClient::deleteJob(const QString &id, QObject *context, Callback<bool> done)
{
    send(m_network->deleteResource(requestFor(jobPath(id))), QCoreApplication::translate("RayJobsClient", "delete job %1").arg(id), context,
         parsed<bool>(std::move(done), RayJobsJson::parseDeleteResponse));
}

void RayJobsClient::fetchLogs(const QString &id, QObject *context, Callback<QString> done)
{
    send(m_network->get(requestFor(jobPath(id, QStringLiteral("logs")))), QCoreApplication::translate("RayJobsClient", "read the logs of job %1").arg(id),
         context, parsed<QString>(std::move(done), RayJobsJson::parseLogsResponse));
}

} // namespace RayDeck
