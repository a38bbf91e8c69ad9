// SPDX-License-Identifier: GPL-3.0-or-later
// JSON shapes as Ray's job_head.py / pydantic_models.py send them.
#include "ray/RayJobsJson.h"
#include "ray/RayJobsClient.h"

#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestRayJobsJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version();
    void jobDetails();
    void jobListWithDriverEntry();
    void submitStopDelete();
    void malformedInputIsAnErrorNotACrash_data();
    void malformedInputIsAnErrorNotACrash();
    void jobPathEncodesHostileIds();
    void userAgentIsNotABrowser();
};

void TestRayJobsJson::version()
{
    const auto version = RayJobsJson::parseVersion(
        R"({"version":"5","ray_version":"2.49.1","ray_commit":"abc","session_name":"session_2026"})");
    QVERIFY(version);
    QCOMPARE(version->apiVersion, u"5"_s);
    QCOMPARE(version->rayVersion, u"2.49.1"_s);
    QCOMPARE(version->sessionName, u"session_2026"_s);
}

void TestRayJobsJson::jobDetails()
{
    const QByteArray body = R"({"type":"SUBMISSION","job_id":"02000000","submission_id":"verl-ppo-20250601-1200",
        "driver_info":{"id":"02000000","node_ip_address":"10.0.0.5","pid":"4242"},
        "status":"RUNNING","entrypoint":"cd /workspace/verl && python3 -m verl.trainer.main_ppo",
        "message":"Job is currently running.","error_type":null,"start_time":1748779200000,"end_time":null,
        "metadata":{"app":"raydeck","job_submission_id":"verl-ppo-20250601-1200"},"runtime_env":{},
        "driver_agent_http_address":"http://10.0.0.5:52365","driver_node_id":"abc","driver_exit_code":null})";
    const auto job = RayJobsJson::parseJobDetails(body);
    QVERIFY2(job, qPrintable(job ? QString() : job.error().toDisplayString()));
    QCOMPARE(job->type, JobDetails::Type::Submission);
    QCOMPARE(job->id(), u"verl-ppo-20250601-1200"_s);
    QCOMPARE(job->status, JobStatus::Running);
    QVERIFY(!isTerminal(job->status));
    // Milliseconds, not seconds: 2025-06-01T12:00:00Z.
    QCOMPARE(job->startTime, QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC));
    QVERIFY(!job->endTime.isValid());
    QVERIFY(!job->driverExitCode.has_value());
    QCOMPARE(job->metadata.value(u"app"_s), u"raydeck"_s);
}

void TestRayJobsJson::jobListWithDriverEntry()
{
    const QByteArray body = R"([
        {"type":"DRIVER","job_id":"01000000","submission_id":null,"status":"SUCCEEDED","entrypoint":"",
         "start_time":1748779000000,"end_time":1748779100000,"driver_exit_code":0},
        {"type":"SUBMISSION","job_id":null,"submission_id":"raysubmit_x","status":"PENDING",
         "message":"Job has not started yet.","start_time":null}])";
    const auto jobs = RayJobsJson::parseJobList(body);
    QVERIFY(jobs);
    QCOMPARE(jobs->size(), 2);
    QCOMPARE(jobs->at(0).type, JobDetails::Type::Driver);
    QCOMPARE(jobs->at(0).id(), u"01000000"_s);
    QCOMPARE(jobs->at(0).driverExitCode, std::optional<int>(0));
    QVERIFY(isTerminal(jobs->at(0).status));
    QCOMPARE(jobs->at(1).id(), u"raysubmit_x"_s);
    QVERIFY(!jobs->at(1).startTime.isValid());
    // Ray < 2.0 answered a dict: say so rather than show an empty table.
    QVERIFY(!RayJobsJson::parseJobList(R"({"raysubmit_x":{}})"));
}

void TestRayJobsJson::submitStopDelete()
{
    QCOMPARE(RayJobsJson::parseSubmitResponse(R"({"job_id":"a","submission_id":"b"})").value(), u"b"_s);
    QCOMPARE(RayJobsJson::parseSubmitResponse(R"({"job_id":"old"})").value(), u"old"_s);
    QCOMPARE(RayJobsJson::parseStopResponse(R"({"stopped":true})").value(), true);
    QCOMPARE(RayJobsJson::parseStopResponse(R"({"stopped":false})").value(), false);
    QCOMPARE(RayJobsJson::parseDeleteResponse(R"({"deleted":true})").value(), true);
    QCOMPARE(RayJobsJson::parseLogsResponse(R"({"logs":"line1\nline2\n"})").value(), u"line1\nline2\n"_s);
    QVERIFY(!RayJobsJson::parseSubmitResponse(R"({"submission_id":7})"));
    QVERIFY(!RayJobsJson::parseSubmitResponse("Traceback (most recent call last)"));
    QVERIFY(!RayJobsJson::parseStopResponse(R"({"stopped":"yes"})"));
    QVERIFY(!RayJobsJson::parseDeleteResponse(R"({})"));
}

void TestRayJobsJson::malformedInputIsAnErrorNotACrash_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
    QTest::newRow("truncated") << QByteArray(R"({"status":"RUNN)");
    QTest::newRow("wrong types") << QByteArray(R"({"status":5,"submission_id":[1]})");
    QTest::newRow("unknown status") << QByteArray(R"({"status":"EXPLODED","submission_id":"x"})");
    QTest::newRow("no id") << QByteArray(R"({"status":"RUNNING"})");
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("huge time") << QByteArray(R"({"status":"RUNNING","submission_id":"x","start_time":1e300})");
}

void TestRayJobsJson::malformedInputIsAnErrorNotACrash()
{
    QFETCH(QByteArray, body);
    const auto job = RayJobsJson::parseJobDetails(body);
    if (job) {
        // Only the huge-time row parses; its absurd time must be dropped, not wrapped.
        QVERIFY(!job->startTime.isValid());
    } else {
        QCOMPARE(job.error().code(), Error::Code::RemoteService);
        QVERIFY(!job.error().message().isEmpty());
    }
    QVERIFY(!RayJobsJson::parseVersion(body));
    QVERIFY(!RayJobsJson::parseStopResponse(body));
}

void TestRayJobsJson::jobPathEncodesHostileIds()
{
    QCOMPARE(RayJobsClient::jobPath(u"verl-ppo-1"_s), u"api/jobs/verl-ppo-1"_s);
    QCOMPARE(RayJobsClient::jobPath(u"../../api/version"_s, u"stop"_s), u"api/jobs/..%2F..%2Fapi%2Fversion/stop"_s);
    RayJobsClient client(RayEndpoint{QUrl(u"http://127.0.0.1:8265"_s), {}});
    const QUrl url = client.requestFor(RayJobsClient::jobPath(u"a b?c#d"_s)).url();
    QCOMPARE(url.path(QUrl::FullyEncoded), u"/api/jobs/a%20b%3Fc%23d"_s);
    QVERIFY(!url.hasQuery());
    QVERIFY(!url.hasFragment());
}

void TestRayJobsJson::userAgentIsNotABrowser()
{
    QVERIFY(!RayJobsClient::userAgent().startsWith("Mozilla"));
    RayJobsClient client(RayEndpoint{QUrl(u"http://127.0.0.1:8265/"_s), SecureBytes(QByteArray("tok"))});
    const QNetworkRequest request = client.requestFor(u"api/jobs/"_s);
    QCOMPARE(request.url(), QUrl(u"http://127.0.0.1:8265/api/jobs/"_s));
    QCOMPARE(request.header(QNetworkRequest::UserAgentHeader).toByteArray(), RayJobsClient::userAgent());
    QCOMPARE(request.rawHeader("Authorization"), QByteArray("Bearer tok"));
    QVERIFY(!request.hasRawHeader("Origin"));
}

QTEST_GUILESS_MAIN(TestRayJobsJson)
#include "tst_rayjobsjson.moc"
