// SPDX-License-Identifier: GPL-3.0-or-later
// The ray stand-in of the simulated GPU host over real SSH sessions: start,
// status and stop of the head, the dashboard bind address, Ray dying with its
// container, and clusters whose workers really register with the head.
#include "SimHostShell.h"
#include "SshServerFixture.h"

#include <QDir>
#include <QJsonObject>
#include <QTcpServer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

bool portAcceptsConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(3000);
}

int activeNodes(const QByteArray &status)
{
    // The "Active:" block of `ray status` lists one " 1 node_<56 hex>" line per alive node.
    const QString active = QString::fromUtf8(status.left(status.indexOf("Pending:")));
    QRegularExpressionMatchIterator it =
        QRegularExpression(u"^ 1 node_[0-9a-f]{56}$"_s, QRegularExpression::MultilineOption).globalMatch(active);
    int count = 0;
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

} // namespace

class TestSimHostRay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void versionAndUnknownCommand();
    void statusWithoutHead();
    void headStartStatusStop();
    void dashboardBindAddress();
    void unknownStartOptionIsRefused();
    void rayInContainerDiesWithContainer();
    void headExitsWhenStateDirVanishes();
    void clusterWorkersRegisterWithHead();
    void workerStartedBeforeHeadFails();

private:
    SshServerFixture m_server;
    std::unique_ptr<SimHostShell> m_shell;
};

void TestSimHostRay::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_shell = std::make_unique<SimHostShell>(m_server);
}

void TestSimHostRay::init()
{
    m_shell->resetState();
}

void TestSimHostRay::cleanup()
{
    m_shell->stopDaemons();
}

void TestSimHostRay::cleanupTestCase()
{
    if (m_shell)
        m_shell->stopDaemons();
}

void TestSimHostRay::versionAndUnknownCommand()
{
    const RemoteRun version = m_shell->run(u"ray --version"_s);
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, QByteArray("ray, version 2.52.0\n"));
    QVERIFY(m_shell->writeSetting(u"ray-version"_s, u"2.49.1"_s));
    QCOMPARE(m_shell->run(u"ray --version"_s).out, QByteArray("ray, version 2.49.1\n"));
    const RemoteRun unknown = m_shell->run(u"ray frobnicate"_s);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("Error: No such command 'frobnicate'."));
}

void TestSimHostRay::statusWithoutHead()
{
    const RemoteRun status = m_shell->run(u"ray status"_s);
    QCOMPARE(status.exitCode, 1);
    QVERIFY(status.err.startsWith("ConnectionError: Could not find any running Ray instance"));
    const RemoteRun stop = m_shell->run(u"ray stop"_s);
    QCOMPARE(stop.exitCode, 0);
    QCOMPARE(stop.out, QByteArray("Did not find any active Ray processes.\n"));
}

void TestSimHostRay::headStartStatusStop()
{
    const quint16 port = SimHostShell::freePort();
    const quint16 gcs = SimHostShell::freePort();
    const RemoteRun start = m_shell->runArgs({u"ray"_s, u"start"_s, u"--head"_s, u"--port=%1"_s.arg(gcs),
                                              u"--dashboard-host=127.0.0.1"_s, u"--dashboard-port=%1"_s.arg(port),
                                              u"--num-cpus=16"_s});
    QCOMPARE(start.exitCode, 0);
    QVERIFY(start.out.contains("--------------------\nRay runtime started.\n--------------------\n"));
    QVERIFY(start.out.contains("ray start --address='127.0.0.1:%1'"_ba.replace("%1", QByteArray::number(gcs))));
    QVERIFY(start.out.contains("    127.0.0.1:" + QByteArray::number(port) + "\n"));
    QVERIFY(portAcceptsConnections(port));

    const QJsonObject head = m_shell->headInfo();
    QCOMPARE(head.value(u"dashboard_port"_s).toInt(), int(port));
    QCOMPARE(head.value(u"gcs_port"_s).toInt(), int(gcs));
    QCOMPARE(head.value(u"dashboard_host"_s).toString(), u"127.0.0.1"_s);

    const RemoteRun status = m_shell->run(u"ray status"_s);
    QCOMPARE(status.exitCode, 0);
    QVERIFY(status.out.startsWith("======== Autoscaler status: "));
    QCOMPARE(activeNodes(status.out), 1);
    QVERIFY(status.out.contains("\n 0.0/16.0 CPU\n 0.0/2.0 GPU\n"));

    const RemoteRun listening = m_shell->run(u"ss -tln"_s);
    QVERIFY2(listening.out.contains("127.0.0.1:" + QByteArray::number(port) + " "), listening.out.constData());

    const RemoteRun again = m_shell->run(u"ray start --head"_s);
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("but is already running at 127.0.0.1:" + QByteArray::number(gcs)));

    const RemoteRun stop = m_shell->run(u"ray stop"_s);
    QCOMPARE(stop.exitCode, 0);
    QVERIFY(stop.out.startsWith("Stopped all "));
    QVERIFY(!portAcceptsConnections(port));
    QCOMPARE(m_shell->run(u"ray status"_s).exitCode, 1);
    QVERIFY(m_shell->headInfo().isEmpty());
}

void TestSimHostRay::dashboardBindAddress()
{
    const quint16 port = SimHostShell::freePort();
    QCOMPARE(m_shell->runArgs({u"ray"_s, u"start"_s, u"--head"_s, u"--dashboard-host=0.0.0.0"_s,
                               u"--dashboard-port"_s, QString::number(port)})
                 .exitCode,
             0);
    const RemoteRun listening = m_shell->run(u"ss -tln"_s);
    QVERIFY2(listening.out.contains("0.0.0.0:" + QByteArray::number(port) + " "), listening.out.constData());

    // An explicit dashboard port that is taken fails like Ray.
    m_shell->stopDaemons();
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
    const RemoteRun taken = m_shell->runArgs({u"ray"_s, u"start"_s, u"--head"_s,
                                              u"--dashboard-port=%1"_s.arg(blocker.serverPort())});
    QCOMPARE(taken.exitCode, 1);
    QVERIFY2(taken.err.contains("because it's already occupied"), taken.err.constData());
}

void TestSimHostRay::unknownStartOptionIsRefused()
{
    const RemoteRun start = m_shell->run(u"ray start --head --no-such-option"_s);
    QCOMPARE(start.exitCode, 2);
    QVERIFY(start.err.contains("Error: No such option: --no-such-option"));
    QVERIFY(m_shell->headInfo().isEmpty());
}

void TestSimHostRay::rayInContainerDiesWithContainer()
{
    QCOMPARE(m_shell->run(u"docker run -d --name verl --network=host verlai/verl:latest sleep infinity"_s).exitCode, 0);
    const quint16 port = SimHostShell::freePort();
    const RemoteRun start = m_shell->runArgs({u"docker"_s, u"exec"_s, u"-e"_s,
                                              u"RAY_GRAFANA_IFRAME_HOST=http://127.0.0.1:3000"_s, u"verl"_s, u"ray"_s,
                                              u"start"_s, u"--head"_s, u"--dashboard-port=%1"_s.arg(port)});
    QCOMPARE(start.exitCode, 0);
    const QJsonObject head = m_shell->headInfo();
    QCOMPARE(head.value(u"container"_s).toString(), u"verl"_s);
    QCOMPARE(head.value(u"env"_s).toObject().value(u"RAY_GRAFANA_IFRAME_HOST"_s).toString(),
             u"http://127.0.0.1:3000"_s);
    QCOMPARE(m_shell->run(u"docker exec verl ray status"_s).exitCode, 0);

    QCOMPARE(m_shell->run(u"docker stop verl"_s).exitCode, 0);
    QVERIFY(!portAcceptsConnections(port));
    QCOMPARE(m_shell->run(u"ray status"_s).exitCode, 1);
}

void TestSimHostRay::headExitsWhenStateDirVanishes()
{
    const quint16 port = SimHostShell::freePort();
    QCOMPARE(m_shell->runArgs({u"ray"_s, u"start"_s, u"--head"_s, u"--dashboard-port=%1"_s.arg(port)}).exitCode, 0);
    const qint64 pid = m_shell->headInfo().value(u"pid"_s).toInteger();
    QVERIFY(pid > 0);
    QVERIFY(SimHostShell::processAlive(pid));
    QVERIFY(QDir(m_shell->stateDir()).removeRecursively());
    QTRY_VERIFY_WITH_TIMEOUT(!SimHostShell::processAlive(pid), 10000);
    QVERIFY(QDir().mkpath(m_shell->stateDir()));
}

void TestSimHostRay::clusterWorkersRegisterWithHead()
{
    SshServerFixture workerServer1;
    SshServerFixture workerServer2;
    QVERIFY2(workerServer1.start(), qPrintable(workerServer1.errorString()));
    QVERIFY2(workerServer2.start(), qPrintable(workerServer2.errorString()));
    SimHostShell worker1(workerServer1);
    SimHostShell worker2(workerServer2);
    QVERIFY(worker2.writeSetting(u"gpus"_s, u"4"_s));

    const quint16 gcs = SimHostShell::freePort();
    QCOMPARE(m_shell->runArgs({u"ray"_s, u"start"_s, u"--head"_s, u"--port=%1"_s.arg(gcs),
                               u"--dashboard-port=%1"_s.arg(SimHostShell::freePort())})
                 .exitCode,
             0);
    const QString address = u"127.0.0.1:%1"_s.arg(gcs);
    const RemoteRun join1 = worker1.runArgs({u"ray"_s, u"start"_s, u"--address=%1"_s.arg(address)});
    QCOMPARE(join1.exitCode, 0);
    QVERIFY(join1.out.contains("Ray runtime started."));
    const RemoteRun join2 = worker2.runArgs({u"ray"_s, u"start"_s, u"--address"_s, address});
    QCOMPARE(join2.exitCode, 0);

    const RemoteRun status = m_shell->run(u"ray status -v"_s);
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(activeNodes(status.out), 3);
    QVERIFY2(status.out.contains("\n 0.0/96.0 CPU\n 0.0/8.0 GPU\n"), status.out.constData());
    // Every node that joined is listed with its own id and address.
    const QString workerNode = worker2.workerInfo().value(u"node_id"_s).toString();
    QCOMPARE(workerNode.size(), 56);
    QVERIFY(status.out.contains((u"Node: %1 (127.0.0.1)\n Usage:\n  0.0/32.0 CPU\n  0.0/4.0 GPU\n"_s.arg(workerNode)).toUtf8()));
    // A worker asks its head, not itself.
    QCOMPARE(activeNodes(worker1.run(u"ray status"_s).out), 3);

    QCOMPARE(worker1.run(u"ray stop"_s).exitCode, 0);
    const RemoteRun after = m_shell->run(u"ray status"_s);
    QCOMPARE(activeNodes(after.out), 2);
    QVERIFY(after.out.contains("Recent failures:\n (no failures)"));

    // The head going away takes the remaining worker's raylet with it.
    const qint64 workerPid = worker2.workerInfo().value(u"pid"_s).toInteger();
    QVERIFY(workerPid > 0);
    m_shell->stopDaemons();
    QTRY_VERIFY_WITH_TIMEOUT(!SimHostShell::processAlive(workerPid), 10000);
    worker1.stopDaemons();
    worker2.stopDaemons();
}

void TestSimHostRay::workerStartedBeforeHeadFails()
{
    SshServerFixture workerServer;
    QVERIFY2(workerServer.start(), qPrintable(workerServer.errorString()));
    SimHostShell worker(workerServer);
    QVERIFY(worker.writeSetting(u"gcs-connect-timeout"_s, u"0.3"_s));
    const quint16 gcs = SimHostShell::freePort();
    const QString address = u"--address=127.0.0.1:%1"_s.arg(gcs);

    const RemoteRun early = worker.runArgs({u"ray"_s, u"start"_s, address});
    QCOMPARE(early.exitCode, 1);
    QVERIFY(early.err.startsWith("ConnectionError: Unable to connect to GCS (ray head) at 127.0.0.1:"));
    QCOMPARE(worker.run(u"ray status"_s).exitCode, 1);

    QCOMPARE(m_shell->runArgs({u"ray"_s, u"start"_s, u"--head"_s, u"--port=%1"_s.arg(gcs),
                               u"--dashboard-port=%1"_s.arg(SimHostShell::freePort())})
                 .exitCode,
             0);
    QCOMPARE(worker.runArgs({u"ray"_s, u"start"_s, address}).exitCode, 0);
    QCOMPARE(activeNodes(m_shell->run(u"ray status"_s).out), 2);
    worker.stopDaemons();
}

QTEST_GUILESS_MAIN(TestSimHostRay)
#include "tst_simhostray.moc"
