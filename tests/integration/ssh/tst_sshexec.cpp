// SPDX-License-Identifier: GPL-3.0-or-later
// Remote commands on one connection to a real sshd: output, exit status,
// literal arguments, stdin, many at once, timeout and cancel.
#include "SshServerFixture.h"
#include "SshTestSupport.h"

#include "ssh/RemoteProcess.h"
#include "ssh/SshConnection.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestSshExec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void reportsOutputAndExitStatus();
    void argumentsArriveLiterally();
    void mergedOutputKeepsOrder();
    void standardInputIsDeliveredAndClosed();
    void largeOutputIsComplete();
    void manyCommandsAtOnce();
    void timeoutStopsTheCommand();
    void cancelStopsTheCommand();
    void deletingAProcessStopsTheCommand();
    void commandWaitsForTheConnection();
    void commandFailsWhenTheConnectFails();
    void disconnectFailsWaitingCommands();
    void emptyCommandFails();

private:
    /// Runs @p process to its end; true if finished() (not failed()).
    bool waitFor(RemoteProcess *process, int timeoutMs = 20000);
    bool isRunningRemotely(const QString &marker);

    SshServerFixture m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<SshConnection> m_connection;
};

void TestSshExec::initTestCase()
{
    qunsetenv("SSH_AUTH_SOCK");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_dir.isValid());
}

void TestSshExec::init()
{
    m_connection = std::make_unique<SshConnection>(
        SshTestSupport::settingsFor(m_server, m_dir.filePath(u"known_hosts"_s)));
    QSignalSpy connected(m_connection.get(), &SshConnection::connected);
    m_connection->connectToHost();
    QVERIFY2(connected.wait(20000), qPrintable(m_connection->stateReason()));
    QCOMPARE(m_connection->state(), SshConnection::State::Connected);
}

void TestSshExec::cleanup()
{
    m_connection.reset();
}

bool TestSshExec::waitFor(RemoteProcess *process, int timeoutMs)
{
    (void)QTest::qWaitFor([process] { return process->isDone(); }, timeoutMs);
    return process->state() == RemoteProcess::State::Finished;
}

bool TestSshExec::isRunningRemotely(const QString &marker)
{
    RemoteProcess *probe = m_connection->execute({u"pgrep"_s, u"-f"_s, marker});
    return waitFor(probe) && probe->exitStatus() == 0;
}

void TestSshExec::reportsOutputAndExitStatus()
{
    RemoteProcess *process = m_connection->execute({u"sh"_s, u"-c"_s, u"echo out; echo err >&2; exit 3"_s});
    QSignalSpy started(process, &RemoteProcess::started);
    QSignalSpy output(process, &RemoteProcess::standardOutputReady);
    QVERIFY2(waitFor(process), qPrintable(process->error().toDisplayString()));
    QCOMPARE(started.count(), 1);
    QCOMPARE(process->exitStatus(), 3);
    QCOMPARE(process->standardOutput(), "out\n");
    QCOMPARE(process->standardError(), "err\n");
    QVERIFY(output.count() >= 1);
    QCOMPARE(process->commandLine(), u"sh -c 'echo out; echo err >&2; exit 3'"_s);
}

void TestSshExec::argumentsArriveLiterally()
{
    const QStringList tricky{u"a b"_s, u"$HOME"_s, u"'q'"_s, u"x;y"_s, u""_s, u"*"_s, u"$(id)"_s, u"line\nbreak"_s,
                             u"ünï"_s};
    QStringList argv{u"printf"_s, u"[%s]\\n"_s};
    argv << tricky;
    RemoteProcess *process = m_connection->execute(argv);
    QVERIFY(waitFor(process));
    QCOMPARE(process->exitStatus(), 0);
    QString expected;
    for (const QString &argument : tricky)
        expected += u'[' + argument + u"]\n"_s;
    QCOMPARE(QString::fromUtf8(process->standardOutput()), expected);
}

void TestSshExec::mergedOutputKeepsOrder()
{
    ExecOptions options;
    options.outputChannels = ExecOptions::OutputChannels::Merged;
    RemoteProcess *process =
        m_connection->execute({u"sh"_s, u"-c"_s, u"echo one; sleep 0.2; echo two >&2; sleep 0.2; echo three"_s}, options);
    QVERIFY(waitFor(process));
    QCOMPARE(process->standardOutput(), "one\ntwo\nthree\n");
    QVERIFY(process->standardError().isEmpty());
}

void TestSshExec::standardInputIsDeliveredAndClosed()
{
    // Larger than any channel window, so the input has to wait for window adjustments.
    const QByteArray input = SshTestSupport::randomBytes(3 * 1024 * 1024 + 17);
    ExecOptions options;
    options.standardInput = SecureBytes(input);
    RemoteProcess *process = m_connection->execute({u"sha256sum"_s}, options);
    QVERIFY2(waitFor(process, 60000), qPrintable(process->error().toDisplayString()));
    QCOMPARE(process->exitStatus(), 0);
    QCOMPARE(process->standardOutput().left(64), SshTestSupport::sha256(input));

    // Without input, stdin is closed at once: cat ends instead of waiting.
    RemoteProcess *cat = m_connection->execute({u"cat"_s});
    QVERIFY(waitFor(cat));
    QCOMPARE(cat->exitStatus(), 0);
}

void TestSshExec::largeOutputIsComplete()
{
    RemoteProcess *process = m_connection->execute({u"head"_s, u"-c"_s, u"20000000"_s, u"/dev/zero"_s});
    QVERIFY(waitFor(process, 60000));
    QCOMPARE(process->exitStatus(), 0);
    QCOMPARE(process->standardOutput().size(), 20000000);
}

void TestSshExec::manyCommandsAtOnce()
{
    QList<RemoteProcess *> processes;
    for (int i = 0; i < 40; ++i)
        processes << m_connection->execute({u"sh"_s, u"-c"_s, u"sleep 0.3; echo $0"_s, QString::number(i)});
    for (int i = 0; i < processes.size(); ++i) {
        QVERIFY2(waitFor(processes[i], 30000), qPrintable(processes[i]->error().toDisplayString()));
        QCOMPARE(processes[i]->standardOutput(), QByteArray::number(i) + '\n');
    }
}

void TestSshExec::timeoutStopsTheCommand()
{
    ExecOptions options;
    options.timeout = std::chrono::milliseconds(500);
    const QString marker = u"^sleep 31.5$"_s; // not the shells whose command lines contain it
    RemoteProcess *process = m_connection->execute({u"sh"_s, u"-c"_s, u"sleep 31.5; true"_s}, options);
    QSignalSpy started(process, &RemoteProcess::started);
    QVERIFY(!waitFor(process, 10000));
    QCOMPARE(process->error().code(), Error::Code::Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!isRunningRemotely(marker), 10000);
    // The connection is unaffected.
    QVERIFY(waitFor(m_connection->execute({u"true"_s})));
}

void TestSshExec::cancelStopsTheCommand()
{
    const QString marker = u"^sleep 32.5$"_s;
    RemoteProcess *process = m_connection->execute({u"sh"_s, u"-c"_s, u"sleep 32.5; true"_s});
    QSignalSpy started(process, &RemoteProcess::started);
    QVERIFY(started.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(isRunningRemotely(marker), 10000);
    process->cancel();
    QVERIFY(!waitFor(process));
    QCOMPARE(process->error().code(), Error::Code::Cancelled);
    QTRY_VERIFY_WITH_TIMEOUT(!isRunningRemotely(marker), 10000);
}

void TestSshExec::deletingAProcessStopsTheCommand()
{
    const QString marker = u"^sleep 34.5$"_s;
    RemoteProcess *process = m_connection->execute({u"sh"_s, u"-c"_s, u"sleep 34.5; true"_s});
    QSignalSpy started(process, &RemoteProcess::started);
    QVERIFY(started.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(isRunningRemotely(marker), 10000);
    delete process;
    QTRY_VERIFY_WITH_TIMEOUT(!isRunningRemotely(marker), 10000);
}

void TestSshExec::commandWaitsForTheConnection()
{
    SshConnection connection(SshTestSupport::settingsFor(m_server, m_dir.filePath(u"known_hosts"_s)));
    RemoteProcess *process = connection.execute({u"echo"_s, u"later"_s});
    connection.connectToHost();
    QVERIFY(waitFor(process));
    QCOMPARE(process->standardOutput(), "later\n");
}

void TestSshExec::commandFailsWhenTheConnectFails()
{
    SshConnectionSettings settings = SshTestSupport::settingsFor(m_server, m_dir.filePath(u"known_hosts"_s));
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    settings.port = closed.serverPort();
    closed.close(); // nothing listens there now
    SshConnection connection(settings);
    RemoteProcess *waiting = connection.execute({u"true"_s});
    connection.connectToHost();
    QVERIFY(!waitFor(waiting));
    QCOMPARE(waiting->error().code(), Error::Code::Network);
    QCOMPARE(connection.state(), SshConnection::State::Failed);

    // Once failed, new commands fail at once instead of waiting.
    RemoteProcess *late = connection.execute({u"true"_s});
    QVERIFY(!waitFor(late));
    QCOMPARE(late->error().code(), Error::Code::Network);
}

void TestSshExec::disconnectFailsWaitingCommands()
{
    SshConnection connection(SshTestSupport::settingsFor(m_server, m_dir.filePath(u"known_hosts"_s)));
    RemoteProcess *waiting = connection.execute({u"true"_s});
    connection.disconnectFromHost();
    QVERIFY(!waitFor(waiting));
    QCOMPARE(waiting->error().code(), Error::Code::Cancelled);
}

void TestSshExec::emptyCommandFails()
{
    RemoteProcess *process = m_connection->execute({});
    QVERIFY(!waitFor(process));
    QCOMPARE(process->error().code(), Error::Code::InvalidInput);
}

QTEST_GUILESS_MAIN(TestSshExec)
#include "tst_sshexec.moc"
