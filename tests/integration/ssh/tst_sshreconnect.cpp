// SPDX-License-Identifier: GPL-3.0-or-later
// Losing the connection: sshd killed mid-transfer (reconnect, listeners kept),
// a link that goes silent (keepalive), connect timeouts, every resolved
// address tried, and reconnects that need the user ("needs attention").
#include "EchoServer.h"
#include "RawSocket.h"
#include "SshServerFixture.h"
#include "SshTestSupport.h"
#include "TcpRelay.h"

#include "ssh/LocalForward.h"
#include "ssh/RemoteProcess.h"
#include "ssh/SshConnection.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestSshReconnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void sshdKilledMidTransferReconnectsAndKeepsListening();
    void silentLinkIsDetectedByKeepalive();
    void connectTimeoutFailsInTime();
    void everyResolvedAddressIsTried();
    void reconnectNeedingASecretAsksForStoredSecretsOnly();
    void reconnectWithoutStoredSecretNeedsAttention();
    void neverPolicyFailsOnDrop();

private:
    SshConnectionSettings settings() const
    {
        return SshTestSupport::settingsFor(m_server, m_dir.filePath(u"known_hosts"_s));
    }
    /// The fixture's host key, trusted for another port on 127.0.0.1 (a relay in front of it).
    void trustRelayPort(quint16 port);

    SshServerFixture m_server;
    QTemporaryDir m_dir;
    EchoServer m_echo;
};

void TestSshReconnect::initTestCase()
{
    qunsetenv("SSH_AUTH_SOCK");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_echo.start());
}

void TestSshReconnect::trustRelayPort(quint16 port)
{
    QString line = m_server.knownHostsLine();
    line.replace(u"]:%1 "_s.arg(m_server.port()), u"]:%1 "_s.arg(port));
    QVERIFY(SshTestSupport::appendLine(m_dir.filePath(u"known_hosts"_s), line));
}

void TestSshReconnect::sshdKilledMidTransferReconnectsAndKeepsListening()
{
    SshConnection connection(settings());
    QSignalSpy connected(&connection, &SshConnection::connected);
    QList<SshConnection::State> states;
    connect(&connection, &SshConnection::stateChanged, this,
            [&states](SshConnection::State state) { states << state; });
    connection.connectToHost();
    QVERIFY2(connected.wait(20000), qPrintable(connection.stateReason()));
    LocalForward *forward = connection.forwardLocalPort({0, ForwardSpec::PortPolicy::Exact, u"127.0.0.1"_s, m_echo.serverPort()});
    QSignalSpy listening(forward, &LocalForward::listening);
    QVERIFY(listening.wait(10000));
    const quint16 port = forward->localPort();

    // A transfer in flight, and a command running, when sshd goes away.
    std::unique_ptr<RawSocket> transfer(RawSocket::connectTo(port));
    bool transferEnded = false;
    connect(transfer.get(), &RawSocket::closed, this, [&] { transferEnded = true; });
    connect(transfer.get(), &RawSocket::readFinished, this, [&] { transferEnded = true; });
    transfer->sendRepeated(QByteArray(64 * 1024, 't'), qint64(1) << 40);
    QTRY_VERIFY_WITH_TIMEOUT(transfer->bytesReceived() > 1024 * 1024, 20000);
    RemoteProcess *running = connection.execute({u"sleep"_s, u"60"_s});
    QSignalSpy runningStarted(running, &RemoteProcess::started);
    QVERIFY(runningStarted.wait(10000));

    m_server.stop();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), SshConnection::State::Reconnecting, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(transferEnded, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(running->isDone(), 10000);
    QCOMPARE(running->state(), RemoteProcess::State::Failed);
    QCOMPARE(running->error().code(), Error::Code::Network);
    QCOMPARE(forward->state(), LocalForward::State::Listening);

    // While sshd is down the listener stays bound: nothing else can take the port.
    QTcpServer squatter;
    QVERIFY(!squatter.listen(QHostAddress::LocalHost, port));

    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    QVERIFY2(connected.wait(30000), qPrintable(connection.stateReason()));
    QCOMPARE(connection.state(), SshConnection::State::Connected);
    QVERIFY(!states.contains(SshConnection::State::Failed));
    QVERIFY(!states.contains(SshConnection::State::NeedsAttention));

    // Same URL, working again.
    QCOMPARE(forward->localPort(), port);
    std::unique_ptr<RawSocket> again(RawSocket::connectTo(port));
    QByteArray echoed;
    connect(again.get(), &RawSocket::received, this, [&](const QByteArray &data) { echoed += data; });
    again->send("back again");
    QTRY_COMPARE_WITH_TIMEOUT(echoed, QByteArray("back again"), 10000);
}

void TestSshReconnect::silentLinkIsDetectedByKeepalive()
{
    TcpRelay relay(m_server.port());
    QVERIFY(relay.start());
    trustRelayPort(relay.serverPort());
    SshConnectionSettings viaRelay = settings();
    viaRelay.port = relay.serverPort();
    viaRelay.keepaliveInterval = std::chrono::milliseconds(300);
    viaRelay.keepaliveCountMax = 3;
    viaRelay.connectTimeout = std::chrono::seconds(2);
    SshConnection connection(viaRelay);
    QSignalSpy connected(&connection, &SshConnection::connected);
    connection.connectToHost();
    QVERIFY2(connected.wait(20000), qPrintable(connection.stateReason()));

    // Idle but alive: keepalives are answered, the connection stays up. Nothing
    // else flows on an idle session, so what the server sends now are replies.
    QSignalSpy stateChanges(&connection, &SshConnection::stateChanged);
    const int repliesBefore = relay.chunksFromServer();
    QTRY_VERIFY_WITH_TIMEOUT(relay.chunksFromServer() >= repliesBefore + 3, 10000);
    QCOMPARE(connection.state(), SshConnection::State::Connected);
    QVERIFY2(stateChanges.isEmpty(), qPrintable(connection.stateReason()));

    QElapsedTimer sinceFreeze;
    sinceFreeze.start();
    relay.freeze();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), SshConnection::State::Reconnecting, 10000);
    const qint64 detectedAfter = sinceFreeze.elapsed();
    qInfo("silent link detected after %lld ms (interval 300 ms x 3)", detectedAfter);
    QVERIFY(detectedAfter >= 600);
    QVERIFY2(connection.stateReason().contains(u"not answered"_s), qPrintable(connection.stateReason()));
}

void TestSshReconnect::connectTimeoutFailsInTime()
{
    TcpRelay relay(m_server.port());
    QVERIFY(relay.start());
    relay.freeze(); // accepts, but nothing ever comes back: no SSH banner
    SshConnectionSettings viaRelay = settings();
    viaRelay.port = relay.serverPort();
    viaRelay.connectTimeout = std::chrono::milliseconds(1500);
    SshConnection connection(viaRelay);
    QSignalSpy failed(&connection, &SshConnection::failed);
    QElapsedTimer timer;
    timer.start();
    connection.connectToHost();
    QVERIFY(failed.wait(15000));
    QVERIFY(timer.elapsed() >= 1400);
    QVERIFY(timer.elapsed() < 10000);
    QCOMPARE(failed.first().first().value<Error>().code(), Error::Code::Timeout);
}

void TestSshReconnect::everyResolvedAddressIsTried()
{
    // sshd listens on 127.0.0.1 only; "localhost" usually resolves to ::1 as
    // well, which refuses. Whatever the order, the connection must succeed.
    const QHostInfo localhost = QHostInfo::fromName(u"localhost"_s);
    QVERIFY(!localhost.addresses().isEmpty());
    SshConnectionSettings byName = settings();
    byName.host = u"localhost"_s;
    byName.hostKeyPolicy = HostKeyPolicy::AcceptNew;
    SshConnection connection(byName);
    QSignalSpy connected(&connection, &SshConnection::connected);
    connection.connectToHost();
    QVERIFY2(connected.wait(20000), qPrintable(connection.stateReason()));
    if (localhost.addresses().first().protocol() != QAbstractSocket::IPv6Protocol)
        qInfo("localhost resolves to IPv4 first here; the fallback path was not needed");
}

void TestSshReconnect::reconnectNeedingASecretAsksForStoredSecretsOnly()
{
    if (m_server.passwordUser().isEmpty())
        QSKIP("the fixture has a password account only when running as root");
    SshConnectionSettings byPassword = settings();
    byPassword.user = m_server.passwordUser();
    byPassword.identityFile.clear();
    SshConnection connection(byPassword);
    QList<CredentialRequest> asked;
    // Plays a caller with the password in its keychain: answers every request.
    SshTestSupport::answerCredentials(connection, [&](const CredentialRequest &request) -> std::optional<QString> {
        asked << request;
        return m_server.password();
    });
    QSignalSpy connected(&connection, &SshConnection::connected);
    connection.connectToHost();
    QVERIFY2(connected.wait(20000), qPrintable(connection.stateReason()));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked[0].interaction, CredentialRequest::Interaction::UserMayBeAsked);

    m_server.stop();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), SshConnection::State::Reconnecting, 15000);
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    QVERIFY2(connected.wait(30000), qPrintable(connection.stateReason()));
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked[1].interaction, CredentialRequest::Interaction::StoredSecretsOnly);
}

void TestSshReconnect::reconnectWithoutStoredSecretNeedsAttention()
{
    if (m_server.passwordUser().isEmpty())
        QSKIP("the fixture has a password account only when running as root");
    SshConnectionSettings byPassword = settings();
    byPassword.user = m_server.passwordUser();
    byPassword.identityFile.clear();
    SshConnection connection(byPassword);
    // Plays a caller that was told the password once and stored nothing.
    SshTestSupport::answerCredentials(connection, [&](const CredentialRequest &request) -> std::optional<QString> {
        if (request.interaction == CredentialRequest::Interaction::StoredSecretsOnly)
            return std::nullopt;
        return m_server.password();
    });
    QSignalSpy connected(&connection, &SshConnection::connected);
    connection.connectToHost();
    QVERIFY2(connected.wait(20000), qPrintable(connection.stateReason()));

    m_server.stop();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), SshConnection::State::Reconnecting, 15000);
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), SshConnection::State::NeedsAttention, 30000);
    QVERIFY2(connection.stateReason().contains(u"Connect again"_s), qPrintable(connection.stateReason()));

    // What the user does about it: connect again, and answer.
    QVERIFY(connected.count() == 1);
    connection.connectToHost();
    QVERIFY2(connected.wait(30000), qPrintable(connection.stateReason()));
}

void TestSshReconnect::neverPolicyFailsOnDrop()
{
    SshConnectionSettings once = settings();
    once.reconnect.mode = ReconnectPolicy::Mode::Never;
    SshConnection connection(once);
    QSignalSpy connected(&connection, &SshConnection::connected);
    QSignalSpy failed(&connection, &SshConnection::failed);
    connection.connectToHost();
    QVERIFY2(connected.wait(20000), qPrintable(connection.stateReason()));
    m_server.stop();
    QVERIFY(failed.wait(15000));
    QCOMPARE(connection.state(), SshConnection::State::Failed);
    QCOMPARE(failed.first().first().value<Error>().code(), Error::Code::Network);
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
}

QTEST_GUILESS_MAIN(TestSshReconnect)
#include "tst_sshreconnect.moc"
