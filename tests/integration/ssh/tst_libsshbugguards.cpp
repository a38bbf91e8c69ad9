// SPDX-License-Identifier: GPL-3.0-or-later
// The two libssh 0.10.6 bugs the engine guards against, each shown against a
// real sshd at the level where the guard lives (ChannelHandle), and the
// engine staying healthy where they would bite:
//  1. ssh_channel_free() on a channel the server has not closed keeps its
//     callbacks, which in-flight data then calls with freed userdata.
//  2. ssh_channel_close() after a refused open sends EOF/CLOSE for remote
//     channel 0: sshd drops the whole session, or closes someone else's channel.
#include "EchoServer.h"
#include "RawSocket.h"
#include "SshServerFixture.h"
#include "SshTestSupport.h"

#include "ssh/ChannelHandle.h"
#include "ssh/LocalForward.h"
#include "ssh/RemoteProcess.h"
#include "ssh/SshConnection.h"

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {

struct SessionDeleter
{
    void operator()(ssh_session session) const
    {
        ssh_disconnect(session);
        ssh_free(session);
    }
};
using SessionPtr = std::unique_ptr<ssh_session_struct, SessionDeleter>;

/// A blocking libssh session logged in with the fixture's key.
SessionPtr openSession(const SshServerFixture &server)
{
    SessionPtr session(ssh_new());
    const int port = server.port();
    const long timeout = 15;
    const bool noConfig = false;
    ssh_options_set(session.get(), SSH_OPTIONS_HOST, "127.0.0.1");
    ssh_options_set(session.get(), SSH_OPTIONS_PORT, &port);
    ssh_options_set(session.get(), SSH_OPTIONS_USER, server.user().toUtf8().constData());
    ssh_options_set(session.get(), SSH_OPTIONS_TIMEOUT, &timeout);
    ssh_options_set(session.get(), SSH_OPTIONS_PROCESS_CONFIG, &noConfig);
    if (ssh_connect(session.get()) != SSH_OK)
        return nullptr;
    ssh_key key = nullptr;
    if (ssh_pki_import_privkey_file(server.userKeyPath().toUtf8().constData(), nullptr, nullptr, nullptr, &key) != SSH_OK)
        return nullptr;
    const int rc = ssh_userauth_publickey(session.get(), nullptr, key);
    ssh_key_free(key);
    return rc == SSH_AUTH_SUCCESS ? std::move(session) : nullptr;
}

/// Runs @p command on a fresh channel and returns its output (blocking).
QByteArray run(ssh_session session, const char *command, int *exitStatus)
{
    ChannelHandle channel(session, nullptr);
    if (!channel.create(ssh_channel_callbacks_struct{}) || channel.openSession() != SSH_OK
        || ssh_channel_request_exec(channel.channel(), command) != SSH_OK)
        return "<could not run>";
    QByteArray output;
    char buffer[4096];
    int n;
    while ((n = ssh_channel_read(channel.channel(), buffer, sizeof buffer, 0)) > 0)
        output.append(buffer, n);
    *exitStatus = ssh_channel_get_exit_status(channel.channel());
    return output;
}

struct DataCounter
{
    int calls = 0;
    bool released = false;
    int callsAfterRelease = 0;
};

int countData(ssh_session, ssh_channel, void *, uint32_t length, int, void *userdata)
{
    auto *counter = static_cast<DataCounter *>(userdata);
    ++counter->calls;
    if (counter->released)
        ++counter->callsAfterRelease;
    return int(length);
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestLibsshBugGuards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void releasedChannelGetsNoMoreCallbacks();
    void refusedOpenDoesNotCloseAnotherChannel();
    void refusedOpenDoesNotEndTheSession();
    void engineSurvivesRefusedOpensAndAbandonedOpens();

private:
    SshServerFixture m_server;
    QTemporaryDir m_dir;
};

void TestLibsshBugGuards::initTestCase()
{
    qunsetenv("SSH_AUTH_SOCK");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestLibsshBugGuards::releasedChannelGetsNoMoreCallbacks()
{
    SessionPtr session = openSession(m_server);
    QVERIFY(session);

    // A channel the server keeps filling, with a callback counting deliveries.
    DataCounter counter;
    ssh_channel_callbacks_struct callbacks{};
    callbacks.userdata = &counter;
    callbacks.channel_data_function = countData;
    auto flood = std::make_unique<ChannelHandle>(session.get(), nullptr);
    QVERIFY(flood->create(callbacks));
    QCOMPARE(flood->openSession(), SSH_OK);
    QCOMPARE(ssh_channel_request_exec(flood->channel(), "cat /dev/zero"), SSH_OK);
    ssh_event event = ssh_event_new();
    ssh_event_add_session(event, session.get());
    for (int round = 0; round < 1000 && counter.calls < 5; ++round)
        ssh_event_dopoll(event, 100);
    ssh_event_remove_session(event, session.get());
    ssh_event_free(event);
    QVERIFY(counter.calls >= 5);

    // Released while up to a window of data is still on its way.
    counter.released = true;
    flood.reset();

    // Handling that data must not reach the callback (with freed userdata it
    // would be a use-after-free; here the counter stays valid to tell).
    int status = -1;
    QCOMPARE(run(session.get(), "sleep 0.5; echo done", &status), QByteArray("done\n"));
    QCOMPARE(status, 0);
    QCOMPARE(counter.callsAfterRelease, 0);
    QVERIFY(ssh_is_connected(session.get()));
}

void TestLibsshBugGuards::refusedOpenDoesNotCloseAnotherChannel()
{
    SessionPtr session = openSession(m_server);
    QVERIFY(session);

    // The server's channel 0: a command that answers after a moment.
    ChannelHandle bystander(session.get(), nullptr);
    QVERIFY(bystander.create(ssh_channel_callbacks_struct{}));
    QCOMPARE(bystander.openSession(), SSH_OK);
    QCOMPARE(ssh_channel_request_exec(bystander.channel(), "sleep 0.5; echo alive"), SSH_OK);

    {
        ChannelHandle refused(session.get(), nullptr);
        QVERIFY(refused.create(ssh_channel_callbacks_struct{}));
        QCOMPARE(refused.openForward("127.0.0.1", closedPort(), "127.0.0.1", 4242), SSH_ERROR);
        QCOMPARE(refused.openState(), ChannelHandle::OpenState::OpenFailed);
        QVERIFY(QByteArray(ssh_get_error(session.get())).contains("Connection refused"));
        refused.sendEof(); // must be a no-op on a refused channel
        refused.release();
    }

    QByteArray output;
    char buffer[256];
    int n;
    while ((n = ssh_channel_read(bystander.channel(), buffer, sizeof buffer, 0)) > 0)
        output.append(buffer, n);
    QCOMPARE(output, QByteArray("alive\n"));
    QCOMPARE(ssh_channel_get_exit_status(bystander.channel()), 0);
    QVERIFY(ssh_is_connected(session.get()));
}

void TestLibsshBugGuards::refusedOpenDoesNotEndTheSession()
{
    SessionPtr session = openSession(m_server);
    QVERIFY(session);
    for (int i = 0; i < 3; ++i) {
        ChannelHandle refused(session.get(), nullptr);
        QVERIFY(refused.create(ssh_channel_callbacks_struct{}));
        QCOMPARE(refused.openForward("127.0.0.1", closedPort(), "127.0.0.1", 4242), SSH_ERROR);
    } // released by the destructor
    int status = -1;
    QCOMPARE(run(session.get(), "echo still connected", &status), QByteArray("still connected\n"));
    QVERIFY(ssh_is_connected(session.get()));
    QVERIFY2(!SshTestSupport::logTail(m_server).contains("nonexistent channel"), SshTestSupport::logTail(m_server).constData());
}

void TestLibsshBugGuards::engineSurvivesRefusedOpensAndAbandonedOpens()
{
    SshConnection connection(SshTestSupport::settingsFor(m_server, m_dir.filePath(u"known_hosts"_s)));
    QSignalSpy connected(&connection, &SshConnection::connected);
    connection.connectToHost();
    QVERIFY2(connected.wait(20000), qPrintable(connection.stateReason()));

    // Refused opens, many of them, next to a running command.
    RemoteProcess *bystander = connection.execute({u"sh"_s, u"-c"_s, u"sleep 1; echo alive"_s});
    LocalForward *refused = connection.forwardLocalPort({0, ForwardSpec::PortPolicy::Exact, u"127.0.0.1"_s, closedPort()});
    QSignalSpy refusedListening(refused, &LocalForward::listening);
    QVERIFY(refusedListening.wait(10000));
    QSignalSpy refusals(refused, &LocalForward::remoteRefused);
    std::vector<std::unique_ptr<RawSocket>> clients;
    for (int i = 0; i < 20; ++i)
        clients.push_back(std::unique_ptr<RawSocket>(RawSocket::connectTo(refused->localPort())));
    QTRY_COMPARE_WITH_TIMEOUT(refusals.count(), 20, 20000);

    // Opens abandoned in flight: the forward goes away right after the connects.
    EchoServer echo;
    QVERIFY(echo.start());
    LocalForward *abandoned = connection.forwardLocalPort({0, ForwardSpec::PortPolicy::Exact, u"127.0.0.1"_s, echo.serverPort()});
    QSignalSpy abandonedListening(abandoned, &LocalForward::listening);
    QVERIFY(abandonedListening.wait(10000));
    for (int i = 0; i < 20; ++i)
        clients.push_back(std::unique_ptr<RawSocket>(RawSocket::connectTo(abandoned->localPort())));
    QTRY_VERIFY_WITH_TIMEOUT(echo.acceptedCount() >= 1, 10000); // opens are under way
    abandoned->close();

    QTRY_VERIFY_WITH_TIMEOUT(bystander->isDone(), 10000);
    QCOMPARE(bystander->standardOutput(), "alive\n");
    RemoteProcess *after = connection.execute({u"echo"_s, u"healthy"_s});
    QTRY_VERIFY_WITH_TIMEOUT(after->isDone(), 10000);
    QCOMPARE(after->standardOutput(), "healthy\n");
    QCOMPARE(connection.state(), SshConnection::State::Connected);
    QVERIFY(!SshTestSupport::logTail(m_server).contains("nonexistent channel"));
}

QTEST_GUILESS_MAIN(TestLibsshBugGuards)
#include "tst_libsshbugguards.moc"
