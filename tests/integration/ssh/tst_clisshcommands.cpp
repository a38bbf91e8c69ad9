// SPDX-License-Identifier: GPL-3.0-or-later
// `raydeck-cli exec` and `raydeck-cli tunnel` as a user runs them: profiles
// made with `raydeck-cli profiles add`, a private HOME, a real sshd.
#include "EchoServer.h"
#include "RawSocket.h"
#include "SshServerFixture.h"
#include "SshTestSupport.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <utility>

using namespace Qt::StringLiterals;

class TestCliSshCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void execRelaysOutputAndExitStatus();
    void execArgumentsAreLiteral();
    void execOutputIsBinarySafe();
    void execRefusesUnknownHostKeyUnlessAccepted();
    void execUsageErrors();
    void execPassphraseFromStandardInput();
    void execPasswordFromStandardInput();
    void execInterruptStopsTheRemoteCommand();
    void tunnelPrintsUrlAndForwards();
    void tunnelDefaultsComeFromTheProfile();
    void tunnelRefusesATakenPortAndOffersAnother();
    void tunnelExitsCleanlyWhileStillConnecting();

private:
    TestEnvironment::CliRun cli(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 60000);
    void addProfile(const QString &name, const QStringList &extra);
    /// Starts raydeck-cli in the background.
    std::unique_ptr<QProcess> startCli(const QStringList &arguments);
    static bool remoteIsRunning(const QString &pattern);

    SshServerFixture m_server;
    QTemporaryDir m_home;
    EchoServer m_echo;
};

void TestCliSshCommands::initTestCase()
{
    qunsetenv("SSH_AUTH_SOCK");
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    TestEnvironment::useConfigRoot(m_home);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_echo.start());
    QVERIFY(QDir().mkpath(m_home.filePath(u".ssh"_s)));
    QVERIFY(SshTestSupport::appendLine(m_home.filePath(u".ssh/known_hosts"_s), m_server.knownHostsLine()));
    addProfile(u"gpu"_s, {u"--auth"_s, u"key"_s, u"--identity"_s, m_server.userKeyPath()});
}

TestEnvironment::CliRun TestCliSshCommands::cli(const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    return TestEnvironment::runCli(arguments, input, QProcessEnvironment::systemEnvironment(), timeoutMs);
}

void TestCliSshCommands::addProfile(const QString &name, const QStringList &extra)
{
    QStringList arguments{u"profiles"_s, u"add"_s, name, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
                          QString::number(m_server.port()), u"--user"_s, m_server.user()};
    arguments << extra;
    const TestEnvironment::CliRun run = cli(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

std::unique_ptr<QProcess> TestCliSshCommands::startCli(const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    process->start(TestEnvironment::cliPath(), arguments);
    process->waitForStarted(10000);
    return process;
}

bool TestCliSshCommands::remoteIsRunning(const QString &pattern)
{
    // The "server" is this machine, so its processes are visible here.
    return QProcess::execute(u"pgrep"_s, {u"-f"_s, pattern}) == 0;
}

void TestCliSshCommands::execRelaysOutputAndExitStatus()
{
    const TestEnvironment::CliRun run =
        cli({u"exec"_s, u"gpu"_s, u"--"_s, u"sh"_s, u"-c"_s, u"echo out; echo err >&2; exit 7"_s});
    QCOMPARE(run.exitCode, 7);
    QCOMPARE(run.out, u"out\n"_s);
    QCOMPARE(run.err, u"err\n"_s); // nothing of RayDeck's own in the command's stderr

    QCOMPARE(cli({u"exec"_s, u"gpu"_s, u"--"_s, u"true"_s}).exitCode, 0);
    // Without "--" the command starts at the first word after NAME.
    const TestEnvironment::CliRun plain = cli({u"exec"_s, u"gpu"_s, u"echo"_s, u"plain"_s});
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(plain.out, u"plain\n"_s);
}

void TestCliSshCommands::execArgumentsAreLiteral()
{
    const QStringList tricky{u"a b"_s, u"$HOME"_s, u"it's"_s, u"x;rm -rf /tmp/nope"_s, u"*"_s, u""_s};
    QStringList arguments{u"exec"_s, u"gpu"_s, u"--"_s, u"printf"_s, u"[%s]\\n"_s};
    arguments << tricky;
    const TestEnvironment::CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 0);
    QString expected;
    for (const QString &argument : tricky)
        expected += u'[' + argument + u"]\n"_s;
    QCOMPARE(run.out, expected);
}

void TestCliSshCommands::execOutputIsBinarySafe()
{
    std::unique_ptr<QProcess> process = startCli(
        {u"exec"_s, u"gpu"_s, u"--"_s, u"sh"_s, u"-c"_s, u"printf '\\000\\001\\377\\r\\n'; head -c 1000000 /dev/zero"_s});
    QVERIFY(process->waitForFinished(60000));
    QCOMPARE(process->exitCode(), 0);
    const QByteArray output = process->readAllStandardOutput();
    QCOMPARE(output.size(), 5 + 1000000);
    QCOMPARE(output.left(5), QByteArray("\x00\x01\xff\r\n", 5));
    QCOMPARE(output.mid(5), QByteArray(1000000, '\0'));
}

void TestCliSshCommands::execRefusesUnknownHostKeyUnlessAccepted()
{
    QTemporaryDir otherHome;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, otherHome.path()); // no known_hosts there
    const QStringList arguments{u"exec"_s, u"gpu"_s, u"--"_s, u"true"_s};
    const TestEnvironment::CliRun refused = TestEnvironment::runCli(arguments, {}, environment);
    QCOMPARE(refused.exitCode, 255);
    QVERIFY2(refused.err.contains(m_server.hostKeyFingerprint()), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"--accept-new-host-key"_s), qPrintable(refused.err));
    QVERIFY(!QFile::exists(otherHome.filePath(u".ssh/known_hosts"_s)));

    const TestEnvironment::CliRun accepted = TestEnvironment::runCli(
        {u"exec"_s, u"gpu"_s, u"--accept-new-host-key"_s, u"--"_s, u"echo"_s, u"in"_s}, {}, environment);
    QCOMPARE(accepted.exitCode, 0);
    QCOMPARE(accepted.out, u"in\n"_s);
    QFile knownHosts(otherHome.filePath(u".ssh/known_hosts"_s));
    QVERIFY(knownHosts.open(QIODevice::ReadOnly));
    QVERIFY(knownHosts.readAll().contains(u"[127.0.0.1]:%1 ssh-ed25519"_s.arg(m_server.port()).toUtf8()));
    QCOMPARE(TestEnvironment::runCli(arguments, {}, environment).exitCode, 0);
}

void TestCliSshCommands::execUsageErrors()
{
    QCOMPARE(cli({u"exec"_s}).exitCode, 2);
    QCOMPARE(cli({u"exec"_s, u"gpu"_s}).exitCode, 2);
    QCOMPARE(cli({u"exec"_s, u"gpu"_s, u"--bogus"_s, u"--"_s, u"true"_s}).exitCode, 2);
    const TestEnvironment::CliRun help = cli({u"exec"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"Usage: raydeck-cli exec"_s));
    const TestEnvironment::CliRun unknown = cli({u"exec"_s, u"no-such-profile"_s, u"--"_s, u"true"_s});
    QCOMPARE(unknown.exitCode, 255);
    QVERIFY(unknown.err.contains(u"no-such-profile"_s));
}

void TestCliSshCommands::execPassphraseFromStandardInput()
{
    addProfile(u"locked"_s, {u"--auth"_s, u"key"_s, u"--identity"_s, m_server.passphraseKeyPath(), u"--ask-every-time"_s});
    const TestEnvironment::CliRun run =
        cli({u"exec"_s, u"locked"_s, u"--"_s, u"echo"_s, u"unlocked"_s}, m_server.keyPassphrase().toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"unlocked\n"_s);

    // A wrong passphrase and then nothing more: a clear failure, not a hang.
    const TestEnvironment::CliRun wrong = cli({u"exec"_s, u"locked"_s, u"--"_s, u"true"_s}, "wrong\n");
    QCOMPARE(wrong.exitCode, 255);
    QVERIFY(!wrong.err.contains(u"wrong"_s, Qt::CaseSensitive) || !wrong.err.contains(u"\nwrong"_s));
}

void TestCliSshCommands::execPasswordFromStandardInput()
{
    if (m_server.passwordUser().isEmpty())
        QSKIP("the fixture has a password account only when running as root");
    const TestEnvironment::CliRun added =
        cli({u"profiles"_s, u"add"_s, u"bypassword"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
             QString::number(m_server.port()), u"--user"_s, m_server.passwordUser(), u"--auth"_s, u"password"_s,
             u"--ask-every-time"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const TestEnvironment::CliRun run =
        cli({u"exec"_s, u"bypassword"_s, u"--"_s, u"id"_s, u"-un"_s}, m_server.password().toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), m_server.passwordUser());

    const TestEnvironment::CliRun refused = cli({u"exec"_s, u"bypassword"_s, u"--"_s, u"true"_s}, "x\ny\nz\n");
    QCOMPARE(refused.exitCode, 255);
    QVERIFY2(refused.err.contains(u"Permission denied"_s), qPrintable(refused.err));
}

void TestCliSshCommands::execInterruptStopsTheRemoteCommand()
{
    // Anchored: this command line also appears in raydeck-cli's own arguments.
    const QString marker = u"^sleep 33.3$"_s;
    std::unique_ptr<QProcess> process = startCli({u"exec"_s, u"gpu"_s, u"--"_s, u"sh"_s, u"-c"_s, u"sleep 33.3; true"_s});
    QTRY_VERIFY_WITH_TIMEOUT(remoteIsRunning(marker), 20000);
    ::kill(pid_t(process->processId()), SIGINT);
    QVERIFY(process->waitForFinished(20000));
    QCOMPARE(process->exitCode(), 128 + SIGINT);
    QTRY_VERIFY_WITH_TIMEOUT(!remoteIsRunning(marker), 10000);
}

void TestCliSshCommands::tunnelPrintsUrlAndForwards()
{
    std::unique_ptr<QProcess> tunnel =
        startCli({u"tunnel"_s, u"gpu"_s, u"--remote-port"_s, QString::number(m_echo.serverPort()), u"--local-port"_s, u"0"_s});
    QTRY_VERIFY_WITH_TIMEOUT(tunnel->canReadLine() || tunnel->state() != QProcess::Running, 20000);
    const QString url = QString::fromUtf8(tunnel->readLine()).trimmed();
    QVERIFY2(url.startsWith(u"http://127.0.0.1:"_s) && url.endsWith(u'/'), qPrintable(url + QString::fromUtf8(tunnel->readAllStandardError())));
    const quint16 port = quint16(url.section(u':', 2).chopped(1).toUInt());
    QVERIFY(port != 0);

    std::unique_ptr<RawSocket> client(RawSocket::connectTo(port));
    QByteArray echoed;
    connect(client.get(), &RawSocket::received, this, [&](const QByteArray &data) { echoed += data; });
    client->send("through the cli");
    QTRY_COMPARE_WITH_TIMEOUT(echoed, QByteArray("through the cli"), 10000);

    ::kill(pid_t(tunnel->processId()), SIGTERM);
    QVERIFY(tunnel->waitForFinished(10000));
    QCOMPARE(tunnel->exitStatus(), QProcess::NormalExit);
    QCOMPARE(tunnel->exitCode(), 0);
    // The port is released.
    QTcpServer reuse;
    QVERIFY(reuse.listen(QHostAddress::LocalHost, port));
}

void TestCliSshCommands::tunnelDefaultsComeFromTheProfile()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 localPort = probe.serverPort();
    probe.close();
    addProfile(u"dashboard"_s, {u"--auth"_s, u"key"_s, u"--identity"_s, m_server.userKeyPath(), u"--dashboard-port"_s,
                                QString::number(m_echo.serverPort()), u"--local-port"_s, QString::number(localPort)});
    std::unique_ptr<QProcess> tunnel = startCli({u"tunnel"_s, u"dashboard"_s});
    QTRY_VERIFY_WITH_TIMEOUT(tunnel->canReadLine() || tunnel->state() != QProcess::Running, 20000);
    QCOMPARE(QString::fromUtf8(tunnel->readLine()).trimmed(), u"http://127.0.0.1:%1/"_s.arg(localPort));
    std::unique_ptr<RawSocket> client(RawSocket::connectTo(localPort));
    QByteArray echoed;
    connect(client.get(), &RawSocket::received, this, [&](const QByteArray &data) { echoed += data; });
    client->send("dashboard");
    QTRY_COMPARE_WITH_TIMEOUT(echoed, QByteArray("dashboard"), 10000);

    // The profile's port taken by the first tunnel: a second one moves on, and says so.
    std::unique_ptr<QProcess> second = startCli({u"tunnel"_s, u"dashboard"_s});
    QTRY_VERIFY_WITH_TIMEOUT(second->canReadLine() || second->state() != QProcess::Running, 20000);
    const QString moved = QString::fromUtf8(second->readLine()).trimmed();
    QVERIFY2(moved.startsWith(u"http://127.0.0.1:"_s) && moved != u"http://127.0.0.1:%1/"_s.arg(localPort),
             qPrintable(moved));
    QVERIFY(QString::fromUtf8(second->readAllStandardError()).contains(QString::number(localPort)));
    // Ctrl-C for one, a closed terminal (SIGHUP) for the other: both stop cleanly.
    const std::pair<QProcess *, int> stops[] = {{tunnel.get(), SIGINT}, {second.get(), SIGHUP}};
    for (const auto &[process, signalNumber] : stops) {
        ::kill(pid_t(process->processId()), signalNumber);
        QVERIFY(process->waitForFinished(10000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(process->exitCode(), 0);
    }
}

void TestCliSshCommands::tunnelRefusesATakenPortAndOffersAnother()
{
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
    const TestEnvironment::CliRun run =
        cli({u"tunnel"_s, u"gpu"_s, u"--local-port"_s, QString::number(holder.serverPort()), u"--remote-port"_s, u"80"_s},
            {}, 20000);
    QVERIFY2(run.exitCode == 1, qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(run.err)));
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QString::number(holder.serverPort())), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"is free"_s), qPrintable(run.err));
}

void TestCliSshCommands::tunnelExitsCleanlyWhileStillConnecting()
{
    // A taken port ends `tunnel` before its connection is made, so the CLI
    // exits while the host lookup (a name or, before, even an address) may
    // be in flight or its answer queued to the SSH thread. That exit used to
    // crash now and then (SIGSEGV in a queued QHostInfo result, more often
    // under load): repeat it, through an address and through a name.
    const TestEnvironment::CliRun added =
        cli({u"profiles"_s, u"add"_s, u"byname"_s, u"--host"_s, u"localhost"_s, u"--port"_s,
             QString::number(m_server.port()), u"--user"_s, m_server.user(), u"--auth"_s, u"key"_s, u"--identity"_s,
             m_server.userKeyPath()});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
    for (int round = 0; round < 40; ++round) {
        const QString profile = round % 2 ? u"byname"_s : u"gpu"_s;
        const TestEnvironment::CliRun run = cli(
            {u"tunnel"_s, profile, u"--local-port"_s, QString::number(holder.serverPort()), u"--remote-port"_s, u"80"_s},
            {}, 20000);
        QVERIFY2(run.exitCode == 1,
                 qPrintable(u"round %1 (%2): exit %3: %4"_s.arg(round).arg(profile).arg(run.exitCode).arg(run.err)));
    }
}

QTEST_GUILESS_MAIN(TestCliSshCommands)
#include "tst_clisshcommands.moc"
