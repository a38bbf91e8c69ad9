// SPDX-License-Identifier: GPL-3.0-or-later
// The docker, sudo and nvidia-smi stand-ins of the simulated GPU host, reached
// through a real SSH session: container state machine, exact argv recording,
// hostile values, image pulls, the permission-denied and sudo modes.
#include "SimHostShell.h"
#include "SshServerFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kImage = u"verlai/verl:latest"_s;

QJsonObject inspectOne(const RemoteRun &run)
{
    const QJsonArray array = QJsonDocument::fromJson(run.out).array();
    return array.size() == 1 ? array.first().toObject() : QJsonObject();
}

} // namespace

class TestSimHostDocker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void versionAndInfo();
    void inspectMissingContainer();
    void runRecordsSettingsInInspect();
    void containerStateMachine();
    void execRunsOnTheHostWithContainerEnvironment();
    void execNeedsARunningContainer();
    void hostileArgumentsArriveLiterally_data();
    void hostileArgumentsArriveLiterally();
    void hostileContainerNameIsRefusedByDocker();
    void missingImageFailsLikeDocker();
    void pullShowsLayerProgress();
    void unknownFlagIsRefused();
    void permissionDenied();
    void daemonDown();
    void sudoPasswordless();
    void sudoNeedsPasswordNeverWaits();
    void sudoReadsPasswordFromStdinWithS();
    void nvidiaSmiQueryAndTable();
    void nvidiaSmiWithoutGpus();

private:
    SshServerFixture m_server;
    std::unique_ptr<SimHostShell> m_shell;
};

void TestSimHostDocker::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_shell = std::make_unique<SimHostShell>(m_server);
}

void TestSimHostDocker::init()
{
    m_shell->resetState();
    QVERIFY(m_shell->writeSetting(u"pull-seconds"_s, u"0"_s));
}

void TestSimHostDocker::cleanupTestCase()
{
    if (m_shell)
        m_shell->stopDaemons();
}

void TestSimHostDocker::versionAndInfo()
{
    const RemoteRun version = m_shell->run(u"docker version"_s);
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.contains("Client: Docker Engine - Community"));
    QVERIFY(version.out.contains("Server: Docker Engine - Community"));

    const RemoteRun format = m_shell->run(u"docker version --format '{{.Server.Version}}'"_s);
    QCOMPARE(format.exitCode, 0);
    QCOMPARE(format.out.trimmed(), QByteArray("24.0.7"));

    const RemoteRun info = m_shell->run(u"docker info"_s);
    QCOMPARE(info.exitCode, 0);
    QVERIFY(info.out.contains(" Runtimes: io.containerd.runc.v2 nvidia runc"));
    QCOMPARE(m_shell->argvLog().last(), (QStringList{u"docker"_s, u"info"_s}));
}

void TestSimHostDocker::inspectMissingContainer()
{
    const RemoteRun inspect = m_shell->run(u"docker inspect verl"_s);
    QCOMPARE(inspect.exitCode, 1);
    QCOMPARE(inspect.out.trimmed(), QByteArray("[]"));
    QCOMPARE(inspect.err.trimmed(), QByteArray("Error: No such object: verl"));
}

void TestSimHostDocker::runRecordsSettingsInInspect()
{
    const QStringList run{u"docker"_s, u"run"_s, u"-d"_s, u"--name"_s, u"verl"_s, u"--gpus"_s, u"all"_s,
                          u"--network=host"_s, u"--ulimit"_s, u"memlock=-1"_s, u"--ulimit"_s,
                          u"stack=67108864"_s, u"--shm-size"_s, u"10g"_s, u"-v"_s, u"/data/models:/models"_s,
                          u"--cap-add=SYS_ADMIN"_s, kImage, u"sleep"_s, u"infinity"_s};
    const RemoteRun started = m_shell->runArgs(run);
    QCOMPARE(started.exitCode, 0);
    QVERIFY2(QRegularExpression(u"^[0-9a-f]{64}\n$"_s).match(QString::fromUtf8(started.out)).hasMatch(),
             started.out.constData());
    QCOMPARE(m_shell->argvLog().last(), run);

    const QJsonObject container = inspectOne(m_shell->run(u"docker inspect verl"_s));
    QCOMPARE(container.value(u"Id"_s).toString(), QString::fromUtf8(started.out.trimmed()));
    QCOMPARE(container.value(u"Name"_s).toString(), u"/verl"_s);
    const QJsonObject state = container.value(u"State"_s).toObject();
    QCOMPARE(state.value(u"Status"_s).toString(), u"running"_s);
    QCOMPARE(state.value(u"Running"_s).toBool(), true);
    QCOMPARE(container.value(u"Config"_s).toObject().value(u"Image"_s).toString(), kImage);
    QCOMPARE(container.value(u"Config"_s).toObject().value(u"Cmd"_s).toArray(),
             (QJsonArray{u"sleep"_s, u"infinity"_s}));
    const QJsonObject host = container.value(u"HostConfig"_s).toObject();
    QCOMPARE(host.value(u"NetworkMode"_s).toString(), u"host"_s);
    QCOMPARE(host.value(u"ShmSize"_s).toInteger(), 10LL * 1024 * 1024 * 1024);
    QCOMPARE(host.value(u"Binds"_s).toArray(), QJsonArray{u"/data/models:/models"_s});
    QCOMPARE(host.value(u"CapAdd"_s).toArray(), QJsonArray{u"SYS_ADMIN"_s});
    const QJsonArray ulimits = host.value(u"Ulimits"_s).toArray();
    QCOMPARE(ulimits.size(), 2);
    QCOMPARE(ulimits.at(0).toObject(),
             (QJsonObject{{u"Name"_s, u"memlock"_s}, {u"Soft"_s, -1}, {u"Hard"_s, -1}}));
    QCOMPARE(ulimits.at(1).toObject(),
             (QJsonObject{{u"Name"_s, u"stack"_s}, {u"Soft"_s, 67108864}, {u"Hard"_s, 67108864}}));
    QCOMPARE(host.value(u"DeviceRequests"_s).toArray().first().toObject().value(u"Count"_s).toInt(), -1);

    const RemoteRun format = m_shell->run(u"docker inspect -f '{{.State.Status}} {{json .State.Running}}' verl"_s);
    QCOMPARE(format.out, QByteArray("running true\n"));
    const RemoteRun ps = m_shell->run(u"docker ps --format '{{.Names}}|{{.State}}|{{.Image}}'"_s);
    QCOMPARE(ps.out, QByteArray("verl|running|verlai/verl:latest\n"));
}

void TestSimHostDocker::containerStateMachine()
{
    auto status = [this] {
        const RemoteRun run = m_shell->run(u"docker inspect --format '{{.State.Status}}' verl"_s);
        return run.exitCode == 0 ? QString::fromUtf8(run.out.trimmed()) : u"missing"_s;
    };
    QCOMPARE(status(), u"missing"_s);
    QCOMPARE(m_shell->run(u"docker create --name verl verlai/verl:latest sleep infinity"_s).exitCode, 0);
    QCOMPARE(status(), u"created"_s);
    const RemoteRun start = m_shell->run(u"docker start verl"_s);
    QCOMPARE(start.exitCode, 0);
    QCOMPARE(start.out, QByteArray("verl\n"));
    QCOMPARE(status(), u"running"_s);

    const RemoteRun removeRunning = m_shell->run(u"docker rm verl"_s);
    QCOMPARE(removeRunning.exitCode, 1);
    QVERIFY(removeRunning.err.contains("You cannot remove a running container"));

    QCOMPARE(m_shell->run(u"docker stop verl"_s).exitCode, 0);
    QCOMPARE(status(), u"exited"_s);
    QCOMPARE(m_shell->run(u"docker inspect --format '{{.State.ExitCode}}' verl"_s).out, QByteArray("137\n"));
    QVERIFY(m_shell->run(u"docker ps"_s).out.count('\n') == 1);
    QVERIFY(m_shell->run(u"docker ps -a"_s).out.contains("Exited (137)"));

    QCOMPARE(m_shell->run(u"docker start verl"_s).exitCode, 0);
    QCOMPARE(status(), u"running"_s);
    QCOMPARE(m_shell->run(u"docker rm -f verl"_s).exitCode, 0);
    QCOMPARE(status(), u"missing"_s);

    const RemoteRun startMissing = m_shell->run(u"docker start verl"_s);
    QCOMPARE(startMissing.exitCode, 1);
    QVERIFY(startMissing.err.contains("Error response from daemon: No such container: verl"));

    QCOMPARE(m_shell->run(u"docker run -d --name verl verlai/verl:latest sleep infinity"_s).exitCode, 0);
    const RemoteRun conflict = m_shell->run(u"docker run -d --name verl verlai/verl:latest sleep infinity"_s);
    QCOMPARE(conflict.exitCode, 125);
    QVERIFY(conflict.err.contains("Conflict. The container name \"/verl\" is already in use"));
}

void TestSimHostDocker::execRunsOnTheHostWithContainerEnvironment()
{
    QCOMPARE(m_shell->run(u"docker run -d --name verl -e FROM_RUN=yes verlai/verl:latest sleep infinity"_s).exitCode,
             0);
    const RemoteRun exec = m_shell->runArgs({u"docker"_s, u"exec"_s, u"-e"_s, u"EXTRA=a b"_s, u"-w"_s, u"/tmp"_s,
                                             u"verl"_s, u"sh"_s, u"-c"_s,
                                             u"printf '%s|%s|%s|%s' \"$EXTRA\" \"$FROM_RUN\" "
                                             "\"$RAYDECK_SIM_CONTAINER\" \"$(pwd)\""_s});
    QCOMPARE(exec.exitCode, 0);
    QCOMPARE(exec.out, QByteArray("a b|yes|verl|/tmp"));
    // Inside the "container" the ray stand-in is on PATH, as the real image has ray.
    const RemoteRun ray = m_shell->run(u"docker exec verl ray --version"_s);
    QCOMPARE(ray.out, QByteArray("ray, version 2.52.0\n"));
    const RemoteRun missing = m_shell->run(u"docker exec verl no-such-program"_s);
    QCOMPARE(missing.exitCode, 126);
    QVERIFY(missing.err.contains("executable file not found in $PATH"));
    const RemoteRun status = m_shell->run(u"docker exec verl sh -c 'exit 7'"_s);
    QCOMPARE(status.exitCode, 7);
}

void TestSimHostDocker::execNeedsARunningContainer()
{
    const RemoteRun missing = m_shell->run(u"docker exec verl true"_s);
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.err.trimmed(), QByteArray("Error response from daemon: No such container: verl"));
    QCOMPARE(m_shell->run(u"docker create --name verl verlai/verl:latest sleep infinity"_s).exitCode, 0);
    const RemoteRun created = m_shell->run(u"docker exec verl true"_s);
    QCOMPARE(created.exitCode, 1);
    QVERIFY2(QRegularExpression(u"^Error response from daemon: Container [0-9a-f]{64} is not running$"_s)
                 .match(QString::fromUtf8(created.err.trimmed()))
                 .hasMatch(),
             created.err.constData());
    const RemoteRun tty = m_shell->run(u"docker start verl >/dev/null && docker exec -it verl true"_s);
    QCOMPARE(tty.exitCode, 1);
    QCOMPARE(tty.err.trimmed(), QByteArray("the input device is not a TTY"));
}

void TestSimHostDocker::hostileArgumentsArriveLiterally_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("command separator") << u"; rm -rf ~"_s;
    QTest::newRow("substitution") << u"$(id)"_s;
    QTest::newRow("backticks") << u"`id`"_s;
    QTest::newRow("quotes") << u"it's \"quoted\" \\ too"_s;
    QTest::newRow("spaces") << u"  a   b  "_s;
    QTest::newRow("newline") << u"line1\nline2"_s;
    QTest::newRow("non-ascii") << u"grüße 训练 ✓"_s;
    QTest::newRow("glob") << u"*"_s;
    QTest::newRow("looks like a flag") << u"--privileged"_s;
    QTest::newRow("empty") << QString();
}

void TestSimHostDocker::hostileArgumentsArriveLiterally()
{
    QFETCH(QString, value);
    QCOMPARE(m_shell->run(u"docker run -d --name verl verlai/verl:latest sleep infinity"_s).exitCode, 0);

    const QStringList exec{u"docker"_s, u"exec"_s, u"-e"_s, u"HOSTILE="_s + value, u"verl"_s, u"printf"_s, u"%s"_s,
                           value};
    const RemoteRun printed = m_shell->runArgs(exec);
    QCOMPARE(printed.exitCode, 0);
    QCOMPARE(QString::fromUtf8(printed.out), value);
    QCOMPARE(m_shell->argvLog().last(), exec);

    const QStringList sudo{u"sudo"_s, u"-n"_s, u"docker"_s, u"run"_s, u"-d"_s, u"--name"_s, u"labelled"_s,
                           u"--label"_s, u"note="_s + value, kImage, u"sh"_s, u"-c"_s, value};
    QCOMPARE(m_shell->runArgs(sudo).exitCode, 0);
    const QList<QStringList> calls = m_shell->argvLog();
    QCOMPARE(calls.at(calls.size() - 2), sudo);
    QCOMPARE(calls.last(), sudo.mid(2));
    const QJsonObject labelled = inspectOne(m_shell->run(u"docker inspect labelled"_s));
    QCOMPARE(labelled.value(u"Config"_s).toObject().value(u"Labels"_s).toObject().value(u"note"_s).toString(), value);
    QCOMPARE(labelled.value(u"Args"_s).toArray().last().toString(), value);
}

void TestSimHostDocker::hostileContainerNameIsRefusedByDocker()
{
    const QString name = u"verl; rm -rf ~"_s;
    const RemoteRun run = m_shell->runArgs({u"docker"_s, u"run"_s, u"-d"_s, u"--name"_s, name, kImage});
    QCOMPARE(run.exitCode, 125);
    QVERIFY(run.err.contains("Invalid container name (verl; rm -rf ~), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed"));
    QCOMPARE(m_shell->argvLog().last(), (QStringList{u"docker"_s, u"run"_s, u"-d"_s, u"--name"_s, name, kImage}));
    const RemoteRun inspect = m_shell->runArgs({u"docker"_s, u"inspect"_s, name});
    QCOMPARE(inspect.err.trimmed(), (u"Error: No such object: "_s + name).toUtf8());
}

void TestSimHostDocker::missingImageFailsLikeDocker()
{
    const RemoteRun run = m_shell->run(u"docker run -d --name verl example/unknown:1 sleep infinity"_s);
    QCOMPARE(run.exitCode, 125);
    QVERIFY(run.err.startsWith("Unable to find image 'example/unknown:1' locally\n"));
    QVERIFY(run.err.contains("pull access denied for example/unknown, repository does not exist"));
    QCOMPARE(m_shell->run(u"docker inspect verl"_s).exitCode, 1);

    const RemoteRun pull = m_shell->run(u"docker pull example/unknown:1"_s);
    QCOMPARE(pull.exitCode, 1);
    QVERIFY(pull.err.startsWith("Error response from daemon: pull access denied for example/unknown"));
}

void TestSimHostDocker::pullShowsLayerProgress()
{
    QVERIFY(m_shell->writeSetting(u"images"_s, QString()));
    QCOMPARE(m_shell->run(u"docker image inspect verlai/verl:latest"_s).exitCode, 1);
    const RemoteRun pull = m_shell->run(u"docker pull verlai/verl:latest"_s);
    QCOMPARE(pull.exitCode, 0);
    const QList<QByteArray> lines = pull.out.split('\n');
    QCOMPARE(lines.first(), QByteArray("latest: Pulling from verlai/verl"));
    QVERIFY(pull.out.count("Pulling fs layer") >= 2);
    QCOMPARE(pull.out.count("Pulling fs layer"), pull.out.count("Pull complete"));
    QVERIFY(pull.out.contains("Status: Downloaded newer image for verlai/verl:latest"));
    QVERIFY(pull.out.endsWith("docker.io/verlai/verl:latest\n"));

    const RemoteRun inspect = m_shell->run(u"docker image inspect verlai/verl:latest"_s);
    QCOMPARE(inspect.exitCode, 0);
    QCOMPARE(inspectOne(inspect).value(u"RepoTags"_s).toArray(), QJsonArray{u"verlai/verl:latest"_s});
    QVERIFY(m_shell->run(u"docker images"_s).out.contains("verlai/verl   latest"));
    QVERIFY(m_shell->run(u"docker pull verlai/verl:latest"_s).out.contains("Image is up to date"));
}

void TestSimHostDocker::unknownFlagIsRefused()
{
    const RemoteRun run = m_shell->run(u"docker run -d --no-such-flag verlai/verl:latest"_s);
    QCOMPARE(run.exitCode, 125);
    QCOMPARE(run.err, QByteArray("unknown flag: --no-such-flag\nSee 'docker run --help'.\n"));
    const RemoteRun ulimit = m_shell->run(u"docker run -d --ulimit bogus verlai/verl:latest"_s);
    QCOMPARE(ulimit.exitCode, 125);
    QVERIFY(ulimit.err.contains("invalid ulimit argument: bogus"));
}

void TestSimHostDocker::permissionDenied()
{
    QVERIFY(m_shell->writeSetting(u"docker-mode"_s, u"permission-denied"_s));
    const QByteArray message = "permission denied while trying to connect to the Docker daemon socket at "
                               "unix:///var/run/docker.sock";
    const RemoteRun version = m_shell->run(u"docker version"_s);
    QCOMPARE(version.exitCode, 1);
    QVERIFY(version.out.contains("Client: Docker Engine - Community"));
    QVERIFY(!version.out.contains("Server:"));
    QVERIFY2(version.err.startsWith(message), version.err.constData());
    QVERIFY(version.err.contains("connect: permission denied"));
    const RemoteRun info = m_shell->run(u"docker info"_s);
    QCOMPARE(info.exitCode, 1);
    QVERIFY(info.err.contains(message));
    const RemoteRun inspect = m_shell->run(u"docker inspect verl"_s);
    QCOMPARE(inspect.exitCode, 1);
    QVERIFY(inspect.err.startsWith(message));
    // Through sudo docker runs as root and reaches the daemon.
    const RemoteRun sudo = m_shell->run(u"sudo -n docker version --format '{{.Server.Version}}'"_s);
    QCOMPARE(sudo.exitCode, 0);
    QCOMPARE(sudo.out, QByteArray("24.0.7\n"));
}

void TestSimHostDocker::daemonDown()
{
    QVERIFY(m_shell->writeSetting(u"docker-mode"_s, u"daemon-down"_s));
    const RemoteRun ps = m_shell->run(u"docker ps"_s);
    QCOMPARE(ps.exitCode, 1);
    QCOMPARE(ps.err.trimmed(),
             QByteArray("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon "
                        "running?"));
}

void TestSimHostDocker::sudoPasswordless()
{
    const RemoteRun run = m_shell->run(u"sudo -n sh -c 'printf %s \"$RAYDECK_SIM_SUDO\"'"_s);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("1"));
    const RemoteRun missing = m_shell->run(u"sudo -n no-such-program"_s);
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.err, QByteArray("sudo: no-such-program: command not found\n"));
}

void TestSimHostDocker::sudoNeedsPasswordNeverWaits()
{
    QVERIFY(m_shell->writeSetting(u"sudo-mode"_s, u"needs-password"_s));
    // A stdin that never ends would hang a sudo that prompts; the stand-in must fail at once.
    const RemoteRun nonInteractive = m_shell->run(u"sudo -n docker ps < /dev/zero"_s, {}, 20000);
    QCOMPARE(nonInteractive.exitCode, 1);
    QCOMPARE(nonInteractive.err, QByteArray("sudo: a password is required\n"));
    const RemoteRun noTerminal = m_shell->run(u"sudo docker ps < /dev/zero"_s, {}, 20000);
    QCOMPARE(noTerminal.exitCode, 1);
    QVERIFY(noTerminal.err.contains("sudo: a terminal is required to read the password"));
    QVERIFY(noTerminal.err.endsWith("sudo: a password is required\n"));
    QCOMPARE(m_shell->argvLog().last(), (QStringList{u"sudo"_s, u"docker"_s, u"ps"_s}));

    QVERIFY(m_shell->writeSetting(u"sudo-mode"_s, u"not-in-sudoers"_s));
    const RemoteRun refused = m_shell->run(u"sudo -n docker ps"_s);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains("is not in the sudoers file."));
}

void TestSimHostDocker::sudoReadsPasswordFromStdinWithS()
{
    QVERIFY(m_shell->writeSetting(u"sudo-mode"_s, u"needs-password"_s));
    QVERIFY(m_shell->writeSetting(u"sudo-password"_s, u"s3cret pass"_s));
    const RemoteRun wrong = m_shell->run(u"sudo -S -p '' docker ps -q"_s, "nope\n");
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY(wrong.err.contains("incorrect password attempt"));
    const RemoteRun right = m_shell->run(u"sudo -S -p '' docker ps -q"_s, "s3cret pass\n");
    QCOMPARE(right.exitCode, 0);
}

void TestSimHostDocker::nvidiaSmiQueryAndTable()
{
    const RemoteRun query = m_shell->run(
        u"nvidia-smi --query-gpu=name,utilization.gpu,memory.used,memory.total --format=csv,noheader,nounits"_s);
    QCOMPARE(query.exitCode, 0);
    const QList<QByteArray> lines = query.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(',');
        QCOMPARE(fields.size(), 4);
        QCOMPARE(fields.at(0).trimmed(), QByteArray("NVIDIA A100-SXM4-80GB"));
        bool numeric = false;
        QVERIFY(fields.at(1).trimmed().toInt(&numeric) >= 0 && numeric);
        QCOMPARE(fields.at(3).trimmed(), QByteArray("81920"));
    }
    const RemoteRun header = m_shell->run(u"nvidia-smi --query-gpu=name,memory.used --format=csv"_s);
    QVERIFY(header.out.startsWith("name, memory.used [MiB]\nNVIDIA A100-SXM4-80GB, 4 MiB\n"));
    const RemoteRun table = m_shell->run(u"nvidia-smi"_s);
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains("| NVIDIA-SMI 550.54.15"));
    QCOMPARE(m_shell->argvLog().last(), QStringList{u"nvidia-smi"_s});
}

void TestSimHostDocker::nvidiaSmiWithoutGpus()
{
    QVERIFY(m_shell->writeSetting(u"gpus"_s, u"0"_s));
    const RemoteRun query = m_shell->run(u"nvidia-smi --query-gpu=name --format=csv,noheader"_s);
    QCOMPARE(query.exitCode, 9);
    QVERIFY(query.out.startsWith("NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver."));
    const RemoteRun gpus = m_shell->run(u"docker run -d --gpus all verlai/verl:latest"_s);
    QCOMPARE(gpus.exitCode, 125);
    QVERIFY(gpus.err.contains("could not select device driver \"\" with capabilities: [[gpu]]"));
}

QTEST_GUILESS_MAIN(TestSimHostDocker)
#include "tst_simhostdocker.moc"
