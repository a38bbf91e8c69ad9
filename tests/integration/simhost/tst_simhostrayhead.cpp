// SPDX-License-Identifier: GPL-3.0-or-later
// The Ray head stand-in's HTTP side, started over SSH and reached with Qt's own
// HTTP and WebSocket clients: the Jobs REST API (paths, status codes, JSON shapes,
// millisecond times), the browser check, token auth, the request log and the
// logs tail WebSocket.
#include "SimHostShell.h"
#include "SshServerFixture.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kUserAgent = "RayDeck-tests/1.0";
using Headers = QList<QPair<QByteArray, QByteArray>>;

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

} // namespace

class TestSimHostRayHead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void version();
    void browserRequestsAreRefused_data();
    void browserRequestsAreRefused();
    void routesNeedTheTrailingSlash();
    void submitValidation_data();
    void submitValidation();
    void duplicateSubmissionIdIsRefused();
    void verlJobRunsToSuccess();
    void failingJob();
    void stopAndDelete();
    void driverJobRules();
    void missingJob();
    void clusterEndpoints();
    void requestLogRecordsHeadersAndBody();
    void tailReplaysFromStartAndEndsWithJob();
    void tokenAuth();
    void dashboardPage();

private:
    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                       const Headers &headers = {{"User-Agent", kUserAgent}});
    HttpResult submit(const QJsonObject &job);
    QString status(const QString &id);
    QUrl url(const QString &path, const QString &scheme = u"http"_s) const;

    SshServerFixture m_server;
    std::unique_ptr<SimHostShell> m_shell;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
};

void TestSimHostRayHead::initTestCase()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_shell = std::make_unique<SimHostShell>(m_server);
    QVERIFY(m_shell->writeSetting(u"step-seconds"_s, u"0.02"_s));
    QVERIFY(m_shell->writeSetting(u"job-pending-seconds"_s, u"0.05"_s));
    m_port = SimHostShell::freePort();
    const RemoteRun start = m_shell->runArgs({u"ray"_s, u"start"_s, u"--head"_s, u"--dashboard-host=127.0.0.1"_s,
                                              u"--dashboard-port=%1"_s.arg(m_port)});
    QVERIFY2(start.exitCode == 0, start.err.constData());
}

void TestSimHostRayHead::cleanupTestCase()
{
    if (m_shell)
        m_shell->stopDaemons();
}

QUrl TestSimHostRayHead::url(const QString &path, const QString &scheme) const
{
    return QUrl(u"%1://127.0.0.1:%2%3"_s.arg(scheme).arg(m_port).arg(path));
}

HttpResult TestSimHostRayHead::request(const QByteArray &method, const QString &path, const QByteArray &body,
                                       const Headers &headers)
{
    QNetworkRequest request(url(path));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpResult result;
    if (!reply->isFinished() && !finished.wait(15000))
        return result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    reply->deleteLater();
    return result;
}

HttpResult TestSimHostRayHead::submit(const QJsonObject &job)
{
    return request("POST", u"/api/jobs/"_s, QJsonDocument(job).toJson(QJsonDocument::Compact));
}

QString TestSimHostRayHead::status(const QString &id)
{
    return request("GET", u"/api/jobs/"_s + id).object().value(u"status"_s).toString();
}

void TestSimHostRayHead::version()
{
    const HttpResult version = request("GET", u"/api/version"_s);
    QCOMPARE(version.status, 200);
    QVERIFY(version.contentType.startsWith("application/json"));
    const QJsonObject object = version.object();
    QCOMPARE(object.value(u"version"_s).toString(), u"5"_s);
    QCOMPARE(object.value(u"ray_version"_s).toString(), u"2.52.0"_s);
    QCOMPARE(object.value(u"ray_commit"_s).toString().size(), 40);
    QVERIFY(object.value(u"session_name"_s).toString().startsWith(u"session_"_s));
}

void TestSimHostRayHead::browserRequestsAreRefused_data()
{
    QTest::addColumn<Headers>("headers");
    // No User-Agent at all: Qt then sends its default "Mozilla/5.0".
    QTest::newRow("Qt default user agent") << Headers{};
    QTest::newRow("browser user agent")
        << Headers{{"User-Agent", "Mozilla/5.0 (X11; Linux x86_64)"}};
    QTest::newRow("Sec-Fetch header")
        << Headers{{"User-Agent", kUserAgent}, {"Sec-Fetch-Mode", "cors"}};
    QTest::newRow("Origin header")
        << Headers{{"User-Agent", kUserAgent}, {"Origin", "http://127.0.0.1"}};
}

void TestSimHostRayHead::browserRequestsAreRefused()
{
    QFETCH(Headers, headers);
    const QByteArray body = R"({"entrypoint":"echo hi"})";
    const HttpResult post = request("POST", u"/api/jobs/"_s, body, headers);
    QCOMPARE(post.status, 405);
    QCOMPARE(post.body, QByteArray("Browser requests not allowed"));
    QCOMPARE(request("POST", u"/api/jobs/nope/stop"_s, {}, headers).status, 405);
    QCOMPARE(request("DELETE", u"/api/jobs/nope"_s, {}, headers).status, 405);
    // Reading is allowed from a browser.
    QCOMPARE(request("GET", u"/api/jobs/"_s, {}, headers).status, 200);
}

void TestSimHostRayHead::routesNeedTheTrailingSlash()
{
    const QByteArray body = R"({"entrypoint":"echo hi"})";
    const HttpResult noSlash = request("POST", u"/api/jobs"_s, body);
    QCOMPARE(noSlash.status, 404);
    QCOMPARE(noSlash.body, QByteArray("404: Not Found"));
    // The old "/api/jobs/submit" path hits the per-job route, which takes no POST.
    const HttpResult submitPath = request("POST", u"/api/jobs/submit"_s, body);
    QCOMPARE(submitPath.status, 405);
    QCOMPARE(request("GET", u"/api/jobs"_s).status, 404);
    QCOMPARE(request("PUT", u"/api/jobs/"_s, body).status, 405);
}

void TestSimHostRayHead::submitValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("error");
    QTest::newRow("not json") << QByteArray("entrypoint=echo") << QByteArray("JSONDecodeError");
    QTest::newRow("array") << QByteArray("[]") << QByteArray("must be a mapping");
    QTest::newRow("no entrypoint") << QByteArray("{}") << QByteArray("missing 1 required positional argument");
    QTest::newRow("entrypoint number") << QByteArray(R"({"entrypoint":5})")
                                       << QByteArray("TypeError: entrypoint must be a string, got <class 'int'>");
    QTest::newRow("unknown key") << QByteArray(R"({"entrypoint":"x","entry_point":"x"})")
                                 << QByteArray("unexpected keyword argument 'entry_point'");
    QTest::newRow("submission id number") << QByteArray(R"({"entrypoint":"x","submission_id":3})")
                                          << QByteArray("submission_id must be a string");
    QTest::newRow("runtime_env list") << QByteArray(R"({"entrypoint":"x","runtime_env":[]})")
                                      << QByteArray("runtime_env must be a dict");
    QTest::newRow("env var number") << QByteArray(R"({"entrypoint":"x","runtime_env":{"env_vars":{"A":1}}})")
                                    << QByteArray("env_vars");
    QTest::newRow("metadata value") << QByteArray(R"({"entrypoint":"x","metadata":{"a":1}})")
                                    << QByteArray("metadata values must be strings");
    QTest::newRow("cpus string") << QByteArray(R"({"entrypoint":"x","entrypoint_num_cpus":"1"})")
                                 << QByteArray("entrypoint_num_cpus must be a number");
    QTest::newRow("memory float") << QByteArray(R"({"entrypoint":"x","entrypoint_memory":1.5})")
                                  << QByteArray("entrypoint_memory must be an integer");
    QTest::newRow("resources value") << QByteArray(R"({"entrypoint":"x","entrypoint_resources":{"a":"b"}})")
                                     << QByteArray("entrypoint_resources values must be numbers");
}

void TestSimHostRayHead::submitValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, error);
    const HttpResult result = request("POST", u"/api/jobs/"_s, body);
    QCOMPARE(result.status, 400);
    QVERIFY(result.body.startsWith("Traceback (most recent call last):\n"));
    QVERIFY2(result.body.contains(error), result.body.constData());
}

void TestSimHostRayHead::duplicateSubmissionIdIsRefused()
{
    const QJsonObject job{{u"entrypoint"_s, u"echo hello"_s}, {u"submission_id"_s, u"dup-1"_s}};
    QCOMPARE(submit(job).status, 200);
    const HttpResult again = submit(job);
    QCOMPARE(again.status, 400);
    QVERIFY(again.body.contains(
        "ValueError: Job with submission_id dup-1 already exists. Please use a different submission_id."));
    // Without an id the server makes one up.
    const HttpResult generated = submit({{u"entrypoint"_s, u"echo hello"_s}});
    QCOMPARE(generated.status, 200);
    const QString id = generated.object().value(u"submission_id"_s).toString();
    QVERIFY2(id.startsWith(u"raysubmit_"_s) && id.size() == 26, qPrintable(id));
    QCOMPARE(generated.object().value(u"job_id"_s).toString(), id);
}

void TestSimHostRayHead::verlJobRunsToSuccess()
{
    const QString id = u"verl-ppo-ok"_s;
    const QString entrypoint = u"cd /workspace/verl && python3 -m verl.trainer.main_ppo "
                               "'data.train_files=/data/gsm8k/train.parquet' 'trainer.logger=[\"console\"]' "
                               "'trainer.total_training_steps=4' 'trainer.test_freq=2'"_s;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    // Slow enough that the first GET still sees the job before it ends.
    QVERIFY(m_shell->writeSetting(u"step-seconds"_s, u"0.2"_s));
    const HttpResult submitted = submit({{u"entrypoint"_s, entrypoint}, {u"submission_id"_s, id},
                                         {u"runtime_env"_s, QJsonObject{{u"env_vars"_s, QJsonObject{{u"A"_s, u"1"_s}}}}},
                                         {u"metadata"_s, QJsonObject{{u"app"_s, u"raydeck"_s}}},
                                         {u"entrypoint_num_cpus"_s, 1}});
    QCOMPARE(submitted.status, 200);
    QCOMPARE(submitted.object(), (QJsonObject{{u"job_id"_s, id}, {u"submission_id"_s, id}}));
    QVERIFY(m_shell->writeSetting(u"step-seconds"_s, u"0.02"_s));

    const HttpResult early = request("GET", u"/api/jobs/"_s + id);
    QCOMPARE(early.status, 200);
    QVERIFY(QStringList({u"PENDING"_s, u"RUNNING"_s}).contains(early.object().value(u"status"_s).toString()));

    QTRY_COMPARE_WITH_TIMEOUT(status(id), u"SUCCEEDED"_s, 30000);
    const QJsonObject job = request("GET", u"/api/jobs/"_s + id).object();
    QCOMPARE(job.value(u"type"_s).toString(), u"SUBMISSION"_s);
    QCOMPARE(job.value(u"submission_id"_s).toString(), id);
    QCOMPARE(job.value(u"entrypoint"_s).toString(), entrypoint);
    QCOMPARE(job.value(u"message"_s).toString(), u"Job finished successfully."_s);
    QCOMPARE(job.value(u"driver_exit_code"_s).toInt(-1), 0);
    QVERIFY(job.value(u"error_type"_s).isNull());
    const qint64 start = job.value(u"start_time"_s).toInteger();
    const qint64 end = job.value(u"end_time"_s).toInteger();
    QVERIFY2(start >= before - 1000 && start <= end && end <= QDateTime::currentMSecsSinceEpoch() + 1000,
             "start_time and end_time must be Unix milliseconds");
    QCOMPARE(job.value(u"metadata"_s).toObject().value(u"app"_s).toString(), u"raydeck"_s);
    QCOMPARE(job.value(u"metadata"_s).toObject().value(u"job_submission_id"_s).toString(), id);
    QCOMPARE(job.value(u"runtime_env"_s).toObject().value(u"env_vars"_s).toObject().value(u"A"_s).toString(), u"1"_s);
    const QString jobId = job.value(u"job_id"_s).toString();
    QVERIFY2(QRegularExpression(u"^[0-9a-f]{8}$"_s).match(jobId).hasMatch(), qPrintable(jobId));
    QCOMPARE(job.value(u"driver_info"_s).toObject().value(u"id"_s).toString(), jobId);
    QCOMPARE(job.value(u"driver_node_id"_s).toString(), m_shell->headInfo().value(u"node_id"_s).toString());
    // The driver's job id finds the same job.
    QCOMPARE(request("GET", u"/api/jobs/"_s + jobId).object().value(u"submission_id"_s).toString(), id);

    const QString logs = request("GET", u"/api/jobs/%1/logs"_s.arg(id)).object().value(u"logs"_s).toString();
    QVERIFY(logs.contains(u"\n(TaskRunner pid="_s));
    const QStringList stepLines = logs.split(u'\n').filter(QRegularExpression(u"^\\(TaskRunner pid=\\d+\\) step:[1-9]"_s));
    QCOMPARE(stepLines.size(), 4);
    for (int step = 1; step <= 4; ++step) {
        const QString &line = stepLines.at(step - 1);
        QVERIFY2(line.contains(u") step:%1 - "_s.arg(step)), qPrintable(line));
        for (const QString &key : {u" - critic/score/mean:"_s, u" - actor/entropy:np.float64("_s,
                                   u" - actor/ppo_kl:np.float64("_s, u" - response_length/mean:"_s,
                                   u" - timing_s/step:np.float64("_s, u" - perf/throughput:np.float64("_s})
            QVERIFY2(line.contains(key), qPrintable(key));
    }
    QVERIFY(stepLines.at(1).contains(u"val-core/openai/gsm8k/reward/mean@1:"_s));
    QVERIFY(logs.contains(u"Training Progress:"_s));

    // The same text is on disk where Ray keeps driver logs.
    QFile file(m_shell->stateDir() + u"/tmp/ray/session_latest/logs/job-driver-%1.log"_s.arg(id));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), logs);

    const QJsonArray jobs = request("GET", u"/api/jobs/"_s).array();
    bool listed = false;
    bool driver = false;
    for (const QJsonValue &value : jobs) {
        listed = listed || value.toObject().value(u"submission_id"_s).toString() == id;
        driver = driver || value.toObject().value(u"type"_s).toString() == u"DRIVER"_s;
    }
    QVERIFY(listed);
    QVERIFY(driver);
}

void TestSimHostRayHead::failingJob()
{
    const QString id = u"verl-ppo-fails"_s;
    QCOMPARE(submit({{u"entrypoint"_s, u"python3 -m verl.trainer.main_ppo trainer.total_training_steps=4 "
                                       "+raydeck_sim.fail=true"_s},
                     {u"submission_id"_s, id}})
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(status(id), u"FAILED"_s, 30000);
    const QJsonObject job = request("GET", u"/api/jobs/"_s + id).object();
    QVERIFY(job.value(u"message"_s).toString().startsWith(
        u"Job entrypoint command failed with exit code 1, last available logs (truncated to 20,000 chars):\n"_s));
    QCOMPARE(job.value(u"driver_exit_code"_s).toInt(), 1);
    QCOMPARE(job.value(u"error_type"_s).toString(), u"JOB_ENTRYPOINT_COMMAND_ERROR"_s);

    // A comma outside brackets is a Hydra sweep and fails a single run.
    QCOMPARE(submit({{u"entrypoint"_s, u"python3 -m verl.trainer.main_ppo trainer.logger=console,wandb"_s},
                     {u"submission_id"_s, u"sweep"_s}})
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(status(u"sweep"_s), u"FAILED"_s, 30000);
    QVERIFY(request("GET", u"/api/jobs/sweep/logs"_s)
                .object()
                .value(u"logs"_s)
                .toString()
                .contains(u"Ambiguous value for argument 'trainer.logger=console,wandb'"_s));
}

void TestSimHostRayHead::stopAndDelete()
{
    const QString id = u"long-run"_s;
    QCOMPARE(submit({{u"entrypoint"_s, u"python3 -m verl.trainer.main_ppo trainer.total_training_steps=100000"_s},
                     {u"submission_id"_s, id}})
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(status(id), u"RUNNING"_s, 30000);
    // The GPUs look busy while the job runs.
    const RemoteRun busy = m_shell->run(u"nvidia-smi --query-gpu=utilization.gpu --format=csv,noheader,nounits"_s);
    QVERIFY2(busy.out.split('\n').first().toInt() > 50, busy.out.constData());

    const HttpResult deleteRunning = request("DELETE", u"/api/jobs/"_s + id);
    QCOMPARE(deleteRunning.status, 500);
    QVERIFY(deleteRunning.body.contains("but it is in a non-terminal state RUNNING."));

    const HttpResult stop = request("POST", u"/api/jobs/%1/stop"_s.arg(id));
    QCOMPARE(stop.status, 200);
    QCOMPARE(stop.object(), (QJsonObject{{u"stopped"_s, true}}));
    const QJsonObject stopped = request("GET", u"/api/jobs/"_s + id).object();
    QCOMPARE(stopped.value(u"status"_s).toString(), u"STOPPED"_s);
    QCOMPARE(stopped.value(u"message"_s).toString(), u"Job was intentionally stopped."_s);
    QVERIFY(stopped.value(u"end_time"_s).toInteger() >= stopped.value(u"start_time"_s).toInteger());
    QCOMPARE(request("POST", u"/api/jobs/%1/stop"_s.arg(id)).object(), (QJsonObject{{u"stopped"_s, false}}));

    const HttpResult deleted = request("DELETE", u"/api/jobs/"_s + id);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.object(), (QJsonObject{{u"deleted"_s, true}}));
    const HttpResult gone = request("GET", u"/api/jobs/"_s + id);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.body, (u"Job %1 does not exist"_s.arg(id)).toUtf8());
    // The driver log stays on disk.
    QVERIFY(QFile::exists(m_shell->stateDir() + u"/tmp/ray/session_latest/logs/job-driver-%1.log"_s.arg(id)));
}

void TestSimHostRayHead::driverJobRules()
{
    QString driverId;
    const QJsonArray jobs = request("GET", u"/api/jobs/"_s).array();
    for (const QJsonValue &value : jobs) {
        if (value.toObject().value(u"type"_s).toString() == u"DRIVER"_s)
            driverId = value.toObject().value(u"job_id"_s).toString();
    }
    QVERIFY(!driverId.isEmpty());
    const HttpResult logs = request("GET", u"/api/jobs/%1/logs"_s.arg(driverId));
    QCOMPARE(logs.status, 400);
    QCOMPARE(logs.body, QByteArray("Can only get logs of submission type jobs"));
    const HttpResult stop = request("POST", u"/api/jobs/%1/stop"_s.arg(driverId));
    QCOMPARE(stop.status, 400);
    QCOMPARE(stop.body, QByteArray("Can only stop submission type jobs"));
    QCOMPARE(request("DELETE", u"/api/jobs/"_s + driverId).body, QByteArray("Can only delete submission type jobs"));
}

void TestSimHostRayHead::missingJob()
{
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("DELETE")}) {
        const HttpResult result = request(method, u"/api/jobs/no-such-job"_s);
        QCOMPARE(result.status, 404);
        QCOMPARE(result.body, QByteArray("Job no-such-job does not exist"));
    }
    QCOMPARE(request("GET", u"/api/jobs/no-such-job/logs"_s).status, 404);
    QCOMPARE(request("POST", u"/api/jobs/no-such-job/stop"_s).status, 404);
}

void TestSimHostRayHead::clusterEndpoints()
{
    const HttpResult status = request("GET", u"/api/cluster_status"_s);
    QCOMPARE(status.status, 200);
    QCOMPARE(status.object().value(u"result"_s).toBool(), true);
    QCOMPARE(status.object().value(u"msg"_s).toString(), u"Got cluster status."_s);
    const QJsonObject usage = status.object()
                                  .value(u"data"_s)
                                  .toObject()
                                  .value(u"clusterStatus"_s)
                                  .toObject()
                                  .value(u"loadMetricsReport"_s)
                                  .toObject()
                                  .value(u"usage"_s)
                                  .toObject();
    QCOMPARE(usage.value(u"GPU"_s).toArray().at(1).toDouble(), 2.0);

    const HttpResult formatted = request("GET", u"/api/cluster_status?format=1"_s);
    QVERIFY(formatted.object().value(u"data"_s).toObject().value(u"clusterStatus"_s).toString().contains(u"Total Usage:"_s));

    const HttpResult nodes = request("GET", u"/nodes?view=summary"_s);
    QCOMPARE(nodes.status, 200);
    QCOMPARE(nodes.object().value(u"msg"_s).toString(), u"Node summary fetched."_s);
    const QJsonObject data = nodes.object().value(u"data"_s).toObject();
    QCOMPARE(data.value(u"summary"_s).toArray().size(), 1);
    const QJsonObject raylet = data.value(u"summary"_s).toArray().first().toObject().value(u"raylet"_s).toObject();
    QCOMPARE(raylet.value(u"isHeadNode"_s).toBool(), true);
    QCOMPARE(raylet.value(u"nodeId"_s).toString(), m_shell->headInfo().value(u"node_id"_s).toString());
    QVERIFY(data.contains(u"nodeLogicalResources"_s));
}

void TestSimHostRayHead::requestLogRecordsHeadersAndBody()
{
    const QByteArray body = R"({"entrypoint":"echo 'it''s $(id)'","submission_id":"logged"})";
    QCOMPARE(request("POST", u"/api/jobs/"_s, body, {{"User-Agent", kUserAgent}, {"X-Extra", "1"}}).status, 200);
    const QList<QJsonObject> requests = m_shell->requestLog();
    QVERIFY(!requests.isEmpty());
    const QJsonObject last = requests.last();
    QCOMPARE(last.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(last.value(u"path"_s).toString(), u"/api/jobs/"_s);
    QCOMPARE(last.value(u"status"_s).toInt(), 200);
    QCOMPARE(last.value(u"body"_s).toString().toUtf8(), body);
    const QJsonObject headers = last.value(u"headers"_s).toObject();
    QCOMPARE(headers.value(u"User-Agent"_s).toString().toUtf8(), kUserAgent);
    QCOMPARE(headers.value(u"X-Extra"_s).toString(), u"1"_s);
    QVERIFY(last.value(u"time_ms"_s).toInteger() > 1'600'000'000'000LL);
}

void TestSimHostRayHead::tailReplaysFromStartAndEndsWithJob()
{
    const QString id = u"tailed"_s;
    QVERIFY(m_shell->writeSetting(u"step-seconds"_s, u"0.1"_s));
    QCOMPARE(submit({{u"entrypoint"_s, u"python3 -m verl.trainer.main_ppo trainer.total_training_steps=6"_s},
                     {u"submission_id"_s, id}})
                 .status,
             200);
    QVERIFY(m_shell->writeSetting(u"step-seconds"_s, u"0.02"_s));

    // First connection: leave in the middle.
    QWebSocket early;
    QStringList earlyFrames;
    connect(&early, &QWebSocket::textMessageReceived, this, [&earlyFrames](const QString &frame) {
        earlyFrames.append(frame);
    });
    early.open(url(u"/api/jobs/%1/logs/tail"_s.arg(id), u"ws"_s));
    QTRY_VERIFY_WITH_TIMEOUT(earlyFrames.size() >= 2, 20000);
    early.close();

    // Second connection: replays from the first line and ends when the job does.
    QWebSocket socket;
    QStringList frames;
    connect(&socket, &QWebSocket::textMessageReceived, this, [&frames](const QString &frame) {
        frames.append(frame);
    });
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    socket.open(url(u"/api/jobs/%1/logs/tail"_s.arg(id), u"ws"_s));
    QVERIFY(disconnected.wait(30000));
    QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodeNormal);
    QCOMPARE(status(id), u"SUCCEEDED"_s);

    const QString logs = request("GET", u"/api/jobs/%1/logs"_s.arg(id)).object().value(u"logs"_s).toString();
    QVERIFY(!logs.isEmpty());
    QCOMPARE(frames.join(QString()), logs);
    QVERIFY(logs.startsWith(earlyFrames.first()));
    for (const QString &frame : std::as_const(frames)) {
        QVERIFY2(frame.count(u'\n') <= 10, qPrintable(frame));
        QVERIFY(frame.endsWith(u'\n'));
    }
    QVERIFY(frames.size() >= 2);

    // After the end: the whole log once more, then a normal close.
    QWebSocket late;
    QStringList lateFrames;
    connect(&late, &QWebSocket::textMessageReceived, this, [&lateFrames](const QString &frame) {
        lateFrames.append(frame);
    });
    QSignalSpy lateDisconnected(&late, &QWebSocket::disconnected);
    late.open(url(u"/api/jobs/%1/logs/tail"_s.arg(id), u"ws"_s));
    QVERIFY(lateDisconnected.wait(30000));
    QCOMPARE(lateFrames.join(QString()), logs);

    // Without the upgrade it is a plain 400.
    QCOMPARE(request("GET", u"/api/jobs/%1/logs/tail"_s.arg(id)).status, 400);
}

void TestSimHostRayHead::tokenAuth()
{
    const QString token = u"tok-3f9a"_s;
    QVERIFY(m_shell->writeSetting(u"ray-token"_s, token));
    const HttpResult missing = request("GET", u"/api/jobs/"_s);
    QCOMPARE(missing.status, 401);
    QCOMPARE(missing.body, QByteArray("Unauthorized: Missing authentication token"));
    const HttpResult wrong = request("GET", u"/api/jobs/"_s, {}, {{"User-Agent", kUserAgent},
                                                                  {"Authorization", "Bearer nope"}});
    QCOMPARE(wrong.status, 403);
    QCOMPARE(wrong.body, QByteArray("Forbidden: Invalid authentication token"));
    const HttpResult right = request("GET", u"/api/jobs/"_s, {}, {{"User-Agent", kUserAgent},
                                                                  {"Authorization", "Bearer " + token.toUtf8()}});
    QCOMPARE(right.status, 200);
    QCOMPARE(request("GET", u"/api/version"_s, {}, {{"X-Ray-Authorization", "Bearer " + token.toUtf8()}}).status, 200);
    QCOMPARE(request("POST", u"/api/jobs/"_s, R"({"entrypoint":"echo"})").status, 401);
    // The page itself and the auth-mode probe stay public so the SPA can ask for the token.
    QCOMPARE(request("GET", u"/"_s).status, 200);
    QCOMPARE(request("GET", u"/api/authentication_mode"_s).object().value(u"authentication_mode"_s).toString(),
             u"token"_s);
    QVERIFY(m_shell->removeSetting(u"ray-token"_s));
    QCOMPARE(request("GET", u"/api/jobs/"_s).status, 200);
}

void TestSimHostRayHead::dashboardPage()
{
    const HttpResult page = request("GET", u"/"_s);
    QCOMPARE(page.status, 200);
    QVERIFY(page.contentType.startsWith("text/html"));
    QVERIFY(page.body.contains("<title>Ray Dashboard (simulated)</title>"));
    // API URLs are relative to the page, like Ray's own SPA, so a tunnel or prefix keeps working.
    QVERIFY(page.body.contains("getJson(\"api/jobs/\")"));
    QVERIFY(!page.body.contains("\"/api/"));
    QVERIFY(page.body.contains("#/jobs/"));
}

QTEST_GUILESS_MAIN(TestSimHostRayHead)
#include "tst_simhostrayhead.moc"
