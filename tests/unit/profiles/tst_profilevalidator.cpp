// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/ProfileValidator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestProfileValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void host_data();
    void host();
    void port_data();
    void port();
    void mount_data();
    void mount();
    void jumpHost_data();
    void jumpHost();
    void uniqueName();
    void identityFileMustBeReadable();
    void dashboardOpenToNetworkIsAWarning();
    void wholeProfile();
};

void TestProfileValidator::host_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("valid");
    QTest::newRow("name") << u"gpu01.example.org"_s << true;
    QTest::newRow("ipv4") << u"10.1.2.3"_s << true;
    QTest::newRow("ipv6") << u"2001:db8::1"_s << true;
    QTest::newRow("underscore") << u"gpu_box"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << u"   "_s << false;
    QTest::newRow("space inside") << u"gpu box"_s << false;
    QTest::newRow("option injection") << u"-oProxyCommand=x"_s << false;
    QTest::newRow("user in host") << u"alice@gpu"_s << false;
    QTest::newRow("shell characters") << u"gpu;reboot"_s << false;
    QTest::newRow("newline") << u"gpu\nx"_s << false;
}

void TestProfileValidator::host()
{
    QFETCH(QString, host);
    QFETCH(bool, valid);
    QCOMPARE(ProfileValidator::checkHost(host).isEmpty(), valid);
}

void TestProfileValidator::port_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("use");
    QTest::addColumn<int>("expected"); // -1: invalid
    const int required = int(ProfileValidator::PortUse::Required);
    const int any = int(ProfileValidator::PortUse::ZeroMeansAny);
    QTest::newRow("22") << u"22"_s << required << 22;
    QTest::newRow("65535") << u"65535"_s << required << 65535;
    QTest::newRow("65536") << u"65536"_s << required << -1;
    QTest::newRow("0 required") << u"0"_s << required << -1;
    QTest::newRow("0 any") << u"0"_s << any << 0;
    QTest::newRow("negative") << u"-1"_s << required << -1;
    QTest::newRow("text") << u"ssh"_s << required << -1;
    QTest::newRow("spaces") << u" 2222 "_s << required << 2222;
    QTest::newRow("empty") << QString() << required << -1;
    QTest::newRow("huge") << u"99999999999"_s << required << -1;
    QTest::newRow("arabic digits") << u"\u0662\u0662"_s << required << -1;
}

void TestProfileValidator::port()
{
    QFETCH(QString, text);
    QFETCH(int, use);
    QFETCH(int, expected);
    const std::optional<quint16> port = ProfileValidator::parsePort(text, ProfileValidator::PortUse(use));
    QCOMPARE(port ? int(*port) : -1, expected);
    QCOMPARE(ProfileValidator::checkPortText(text, ProfileValidator::PortUse(use)).isEmpty(), expected >= 0);
}

void TestProfileValidator::mount_data()
{
    QTest::addColumn<QString>("mount");
    QTest::addColumn<bool>("valid");
    QTest::newRow("paths") << u"/path/to/ianli:/mnt/ianli"_s << true;
    QTest::newRow("read-only") << u"/data:/data:ro"_s << true;
    QTest::newRow("read-write") << u"/data:/data:rw"_s << true;
    QTest::newRow("home") << u"~/models:/models"_s << true;
    QTest::newRow("named volume") << u"hf-cache:/root/.cache/huggingface"_s << true;
    QTest::newRow("path with space") << u"/my data:/data"_s << true;
    QTest::newRow("one side") << u"/data"_s << false;
    QTest::newRow("relative container") << u"/data:data"_s << false;
    QTest::newRow("empty host") << u":/data"_s << false;
    QTest::newRow("bad option") << u"/data:/data:z"_s << false;
    QTest::newRow("too many parts") << u"/a:/b:ro:rw"_s << false;
    QTest::newRow("relative host") << u"./data:/data"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestProfileValidator::mount()
{
    QFETCH(QString, mount);
    QFETCH(bool, valid);
    const QString message = ProfileValidator::checkMount(mount);
    QVERIFY2(message.isEmpty() == valid, qPrintable(message));
}

void TestProfileValidator::jumpHost_data()
{
    QTest::addColumn<QString>("hop");
    QTest::addColumn<bool>("valid");
    QTest::newRow("host") << u"bastion"_s << true;
    QTest::newRow("user host port") << u"alice@bastion.example.org:2200"_s << true;
    QTest::newRow("uri") << u"ssh://alice@bastion:22"_s << true;
    QTest::newRow("ipv6") << u"[2001:db8::1]:2222"_s << true;
    QTest::newRow("bad port") << u"bastion:0"_s << false;
    QTest::newRow("empty user") << u"@bastion"_s << false;
    QTest::newRow("option") << u"-J"_s << false;
    QTest::newRow("empty") << u" "_s << false;
}

void TestProfileValidator::jumpHost()
{
    QFETCH(QString, hop);
    QFETCH(bool, valid);
    QCOMPARE(ProfileValidator::checkJumpHost(hop).isEmpty(), valid);
}

void TestProfileValidator::uniqueName()
{
    ServerProfile existing;
    existing.id = u"id-1"_s;
    existing.name = u"GPU Box"_s;
    existing.host = u"h"_s;
    const ProfileValidator validator({existing});
    QVERIFY(!validator.checkName(u"gpu box"_s).isEmpty());
    QVERIFY(validator.checkName(u"gpu box"_s, u"id-1"_s).isEmpty()); // itself, e.g. while editing
    QVERIFY(validator.checkName(u"other"_s).isEmpty());
    QVERIFY(!validator.checkName(u" padded"_s).isEmpty());
    QVERIFY(!validator.checkName(QString()).isEmpty());
}

void TestProfileValidator::identityFileMustBeReadable()
{
    QTemporaryDir dir;
    const QString key = dir.path() + u"/id_test"_s;
    QVERIFY(!ProfileValidator::checkIdentityFile(key).isEmpty());
    QFile file(key);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-----BEGIN OPENSSH PRIVATE KEY-----\n");
    file.close();
    QVERIFY(ProfileValidator::checkIdentityFile(key).isEmpty());
    QVERIFY(!ProfileValidator::checkIdentityFile(dir.path()).isEmpty()); // a folder
    QVERIFY(!ProfileValidator::checkIdentityFile(QString()).isEmpty());
    QCOMPARE(ProfileValidator::expandUserPath(u"~/x"_s), QDir::homePath() + u"/x"_s);
}

void TestProfileValidator::dashboardOpenToNetworkIsAWarning()
{
    ServerProfile profile;
    profile.name = u"a"_s;
    profile.host = u"h"_s;
    profile.ray.dashboardHost = u"0.0.0.0"_s;
    const QList<FieldError> errors = ProfileValidator().validate(profile);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, ProfileField::DashboardHost);
    QCOMPARE(errors.first().severity, FieldError::Severity::Warning);
    QVERIFY(!ProfileValidator::hasErrors(errors));
    QVERIFY(ProfileValidator::dashboardHostWarning(u"127.0.0.1"_s).isEmpty());
    QVERIFY(ProfileValidator::dashboardHostWarning(u"localhost"_s).isEmpty());
}

void TestProfileValidator::wholeProfile()
{
    ServerProfile profile;
    profile.name = u"a"_s;
    profile.host = u"h"_s;
    QVERIFY(ProfileValidator().validate(profile).isEmpty());

    profile.host.clear();
    profile.authMethod = AuthMethod::KeyFile;
    profile.docker.mounts = {u"/ok:/ok"_s, u"broken"_s};
    profile.docker.shmSize = u"lots"_s;
    profile.ray.extraForwards = {PortForward{u"g"_s, 8265, u"127.0.0.1"_s, 3000}};
    profile.jobEnvironment = {JobEnvironmentVariable{u"1BAD"_s, {}, false}, JobEnvironmentVariable{u"A"_s, {}, false},
                              JobEnvironmentVariable{u"A"_s, {}, true}};
    const QList<FieldError> errors = ProfileValidator().validate(profile);
    const auto has = [&errors](ProfileField field, int index) {
        return std::any_of(errors.cbegin(), errors.cend(),
                           [&](const FieldError &e) { return e.field == field && e.index == index; });
    };
    QVERIFY(has(ProfileField::Host, -1));
    QVERIFY(has(ProfileField::IdentityFile, -1));
    QVERIFY(has(ProfileField::Mounts, 1));
    QVERIFY(!has(ProfileField::Mounts, 0));
    QVERIFY(has(ProfileField::ShmSize, -1));
    QVERIFY(has(ProfileField::ExtraForwards, 0)); // collides with the dashboard's local port
    QVERIFY(has(ProfileField::JobEnvironment, 0));
    QVERIFY(has(ProfileField::JobEnvironment, 2));
    QVERIFY(ProfileValidator::hasErrors(errors));

    profile.docker.enabled = false; // docker fields no longer matter
    const QList<FieldError> withoutDocker = ProfileValidator().validate(profile);
    QVERIFY(std::none_of(withoutDocker.cbegin(), withoutDocker.cend(),
                         [](const FieldError &e) { return e.field == ProfileField::Mounts; }));
}

QTEST_GUILESS_MAIN(TestProfileValidator)
#include "tst_profilevalidator.moc"
