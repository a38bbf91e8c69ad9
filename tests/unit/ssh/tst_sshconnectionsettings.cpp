// SPDX-License-Identifier: GPL-3.0-or-later
#include "ssh/SshConnectionSettings.h"

#include <QDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestSshConnectionSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromProfile();
    void defaultsMatchOpenSsh();
    void expandsHome();
    void agentSocketFallsBackToEnvironment();
    void validates_data();
    void validates();
};

void TestSshConnectionSettings::fromProfile()
{
    ServerProfile profile;
    profile.name = u"gpu1"_s;
    profile.host = u" gpu1.example.org "_s;
    profile.port = 2222;
    profile.user = u"alice"_s;
    profile.authMethod = AuthMethod::KeyFile;
    profile.identityFile = u"~/.ssh/id_ed25519"_s;
    profile.jumpHosts = {u"bastion"_s, u"ops@inner:2200"_s};
    const SshConnectionSettings settings = connectionSettingsFor(profile);
    QCOMPARE(settings.host, u"gpu1.example.org"_s);
    QCOMPARE(settings.port, quint16(2222));
    QCOMPARE(settings.user, u"alice"_s);
    QCOMPARE(settings.authMethod, AuthMethod::KeyFile);
    QCOMPARE(settings.identityFile, u"~/.ssh/id_ed25519"_s);
    QCOMPARE(settings.jumpHosts, profile.jumpHosts);
    QCOMPARE(settings.hostKeyPolicy, HostKeyPolicy::Ask);
    QVERIFY(settings.validate());
}

void TestSshConnectionSettings::defaultsMatchOpenSsh()
{
    const SshConnectionSettings settings;
    QCOMPARE(settings.port, quint16(22));
    // ServerAliveInterval 15 x ServerAliveCountMax 3: a dead link is noticed within about 45 s.
    QCOMPARE(settings.keepaliveInterval, std::chrono::milliseconds(15000));
    QCOMPARE(settings.keepaliveCountMax, 3);
    QCOMPARE(settings.reconnect.mode, ReconnectPolicy::Mode::Automatic);
    QCOMPARE(settings.reconnect.maximumDelay, std::chrono::milliseconds(60000));
}

void TestSshConnectionSettings::expandsHome()
{
    SshConnectionSettings settings;
    settings.identityFile = u"~/.ssh/id_rsa"_s;
    QCOMPARE(settings.effectiveIdentityFile(), QDir::homePath() + u"/.ssh/id_rsa"_s);
    QCOMPARE(settings.effectiveKnownHostsPath(), QDir::homePath() + u"/.ssh/known_hosts"_s);
    settings.knownHostsPath = u"/etc/raydeck/known_hosts"_s;
    QCOMPARE(settings.effectiveKnownHostsPath(), u"/etc/raydeck/known_hosts"_s);
}

void TestSshConnectionSettings::agentSocketFallsBackToEnvironment()
{
    SshConnectionSettings settings;
    qputenv("SSH_AUTH_SOCK", "/run/user/1000/agent.sock");
    QCOMPARE(settings.effectiveAgentSocket(), u"/run/user/1000/agent.sock"_s);
    settings.agentSocket = u"/tmp/other.sock"_s;
    QCOMPARE(settings.effectiveAgentSocket(), u"/tmp/other.sock"_s);
    qunsetenv("SSH_AUTH_SOCK");
    settings.agentSocket.clear();
    QVERIFY(settings.effectiveAgentSocket().isEmpty());
}

void TestSshConnectionSettings::validates_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("port");
    QTest::addColumn<QStringList>("jumpHosts");
    QTest::addColumn<bool>("valid");
    QTest::newRow("fine") << u"gpu"_s << u"me"_s << 22 << QStringList() << true;
    QTest::newRow("no host") << u""_s << u"me"_s << 22 << QStringList() << false;
    QTest::newRow("option as host") << u"-oProxyCommand=x"_s << u"me"_s << 22 << QStringList() << false;
    QTest::newRow("no user") << u"gpu"_s << u" "_s << 22 << QStringList() << false;
    QTest::newRow("port zero") << u"gpu"_s << u"me"_s << 0 << QStringList() << false;
    QTest::newRow("bad jump host") << u"gpu"_s << u"me"_s << 22 << QStringList{u"a@b:0"_s} << false;
    QTest::newRow("good jump hosts") << u"gpu"_s << u"me"_s << 22 << QStringList{u"a@b"_s, u"c:2"_s} << true;
}

void TestSshConnectionSettings::validates()
{
    QFETCH(QString, host);
    QFETCH(QString, user);
    QFETCH(int, port);
    QFETCH(QStringList, jumpHosts);
    QFETCH(bool, valid);
    SshConnectionSettings settings;
    settings.host = host;
    settings.user = user;
    settings.port = quint16(port);
    settings.jumpHosts = jumpHosts;
    const Result<void> result = settings.validate();
    QCOMPARE(bool(result), valid);
    if (!valid) {
        QCOMPARE(result.error().code(), Error::Code::InvalidInput);
        QVERIFY(!result.error().message().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestSshConnectionSettings)
#include "tst_sshconnectionsettings.moc"
