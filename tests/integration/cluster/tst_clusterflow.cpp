// SPDX-License-Identifier: GPL-3.0-or-later
// A Ray cluster of three simulated servers, each a real sshd with its own address
// (network namespaces joined by a bridge where allowed, loopback addresses otherwise),
// whose ray stand-ins register the workers with the head's GCS so that `ray status`
// counts the nodes that really joined. Through raydeck-cli (add, list, up, status,
// down) and through ClusterSession (a worker that cannot be reached, retried alone;
// a worker that cannot reach the head yet, retried by its chain).
#include "ClusterHosts.h"
#include "RefusingPrompter.h"
#include "TestEnvironment.h"

#include "cluster/ClusterSession.h"
#include "remote/CommandLog.h"
#include "remote/ConnectChain.h"
#include "session/SessionPrompter.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestClusterFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cliAllNodesJoin();
    void cliHostileValuesStayLiteral();
    void unreachableWorkerIsNamedAndRetriedAlone();
    void workerStartedBeforeHeadIsReachableIsRetried();
    void cleanupTestCase();

private:
    TestEnvironment::CliRun cli(const QStringList &arguments, int timeoutMs = 180000) const;
    QProcessEnvironment environment() const;
    bool addProfile(const ServerProfile &profile) const;
    ClusterProfile cluster() const;
    std::unique_ptr<ClusterSession> session(const ClusterProfile &cluster);
    ClusterUpReport bringUp(ClusterSession &session) const;

    QTemporaryDir m_home;
    ClusterHosts m_hosts;
    QList<ServerProfile> m_profiles; // head, then the workers
    quint16 m_gcsPort = ClusterProfile::defaultGcsPort;
    RefusingPrompter m_prompter;
    CommandLog m_log;
};

QProcessEnvironment TestClusterFlow::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.path() + u"/config"_s);
    env.remove(u"SSH_AUTH_SOCK"_s);
    return env;
}

TestEnvironment::CliRun TestClusterFlow::cli(const QStringList &arguments, int timeoutMs) const
{
    return TestEnvironment::runCli(arguments, {}, environment(), timeoutMs);
}

bool TestClusterFlow::addProfile(const ServerProfile &profile) const
{
    const auto added = cli({u"profiles"_s, u"add"_s, profile.name, u"--host"_s, profile.host, u"--port"_s,
                            QString::number(profile.port), u"--user"_s, profile.user, u"--auth"_s, u"key"_s,
                            u"--identity"_s, profile.identityFile, u"--container"_s, profile.docker.containerName,
                            u"--image"_s, profile.docker.image, u"--dashboard-port"_s,
                            QString::number(profile.ray.dashboardPort), u"--local-port"_s, u"0"_s});
    if (added.exitCode != 0)
        qWarning("profiles add %s: %s", qPrintable(profile.name), qPrintable(added.err));
    return added.exitCode == 0;
}

void TestClusterFlow::initTestCase()
{
    QVERIFY(m_home.isValid());
    // known_hosts of the in-process sessions.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QVERIFY2(m_hosts.start(3), qPrintable(m_hosts.errorString()));
    qInfo("three simulated servers on %s: %s, %s, %s", qPrintable(m_hosts.networkName()), qPrintable(m_hosts.address(0)),
          qPrintable(m_hosts.address(1)), qPrintable(m_hosts.address(2)));
    QVERIFY(m_hosts.trustHostKeysIn(m_home.path()));
    if (m_hosts.network() == ClusterHosts::Network::Loopback) {
        // All heads of all tests share one loopback: take a free GCS port on the head's address.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress(m_hosts.address(0)), 0));
        m_gcsPort = probe.serverPort();
    }
    m_profiles = {m_hosts.profile(0, u"head-a"_s), m_hosts.profile(1, u"worker-b"_s), m_hosts.profile(2, u"worker-c"_s)};
    for (const ServerProfile &profile : std::as_const(m_profiles))
        QVERIFY(addProfile(profile));
}

void TestClusterFlow::init()
{
    for (int i = 0; i < m_hosts.count(); ++i) {
        // A worker that cannot reach the head gives up after this long per `ray start` (Ray waits longer).
        QVERIFY(m_hosts.writeSetting(i, u"gcs-connect-timeout"_s, u"0.5"_s));
    }
}

ClusterProfile TestClusterFlow::cluster() const
{
    ClusterProfile cluster;
    cluster.name = u"lab"_s;
    cluster.headProfile = m_profiles[0].name;
    cluster.workerProfiles = {m_profiles[1].name, m_profiles[2].name};
    cluster.headAddress = m_hosts.address(0);
    cluster.gcsPort = m_gcsPort;
    return cluster;
}

std::unique_ptr<ClusterSession> TestClusterFlow::session(const ClusterProfile &cluster)
{
    auto clusterSession = std::make_unique<ClusterSession>(cluster, m_profiles[0], m_profiles.mid(1), nullptr,
                                                           &m_prompter, &m_log);
    clusterSession->setJoinRetry(40, 500);
    clusterSession->setMembershipWait(40, 500);
    for (const ServerProfile &profile : std::as_const(m_profiles))
        clusterSession->session(profile.name)->connectionSettings().reconnect.mode = ReconnectPolicy::Mode::Never;
    return clusterSession;
}

ClusterUpReport TestClusterFlow::bringUp(ClusterSession &clusterSession) const
{
    QSignalSpy finished(&clusterSession, &ClusterSession::upFinished);
    clusterSession.up(ConnectMode::StartWhatIsMissing);
    if (!finished.wait(240000))
        return ClusterUpReport{{}, {}, 0, std::nullopt, {}, Error(Error::Code::Timeout, u"cluster up did not finish"_s)};
    return finished.first().first().value<ClusterUpReport>();
}

void TestClusterFlow::cliAllNodesJoin()
{
    QStringList add{u"cluster"_s, u"add"_s, u"lab"_s, u"--head"_s, u"head-a"_s, u"--worker"_s, u"worker-b"_s,
                    u"--worker"_s, u"worker-c"_s, u"--gcs-port"_s, QString::number(m_gcsPort)};
    // Between namespaces the head address is suggested from the head's routes; on one shared loopback
    // every route leaves from 127.0.0.1, so it is given.
    const bool suggested = m_hosts.network() == ClusterHosts::Network::Namespaces;
    if (!suggested)
        add << u"--head-address"_s << m_hosts.address(0);
    const auto added = cli(add);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY(added.err.contains(u"no authentication"_s));
    const auto listed = cli({u"cluster"_s, u"list"_s});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(u"lab"_s) && listed.out.contains(u"worker-b, worker-c"_s), qPrintable(listed.out));

    QProcess up;
    up.setProcessEnvironment(environment());
    up.start(TestEnvironment::cliPath(), {u"cluster"_s, u"up"_s, u"lab"_s, u"--accept-new-host-key"_s});
    QString output;
    QTRY_VERIFY_WITH_TIMEOUT((output += QString::fromUtf8(up.readAllStandardOutput()),
                              output.contains(u"Nodes: "_s) || up.state() == QProcess::NotRunning),
                             240000);
    output += QString::fromUtf8(up.readAllStandardOutput());
    const QString errors = QString::fromUtf8(up.readAllStandardError());
    qInfo().noquote() << "cluster up printed:\n" << output << errors;
    QVERIFY2(output.contains(u"Nodes: 3/3"_s), qPrintable(output + errors));
    const QString gcs = m_hosts.address(0) + u':' + QString::number(m_gcsPort);
    for (const QString &line : {u"head-a: [ok] Connect to"_s, u"head-a: [ok] Container verl-node"_s,
                                u"head-a: [ok] Ray head"_s, u"head-a: [ok] Ray dashboard answers"_s,
                                u"worker-b: [ok] Container verl-node"_s, u"worker-b: [ok] Join the Ray head at "_s + gcs,
                                u"worker-c: [ok] Join the Ray head at "_s + gcs, u"Resources: 96 CPUs, 6 GPUs"_s})
        QVERIFY2(output.contains(line), qPrintable(line + u"\n"_s + output));
    if (suggested)
        QVERIFY2(output.contains(u"Head address: "_s + m_hosts.address(0) + u" (suggested"_s), qPrintable(output));
    const QRegularExpressionMatch dashboard =
        QRegularExpression(u"^Dashboard: (http://127\\.0\\.0\\.1:\\d+/)$"_s, QRegularExpression::MultilineOption).match(output);
    QVERIFY2(dashboard.hasMatch(), qPrintable(output));

    // What ran where: the head with the cluster's GCS port and the dashboard on loopback; workers joined it.
    QCOMPARE(m_hosts.rayStartCount(0, u"--port="_s + QString::number(m_gcsPort)), 1);
    QCOMPARE(m_hosts.rayStartCount(0, u"--dashboard-host=127.0.0.1"_s), 1);
    QCOMPARE(m_hosts.rayStartCount(1, u"--address="_s + gcs), 1);
    QCOMPARE(m_hosts.rayStartCount(2, u"--address="_s + gcs), 1);
    QCOMPARE(m_hosts.workerInfo(1).value(u"head_node_id"_s).toString(), m_hosts.headInfo(0).value(u"node_id"_s).toString());

    // The dashboard answers through the tunnel.
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(dashboard.captured(1) + u"api/version"_s)));
    QSignalSpy replied(reply, &QNetworkReply::finished);
    QVERIFY(replied.wait(30000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    reply->deleteLater();

    // status reads the head's `ray status`: the nodes that registered, from their own addresses.
    const auto status = cli({u"cluster"_s, u"status"_s, u"lab"_s});
    QVERIFY2(status.exitCode == 0, qPrintable(status.out + status.err));
    QVERIFY2(status.out.contains(u"Nodes: 3/3"_s), qPrintable(status.out));
    QVERIFY(status.out.contains(u"Resources: 96 CPUs, 6 GPUs"_s));
    if (suggested) {
        for (int i = 0; i < 3; ++i)
            QVERIFY2(status.out.contains(m_hosts.address(i)), qPrintable(status.out));
    }

    // Interrupted, `cluster up` closes the tunnel and leaves Ray running ("leave running").
    ::kill(pid_t(up.processId()), SIGTERM);
    QVERIFY(up.waitForFinished(30000));
    QCOMPARE(up.exitCode(), 0);
    QVERIFY(!m_hosts.headInfo(0).isEmpty());
    QVERIFY(!m_hosts.workerInfo(1).isEmpty());

    const auto nothing = cli({u"cluster"_s, u"down"_s, u"lab"_s});
    QCOMPARE(nothing.exitCode, 0);
    QVERIFY(!m_hosts.headInfo(0).isEmpty());
    const auto down = cli({u"cluster"_s, u"down"_s, u"lab"_s, u"--stop-ray"_s});
    QVERIFY2(down.exitCode == 0, qPrintable(down.err));
    QVERIFY2(down.out.contains(u"Ray stopped on worker-b, worker-c, head-a"_s), qPrintable(down.out));
    QTRY_VERIFY_WITH_TIMEOUT(m_hosts.headInfo(0).isEmpty() && m_hosts.workerInfo(1).isEmpty()
                                 && m_hosts.workerInfo(2).isEmpty(),
                             15000);
    const auto stopped = cli({u"cluster"_s, u"status"_s, u"lab"_s});
    QCOMPARE(stopped.exitCode, 1);
}

void TestClusterFlow::cliHostileValuesStayLiteral()
{
    const QString pwned = m_home.filePath(u"pwned"_s);
    const QString substitution = u"$(touch "_s + pwned + u")"_s;
    // Shell text in a head address is refused before anything is saved.
    for (const QString &address : {u"10.0.0.1;touch "_s + pwned, substitution, u"10.0.0.1 10.0.0.2"_s,
                                   u"`touch "_s + pwned + u"`"_s}) {
        const auto refused = cli({u"cluster"_s, u"add"_s, u"bad"_s, u"--head"_s, u"head-a"_s, u"--worker"_s,
                                  u"worker-b"_s, u"--head-address"_s, address});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"not an IP address or host name"_s), qPrintable(refused.err));
    }
    const auto unknown = cli({u"cluster"_s, u"add"_s, u"bad"_s, u"--head"_s, u"head-a"_s, u"--worker"_s, u"nobody"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"\"nobody\""_s), qPrintable(unknown.err));
    const auto headAsWorker = cli({u"cluster"_s, u"add"_s, u"bad"_s, u"--head"_s, u"head-a"_s, u"--worker"_s, u"head-a"_s});
    QCOMPARE(headAsWorker.exitCode, 1);
    const auto badPort = cli({u"cluster"_s, u"add"_s, u"bad"_s, u"--head"_s, u"head-a"_s, u"--worker"_s,
                              u"worker-b"_s, u"--gcs-port"_s, u"70000"_s});
    QCOMPARE(badPort.exitCode, 2);

    // Names full of shell text are only ever names.
    ServerProfile hostileWorker = m_hosts.profile(2, u"w 'c' "_s + substitution + u";x"_s);
    QVERIFY(addProfile(hostileWorker));
    const QString name = u"lab "_s + substitution + u" 'q'"_s;
    const auto added = cli({u"cluster"_s, u"add"_s, name, u"--head"_s, u"head-a"_s, u"--worker"_s, hostileWorker.name,
                            u"--head-address"_s, m_hosts.address(0), u"--gcs-port"_s, QString::number(m_gcsPort)});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QProcess up;
    up.setProcessEnvironment(environment());
    up.start(TestEnvironment::cliPath(), {u"cluster"_s, u"up"_s, name});
    QString output;
    QTRY_VERIFY_WITH_TIMEOUT((output += QString::fromUtf8(up.readAllStandardOutput()),
                              output.contains(u"Nodes: "_s) || up.state() == QProcess::NotRunning),
                             240000);
    QVERIFY2(output.contains(u"Nodes: 2/2"_s), qPrintable(output + QString::fromUtf8(up.readAllStandardError())));
    QVERIFY2(output.contains(hostileWorker.name + u": [ok] Join the Ray head"_s), qPrintable(output));
    ::kill(pid_t(up.processId()), SIGTERM);
    QVERIFY(up.waitForFinished(30000));
    QVERIFY(!QFile::exists(pwned));
    for (int i = 0; i < 3; ++i) {
        for (const QStringList &argv : m_hosts.argvLog(i))
            QVERIFY2(!argv.join(u' ').contains(u"touch"_s), qPrintable(argv.join(u' ')));
    }

    // A hand-edited file with shell text in the address is refused at connect time, before any SSH.
    const QString clustersFile = m_home.path() + u"/config/raydeck/clusters.json"_s;
    QFile file(clustersFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    file.close();
    json.replace(QByteArray("\"") + m_hosts.address(0).toUtf8() + "\"", QByteArray("\"") + m_hosts.address(0).toUtf8() + ";touch " + pwned.toUtf8() + "\"");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
    file.close();
    const int before = int(m_hosts.argvLog(0).size());
    const auto refused = cli({u"cluster"_s, u"up"_s, name});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"not an IP address or host name"_s), qPrintable(refused.err));
    QCOMPARE(int(m_hosts.argvLog(0).size()), before);
    QVERIFY(!QFile::exists(pwned));
}

void TestClusterFlow::unreachableWorkerIsNamedAndRetriedAlone()
{
    for (int i = 0; i < m_hosts.count(); ++i)
        m_hosts.resetState(i);
    init();
    QVERIFY2(m_hosts.makeUnreachable(2), qPrintable(m_hosts.errorString()));

    // The CLI: the others join, the failure is named, the exit code says so.
    ClusterProfile lab = cluster();
    const auto up = cli({u"cluster"_s, u"add"_s, u"lab2"_s, u"--head"_s, u"head-a"_s, u"--worker"_s, u"worker-b"_s,
                         u"--worker"_s, u"worker-c"_s, u"--head-address"_s, lab.headAddress, u"--gcs-port"_s,
                         QString::number(lab.gcsPort)});
    QCOMPARE(up.exitCode, 0);
    const auto partial = cli({u"cluster"_s, u"up"_s, u"lab2"_s});
    QCOMPARE(partial.exitCode, 1);
    QVERIFY2(partial.out.contains(u"Nodes: 2/3"_s), qPrintable(partial.out + partial.err));
    QVERIFY2(partial.out.contains(u"worker-b: [ok] Join the Ray head"_s), qPrintable(partial.out));
    QVERIFY2(partial.err.contains(u"worker worker-c failed: "_s), qPrintable(partial.err));

    // In-process: the same, then a retry of that worker alone once it is reachable.
    auto clusterSession = session(lab);
    const ClusterUpReport report = bringUp(*clusterSession);
    QVERIFY2(!report.failure, qPrintable(report.failure ? report.failure->message() : QString()));
    QCOMPARE(report.nodes.size(), 3);
    QCOMPARE(report.nodes[0].state, ClusterNode::State::Up);
    QCOMPARE(report.nodes[1].state, ClusterNode::State::Up);
    QCOMPARE(report.nodes[2].state, ClusterNode::State::Failed);
    QCOMPARE(report.failedNodes().size(), 1);
    QCOMPARE(report.failedNodes().first().profileName, u"worker-c"_s);
    QVERIFY(!report.failedNodes().first().failure->message().isEmpty());
    QVERIFY(report.status);
    QCOMPARE(report.status->activeNodes, 2);
    QCOMPARE(report.expectedNodes, 3);
    QVERIFY(!report.allJoined());

    QVERIFY2(m_hosts.makeReachable(2), qPrintable(m_hosts.errorString()));
    const int headStarts = m_hosts.rayStartCount(0, u"--head"_s);
    const int workerBStarts = int(m_hosts.argvLog(1).size());
    QSignalSpy retried(clusterSession.get(), &ClusterSession::workerRetryFinished);
    clusterSession->retryWorker(u"worker-c"_s);
    QVERIFY(retried.wait(240000));
    QCOMPARE(retried.first().at(0).toString(), u"worker-c"_s);
    const ClusterUpReport after = retried.first().at(1).value<ClusterUpReport>();
    QVERIFY2(after.allJoined(), qPrintable(after.failure ? after.failure->message()
                                                         : after.nodes[2].failure ? after.nodes[2].failure->message()
                                                                                  : QString()));
    QCOMPARE(after.status->activeNodes, 3);
    QCOMPARE(after.status->gpus, 6.0);
    // Only worker-c ran anything.
    QCOMPARE(m_hosts.rayStartCount(0, u"--head"_s), headStarts);
    QCOMPARE(int(m_hosts.argvLog(1).size()), workerBStarts);
    QCOMPARE(m_hosts.rayStartCount(2, u"--address="_s + clusterSession->headGcsAddress()), 1);

    QSignalSpy down(clusterSession.get(), &ClusterSession::downFinished);
    clusterSession->down(DownOptions{true, false});
    QVERIFY(down.wait(120000));
    QVERIFY(down.first().first().value<Result<void>>());
    QTRY_VERIFY_WITH_TIMEOUT(m_hosts.headInfo(0).isEmpty() && m_hosts.workerInfo(2).isEmpty(), 15000);
}

void TestClusterFlow::workerStartedBeforeHeadIsReachableIsRetried()
{
    for (int i = 0; i < m_hosts.count(); ++i)
        m_hosts.resetState(i);
    init();
    QVERIFY2(m_hosts.blockHeadFrom(1), qPrintable(m_hosts.errorString()));
    auto clusterSession = session(cluster());
    QStringList retryMessages;
    connect(clusterSession.get(), &ClusterSession::nodeChainStarted, this,
            [&retryMessages](const QString &node, ClusterNodeRole, ConnectChain *chain) {
                connect(chain, &ConnectChain::stepChanged, chain, [&retryMessages, node](int, const ConnectStep &step) {
                    if (step.kind == ConnectStep::Kind::RayWorker && step.message.contains(u"not reachable yet"_s))
                        retryMessages << node;
                });
            });
    QSignalSpy finished(clusterSession.get(), &ClusterSession::upFinished);
    clusterSession->up(ConnectMode::StartWhatIsMissing);
    // The worker's first `ray start` failed to reach the head; the path opens while its chain waits.
    QTRY_VERIFY_WITH_TIMEOUT(!retryMessages.isEmpty() || !finished.isEmpty(), 240000);
    QVERIFY2(finished.isEmpty(), "the cluster finished before any worker had to retry");
    if (m_hosts.network() == ClusterHosts::Network::Namespaces)
        QCOMPARE(retryMessages.first(), u"worker-b"_s);
    QVERIFY(m_hosts.unblockHeadFrom(1));
    QVERIFY(finished.wait(240000));
    const ClusterUpReport report = finished.first().first().value<ClusterUpReport>();
    QVERIFY2(report.allJoined(), qPrintable(report.failure ? report.failure->message() : u"not all joined"_s));
    QCOMPARE(report.status->activeNodes, 3);
    const QString join = u"--address="_s + clusterSession->headGcsAddress();
    QVERIFY(m_hosts.rayStartCount(1, join) + m_hosts.rayStartCount(2, join) >= 3);
    if (m_hosts.network() == ClusterHosts::Network::Namespaces)
        QVERIFY(m_hosts.rayStartCount(1, join) >= 2);
}

void TestClusterFlow::cleanupTestCase()
{
    m_hosts.cleanup();
}

QTEST_GUILESS_MAIN(TestClusterFlow)
#include "tst_clusterflow.moc"
