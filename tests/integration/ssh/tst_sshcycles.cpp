// SPDX-License-Identifier: GPL-3.0-or-later
// Load: 1,000 connect/disconnect cycles against the loopback sshd, each with a
// port forward opened and one echo through it, must not leave descriptors,
// threads or memory behind. Measured from /proc/self after a warm-up (Qt and
// libssh allocate some things once), printed, and bounded.
#include "EchoServer.h"
#include "ProcessMemory.h"
#include "RawSocket.h"
#include "SshServerFixture.h"
#include "SshTestSupport.h"

#include "ssh/LocalForward.h"
#include "ssh/SshConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWarmUpCycles = 50;
constexpr int kCycles = 1000;

struct ProcessFigures
{
    int descriptors = 0;
    int threads = 0;
    qint64 residentKiB = 0;
    qint64 heapInUseKiB = 0; ///< malloc'ed and not freed, all arenas: unlike RSS, not blurred by the allocator's caching
};

int entriesIn(const QString &path)
{
    return int(QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System).size());
}

ProcessFigures measure()
{
    // Let deleteLater() and queued cleanups of the last cycle run first.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    ProcessFigures figures;
    figures.descriptors = entriesIn(u"/proc/self/fd"_s);
    figures.threads = entriesIn(u"/proc/self/task"_s);
    figures.heapInUseKiB = ProcessMemory::heapInUseBytes() / 1024;
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                figures.residentKiB = line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return figures;
}

void print(const char *when, const ProcessFigures &figures)
{
    qInfo("%-22s descriptors %4d  threads %3d  RSS %7lld KiB  heap in use %7lld KiB", when, figures.descriptors,
          figures.threads, figures.residentKiB, figures.heapInUseKiB);
}

} // namespace

class TestSshCycles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectDisconnectCyclesLeakNothing();

private:
    /// One connect, forward, echo, disconnect; false (with a warning) when a step fails.
    bool cycle(int index);

    SshServerFixture m_server;
    QTemporaryDir m_dir;
    EchoServer m_echo;
};

void TestSshCycles::initTestCase()
{
    qunsetenv("SSH_AUTH_SOCK");
    // Four info lines per cycle would bury the figures.
    QLoggingCategory::setFilterRules(u"raydeck.*.info=false"_s);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_echo.start());
}

bool TestSshCycles::cycle(int index)
{
    auto connection = std::make_unique<SshConnection>(SshTestSupport::settingsFor(m_server, m_dir.filePath(u"known_hosts"_s)));
    QSignalSpy connected(connection.get(), &SshConnection::connected);
    connection->connectToHost();
    if (!connected.wait(30000)) {
        qWarning("cycle %d: not connected: %s", index, qPrintable(connection->stateReason()));
        return false;
    }
    LocalForward *forward = connection->forwardLocalPort({0, ForwardSpec::PortPolicy::Exact, u"127.0.0.1"_s, m_echo.serverPort()});
    QSignalSpy listening(forward, &LocalForward::listening);
    if (forward->state() != LocalForward::State::Listening && !listening.wait(10000)) {
        qWarning("cycle %d: the forward did not listen", index);
        return false;
    }
    {
        std::unique_ptr<RawSocket> socket(RawSocket::connectTo(forward->localPort()));
        QByteArray echoed;
        bool closed = false;
        connect(socket.get(), &RawSocket::received, this, [&echoed](const QByteArray &data) { echoed += data; });
        connect(socket.get(), &RawSocket::closed, this, [&closed] { closed = true; });
        socket->send("ping");
        if (!QTest::qWaitFor([&] { return echoed == "ping" || closed; }, 10000) || echoed != "ping") {
            qWarning("cycle %d: no echo through the forward", index);
            return false;
        }
    }
    QSignalSpy stateChanged(connection.get(), &SshConnection::stateChanged);
    connection->disconnectFromHost();
    if (connection->state() != SshConnection::State::Disconnected
        && !QTest::qWaitFor([&] { return connection->state() == SshConnection::State::Disconnected; }, 10000)) {
        qWarning("cycle %d: did not disconnect", index);
        return false;
    }
    connection.reset();
    return true;
}

void TestSshCycles::connectDisconnectCyclesLeakNothing()
{
    for (int i = 0; i < kWarmUpCycles; ++i)
        QVERIFY(cycle(i));
    const ProcessFigures before = measure();
    print("after warm-up:", before);

    QElapsedTimer timer;
    timer.start();
    ProcessFigures halfway;
    for (int i = 0; i < kCycles; ++i) {
        QVERIFY(cycle(i));
        if (i + 1 == kCycles / 2) {
            halfway = measure();
            print("after 500 cycles:", halfway);
        }
    }
    const ProcessFigures after = measure();
    print("after 1000 cycles:", after);
    qInfo("CYCLES: %d connect/forward/echo/disconnect cycles in %.1f s (%.0f ms each); growth: descriptors %+d, "
          "threads %+d, RSS %+lld KiB, heap in use %+lld KiB",
          kCycles, double(timer.elapsed()) / 1000.0, double(timer.elapsed()) / kCycles,
          after.descriptors - before.descriptors, after.threads - before.threads,
          after.residentKiB - before.residentKiB, after.heapInUseKiB - before.heapInUseKiB);

    // A descriptor or a thread per cycle would show as hundreds. Qt's host
    // lookup pool may keep an idle thread or two for 30 s.
    QVERIFY2(after.descriptors - before.descriptors <= 2, "open descriptors grew");
    QVERIFY2(after.threads - before.threads <= 3, "threads grew");
    // Memory: a leak shows in the heap in use (every arena); RSS also holds
    // what glibc keeps cached for the worker threads' arenas, so it only gets
    // a generous bound. 2 KiB per cycle would add 2 MiB over 1,000 cycles.
    QVERIFY2(after.heapInUseKiB - before.heapInUseKiB <= 2 * 1024, "heap in use grew by more than 2 MiB");
    QVERIFY2(after.heapInUseKiB - halfway.heapInUseKiB <= 1024, "heap in use kept growing after 500 cycles");
    // Under AddressSanitizer RSS holds its quarantine of freed blocks (256 MiB
    // by default) and shadow memory: the heap in use above is the measure there.
    if (ProcessMemory::residentSizeTracksTheProgram())
        QVERIFY2(after.residentKiB - before.residentKiB <= 32 * 1024, "resident memory grew by more than 32 MiB");
}

QTEST_GUILESS_MAIN(TestSshCycles)
#include "tst_sshcycles.moc"
