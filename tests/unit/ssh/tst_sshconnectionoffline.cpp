// SPDX-License-Identifier: GPL-3.0-or-later
// SshConnection's behaviour that needs no server: bad settings, forwards
// that listen before any connection exists, disconnecting, destruction.
#include "ssh/LocalForward.h"
#include "ssh/RemoteProcess.h"
#include "ssh/SshConnection.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <optional>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestSshConnectionOffline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invalidSettingsFailAtOnce();
    void unreachableHostFailsWithTheReason();
    void forwardListensBeforeConnecting();
    void disconnectClosesForwardsAndCommands();
    void destructionWithWorkInFlightIsClean();
    void aHostNameIsResolved();
    void destructionDuringHostLookupIsClean();
};

void TestSshConnectionOffline::invalidSettingsFailAtOnce()
{
    SshConnection connection(SshConnectionSettings{});
    QSignalSpy failed(&connection, &SshConnection::failed);
    QSignalSpy states(&connection, &SshConnection::stateChanged);
    connection.connectToHost();
    QCOMPARE(connection.state(), SshConnection::State::Connecting);
    QVERIFY(failed.wait(5000));
    QCOMPARE(connection.state(), SshConnection::State::Failed);
    QCOMPARE(failed.first().first().value<Error>().code(), Error::Code::InvalidInput);
    QCOMPARE(connection.stateReason(), failed.first().first().value<Error>().message());
}

namespace {
/// Connects to @p host at a port that was just closed; the failure, or nothing if none came in 10 s.
std::optional<Error> failureConnectingToClosedPort(const QString &host, quint16 *closedPort = nullptr)
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return std::nullopt;
    SshConnectionSettings settings;
    settings.host = host;
    settings.port = probe.serverPort();
    settings.user = u"nobody"_s;
    probe.close();
    if (closedPort)
        *closedPort = settings.port;
    SshConnection connection(settings);
    QSignalSpy failed(&connection, &SshConnection::failed);
    connection.connectToHost();
    if (!failed.wait(10000))
        return std::nullopt;
    return failed.first().first().value<Error>();
}
} // namespace

void TestSshConnectionOffline::unreachableHostFailsWithTheReason()
{
    quint16 port = 0;
    const std::optional<Error> failure = failureConnectingToClosedPort(u"127.0.0.1"_s, &port);
    QVERIFY(failure);
    const Error &error = *failure;
    QCOMPARE(error.code(), Error::Code::Network);
    QVERIFY2(error.message().contains(QString::number(port)), qPrintable(error.message()));
    QVERIFY2(error.message().contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(error.message()));
}

void TestSshConnectionOffline::forwardListensBeforeConnecting()
{
    SshConnectionSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.user = u"nobody"_s;
    SshConnection connection(settings);
    LocalForward *forward = connection.forwardLocalPort({0, ForwardSpec::PortPolicy::Exact, u"127.0.0.1"_s, 8265});
    QCOMPARE(forward->state(), LocalForward::State::Binding);
    QSignalSpy listening(forward, &LocalForward::listening);
    QVERIFY(listening.wait(5000));
    QCOMPARE(forward->state(), LocalForward::State::Listening);
    QVERIFY(forward->localPort() != 0);
    QCOMPARE(listening.first().first().value<quint16>(), forward->localPort());

    // A connection made now waits (parked) instead of being refused.
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, forward->localPort());
    QVERIFY(client.waitForConnected(5000));
}

void TestSshConnectionOffline::disconnectClosesForwardsAndCommands()
{
    SshConnectionSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.user = u"nobody"_s;
    SshConnection connection(settings);
    LocalForward *forward = connection.forwardLocalPort({0, ForwardSpec::PortPolicy::Exact, u"127.0.0.1"_s, 8265});
    QSignalSpy listening(forward, &LocalForward::listening);
    QVERIFY(listening.wait(5000));
    const quint16 port = forward->localPort();
    RemoteProcess *waiting = connection.execute({u"true"_s});
    QSignalSpy closed(forward, &LocalForward::closed);
    QSignalSpy failed(waiting, &RemoteProcess::failed);

    connection.disconnectFromHost();
    QCOMPARE(connection.state(), SshConnection::State::Disconnected);
    QVERIFY(closed.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    QCOMPARE(waiting->error().code(), Error::Code::Cancelled);
    QCOMPARE(forward->state(), LocalForward::State::Closed);
    // The port is free again.
    QTRY_VERIFY_WITH_TIMEOUT(
        [port] {
            QTcpServer reuse;
            return reuse.listen(QHostAddress::LocalHost, port);
        }(),
        5000);
}

void TestSshConnectionOffline::destructionWithWorkInFlightIsClean()
{
    for (int round = 0; round < 20; ++round) {
        SshConnectionSettings settings;
        settings.host = u"127.0.0.1"_s;
        settings.port = 9; // discard: refused or silent, either way in flight
        settings.user = u"nobody"_s;
        auto connection = std::make_unique<SshConnection>(settings);
        connection->forwardLocalPort({0, ForwardSpec::PortPolicy::Exact, u"127.0.0.1"_s, 80});
        RemoteProcess *process = connection->execute({u"sleep"_s, u"1"_s});
        connection->connectToHost();
        if (round % 2)
            delete process; // abandoned before its connection
        connection.reset();
    }
}

void TestSshConnectionOffline::aHostNameIsResolved()
{
    // A name (from /etc/hosts, no network) takes the lookup thread; a closed
    // port proves the name got as far as connect().
    const std::optional<Error> failure = failureConnectingToClosedPort(u"localhost"_s);
    QVERIFY(failure);
    const Error &error = *failure;
    QCOMPARE(error.code(), Error::Code::Network);
    QVERIFY2(error.message().contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(error.message()));
}

void TestSshConnectionOffline::destructionDuringHostLookupIsClean()
{
    // Connect, then disconnect and destroy while the host lookup may still be
    // running or its answer queued to the worker thread, whose end follows at
    // once. For the ASan run: nothing of a lookup may outlive its connection
    // (Qt 6.4's QHostInfo::lookupHost left its result queued to the ended
    // thread, a leak in every ASan run of this). The crash it also caused
    // needs the CLI's exit: tst_clisshcommands covers that.
    for (int round = 0; round < 300; ++round) {
        SshConnectionSettings settings;
        settings.host = round % 2 ? u"localhost"_s : u"127.0.0.1"_s;
        settings.port = 9;
        settings.user = u"nobody"_s;
        auto connection = std::make_unique<SshConnection>(settings);
        connection->connectToHost();
        switch (round % 3) {
        case 0:
            break;
        case 1:
            connection->disconnectFromHost();
            break;
        default:
            QCoreApplication::processEvents();
            connection->disconnectFromHost();
            QCoreApplication::processEvents();
            break;
        }
        connection.reset();
    }
}

QTEST_GUILESS_MAIN(TestSshConnectionOffline)
#include "tst_sshconnectionoffline.moc"
