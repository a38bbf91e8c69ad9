// SPDX-License-Identifier: GPL-3.0-or-later
// The field report's ritual through `raydeck-cli`, end to end against a real
// sshd whose docker and ray are the simulated GPU host: up (container created,
// head started, tunnel, dashboard reachable), submit with hostile overrides,
// jobs, logs, metrics, stop, down. Exact argv is read from the stand-ins' log.
#include "SimHostShell.h"
#include "SshServerFixture.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestCliFullFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void upCreatesContainerStartsHeadAndTunnels();
    void submitKeepsEveryOverrideWhole();
    void submitWaitSaysHowAJobEnded();
    void jobsLogsMetricsAndStop();
    void execPassesArgumentsLiterallyAndStatus();
    void tunnelForwardsUntilInterrupted();
    void unknownHostKeyIsRefusedWithFingerprint();
    void downStopsRayAndContainer();
    void cleanupTestCase();

private:
    TestEnvironment::CliRun cli(const QStringList &arguments, int timeoutMs = 120000);
    QProcessEnvironment environment() const;

    SshServerFixture m_server;
    std::unique_ptr<SimHostShell> m_shell;
    QTemporaryDir m_home;
    QString m_submissionId;
    const QString m_hostileMount = u"/data/a b:/mnt/$(id) 'x'"_s;
};

QProcessEnvironment TestCliFullFlow::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.path() + u"/config"_s);
    env.remove(u"SSH_AUTH_SOCK"_s);
    return env;
}

TestEnvironment::CliRun TestCliFullFlow::cli(const QStringList &arguments, int timeoutMs)
{
    return TestEnvironment::runCli(arguments, {}, environment(), timeoutMs);
}

void TestCliFullFlow::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_shell = std::make_unique<SimHostShell>(m_server);
    const auto added = cli({u"profiles"_s, u"add"_s, u"gpu"_s, u"--host"_s, m_server.host(), u"--port"_s,
                            QString::number(m_server.port()), u"--user"_s, m_server.user(), u"--auth"_s, u"key"_s,
                            u"--identity"_s, m_server.userKeyPath(), u"--container"_s, u"verl-test"_s, u"--image"_s,
                            u"verlai/verl:latest"_s, u"--mount"_s, m_hostileMount, u"--dashboard-port"_s,
                            QString::number(SimHostShell::freePort()), u"--local-port"_s, u"0"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void TestCliFullFlow::upCreatesContainerStartsHeadAndTunnels()
{
    QProcess up;
    up.setProcessEnvironment(environment());
    up.start(TestEnvironment::cliPath(), {u"up"_s, u"gpu"_s, u"--accept-new-host-key"_s});
    QString output;
    QRegularExpression dashboardLine(u"Dashboard: (http://127\\.0\\.0\\.1:(\\d+)/)"_s);
    QRegularExpressionMatch match;
    QTRY_VERIFY_WITH_TIMEOUT((output += QString::fromUtf8(up.readAllStandardOutput()),
                              (match = dashboardLine.match(output)).hasMatch() || up.state() == QProcess::NotRunning),
                             120000);
    QVERIFY2(match.hasMatch(), qPrintable(output + QString::fromUtf8(up.readAllStandardError())));
    // One line per step, in order.
    for (const QString &step : {u"[ok] Connect to"_s, u"[ok] Check Docker"_s, u"[ok] Container verl-test"_s,
                                u"[ok] Ray head"_s, u"Dashboard listening address"_s, u"[ok] Tunnel"_s,
                                u"[ok] Ray dashboard answers"_s})
        QVERIFY2(output.contains(step), qPrintable(output));

    // The container was created with the field report's settings, the hostile mount as one argument.
    const QList<QStringList> argv = m_shell->argvLog();
    const auto run = std::find_if(argv.begin(), argv.end(), [](const QStringList &a) {
        return a.value(0) == u"docker" && a.value(1) == u"run";
    });
    QVERIFY(run != argv.end());
    const QStringList expectedStart{u"docker"_s, u"run"_s, u"-d"_s, u"--name"_s, u"verl-test"_s, u"--gpus"_s, u"all"_s,
                                    u"--network=host"_s, u"--ulimit"_s, u"memlock=-1"_s, u"--ulimit"_s,
                                    u"stack=67108864"_s, u"-v"_s, m_hostileMount, u"verlai/verl:latest"_s, u"sleep"_s,
                                    u"infinity"_s};
    QCOMPARE(*run, expectedStart);
    const bool startedHead = std::any_of(argv.begin(), argv.end(), [](const QStringList &a) {
        return a.value(0) == u"ray" && a.value(1) == u"start" && a.contains(u"--head"_s)
            && a.contains(u"--dashboard-host=127.0.0.1"_s);
    });
    QVERIFY(startedHead);

    // The dashboard answers through our tunnel.
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(match.captured(1) + u"api/version"_s)));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QVERIFY(QJsonDocument::fromJson(reply->readAll()).object().contains(u"ray_version"_s));
    reply->deleteLater();

    // Interrupting `up` closes the tunnel and leaves Ray running.
    ::kill(pid_t(up.processId()), SIGTERM);
    QVERIFY(up.waitForFinished(30000));
    QCOMPARE(up.exitCode(), 0);
    QVERIFY(!m_shell->headInfo().isEmpty());
}

void TestCliFullFlow::submitKeepsEveryOverrideWhole()
{
    const QString hostile = u"+trainer.note=\"it's $(id) `uname` ; rm -rf ~\""_s;
    const auto submitted = cli({u"submit"_s, u"gpu"_s, u"--preset"_s, u"ppo-gsm8k"_s, u"--submission-id"_s,
                                u"cli-test-1"_s, u"--wait"_s, u"--"_s, u"trainer.total_training_steps=3"_s, hostile});
    QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.out + submitted.err));
    QVERIFY(submitted.out.startsWith(u"cli-test-1\n"_s));
    QVERIFY2(submitted.out.contains(u"step:3"_s), qPrintable(submitted.out)); // --wait followed the log
    m_submissionId = u"cli-test-1"_s;

    // What the head received: our User-Agent, no browser headers, and the entrypoint.
    QJsonObject post;
    for (const QJsonObject &request : m_shell->requestLog()) {
        if (request.value(u"method"_s).toString() == u"POST" && request.value(u"path"_s).toString() == u"/api/jobs/")
            post = request;
    }
    QVERIFY(!post.isEmpty());
    const QJsonObject headers = post.value(u"headers"_s).toObject();
    QString userAgent;
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (it.key().compare(u"user-agent"_s, Qt::CaseInsensitive) == 0)
            userAgent = it.value().toString();
        QVERIFY(!it.key().startsWith(u"Sec-Fetch"_s, Qt::CaseInsensitive));
        QVERIFY(it.key().compare(u"Origin"_s, Qt::CaseInsensitive) != 0);
    }
    QVERIFY2(userAgent.startsWith(u"RayDeck/"_s), qPrintable(userAgent));
    const QJsonValue bodyValue = post.value(u"body"_s);
    const QJsonObject body = bodyValue.isObject() ? bodyValue.toObject()
                                                  : QJsonDocument::fromJson(bodyValue.toString().toUtf8()).object();
    const QString entrypoint = body.value(u"entrypoint"_s).toString();
    QVERIFY2(entrypoint.contains(u"verl.trainer.main_ppo"_s), qPrintable(entrypoint));

    // Run that entrypoint through sh -c with a python3 that prints its argv: each override arrives whole.
    QTemporaryDir stub;
    QFile python(stub.filePath(u"python3"_s));
    QVERIFY(python.open(QIODevice::WriteOnly));
    python.write("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done\n");
    python.close();
    python.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PATH"_s, stub.path() + u":/usr/bin:/bin"_s);
    shell.setProcessEnvironment(env);
    shell.start(u"/bin/sh"_s, {u"-c"_s, entrypoint});
    QVERIFY(shell.waitForFinished(10000));
    const QList<QByteArray> received = shell.readAllStandardOutput().split('\0');
    QVERIFY(received.contains("-m"));
    QVERIFY(received.contains("trainer.total_training_steps=3"));
    QVERIFY2(received.contains("+trainer.note=\"it's $(id) `uname` ; rm -rf ~\""), received.join('|').constData());
}

void TestCliFullFlow::submitWaitSaysHowAJobEnded()
{
    // A job that fails: one whole sentence for the outcome, and a failing exit status.
    const auto failed = cli({u"submit"_s, u"gpu"_s, u"--preset"_s, u"ppo-gsm8k"_s, u"--submission-id"_s,
                             u"cli-test-fails"_s, u"--wait"_s, u"--"_s, u"trainer.total_training_steps=3"_s,
                             u"+raydeck_sim.fail=true"_s});
    QVERIFY2(failed.exitCode != 0, qPrintable(failed.out + failed.err));
    QVERIFY2(failed.err.contains(u"Job cli-test-fails failed."_s), qPrintable(failed.err));
}

void TestCliFullFlow::jobsLogsMetricsAndStop()
{
    QVERIFY(!m_submissionId.isEmpty());
    const auto jobs = cli({u"jobs"_s, u"gpu"_s, u"--json"_s});
    QVERIFY2(jobs.exitCode == 0, qPrintable(jobs.err));
    const QJsonArray array = QJsonDocument::fromJson(jobs.out.toUtf8()).array();
    const auto job = std::find_if(array.begin(), array.end(), [this](const QJsonValue &value) {
        return value.toObject().value(u"submission_id"_s).toString() == m_submissionId;
    });
    QVERIFY(job != array.end());
    QCOMPARE(job->toObject().value(u"status"_s).toString(), u"SUCCEEDED"_s);
    QVERIFY(job->toObject().value(u"start_time"_s).toDouble() > 1e12); // milliseconds

    const auto logs = cli({u"logs"_s, u"gpu"_s, m_submissionId});
    QCOMPARE(logs.exitCode, 0);
    QVERIFY(logs.out.contains(u"(TaskRunner pid="_s));

    const auto metrics = cli({u"metrics"_s, u"gpu"_s, m_submissionId, u"--csv"_s});
    QVERIFY2(metrics.exitCode == 0, qPrintable(metrics.err));
    const QStringList lines = metrics.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 4, qPrintable(metrics.out)); // header + 3 steps
    QVERIFY(lines.first().startsWith(u"step,"_s));
    QVERIFY(lines.first().contains(u"critic/score/mean"_s));
    QVERIFY(lines.at(1).startsWith(u"1,"_s));

    const auto stop = cli({u"stop"_s, u"gpu"_s, m_submissionId});
    QCOMPARE(stop.exitCode, 0);
    QVERIFY2(stop.out.contains(u"was not running"_s), qPrintable(stop.out));

    const auto missing = cli({u"logs"_s, u"gpu"_s, u"no-such-job"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"no-such-job"_s), qPrintable(missing.err));
}

void TestCliFullFlow::execPassesArgumentsLiterallyAndStatus()
{
    const QStringList hostile{u"; rm -rf ~"_s, u"$(id)"_s, u"a b"_s, u"it's"_s, u"line1\nline2"_s, u"数据"_s, u"*"_s};
    const auto printed = cli(QStringList{u"exec"_s, u"gpu"_s, u"--"_s, u"printf"_s, u"%s\\0"_s} + hostile);
    QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
    QCOMPARE(printed.out.split(QChar(0), Qt::SkipEmptyParts), hostile);
    const auto failing = cli({u"exec"_s, u"gpu"_s, u"--"_s, u"sh"_s, u"-c"_s, u"echo oops >&2; exit 7"_s});
    QCOMPARE(failing.exitCode, 7);
    QVERIFY(failing.err.contains(u"oops"_s));
}

void TestCliFullFlow::tunnelForwardsUntilInterrupted()
{
    // A tunnel to the Ray head that `up` left running.
    QProcess tunnel;
    tunnel.setProcessEnvironment(environment());
    tunnel.start(TestEnvironment::cliPath(), {u"tunnel"_s, u"gpu"_s, u"--local-port"_s, u"0"_s});
    QString output;
    QRegularExpression url(u"^(http://127\\.0\\.0\\.1:\\d+/)$"_s, QRegularExpression::MultilineOption);
    QRegularExpressionMatch match;
    QTRY_VERIFY_WITH_TIMEOUT((output += QString::fromUtf8(tunnel.readAllStandardOutput()),
                              (match = url.match(output)).hasMatch() || tunnel.state() == QProcess::NotRunning),
                             60000);
    QVERIFY2(match.hasMatch(), qPrintable(output + QString::fromUtf8(tunnel.readAllStandardError())));
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(match.captured(1) + u"api/version"_s)));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    reply->deleteLater();
    ::kill(pid_t(tunnel.processId()), SIGINT);
    QVERIFY(tunnel.waitForFinished(30000));
    QCOMPARE(tunnel.exitCode(), 0);
}

void TestCliFullFlow::unknownHostKeyIsRefusedWithFingerprint()
{
    QTemporaryDir otherHome;
    QProcessEnvironment env = environment();
    env.insert(u"HOME"_s, otherHome.path()); // no known_hosts here
    const auto refused = TestEnvironment::runCli({u"jobs"_s, u"gpu"_s}, {}, env);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(m_server.hostKeyFingerprint()), qPrintable(refused.err));
}

void TestCliFullFlow::downStopsRayAndContainer()
{
    const auto down = cli({u"down"_s, u"gpu"_s, u"--stop-ray"_s, u"--stop-container"_s});
    QVERIFY2(down.exitCode == 0, qPrintable(down.err));
    const QList<QStringList> argv = m_shell->argvLog();
    QVERIFY(argv.contains(QStringList{u"ray"_s, u"stop"_s}));
    QVERIFY(argv.contains(QStringList{u"docker"_s, u"stop"_s, u"verl-test"_s}));
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->headInfo().isEmpty(), 10000);
}

void TestCliFullFlow::cleanupTestCase()
{
    if (m_shell)
        m_shell->stopDaemons();
}

QTEST_GUILESS_MAIN(TestCliFullFlow)
#include "tst_clifullflow.moc"
