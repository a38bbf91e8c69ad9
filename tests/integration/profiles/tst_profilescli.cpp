// SPDX-License-Identifier: GPL-3.0-or-later
// The `raydeck-cli profiles` and `raydeck-cli secret` contract, run as real
// processes against a private config folder and a real Secret Service.
#include "TestEnvironment.h"
#include "secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;
using TestEnvironment::CliRun;
using TestEnvironment::runCli;

namespace {

QString describe(const CliRun &run)
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(run.exitCode).arg(run.out, run.err);
}

} // namespace

class TestProfilesCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void emptyListIsNotAnError();
    void addListShow();
    void addRejectsBadInput_data();
    void addRejectsBadInput();
    void jsonShapeIsStable();
    void secretsGoToTheKeychainOnly();
    void secretKindsAreChecked();
    void removeDeletesKeychainEntries();
    void importFromSshConfig();

private:
    QJsonObject showJson(const QString &name);
    QString keychainValue(const QString &key);
    int keychainEntriesOf(const QString &profileId);

    QString m_secretTool;
    std::unique_ptr<QTemporaryDir> m_config;
    QProcessEnvironment m_environment;
};

void TestProfilesCli::initTestCase()
{
    if (TestEnvironment::cliPath().isEmpty())
        QSKIP("RAYDECK_CLI is not set; run through ctest");
    if (!QDir::homePath().contains(u"raydeck-test-home"_s))
        QSKIP("needs the private Secret Service session of with-keyring.sh (label KEYCHAIN)");
    m_secretTool = QStandardPaths::findExecutable(u"secret-tool"_s);
    QVERIFY(!m_secretTool.isEmpty());
}

void TestProfilesCli::init()
{
    // A fresh config folder per test; the keyring is shared, entries are keyed by fresh ids.
    m_config = std::make_unique<QTemporaryDir>(QDir::homePath() + u"/config-XXXXXX"_s);
    QVERIFY(m_config->isValid());
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(u"XDG_CONFIG_HOME"_s, m_config->path());
}

QJsonObject TestProfilesCli::showJson(const QString &name)
{
    const CliRun run = runCli({u"profiles"_s, u"show"_s, name, u"--json"_s}, {}, m_environment);
    return run.exitCode == 0 ? QJsonDocument::fromJson(run.out.toUtf8()).object() : QJsonObject();
}

QString TestProfilesCli::keychainValue(const QString &key)
{
    QProcess tool;
    tool.start(m_secretTool, {u"lookup"_s, u"server"_s, KeychainSecretStore::serviceName(), u"user"_s, key});
    tool.waitForFinished(20000);
    return QString::fromUtf8(QByteArray::fromBase64(tool.readAllStandardOutput()));
}

int TestProfilesCli::keychainEntriesOf(const QString &profileId)
{
    QProcess tool;
    tool.start(m_secretTool, {u"search"_s, u"--all"_s, u"server"_s, KeychainSecretStore::serviceName()});
    tool.waitForFinished(20000);
    const QString listing = QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
    return int(listing.count(u"attribute.user = "_s + profileId + u'/'));
}

void TestProfilesCli::emptyListIsNotAnError()
{
    const CliRun run = runCli({u"profiles"_s, u"list"_s}, {}, m_environment);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains(u"profiles add"_s));
    const CliRun json = runCli({u"profiles"_s, u"list"_s, u"--json"_s}, {}, m_environment);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"profiles"_s).toArray().size(), 0);
}

void TestProfilesCli::addListShow()
{
    const CliRun add = runCli({u"profiles"_s, u"add"_s, u"gpu-box"_s, u"--host"_s, u"gpu.example.org"_s, u"--port"_s,
                               u"2222"_s, u"--user"_s, u"alice"_s, u"--jump"_s, u"bastion:2200,inner"_s,
                               u"--container"_s, u"ianli-verl"_s, u"--image"_s, u"ianli/verl:v1.0"_s, u"--mount"_s,
                               u"/path/to/ianli:/mnt/ianli"_s, u"--mount"_s, u"/data:/data:ro"_s,
                               u"--dashboard-port"_s, u"8266"_s, u"--local-port"_s, u"18265"_s},
                              {}, m_environment);
    QVERIFY2(add.exitCode == 0, qPrintable(describe(add)));
    QVERIFY(add.out.contains(u"gpu-box"_s));

    const CliRun list = runCli({u"profiles"_s, u"list"_s}, {}, m_environment);
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(u"alice@gpu.example.org:2222"_s), qPrintable(list.out));

    const CliRun show = runCli({u"profiles"_s, u"show"_s, u"GPU-BOX"_s}, {}, m_environment);
    QCOMPARE(show.exitCode, 0);
    QVERIFY(show.out.contains(u"ianli/verl:v1.0"_s));
    QVERIFY(show.out.contains(u"bastion:2200, inner"_s));

    const QJsonObject json = showJson(u"gpu-box"_s);
    QCOMPARE(json.value(u"ssh"_s)[u"port"_s].toInt(), 2222);
    QCOMPARE(json.value(u"ssh"_s)[u"auth"_s].toString(), u"agent"_s);
    QCOMPARE(json.value(u"docker"_s)[u"mounts"_s].toArray().size(), 2);
    QCOMPARE(json.value(u"ray"_s)[u"dashboardPort"_s].toInt(), 8266);
    QCOMPARE(json.value(u"ray"_s)[u"localPort"_s].toInt(), 18265);

    const CliRun noDocker = runCli({u"profiles"_s, u"add"_s, u"bare"_s, u"--host"_s, u"10.0.0.5"_s, u"--no-docker"_s},
                                   {}, m_environment);
    QCOMPARE(noDocker.exitCode, 0);
    QCOMPARE(showJson(u"bare"_s).value(u"docker"_s)[u"enabled"_s].toBool(), false);

    const CliRun missing = runCli({u"profiles"_s, u"show"_s, u"nope"_s}, {}, m_environment);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.out.isEmpty());
    QVERIFY(missing.err.contains(u"nope"_s));
}

void TestProfilesCli::addRejectsBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no host") << QStringList{u"a"_s} << 2 << u"--host"_s;
    QTest::newRow("no name") << QStringList{u"--host"_s, u"h"_s} << 2 << u"NAME"_s;
    QTest::newRow("unknown option") << QStringList{u"a"_s, u"--host"_s, u"h"_s, u"--colour"_s} << 2 << u"colour"_s;
    QTest::newRow("bad auth") << QStringList{u"a"_s, u"--host"_s, u"h"_s, u"--auth"_s, u"magic"_s} << 2 << u"--auth"_s;
    QTest::newRow("port range") << QStringList{u"a"_s, u"--host"_s, u"h"_s, u"--port"_s, u"70000"_s} << 1 << u"--port"_s;
    QTest::newRow("host option") << QStringList{u"a"_s, u"--host"_s, u"-oProxyCommand=x"_s} << 1 << u"--host"_s;
    QTest::newRow("mount syntax") << QStringList{u"a"_s, u"--host"_s, u"h"_s, u"--mount"_s, u"/only"_s} << 1
                                  << u"--mount"_s;
    QTest::newRow("key missing") << QStringList{u"a"_s, u"--host"_s, u"h"_s, u"--identity"_s, u"/nonexistent/key"_s}
                                 << 1 << u"--identity"_s;
    QTest::newRow("bad jump") << QStringList{u"a"_s, u"--host"_s, u"h"_s, u"--jump"_s, u"@x"_s} << 1 << u"--jump"_s;
}

void TestProfilesCli::addRejectsBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const CliRun run = runCli(QStringList{u"profiles"_s, u"add"_s} + arguments, {}, m_environment);
    QVERIFY2(run.exitCode == exitCode, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(mentions), qPrintable(describe(run)));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(runCli({u"profiles"_s, u"list"_s}, {}, m_environment).out, QString()); // nothing was added

    QVERIFY(runCli({u"profiles"_s, u"add"_s, u"taken"_s, u"--host"_s, u"h"_s}, {}, m_environment).exitCode == 0);
    const CliRun duplicate = runCli({u"profiles"_s, u"add"_s, u"TAKEN"_s, u"--host"_s, u"h"_s}, {}, m_environment);
    QCOMPARE(duplicate.exitCode, 1);
    QVERIFY(duplicate.err.contains(u"already exists"_s));
}

void TestProfilesCli::jsonShapeIsStable()
{
    QVERIFY(runCli({u"profiles"_s, u"add"_s, u"a"_s, u"--host"_s, u"a.example"_s}, {}, m_environment).exitCode == 0);
    const CliRun run = runCli({u"profiles"_s, u"list"_s, u"--json"_s}, {}, m_environment);
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.keys(), (QStringList{u"profiles"_s, u"schemaVersion"_s}));
    QCOMPARE(root.value(u"schemaVersion"_s).toInt(), 1);
    const QJsonObject profile = root.value(u"profiles"_s).toArray().first().toObject();
    QCOMPARE(profile.keys(), (QStringList{u"docker"_s, u"id"_s, u"jobEnvironment"_s, u"name"_s, u"ray"_s, u"ssh"_s}));
    QCOMPARE(profile.value(u"ssh"_s).toObject().keys(),
             (QStringList{u"auth"_s, u"host"_s, u"identityFile"_s, u"jumpHosts"_s, u"port"_s, u"secretPolicy"_s,
                          u"user"_s}));
    QCOMPARE(profile.value(u"docker"_s).toObject().keys(),
             (QStringList{u"containerName"_s, u"enabled"_s, u"extraRunArguments"_s, u"gpus"_s, u"image"_s,
                          u"mounts"_s, u"network"_s, u"shmSize"_s, u"ulimits"_s, u"useSudo"_s}));
    QCOMPARE(profile.value(u"ray"_s).toObject().keys(),
             (QStringList{u"dashboardHost"_s, u"dashboardPort"_s, u"extraForwards"_s, u"extraStartArguments"_s,
                          u"hasDashboardToken"_s, u"localPort"_s}));
    QCOMPARE(showJson(u"a"_s), profile); // show prints the same object
}

void TestProfilesCli::secretsGoToTheKeychainOnly()
{
    QVERIFY(runCli({u"profiles"_s, u"add"_s, u"pw"_s, u"--host"_s, u"h.example"_s, u"--auth"_s, u"password"_s}, {},
                   m_environment)
                .exitCode
            == 0);
    const QString id = showJson(u"pw"_s).value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());

    const QByteArray password = "cli-password-" + QByteArray::number(QRandomGenerator::global()->generate());
    const QByteArray wandb = "cli-wandb-" + QByteArray::number(QRandomGenerator::global()->generate());
    const QByteArray token = "cli-token-" + QByteArray::number(QRandomGenerator::global()->generate());
    CliRun run = runCli({u"secret"_s, u"set"_s, u"pw"_s, u"password"_s}, password + '\n', m_environment);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    run = runCli({u"secret"_s, u"set"_s, u"pw"_s, u"env:WANDB_API_KEY"_s}, wandb, m_environment);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    run = runCli({u"secret"_s, u"set"_s, u"pw"_s, u"ray-token"_s}, token, m_environment);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(!run.out.contains(QString::fromUtf8(token)) && !run.err.contains(QString::fromUtf8(token)));

    QCOMPARE(keychainValue(id + u"/password"_s), QString::fromUtf8(password)); // newline not stored
    QCOMPARE(keychainValue(id + u"/env/WANDB_API_KEY"_s), QString::fromUtf8(wandb));
    QCOMPARE(keychainValue(id + u"/ray-token"_s), QString::fromUtf8(token));

    const QJsonObject json = showJson(u"pw"_s);
    QCOMPARE(json.value(u"ray"_s)[u"hasDashboardToken"_s].toBool(), true);
    const QJsonObject variable = json.value(u"jobEnvironment"_s).toArray().first().toObject();
    QCOMPARE(variable.value(u"name"_s).toString(), u"WANDB_API_KEY"_s);
    QCOMPARE(variable.value(u"secret"_s).toBool(), true);
    QVERIFY(!variable.contains(u"value"_s));

    // No file anywhere under the private HOME holds a value.
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray &secret : {password, wandb, token})
            QVERIFY2(!content.contains(secret) && !content.contains(secret.toBase64()), qPrintable(file.fileName()));
    }

    run = runCli({u"secret"_s, u"clear"_s, u"pw"_s, u"env:WANDB_API_KEY"_s}, {}, m_environment);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(keychainValue(id + u"/env/WANDB_API_KEY"_s).isEmpty());
    QVERIFY(showJson(u"pw"_s).value(u"jobEnvironment"_s).toArray().isEmpty());
    run = runCli({u"secret"_s, u"clear"_s, u"pw"_s, u"password"_s}, {}, m_environment);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(showJson(u"pw"_s).value(u"ssh"_s)[u"secretPolicy"_s].toString(), u"ask"_s);
}

void TestProfilesCli::secretKindsAreChecked()
{
    QVERIFY(runCli({u"profiles"_s, u"add"_s, u"agent"_s, u"--host"_s, u"h"_s}, {}, m_environment).exitCode == 0);
    CliRun run = runCli({u"secret"_s, u"set"_s, u"agent"_s, u"pin"_s}, "x", m_environment);
    QCOMPARE(run.exitCode, 2);
    run = runCli({u"secret"_s, u"set"_s, u"agent"_s, u"env:1BAD"_s}, "x", m_environment);
    QCOMPARE(run.exitCode, 2);
    run = runCli({u"secret"_s, u"set"_s, u"agent"_s, u"password"_s}, "x", m_environment);
    QCOMPARE(run.exitCode, 1); // agent login has no password
    QVERIFY(run.err.contains(u"password"_s));
    run = runCli({u"secret"_s, u"set"_s, u"agent"_s, u"ray-token"_s}, "", m_environment);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"standard input"_s));
    run = runCli({u"secret"_s, u"set"_s, u"ghost"_s, u"ray-token"_s}, "x", m_environment);
    QCOMPARE(run.exitCode, 1);
    run = runCli({u"secret"_s, u"set"_s, u"agent"_s}, "x", m_environment);
    QCOMPARE(run.exitCode, 2);
}

void TestProfilesCli::removeDeletesKeychainEntries()
{
    QVERIFY(runCli({u"profiles"_s, u"add"_s, u"doomed"_s, u"--host"_s, u"h"_s, u"--auth"_s, u"password"_s}, {},
                   m_environment)
                .exitCode
            == 0);
    const QString id = showJson(u"doomed"_s).value(u"id"_s).toString();
    QCOMPARE(runCli({u"secret"_s, u"set"_s, u"doomed"_s, u"password"_s}, "p", m_environment).exitCode, 0);
    QCOMPARE(runCli({u"secret"_s, u"set"_s, u"doomed"_s, u"env:HF_TOKEN"_s}, "hf", m_environment).exitCode, 0);
    QCOMPARE(keychainEntriesOf(id), 2);

    const CliRun run = runCli({u"profiles"_s, u"remove"_s, u"doomed"_s}, {}, m_environment);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(keychainEntriesOf(id), 0);
    QCOMPARE(runCli({u"profiles"_s, u"show"_s, u"doomed"_s}, {}, m_environment).exitCode, 1);
    QCOMPARE(runCli({u"profiles"_s, u"remove"_s, u"doomed"_s}, {}, m_environment).exitCode, 1);
}

void TestProfilesCli::importFromSshConfig()
{
    const QString config = m_config->path() + u"/ssh_config"_s;
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Host gpu1 gpu2\n"
               "  HostName %h.cluster.example\n"
               "  User trainer\n"
               "Host gpu2\n"
               "  Port 2202\n"
               "  ProxyJump bastion.example\n"
               "Host *.cluster.example\n"
               "  User ignored\n"
               "Match exec \"true\"\n"
               "  Port 1\n");
    file.close();

    CliRun run = runCli({u"profiles"_s, u"import-ssh-config"_s, u"--config"_s, config, u"gpu2"_s}, {}, m_environment);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(run.err.contains(u"Match exec"_s)); // the user hears what was skipped
    QVERIFY2(run.err.contains(u"1 profile imported."_s), qPrintable(run.err)); // English plural, not "profile(s)"
    QJsonObject gpu2 = showJson(u"gpu2"_s);
    QCOMPARE(gpu2.value(u"ssh"_s)[u"host"_s].toString(), u"gpu2.cluster.example"_s);
    QCOMPARE(gpu2.value(u"ssh"_s)[u"user"_s].toString(), u"trainer"_s);
    QCOMPARE(gpu2.value(u"ssh"_s)[u"port"_s].toInt(), 2202);
    QCOMPARE(gpu2.value(u"ssh"_s)[u"jumpHosts"_s].toArray(), QJsonArray{u"bastion.example"_s});
    QVERIFY(showJson(u"gpu1"_s).isEmpty());

    run = runCli({u"profiles"_s, u"import-ssh-config"_s, u"--config"_s, config}, {}, m_environment);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(run.err.contains(u"Skipped gpu2"_s));
    QCOMPARE(showJson(u"gpu1"_s).value(u"ssh"_s)[u"port"_s].toInt(), 22);

    run = runCli({u"profiles"_s, u"import-ssh-config"_s, u"--config"_s, config, u"nothere"_s}, {}, m_environment);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"nothere"_s));
    run = runCli({u"profiles"_s, u"import-ssh-config"_s, u"--config"_s, config + u".missing"_s}, {}, m_environment);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"no SSH configuration file"_s, Qt::CaseInsensitive));
}

QTEST_GUILESS_MAIN(TestProfilesCli)
#include "tst_profilescli.moc"
