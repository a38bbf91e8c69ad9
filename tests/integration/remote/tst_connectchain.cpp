// SPDX-License-Identifier: GPL-3.0-or-later
// The connect chain's branches, each against a real sshd whose docker and ray
// stand-ins are put in the state under test: docker refused, sudo wanting a
// password, image missing (then pulled), dashboard exposed (then restarted on
// loopback), attach-only, no Docker, cancel.
#include "RefusingPrompter.h"
#include "SimHostShell.h"
#include "SshServerFixture.h"

#include "remote/CommandLog.h"
#include "remote/ConnectChain.h"
#include "session/SessionPrompter.h"
#include "session/ServerSession.h"

#include <QDir>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestConnectChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dockerPermissionDeniedSaysWhatToDo();
    void sudoThatWantsAPasswordFailsAtOnce();
    void missingImageIsOfferedAndPulled();
    void exposedDashboardIsFlaggedAndRestartedOnLoopback();
    void attachOnlyNeverCreatesAnything();
    void withoutDockerRayRunsOnTheHost();
    void resultSaysWhatWasFound();
    void cancelStopsTheChain();

private:
    ServerProfile profile() const;
    std::unique_ptr<ServerSession> session(const ServerProfile &profile);
    /// Runs up() and returns the result.
    Result<ConnectResult> bringUp(ServerSession &session, ConnectMode mode);

    QTemporaryDir m_home;
    SshServerFixture m_server;
    std::unique_ptr<SimHostShell> m_shell;
    RefusingPrompter m_prompter;
    CommandLog m_log;
};

void TestConnectChain::initTestCase()
{
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_shell = std::make_unique<SimHostShell>(m_server);
    QVERIFY(m_server.trustHostKeyIn(m_home.path()));
}

void TestConnectChain::init()
{
    m_shell->resetState();
}

void TestConnectChain::cleanup()
{
    m_shell->stopDaemons();
}

ServerProfile TestConnectChain::profile() const
{
    ServerProfile profile = m_shell->containerProfile(u"chain"_s, u"verl-chain"_s);
    profile.id = u"chain-test"_s;
    return profile;
}

std::unique_ptr<ServerSession> TestConnectChain::session(const ServerProfile &profile)
{
    auto server = std::make_unique<ServerSession>(profile, nullptr, &m_prompter, &m_log);
    server->connectionSettings().reconnect.mode = ReconnectPolicy::Mode::Never;
    return server;
}

Result<ConnectResult> TestConnectChain::bringUp(ServerSession &server, ConnectMode mode)
{
    QSignalSpy finished(&server, &ServerSession::upFinished);
    server.up(mode);
    if (!finished.wait(120000))
        return Error(Error::Code::Timeout, u"the chain did not finish"_s);
    return finished.first().first().value<Result<ConnectResult>>();
}

void TestConnectChain::dockerPermissionDeniedSaysWhatToDo()
{
    m_shell->writeSetting(u"docker-mode"_s, u"permission-denied"_s);
    auto server = session(profile());
    const Result<ConnectResult> result = bringUp(*server, ConnectMode::StartWhatIsMissing);
    QVERIFY(!result);
    QVERIFY2(result.error().message().contains(u"docker group"_s), qPrintable(result.error().message()));
    QVERIFY(result.error().message().contains(u"Run docker with sudo"_s));
    const ConnectStep docker = server->chain()->steps().at(1);
    QCOMPARE(docker.status, ConnectStep::Status::Failed);
    QCOMPARE(docker.commandLine, u"docker version --format '{{.Server.Version}}'"_s);
    QCOMPARE(server->chain()->steps().at(2).status, ConnectStep::Status::Skipped);
}

void TestConnectChain::sudoThatWantsAPasswordFailsAtOnce()
{
    m_shell->writeSetting(u"sudo-mode"_s, u"needs-password"_s);
    ServerProfile withSudo = profile();
    withSudo.docker.useSudo = true;
    auto server = session(withSudo);
    const Result<ConnectResult> result = bringUp(*server, ConnectMode::StartWhatIsMissing);
    QVERIFY(!result);
    QVERIFY2(result.error().message().contains(u"sudo asks for a password"_s), qPrintable(result.error().message()));
    QVERIFY(server->chain()->steps().at(1).commandLine.startsWith(u"sudo -n docker"_s));
}

void TestConnectChain::missingImageIsOfferedAndPulled()
{
    ServerProfile other = profile();
    other.docker.image = u"ubuntu:22.04"_s; // in the registry, not on the server
    auto server = session(other);
    QSignalSpy finished(server.get(), &ServerSession::upFinished);
    QSignalSpy started(server.get(), &ServerSession::chainStarted);
    server->up(ConnectMode::StartWhatIsMissing);
    QVERIFY(started.count() == 1 || started.wait(30000));
    ConnectChain *chain = server->chain();
    QSignalSpy missing(chain, &ConnectChain::imageMissing);
    QVERIFY(finished.wait(120000));
    QVERIFY(!finished.first().first().value<Result<ConnectResult>>());
    QCOMPARE(missing.count(), 1);
    QCOMPARE(missing.first().first().toString(), u"ubuntu:22.04"_s);

    QSignalSpy progress(chain, &ConnectChain::pullProgress);
    finished.clear();
    chain->pullImageAndContinue();
    QVERIFY(finished.wait(120000));
    const Result<ConnectResult> result = finished.first().first().value<Result<ConnectResult>>();
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QVERIFY(progress.count() > 0);
    QVERIFY(m_shell->argvLog().contains(QStringList{u"docker"_s, u"pull"_s, u"ubuntu:22.04"_s}));
}

void TestConnectChain::exposedDashboardIsFlaggedAndRestartedOnLoopback()
{
    ServerProfile exposed = profile();
    exposed.ray.dashboardHost = u"0.0.0.0"_s;
    auto server = session(exposed);
    QSignalSpy started(server.get(), &ServerSession::chainStarted);
    QSignalSpy finished(server.get(), &ServerSession::upFinished);
    server->up(ConnectMode::StartWhatIsMissing);
    QVERIFY(started.count() == 1 || started.wait(30000));
    QSignalSpy flagged(server->chain(), &ConnectChain::dashboardExposed);
    QVERIFY(finished.wait(120000));
    const Result<ConnectResult> result = finished.first().first().value<Result<ConnectResult>>();
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message())); // a warning, not a failure
    QVERIFY(result->dashboardExposed);
    QCOMPARE(flagged.count(), 1);
    const ConnectStep listening = server->chain()->steps().at(4);
    QCOMPARE(listening.status, ConnectStep::Status::Warning);
    QVERIFY(listening.message.contains(u"no authentication"_s));

    QSignalSpy restarted(server->chain(), &ConnectChain::rayRestarted);
    server->chain()->restartRayOnLoopback();
    QVERIFY(restarted.wait(60000));
    QCOMPARE(restarted.first().first().toBool(), true);
    QCOMPARE(server->chain()->steps().at(4).status, ConnectStep::Status::Succeeded);
    const QList<QStringList> argv = m_shell->argvLog();
    QVERIFY(argv.contains(QStringList{u"ray"_s, u"stop"_s}));
    QCOMPARE(m_shell->headInfo().value(u"dashboard_host"_s).toString(), u"127.0.0.1"_s);
}

void TestConnectChain::attachOnlyNeverCreatesAnything()
{
    auto server = session(profile());
    const Result<ConnectResult> result = bringUp(*server, ConnectMode::AttachOnly);
    QVERIFY(!result);
    QVERIFY2(result.error().message().contains(u"Attach only"_s), qPrintable(result.error().message()));
    for (const QStringList &argv : m_shell->argvLog()) {
        QVERIFY2(!(argv.value(0) == u"docker" && (argv.value(1) == u"run" || argv.value(1) == u"start")),
                 qPrintable(argv.join(u' ')));
        QVERIFY(!(argv.value(0) == u"ray" && argv.value(1) == u"start"));
    }
}

void TestConnectChain::withoutDockerRayRunsOnTheHost()
{
    ServerProfile host = profile();
    host.docker.enabled = false;
    auto server = session(host);
    const Result<ConnectResult> result = bringUp(*server, ConnectMode::StartWhatIsMissing);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(server->chain()->steps().at(1).status, ConnectStep::Status::Skipped);
    for (const QStringList &argv : m_shell->argvLog())
        QVERIFY2(argv.value(0) != u"docker", qPrintable(argv.join(u' ')));
    QVERIFY(result->containerName.isEmpty());
    QVERIFY(result->containerState.isEmpty());
}

void TestConnectChain::resultSaysWhatWasFound()
{
    // First connect: RayDeck creates the container and starts the head, so it knows the head's address.
    const ServerProfile wanted = profile();
    auto first = session(wanted);
    const Result<ConnectResult> created = bringUp(*first, ConnectMode::StartWhatIsMissing);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
    const QJsonObject head = m_shell->headInfo();
    QCOMPARE(created->containerName, u"verl-chain"_s);
    QCOMPARE(created->containerImage, u"verlai/verl:latest"_s);
    QCOMPARE(created->containerState, u"running"_s);
    QVERIFY(!head.value(u"node_ip"_s).toString().isEmpty());
    QCOMPARE(created->headNodeIp, head.value(u"node_ip"_s).toString());
    QCOMPARE(int(created->gcsPort), head.value(u"gcs_port"_s).toInt());
    QSignalSpy down(first.get(), &ServerSession::downFinished);
    first->down(DownOptions{});
    QVERIFY(down.count() == 1 || down.wait(30000));

    // Second connect: both are found running; docker inspect names the image, nobody printed the address.
    auto second = session(wanted);
    const Result<ConnectResult> attached = bringUp(*second, ConnectMode::AttachOnly);
    QVERIFY2(attached, qPrintable(attached ? QString() : attached.error().message()));
    QCOMPARE(attached->containerName, u"verl-chain"_s);
    QCOMPARE(attached->containerImage, u"verlai/verl:latest"_s);
    QCOMPARE(attached->containerState, u"running"_s);
    QVERIFY(attached->headNodeIp.isEmpty());
    QCOMPARE(attached->gcsPort, quint16(0));
}

void TestConnectChain::cancelStopsTheChain()
{
    auto server = session(profile());
    QSignalSpy started(server.get(), &ServerSession::chainStarted);
    QSignalSpy finished(server.get(), &ServerSession::upFinished);
    server->up(ConnectMode::StartWhatIsMissing);
    QVERIFY(started.count() == 1 || started.wait(30000));
    ConnectChain *chain = server->chain();
    // Cancel as soon as the Docker step starts.
    connect(chain, &ConnectChain::stepChanged, chain, [chain](int index, const ConnectStep &step) {
        if (index == 1 && step.status == ConnectStep::Status::Running)
            chain->cancel();
    });
    QVERIFY(finished.wait(60000));
    const Result<ConnectResult> result = finished.first().first().value<Result<ConnectResult>>();
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::Cancelled);
    QCOMPARE(chain->steps().at(1).status, ConnectStep::Status::Cancelled);
}

QTEST_GUILESS_MAIN(TestConnectChain)
#include "tst_connectchain.moc"
