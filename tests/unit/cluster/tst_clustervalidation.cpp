// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/AddressScope.h"
#include "cluster/ClusterValidator.h"

#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RayDeck::AddressScope::Kind)

namespace {

ClusterProfile valid()
{
    ClusterProfile c;
    c.name = u"lab"_s;
    c.headProfile = u"head"_s;
    c.workerProfiles = {u"w1"_s, u"w2"_s};
    return c;
}

QList<ServerProfile> servers()
{
    QList<ServerProfile> list;
    for (const QString &name : {u"head"_s, u"w1"_s, u"w2"_s}) {
        ServerProfile p;
        p.name = name;
        p.host = u"h"_s;
        list << p;
    }
    return list;
}

} // namespace

class TestClusterValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structure_data();
    void structure();
    void unknownProfilesAreNamed();
    void profileNamesMatchLikeTheProfileStore();
    void addressScope_data();
    void addressScope();
    void publicAddressWarnsAboutAuthentication();
    void privateAddressHasNoWarning();
};

void TestClusterValidation::structure_data()
{
    QTest::addColumn<ClusterProfile>("cluster");
    QTest::addColumn<QString>("expected"); // empty: valid; else a part of the message

    QTest::newRow("valid") << valid() << QString();
    ClusterProfile c = valid();
    c.name = QString();
    QTest::newRow("no name") << c << u"needs a name"_s;
    c = valid();
    c.name = u" lab"_s;
    QTest::newRow("spaces") << c << u"spaces"_s;
    c = valid();
    c.name = u"lab\nx"_s;
    QTest::newRow("control") << c << u"control characters"_s;
    c = valid();
    c.headProfile.clear();
    QTest::newRow("no head") << c << u"needs a head"_s;
    c = valid();
    c.workerProfiles.clear();
    QTest::newRow("no workers") << c << u"at least one worker"_s;
    c = valid();
    c.workerProfiles << u"Head"_s;
    QTest::newRow("head as worker") << c << u"cannot also be one of its workers"_s;
    c = valid();
    c.workerProfiles << u"W1"_s;
    QTest::newRow("duplicate worker") << c << u"listed twice"_s;
    c = valid();
    c.gcsPort = 0;
    QTest::newRow("port 0") << c << u"from 1 to 65535"_s;
    c = valid();
    c.headAddress = u"10.0.0.1;touch /tmp/x"_s;
    QTest::newRow("shell in address") << c << u"not an IP address or host name"_s;
    c = valid();
    c.headAddress = u"$(id)"_s;
    QTest::newRow("substitution in address") << c << u"not an IP address or host name"_s;
    c = valid();
    c.headAddress = u"10.0.0.1 "_s;
    QTest::newRow("space in address") << c << u"not an IP address or host name"_s;
    c = valid();
    c.headAddress = u"fe80::1%eth0"_s;
    QTest::newRow("scoped v6") << c << u"not an IP address or host name"_s;
    c = valid();
    c.headAddress = u"head.lan"_s;
    QTest::newRow("host name") << c << QString();
    c = valid();
    c.headAddress = u"fd00::5"_s;
    QTest::newRow("v6") << c << QString();
}

void TestClusterValidation::structure()
{
    QFETCH(ClusterProfile, cluster);
    QFETCH(QString, expected);
    const Result<void> result = ClusterValidator::checkStructure(cluster);
    if (expected.isEmpty()) {
        QVERIFY2(result, result ? "" : qPrintable(result.error().message()));
        return;
    }
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::InvalidInput);
    QVERIFY2(result.error().message().contains(expected), qPrintable(result.error().message()));
}

void TestClusterValidation::unknownProfilesAreNamed()
{
    ClusterProfile c = valid();
    c.headProfile = u"gone-head"_s;
    c.workerProfiles << u"gone-worker"_s;
    const Result<void> result = ClusterValidator::check(c, servers());
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::NotFound);
    QVERIFY(result.error().message().contains(u"\"gone-head\""_s));
    QVERIFY(result.error().message().contains(u"\"gone-worker\""_s));
    QVERIFY(!result.error().message().contains(u"\"w1\""_s));
}

void TestClusterValidation::profileNamesMatchLikeTheProfileStore()
{
    QCOMPARE(ClusterValidator::findProfile(servers(), u"W2"_s)->name, u"w2"_s);
    QVERIFY(!ClusterValidator::findProfile(servers(), u"w3"_s));
    ClusterProfile c = valid();
    c.workerProfiles = {u"W1"_s};
    QVERIFY(ClusterValidator::check(c, servers()));
}

void TestClusterValidation::addressScope_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<AddressScope::Kind>("kind");
    using K = AddressScope::Kind;
    QTest::newRow("10/8") << u"10.1.2.3"_s << K::Private;
    QTest::newRow("172.16/12") << u"172.31.255.1"_s << K::Private;
    QTest::newRow("172.32 is public") << u"172.32.0.1"_s << K::Public;
    QTest::newRow("192.168/16") << u"192.168.1.10"_s << K::Private;
    QTest::newRow("cgnat") << u"100.64.0.7"_s << K::Private;
    QTest::newRow("100.128 is public") << u"100.128.0.1"_s << K::Public;
    QTest::newRow("public v4") << u"8.8.8.8"_s << K::Public;
    QTest::newRow("loopback") << u"127.0.0.1"_s << K::Loopback;
    QTest::newRow("loopback alias") << u"127.0.0.3"_s << K::Loopback;
    QTest::newRow("link local") << u"169.254.3.4"_s << K::LinkLocal;
    QTest::newRow("v6 loopback") << u"::1"_s << K::Loopback;
    QTest::newRow("v6 ula") << u"fd12:3456::1"_s << K::Private;
    QTest::newRow("v6 link local") << u"fe80::1"_s << K::LinkLocal;
    QTest::newRow("v6 public") << u"2001:4860:4860::8888"_s << K::Public;
    QTest::newRow("host name") << u"gpu-head.internal"_s << K::Hostname;
    QTest::newRow("empty") << QString() << K::Invalid;
    QTest::newRow("zero") << u"0.0.0.0"_s << K::Invalid;
    QTest::newRow("shell") << u"10.0.0.1$(id)"_s << K::Invalid;
    QTest::newRow("quote") << u"a'b"_s << K::Invalid;
}

void TestClusterValidation::addressScope()
{
    QFETCH(QString, address);
    QFETCH(AddressScope::Kind, kind);
    QCOMPARE(AddressScope::classify(address), kind);
    QCOMPARE(AddressScope::isPublic(address), kind == AddressScope::Kind::Public);
}

void TestClusterValidation::publicAddressWarnsAboutAuthentication()
{
    const std::optional<QString> warning = AddressScope::warningFor(u"203.0.113.9"_s);
    QVERIFY(warning);
    QVERIFY(warning->contains(u"203.0.113.9"_s));
    QVERIFY(warning->contains(u"no authentication"_s));
    QVERIFY(warning->contains(u"private network"_s));
    QVERIFY(AddressScope::warningFor(u"127.0.0.1"_s)->contains(u"loopback"_s));
}

void TestClusterValidation::privateAddressHasNoWarning()
{
    QVERIFY(!AddressScope::warningFor(u"10.0.0.5"_s));
    QVERIFY(!AddressScope::warningFor(u"192.168.0.2"_s));
}

QTEST_GUILESS_MAIN(TestClusterValidation)
#include "tst_clustervalidation.moc"
