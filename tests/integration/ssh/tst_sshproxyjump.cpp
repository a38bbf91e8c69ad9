// SPDX-License-Identifier: GPL-3.0-or-later
// ProxyJump done in-process through a second real sshd: a session to the
// jump host, a direct-tcpip channel to the target, the target's session on
// top, with host key checks and logins for each hop under our control.
#include "EchoServer.h"
#include "RawSocket.h"
#include "SshServerFixture.h"
#include "SshTestSupport.h"

#include "ssh/LocalForward.h"
#include "ssh/RemoteProcess.h"
#include "ssh/SshConnection.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestSshProxyJump : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void commandsAndForwardsGoThroughTheJumpHost();
    void eachHopsHostKeyIsAskedFor();
    void unreachableTargetIsReportedByTheJumpHost();
    void invalidJumpHostSpecFails();

private:
    SshConnectionSettings throughJump(const QString &knownHosts) const;

    SshServerFixture m_jump;
    SshServerFixture m_target;
    QTemporaryDir m_dir;
    EchoServer m_echo;
};

void TestSshProxyJump::initTestCase()
{
    qunsetenv("SSH_AUTH_SOCK");
    QVERIFY2(m_jump.start(), qPrintable(m_jump.errorString()));
    QVERIFY2(m_target.start(), qPrintable(m_target.errorString()));
    QVERIFY(m_echo.start());
    // One agent holding both fixtures' user keys, as a user's agent would.
    QVERIFY2(m_jump.startAgent(), qPrintable(m_jump.errorString()));
    QVERIFY2(m_target.startAgent(), qPrintable(m_target.errorString()));
    QCOMPARE(QProcess::execute(u"sh"_s, {u"-c"_s, u"SSH_AUTH_SOCK=\"$0\" ssh-add -q \"$1\""_s, m_target.agentSocket(),
                                         m_jump.userKeyPath()}),
             0);
}

SshConnectionSettings TestSshProxyJump::throughJump(const QString &knownHosts) const
{
    SshConnectionSettings settings = SshTestSupport::settingsFor(m_target, knownHosts);
    settings.jumpHosts = {u"%1@127.0.0.1:%2"_s.arg(m_jump.user()).arg(m_jump.port())};
    settings.identityFile.clear();
    settings.agentSocket = m_target.agentSocket();
    return settings;
}

void TestSshProxyJump::commandsAndForwardsGoThroughTheJumpHost()
{
    const QString knownHosts = m_dir.filePath(u"known_hosts_both"_s);
    QVERIFY(SshTestSupport::appendLine(knownHosts, m_jump.knownHostsLine()));
    QVERIFY(SshTestSupport::appendLine(knownHosts, m_target.knownHostsLine()));
    SshConnection connection(throughJump(knownHosts));
    QVERIFY2(SshTestSupport::connectAndWait(connection), qPrintable(connection.stateReason()));

    // The command runs on the target, not on the jump host.
    RemoteProcess *where = connection.execute({u"sh"_s, u"-c"_s, u"printf %s \"$RAYDECK_SIM_STATE\""_s});
    QTRY_VERIFY_WITH_TIMEOUT(where->isDone(), 10000);
    QCOMPARE(QString::fromUtf8(where->standardOutput()), m_target.remoteStateDir());

    // A forward through both hops carries data intact.
    LocalForward *forward = connection.forwardLocalPort({0, ForwardSpec::PortPolicy::Exact, u"127.0.0.1"_s, m_echo.serverPort()});
    QSignalSpy listening(forward, &LocalForward::listening);
    QVERIFY(listening.wait(10000));
    const QByteArray payload = SshTestSupport::randomBytes(3 * 1024 * 1024 + 5);
    std::unique_ptr<RawSocket> client(RawSocket::connectTo(forward->localPort()));
    QByteArray received;
    bool done = false;
    connect(client.get(), &RawSocket::received, this, [&](const QByteArray &chunk) { received += chunk; });
    connect(client.get(), &RawSocket::readFinished, this, [&] { done = true; });
    client->send(payload);
    client->finishSending();
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QCOMPARE(SshTestSupport::sha256(received), SshTestSupport::sha256(payload));

    // Losing the jump host takes the connection down and it comes back.
    QSignalSpy connected(&connection, &SshConnection::connected);
    m_jump.stop();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), SshConnection::State::Reconnecting, 15000);
    QVERIFY2(m_jump.restart(), qPrintable(m_jump.errorString()));
    QVERIFY2(connected.wait(30000), qPrintable(connection.stateReason()));
}

void TestSshProxyJump::eachHopsHostKeyIsAskedFor()
{
    SshConnectionSettings settings = throughJump(m_dir.filePath(u"known_hosts_unused"_s));
    settings.knownHostsPath = m_dir.filePath(u"known_hosts_empty"_s);
    settings.hostKeyPolicy = HostKeyPolicy::Ask;
    SshConnection connection(settings);
    QList<HostKeyInfo> asked;
    connect(&connection, &SshConnection::hostKeyVerificationRequired, this, [&](const HostKeyInfo &info) {
        asked << info;
        connection.acceptHostKey(HostKeyDecision::AcceptOnce);
    });
    QVERIFY2(SshTestSupport::connectAndWait(connection), qPrintable(connection.stateReason()));
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked[0].port, m_jump.port());
    QVERIFY(asked[0].isJumpHost);
    QCOMPARE(asked[0].fingerprint, m_jump.hostKeyFingerprint());
    QCOMPARE(asked[1].port, m_target.port());
    QVERIFY(!asked[1].isJumpHost);
    QCOMPARE(asked[1].fingerprint, m_target.hostKeyFingerprint());
}

void TestSshProxyJump::unreachableTargetIsReportedByTheJumpHost()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 deadPort = closed.serverPort();
    closed.close();
    const QString knownHosts = m_dir.filePath(u"known_hosts_jump_only"_s);
    QVERIFY(SshTestSupport::appendLine(knownHosts, m_jump.knownHostsLine()));
    SshConnectionSettings settings = throughJump(knownHosts);
    settings.port = deadPort;
    SshConnection connection(settings);
    QSignalSpy failed(&connection, &SshConnection::failed);
    QVERIFY(!SshTestSupport::connectAndWait(connection));
    const Error error = failed.first().first().value<Error>();
    QVERIFY2(error.message().contains(u"jump host"_s), qPrintable(error.message()));
    QVERIFY2(error.message().contains(u"%1"_s.arg(deadPort)), qPrintable(error.message()));
}

void TestSshProxyJump::invalidJumpHostSpecFails()
{
    SshConnectionSettings settings = throughJump(m_dir.filePath(u"known_hosts_x"_s));
    settings.jumpHosts = {u"user@bastion:99999"_s};
    SshConnection connection(settings);
    QSignalSpy failed(&connection, &SshConnection::failed);
    QVERIFY(!SshTestSupport::connectAndWait(connection));
    QCOMPARE(failed.first().first().value<Error>().code(), Error::Code::InvalidInput);
}

QTEST_GUILESS_MAIN(TestSshProxyJump)
#include "tst_sshproxyjump.moc"
