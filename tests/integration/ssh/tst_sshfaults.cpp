// SPDX-License-Identifier: GPL-3.0-or-later
// Faults of a real network path: the "server" runs in its own network
// namespace, reached over a veth pair with private addresses, so the link can
// really go down under a running tunnel transfer. Also sshd restarted and the
// server's host key replaced, through the same namespace host.
#include "EchoServer.h"
#include "NetnsHost.h"
#include "RawSocket.h"
#include "SshTestSupport.h"

#include "ssh/LocalForward.h"
#include "ssh/SshConnection.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {
constexpr std::chrono::milliseconds kKeepaliveInterval{500};
constexpr int kKeepaliveCountMax = 3;
} // namespace

class TestSshFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void linkDownDuringTransferIsNoticedAndSurvived();
    void sshdRestartedIsSurvived();
    void replacedHostKeyIsRefusedWithFingerprint();

private:
    SshConnectionSettings settings() const;
    /// Connects @p connection and opens a forward to the echo server behind the server.
    LocalForward *connectWithForward(SshConnection &connection);
    /// Sends @p size random bytes through the forward's local port; true when the same bytes come back.
    bool roundTripChecked(quint16 port, qsizetype size);

    NetnsHost m_host;
    QTemporaryDir m_dir;
    EchoServer m_echo;
};

void TestSshFaults::initTestCase()
{
    qunsetenv("SSH_AUTH_SOCK");
    if (!m_host.setUp()) {
        if (m_host.isNotPermitted())
            QSKIP(qPrintable(u"network namespaces are not allowed here (needs root with CAP_NET_ADMIN and "
                             "CAP_SYS_ADMIN): "_s + m_host.errorString()));
        QFAIL(qPrintable(m_host.errorString()));
    }
    QVERIFY2(m_host.startSshd(), qPrintable(m_host.errorString()));
    QVERIFY(SshTestSupport::appendLine(m_dir.filePath(u"known_hosts"_s), m_host.knownHostsLine()));
    // The service behind the tunnel, as the server sees it: on our end of the link.
    QVERIFY(m_echo.listen(QHostAddress(m_host.localAddress()), 0));
    qInfo("server %s:%u in its own network namespace; echo service at %s:%u", qPrintable(m_host.remoteAddress()),
          m_host.port(), qPrintable(m_host.localAddress()), m_echo.serverPort());
}

SshConnectionSettings TestSshFaults::settings() const
{
    SshConnectionSettings settings;
    settings.host = m_host.remoteAddress();
    settings.port = m_host.port();
    settings.user = m_host.user();
    settings.authMethod = AuthMethod::KeyFile;
    settings.identityFile = m_host.userKeyPath();
    settings.agentSocket = m_dir.filePath(u"no-agent.sock"_s);
    settings.knownHostsPath = m_dir.filePath(u"known_hosts"_s);
    settings.hostKeyPolicy = HostKeyPolicy::Strict;
    settings.connectTimeout = std::chrono::seconds(3);
    settings.keepaliveInterval = kKeepaliveInterval;
    settings.keepaliveCountMax = kKeepaliveCountMax;
    settings.reconnect.initialDelay = std::chrono::milliseconds(200);
    settings.reconnect.maximumDelay = std::chrono::seconds(1);
    return settings;
}

LocalForward *TestSshFaults::connectWithForward(SshConnection &connection)
{
    QSignalSpy connected(&connection, &SshConnection::connected);
    connection.connectToHost();
    if (!connected.wait(30000)) {
        qWarning("not connected: %s", qPrintable(connection.stateReason()));
        return nullptr;
    }
    LocalForward *forward = connection.forwardLocalPort(
        {0, ForwardSpec::PortPolicy::Exact, m_host.localAddress(), m_echo.serverPort()});
    QSignalSpy listening(forward, &LocalForward::listening);
    if (forward->state() != LocalForward::State::Listening && !listening.wait(10000))
        return nullptr;
    return forward;
}

bool TestSshFaults::roundTripChecked(quint16 port, qsizetype size)
{
    const QByteArray data = SshTestSupport::randomBytes(size);
    std::unique_ptr<RawSocket> socket(RawSocket::connectTo(port));
    QByteArray echoed;
    bool closed = false;
    connect(socket.get(), &RawSocket::received, this, [&echoed](const QByteArray &bytes) { echoed += bytes; });
    connect(socket.get(), &RawSocket::closed, this, [&closed] { closed = true; });
    socket->send(data);
    if (!QTest::qWaitFor([&] { return echoed.size() >= data.size() || closed; }, 30000)) {
        qWarning("round trip: %lld of %lld bytes back", qint64(echoed.size()), qint64(data.size()));
        return false;
    }
    return SshTestSupport::sha256(echoed) == SshTestSupport::sha256(data);
}

void TestSshFaults::linkDownDuringTransferIsNoticedAndSurvived()
{
    SshConnection connection(settings());
    LocalForward *forward = connectWithForward(connection);
    QVERIFY(forward);
    const quint16 port = forward->localPort();
    QVERIFY(roundTripChecked(port, 1024 * 1024));

    // A transfer in flight when the cable is pulled.
    std::unique_ptr<RawSocket> transfer(RawSocket::connectTo(port));
    bool transferEnded = false;
    connect(transfer.get(), &RawSocket::closed, this, [&] { transferEnded = true; });
    connect(transfer.get(), &RawSocket::readFinished, this, [&] { transferEnded = true; });
    transfer->sendRepeated(SshTestSupport::randomBytes(64 * 1024), qint64(1) << 40);
    QTRY_VERIFY_WITH_TIMEOUT(transfer->bytesReceived() > 4 * 1024 * 1024, 30000);

    QElapsedTimer sinceDown;
    sinceDown.start();
    QVERIFY2(m_host.setLink(NetnsHost::Link::Down), qPrintable(m_host.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), SshConnection::State::Reconnecting, 20000);
    const qint64 detectedAfter = sinceDown.elapsed();
    const qint64 window = kKeepaliveInterval.count() * (kKeepaliveCountMax + 1);
    qInfo("link down noticed after %lld ms (keepalive window %lld ms): %s", detectedAfter, window,
          qPrintable(connection.stateReason()));
    // Nothing comes back on a dead link, so only the keepalive can tell; allow
    // for a busy machine on top of the window, but not a TCP timeout's minutes.
    QVERIFY2(connection.stateReason().contains(u"not answered for 1.5 s"_s), qPrintable(connection.stateReason()));
    QVERIFY2(detectedAfter <= window + 4000, qPrintable(QString::number(detectedAfter)));
    QTRY_VERIFY_WITH_TIMEOUT(transferEnded, 15000);
    transfer.reset();

    // While the link stays down, reconnect attempts fail and keep going; the
    // forward keeps its port.
    QList<SshConnection::State> states;
    QString lastReason;
    connect(&connection, &SshConnection::stateChanged, this,
            [&states, &lastReason](SshConnection::State state, const QString &reason) {
                states << state;
                lastReason = reason;
            });
    // Several reconnect attempts (backoff 200 ms .. 1 s) on a dead link.
    QTRY_VERIFY2_WITH_TIMEOUT(lastReason.contains(u"(attempt 3)"_s), qPrintable(lastReason), 30000);
    QCOMPARE(connection.state(), SshConnection::State::Reconnecting);
    QVERIFY(!states.contains(SshConnection::State::Failed));
    QVERIFY(!states.contains(SshConnection::State::NeedsAttention));
    QCOMPARE(forward->state(), LocalForward::State::Listening);

    QSignalSpy connected(&connection, &SshConnection::connected);
    QElapsedTimer sinceUp;
    sinceUp.start();
    QVERIFY2(m_host.setLink(NetnsHost::Link::Up), qPrintable(m_host.errorString()));
    QVERIFY2(connected.wait(30000), qPrintable(connection.stateReason()));
    qInfo("reconnected %lld ms after the link came back", sinceUp.elapsed());

    // A new connection through the same local port moves data again.
    QCOMPARE(forward->localPort(), port);
    QVERIFY(roundTripChecked(port, 8 * 1024 * 1024));
}

void TestSshFaults::sshdRestartedIsSurvived()
{
    SshConnection connection(settings());
    LocalForward *forward = connectWithForward(connection);
    QVERIFY(forward);
    const quint16 port = forward->localPort();

    m_host.stopSshd();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), SshConnection::State::Reconnecting, 20000);
    QSignalSpy connected(&connection, &SshConnection::connected);
    QVERIFY2(m_host.startSshd(), qPrintable(m_host.errorString()));
    QVERIFY2(connected.wait(30000), qPrintable(connection.stateReason()));
    QCOMPARE(forward->localPort(), port);
    QVERIFY(roundTripChecked(port, 4 * 1024 * 1024));
}

void TestSshFaults::replacedHostKeyIsRefusedWithFingerprint()
{
    const QByteArray knownHostsBefore = [this] {
        QFile file(m_dir.filePath(u"known_hosts"_s));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    SshConnection connection(settings());
    LocalForward *forward = connectWithForward(connection);
    QVERIFY(forward);

    // The server is reinstalled (or someone sits in the middle): a new host key.
    m_host.stopSshd();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), SshConnection::State::Reconnecting, 20000);
    QVERIFY(m_host.replaceHostKey());
    QVERIFY2(m_host.startSshd(), qPrintable(m_host.errorString()));
    const QString fingerprint = m_host.hostKeyFingerprint();
    QVERIFY(fingerprint.startsWith(u"SHA256:"_s));

    // The automatic reconnect stops for good (a changed key is never retried)
    // and says why, with the new key's fingerprint.
    QSignalSpy reconnectFailed(&connection, &SshConnection::failed);
    QVERIFY(reconnectFailed.wait(30000));
    QCOMPARE(connection.state(), SshConnection::State::Failed);
    QCOMPARE(reconnectFailed.first().first().value<Error>().code(), Error::Code::HostKeyChanged);
    QVERIFY2(connection.stateReason().contains(u"CHANGED"_s), qPrintable(connection.stateReason()));
    QVERIFY2(connection.stateReason().contains(fingerprint), qPrintable(connection.stateReason()));
    qInfo("reconnect refused: %s", qPrintable(connection.stateReason()));

    // A new connect is refused too, with the remedy.
    SshConnection fresh(settings());
    QSignalSpy failed(&fresh, &SshConnection::failed);
    fresh.connectToHost();
    QVERIFY(failed.wait(30000));
    const Error error = failed.first().first().value<Error>();
    QCOMPARE(error.code(), Error::Code::HostKeyChanged);
    QVERIFY2(error.message().contains(fingerprint), qPrintable(error.message()));
    QVERIFY2(error.message().contains(u"ssh-keygen -R"_s), qPrintable(error.message()));
    QFile knownHosts(m_dir.filePath(u"known_hosts"_s));
    QVERIFY(knownHosts.open(QIODevice::ReadOnly));
    QCOMPARE(knownHosts.readAll(), knownHostsBefore);
}

QTEST_GUILESS_MAIN(TestSshFaults)
#include "tst_sshfaults.moc"
