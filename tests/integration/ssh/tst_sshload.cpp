// SPDX-License-Identifier: GPL-3.0-or-later
// Load: 64 concurrent connections through one tunnel, each sending 64 MiB of
// random data to an echo service behind the server and reading it back, every
// stream checked end to end by SHA-256. Labelled "load": it moves 8 GiB and
// takes a minute or more (./packaging/dev.sh load, or ctest -L load).
#include "ChecksummedStream.h"
#include "EchoServer.h"
#include "SshServerFixture.h"
#include "SshTestSupport.h"

#include "ssh/LocalForward.h"
#include "ssh/SshConnection.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {
constexpr int kStreams = 64;
constexpr qint64 kBytesPerStream = qint64(64) * 1024 * 1024;
} // namespace

class TestSshLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void concurrentStreamsArriveIntact();

private:
    SshServerFixture m_server;
    QTemporaryDir m_dir;
    // The echo service runs in a thread of its own, so that the test's
    // clients, the tunnel and the echo can use different cores.
    QThread m_echoThread;
    EchoServer *m_echo = nullptr;
    quint16 m_echoPort = 0;
};

void TestSshLoad::initTestCase()
{
    qunsetenv("SSH_AUTH_SOCK");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_echo = new EchoServer;
    m_echo->moveToThread(&m_echoThread);
    m_echoThread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        m_echo, [echo = m_echo] { return echo->start(); }, Qt::BlockingQueuedConnection, &listening);
    QVERIFY(listening);
    m_echoPort = m_echo->serverPort();
}

void TestSshLoad::cleanupTestCase()
{
    if (m_echo)
        QMetaObject::invokeMethod(m_echo, &QObject::deleteLater);
    m_echoThread.quit();
    m_echoThread.wait();
}

void TestSshLoad::concurrentStreamsArriveIntact()
{
    SshConnection connection(SshTestSupport::settingsFor(m_server, m_dir.filePath(u"known_hosts"_s)));
    QSignalSpy connected(&connection, &SshConnection::connected);
    connection.connectToHost();
    QVERIFY2(connected.wait(30000), qPrintable(connection.stateReason()));
    LocalForward *forward = connection.forwardLocalPort({0, ForwardSpec::PortPolicy::Exact, u"127.0.0.1"_s, m_echoPort});
    QSignalSpy listening(forward, &LocalForward::listening);
    QVERIFY(forward->state() == LocalForward::State::Listening || listening.wait(10000));

    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<ChecksummedStream>> streams;
    int finished = 0;
    for (int i = 0; i < kStreams; ++i) {
        streams.push_back(std::make_unique<ChecksummedStream>(forward->localPort(), kBytesPerStream, quint64(i) * 7919 + 1));
        connect(streams.back().get(), &ChecksummedStream::finished, this, [&finished] { ++finished; });
    }
    // Progress now and then, so a slow (shared) machine is visible in the log.
    qint64 lastReport = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (timer.elapsed() - lastReport > 15000) {
                lastReport = timer.elapsed();
                qint64 received = 0;
                for (const auto &stream : streams)
                    received += stream->bytesReceived();
                qInfo("%d/%d streams done, %lld MiB echoed after %lld s", finished, kStreams, received >> 20,
                      lastReport / 1000);
            }
            return finished == kStreams;
        }(),
        1500000);
    const double seconds = double(timer.elapsed()) / 1000.0;

    int intact = 0;
    for (int i = 0; i < kStreams; ++i) {
        const ChecksummedStream &stream = *streams[size_t(i)];
        QVERIFY2(!stream.hasFailed(), qPrintable(u"stream %1: %2"_s.arg(i).arg(stream.errorString())));
        QCOMPARE(stream.bytesSent(), kBytesPerStream);
        QCOMPARE(stream.bytesReceived(), kBytesPerStream);
        QCOMPARE(stream.receivedDigest(), stream.sentDigest());
        ++intact;
    }
    const double mebibytes = double(kStreams) * double(kBytesPerStream) / (1024.0 * 1024.0);
    qInfo("LOAD: %d/%d streams intact, %d x %lld MiB each way (%.0f MiB up + %.0f MiB down) in %.1f s: %.0f MiB/s "
          "each way",
          intact, kStreams, kStreams, kBytesPerStream >> 20, mebibytes, mebibytes, seconds, mebibytes / seconds);
    QCOMPARE(connection.state(), SshConnection::State::Connected);

    // The tunnel still takes new connections afterwards.
    ChecksummedStream after(forward->localPort(), 1024 * 1024, 42);
    QSignalSpy afterFinished(&after, &ChecksummedStream::finished);
    QVERIFY(afterFinished.wait(30000));
    QCOMPARE(after.receivedDigest(), after.sentDigest());
}

QTEST_GUILESS_MAIN(TestSshLoad)
#include "tst_sshload.moc"
