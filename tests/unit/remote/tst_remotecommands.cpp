// SPDX-License-Identifier: GPL-3.0-or-later
// The exact argv RayDeck sends for docker and ray: the seed's defaults, and
// hostile profile values kept as single arguments.
#include "remote/DockerCommandBuilder.h"
#include "remote/RayCommandBuilder.h"

#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestRemoteCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runUsesTheFieldReportDefaults();
    void sudoPrefixNeverPrompts();
    void hostileValuesStayWhole();
    void execWithoutDockerRunsOnHost();
    void rayHeadStart();
};

void TestRemoteCommands::runUsesTheFieldReportDefaults()
{
    DockerSettings docker;
    docker.containerName = u"ianli-verl"_s;
    docker.image = u"ianli/verl:v1.0"_s;
    docker.mounts = {u"/path/to/ianli:/mnt/ianli"_s};
    docker.shmSize = u"10g"_s;
    const QStringList expected{u"docker"_s, u"run"_s, u"-d"_s, u"--name"_s, u"ianli-verl"_s, u"--gpus"_s, u"all"_s,
                               u"--network=host"_s, u"--ulimit"_s, u"memlock=-1"_s, u"--ulimit"_s,
                               u"stack=67108864"_s, u"--shm-size"_s, u"10g"_s, u"-v"_s,
                               u"/path/to/ianli:/mnt/ianli"_s, u"ianli/verl:v1.0"_s, u"sleep"_s, u"infinity"_s};
    QCOMPARE(DockerCommandBuilder(docker).runContainer(), expected);
}

void TestRemoteCommands::sudoPrefixNeverPrompts()
{
    DockerSettings docker;
    docker.useSudo = true;
    const QStringList version = DockerCommandBuilder(docker).version();
    QCOMPARE(version.mid(0, 3), (QStringList{u"sudo"_s, u"-n"_s, u"docker"_s}));
}

void TestRemoteCommands::hostileValuesStayWhole()
{
    DockerSettings docker;
    docker.containerName = u"; rm -rf ~"_s;
    docker.image = u"$(id)"_s;
    docker.mounts = {u"/a b:/c'd"_s};
    docker.extraRunArguments = {u"--label=x\ny"_s};
    const QStringList run = DockerCommandBuilder(docker).runContainer();
    QVERIFY(run.contains(u"; rm -rf ~"_s));
    QVERIFY(run.contains(u"$(id)"_s));
    QVERIFY(run.contains(u"/a b:/c'd"_s));
    QVERIFY(run.contains(u"--label=x\ny"_s));
    const QStringList exec = DockerCommandBuilder(docker).exec({u"ray"_s, u"status"_s});
    QCOMPARE(exec, (QStringList{u"docker"_s, u"exec"_s, u"; rm -rf ~"_s, u"ray"_s, u"status"_s}));
}

void TestRemoteCommands::execWithoutDockerRunsOnHost()
{
    DockerSettings docker;
    docker.enabled = false;
    QCOMPARE(DockerCommandBuilder(docker).exec({u"ray"_s, u"status"_s}), (QStringList{u"ray"_s, u"status"_s}));
    QCOMPARE(DockerCommandBuilder(docker).exec({u"ray"_s}, {u"A=1"_s}), (QStringList{u"env"_s, u"A=1"_s, u"ray"_s}));
}

void TestRemoteCommands::rayHeadStart()
{
    RaySettings ray;
    ray.dashboardPort = 8266;
    ray.extraStartArguments = {u"--num-gpus=8"_s};
    QCOMPARE(RayCommandBuilder(ray).startHead(),
             (QStringList{u"ray"_s, u"start"_s, u"--head"_s, u"--dashboard-host=127.0.0.1"_s,
                          u"--dashboard-port=8266"_s, u"--num-gpus=8"_s}));
    ray.dashboardHost = u"0.0.0.0"_s;
    QVERIFY(RayCommandBuilder(ray).startHead().contains(u"--dashboard-host=0.0.0.0"_s));
    QVERIFY(RayCommandBuilder(ray).startHeadOnLoopback(6379).contains(u"--dashboard-host=127.0.0.1"_s));
    QVERIFY(RayCommandBuilder(ray).startHeadOnLoopback(6379).contains(u"--port=6379"_s));
    QCOMPARE(RayCommandBuilder::grafanaEnvironment(3001), QStringList{u"RAY_GRAFANA_IFRAME_HOST=http://127.0.0.1:3001"_s});
}

QTEST_GUILESS_MAIN(TestRemoteCommands)
#include "tst_remotecommands.moc"
