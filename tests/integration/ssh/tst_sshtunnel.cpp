// SPDX-License-Identifier: GPL-3.0-or-later
// Local port forwards through a real sshd to real loopback services: data
// integrity under load, half-close, backpressure both ways, refused remote
// ports, taken local ports, loopback-only listening, idle cost.
#include "EchoServer.h"
#include "FloodServer.h"
#include "RawSocket.h"
#include "SshServerFixture.h"
#include "SshTestSupport.h"

#include "ssh/LocalForward.h"
#include "ssh/RemoteProcess.h"
#include "ssh/SshConnection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <unistd.h>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MiB = 1024 * 1024;

/// Resident memory of this process, from /proc.
qint64 residentBytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

/// CPU time, in clock ticks, of this process's threads whose name starts with
/// "ssh " (SshConnection names its worker thread after the connection).
qint64 sshThreadTicks(int *threads)
{
    qint64 ticks = 0;
    *threads = 0;
    const QStringList tasks = QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile comm(u"/proc/self/task/%1/comm"_s.arg(task));
        QFile stat(u"/proc/self/task/%1/stat"_s.arg(task));
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        if (!comm.readAll().startsWith("ssh "))
            continue;
        ++*threads;
        // Fields after the parenthesised name: state is field 3, utime 14, stime 15.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        ticks += fields.value(11).toLongLong() + fields.value(12).toLongLong();
    }
    return ticks;
}

/// One echo round trip through a forward: sends, half-closes, reads to EOF.
struct EchoTransfer
{
    std::unique_ptr<RawSocket> socket;
    QByteArray sent;
    QByteArray received;
    bool done = false;

    EchoTransfer(quint16 port, QByteArray data)
        : socket(RawSocket::connectTo(port))
        , sent(std::move(data))
    {
        QObject::connect(socket.get(), &RawSocket::received, socket.get(),
                         [this](const QByteArray &chunk) { received += chunk; });
        QObject::connect(socket.get(), &RawSocket::readFinished, socket.get(), [this] { done = true; });
        QObject::connect(socket.get(), &RawSocket::closed, socket.get(), [this] { done = true; });
        socket->send(sent);
        socket->finishSending();
    }
};

} // namespace

class TestSshTunnel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void forwardsAndEchoes();
    void parallelTransfersArriveIntact();
    void halfCloseIsMirroredBothWays();
    void serverThatSpeaksFirstIsHeard();
    void listensOnLoopbackOnly();
    void localPortTakenOffersNextFreePort();
    void nextFreePolicyPicksAnotherPort();
    void remoteRefusedIsReportedAndSessionSurvives();
    void downloadBackpressureBoundsMemory();
    void uploadBackpressureBoundsMemory();
    void closeStopsListening();
    void idleTunnelCostsNoCpu();

private:
    LocalForward *forwardTo(quint16 remotePort, ForwardSpec spec = {});

    SshServerFixture m_server;
    QTemporaryDir m_dir;
    EchoServer m_echo;
    std::unique_ptr<SshConnection> m_connection;
};

void TestSshTunnel::initTestCase()
{
    qunsetenv("SSH_AUTH_SOCK");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_echo.start());
    m_connection = std::make_unique<SshConnection>(
        SshTestSupport::settingsFor(m_server, m_dir.filePath(u"known_hosts"_s)));
    QSignalSpy connected(m_connection.get(), &SshConnection::connected);
    m_connection->connectToHost();
    QVERIFY2(connected.wait(20000), qPrintable(m_connection->stateReason()));
}

void TestSshTunnel::cleanupTestCase()
{
    m_connection.reset();
}

LocalForward *TestSshTunnel::forwardTo(quint16 remotePort, ForwardSpec spec)
{
    spec.remotePort = remotePort;
    LocalForward *forward = m_connection->forwardLocalPort(spec);
    QSignalSpy listening(forward, &LocalForward::listening);
    if (forward->state() == LocalForward::State::Binding)
        listening.wait(10000);
    return forward;
}

void TestSshTunnel::forwardsAndEchoes()
{
    LocalForward *forward = forwardTo(m_echo.serverPort());
    QCOMPARE(forward->state(), LocalForward::State::Listening);
    QVERIFY(forward->localPort() != 0);
    QCOMPARE(forward->url().toString(), u"http://127.0.0.1:%1/"_s.arg(forward->localPort()));

    EchoTransfer transfer(forward->localPort(), "hello through the tunnel");
    QTRY_VERIFY_WITH_TIMEOUT(transfer.done, 10000);
    QCOMPARE(transfer.received, transfer.sent);
    forward->close();
}

void TestSshTunnel::parallelTransfersArriveIntact()
{
    LocalForward *forward = forwardTo(m_echo.serverPort());
    QVERIFY(forward->localPort() != 0);
    constexpr int kConnections = 64;
    std::vector<std::unique_ptr<EchoTransfer>> transfers;
    qint64 total = 0;
    for (int i = 0; i < kConnections; ++i) {
        // Odd sizes from 256 KiB to 2 MiB, so packet and buffer boundaries vary.
        const qsizetype size = (i % 8 + 1) * 256 * 1024 + i * 977;
        total += size;
        transfers.push_back(std::make_unique<EchoTransfer>(forward->localPort(), SshTestSupport::randomBytes(size)));
    }
    QElapsedTimer timer;
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(transfers.begin(), transfers.end(), [](const auto &t) { return t->done; }),
                             120000);
    qInfo("%d connections, %.1f MiB each way in %lld ms", kConnections, double(total) / MiB, timer.elapsed());
    for (int i = 0; i < kConnections; ++i) {
        QCOMPARE(transfers[i]->received.size(), transfers[i]->sent.size());
        QCOMPARE(SshTestSupport::sha256(transfers[i]->received), SshTestSupport::sha256(transfers[i]->sent));
    }
    forward->close();
}

void TestSshTunnel::halfCloseIsMirroredBothWays()
{
    LocalForward *forward = forwardTo(m_echo.serverPort());
    // The client says it is done sending but keeps reading: the echo must
    // still come back in full, and then the server's own EOF.
    std::unique_ptr<RawSocket> client(RawSocket::connectTo(forward->localPort()));
    QByteArray received;
    bool sawEof = false;
    connect(client.get(), &RawSocket::received, this, [&](const QByteArray &chunk) { received += chunk; });
    connect(client.get(), &RawSocket::readFinished, this, [&] { sawEof = true; });
    client->send("first part, ");
    QTRY_COMPARE_WITH_TIMEOUT(received, QByteArray("first part, "), 10000);
    QVERIFY(!sawEof);
    client->send("second part");
    client->finishSending();
    QTRY_VERIFY_WITH_TIMEOUT(sawEof, 10000);
    QCOMPARE(received, QByteArray("first part, second part"));
    forward->close();
}

void TestSshTunnel::serverThatSpeaksFirstIsHeard()
{
    EchoServer greeter;
    greeter.setGreeting("220 hello from the server\r\n");
    QVERIFY(greeter.start());
    LocalForward *forward = forwardTo(greeter.serverPort());
    for (int i = 0; i < 20; ++i) {
        std::unique_ptr<RawSocket> client(RawSocket::connectTo(forward->localPort()));
        QByteArray received;
        connect(client.get(), &RawSocket::received, this, [&](const QByteArray &chunk) { received += chunk; });
        QTRY_VERIFY_WITH_TIMEOUT(received.size() >= 27, 10000);
        QCOMPARE(received, QByteArray("220 hello from the server\r\n"));
    }
    forward->close();
}

void TestSshTunnel::listensOnLoopbackOnly()
{
    LocalForward *forward = forwardTo(m_echo.serverPort());
    const quint16 port = forward->localPort();
    QVERIFY(port != 0);

    QTcpSocket ipv6;
    ipv6.connectToHost(QHostAddress::LocalHostIPv6, port);
    const bool hasIpv6 = ipv6.waitForConnected(3000);
    if (hasIpv6) {
        ipv6.write("v6");
        QTRY_COMPARE_WITH_TIMEOUT(ipv6.bytesAvailable(), 2, 10000);
        QCOMPARE(ipv6.readAll(), QByteArray("v6"));
    }

    int outsideAddresses = 0;
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.isLoopback() || address.isLinkLocal())
            continue;
        ++outsideAddresses;
        QTcpSocket outside;
        outside.connectToHost(address, port);
        QVERIFY2(!outside.waitForConnected(3000), qPrintable(address.toString()));
    }
    if (outsideAddresses == 0)
        qInfo("no non-loopback address on this machine; only loopback was checked");
    forward->close();
}

void TestSshTunnel::localPortTakenOffersNextFreePort()
{
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
    ForwardSpec spec;
    spec.localPort = holder.serverPort();
    spec.remotePort = m_echo.serverPort();
    LocalForward *forward = m_connection->forwardLocalPort(spec);
    QSignalSpy failed(forward, &LocalForward::failed);
    QVERIFY(failed.wait(10000));
    QCOMPARE(forward->state(), LocalForward::State::Failed);
    QCOMPARE(forward->error().code(), Error::Code::AlreadyExists);
    const quint16 suggestion = forward->suggestedLocalPort();
    QVERIFY(suggestion > spec.localPort);
    QVERIFY2(forward->error().message().contains(QString::number(spec.localPort)), qPrintable(forward->error().message()));
    QVERIFY2(forward->error().message().contains(QString::number(suggestion)), qPrintable(forward->error().message()));

    // The offered port really is free.
    spec.localPort = suggestion;
    LocalForward *retry = forwardTo(m_echo.serverPort(), spec);
    QCOMPARE(retry->state(), LocalForward::State::Listening);
    QCOMPARE(retry->localPort(), suggestion);
    retry->close();
}

void TestSshTunnel::nextFreePolicyPicksAnotherPort()
{
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
    ForwardSpec spec;
    spec.localPort = holder.serverPort();
    spec.portPolicy = ForwardSpec::PortPolicy::NextFree;
    LocalForward *forward = forwardTo(m_echo.serverPort(), spec);
    QCOMPARE(forward->state(), LocalForward::State::Listening);
    QVERIFY(forward->localPort() > holder.serverPort());
    EchoTransfer transfer(forward->localPort(), "moved");
    QTRY_VERIFY_WITH_TIMEOUT(transfer.done, 10000);
    QCOMPARE(transfer.received, QByteArray("moved"));
    forward->close();
}

void TestSshTunnel::remoteRefusedIsReportedAndSessionSurvives()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 deadPort = closed.serverPort();
    closed.close();

    // An exec channel is open on the server while the refused open happens:
    // libssh's bug would close the server's channel 0 or drop the session.
    RemoteProcess *bystander = m_connection->execute({u"sh"_s, u"-c"_s, u"sleep 1; echo still here"_s});
    QSignalSpy bystanderStarted(bystander, &RemoteProcess::started);
    QVERIFY(bystanderStarted.wait(10000));

    LocalForward *forward = forwardTo(deadPort);
    QSignalSpy refused(forward, &LocalForward::remoteRefused);
    for (int i = 0; i < 3; ++i) {
        std::unique_ptr<RawSocket> client(RawSocket::connectTo(forward->localPort()));
        bool closedByTunnel = false;
        connect(client.get(), &RawSocket::closed, this, [&] { closedByTunnel = true; });
        connect(client.get(), &RawSocket::readFinished, this, [&] { closedByTunnel = true; });
        client->send("GET / HTTP/1.0\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(closedByTunnel, 10000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 3, 10000);
    const QString message = refused.first().first().toString();
    QVERIFY2(message.contains(u"127.0.0.1:%1"_s.arg(deadPort)), qPrintable(message));
    QVERIFY2(message.contains(u"Nothing listens"_s), qPrintable(message));
    QCOMPARE(forward->state(), LocalForward::State::Listening);

    QTRY_VERIFY_WITH_TIMEOUT(bystander->isDone(), 10000);
    QCOMPARE(bystander->state(), RemoteProcess::State::Finished);
    QCOMPARE(bystander->standardOutput(), "still here\n");
    QCOMPARE(m_connection->state(), SshConnection::State::Connected);
    QVERIFY(!SshTestSupport::logTail(m_server).contains("nonexistent channel"));
    forward->close();
}

void TestSshTunnel::downloadBackpressureBoundsMemory()
{
    FloodServer flood(FloodServer::Mode::Flood);
    QVERIFY(flood.start());
    LocalForward *forward = forwardTo(flood.serverPort());
    const qint64 residentBefore = residentBytes();

    std::unique_ptr<RawSocket> client(RawSocket::connectTo(forward->localPort()));
    client->setReadingPaused(true);
    // The server writes as fast as it can; with the client not reading, the
    // chain of buffers must fill up and stop it.
    QTRY_VERIFY_WITH_TIMEOUT(flood.bytesWritten() > 0 && flood.idleMilliseconds() > 1500, 60000);
    const qint64 stalledAt = flood.bytesWritten();
    const qint64 growth = residentBytes() - residentBefore;
    qInfo("server stalled after %.1f MiB; this process grew by %.1f MiB", double(stalledAt) / MiB, double(growth) / MiB);
    // Kernel socket buffers on three TCP hops plus one channel window: tens of MiB at most.
    QVERIFY(stalledAt < 128 * MiB);
    QVERIFY2(growth < 40 * MiB, "the engine buffered what the client did not read");

    // Reading again drains the chain and lets the server go on.
    client->setReadingPaused(false);
    QTRY_VERIFY_WITH_TIMEOUT(client->bytesReceived() > stalledAt && flood.bytesWritten() > stalledAt + 8 * MiB, 60000);
    client.reset();
    forward->close();
}

void TestSshTunnel::uploadBackpressureBoundsMemory()
{
    FloodServer sink(FloodServer::Mode::Silent);
    QVERIFY(sink.start());
    LocalForward *forward = forwardTo(sink.serverPort());
    const qint64 residentBefore = residentBytes();

    std::unique_ptr<RawSocket> client(RawSocket::connectTo(forward->localPort()));
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    connect(client.get(), &RawSocket::bytesWritten, this, [&sinceProgress] { sinceProgress.restart(); });
    client->sendRepeated(QByteArray(64 * 1024, 'u'), 2048 * MiB);
    QTRY_VERIFY_WITH_TIMEOUT(client->bytesSent() > 0 && sinceProgress.elapsed() > 1500, 60000);
    const qint64 stalledAt = client->bytesSent();
    const qint64 growth = residentBytes() - residentBefore;
    qInfo("client stalled after %.1f MiB; this process grew by %.1f MiB", double(stalledAt) / MiB, double(growth) / MiB);
    QVERIFY(stalledAt < 256 * MiB);
    QVERIFY2(growth < 40 * MiB, "the engine buffered what the server did not read");
    client.reset();
    forward->close();
}

void TestSshTunnel::closeStopsListening()
{
    LocalForward *forward = forwardTo(m_echo.serverPort());
    const quint16 port = forward->localPort();
    QSignalSpy closed(forward, &LocalForward::closed);
    forward->close();
    QCOMPARE(closed.count(), 1);
    QCOMPARE(forward->state(), LocalForward::State::Closed);
    QTRY_VERIFY_WITH_TIMEOUT(
        [port] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            return !probe.waitForConnected(1000);
        }(),
        10000);
}

void TestSshTunnel::idleTunnelCostsNoCpu()
{
    LocalForward *forward = forwardTo(m_echo.serverPort());
    EchoTransfer warmup(forward->localPort(), "warm");
    QTRY_VERIFY_WITH_TIMEOUT(warmup.done, 10000);
    std::unique_ptr<RawSocket> idle(RawSocket::connectTo(forward->localPort())); // open, silent connection

    int threads = 0;
    const qint64 before = sshThreadTicks(&threads);
    QCOMPARE(threads, 1);
    // A measuring window, not a synchronisation: nothing should happen in it.
    QTest::qWait(3000);
    const qint64 used = sshThreadTicks(&threads) - before;
    qInfo("SSH worker thread CPU in 3 s of idling: %lld ticks of %ld per second", used, sysconf(_SC_CLK_TCK));
    QVERIFY2(used <= 1, "an idle connection keeps its thread busy");
    idle.reset();
    forward->close();
}

QTEST_GUILESS_MAIN(TestSshTunnel)
#include "tst_sshtunnel.moc"
