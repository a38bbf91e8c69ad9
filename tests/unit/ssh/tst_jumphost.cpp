// SPDX-License-Identifier: GPL-3.0-or-later
#include "ssh/JumpHost.h"

#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestJumpHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidSpecs_data();
    void parsesValidSpecs();
    void rejectsInvalidSpecs_data();
    void rejectsInvalidSpecs();
    void roundTrips();
};

void TestJumpHost::parsesValidSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("host") << u"bastion"_s << QString() << u"bastion"_s << 22;
    QTest::newRow("user@host") << u"alice@bastion.example.org"_s << u"alice"_s << u"bastion.example.org"_s << 22;
    QTest::newRow("host:port") << u"10.0.0.1:2222"_s << QString() << u"10.0.0.1"_s << 2222;
    QTest::newRow("user@host:port") << u"ops@gw:443"_s << u"ops"_s << u"gw"_s << 443;
    QTest::newRow("bracketed IPv6 with port") << u"root@[fe80::1]:2200"_s << u"root"_s << u"fe80::1"_s << 2200;
    QTest::newRow("bracketed IPv6") << u"[2001:db8::7]"_s << QString() << u"2001:db8::7"_s << 22;
    QTest::newRow("bare IPv6") << u"2001:db8::7"_s << QString() << u"2001:db8::7"_s << 22;
    QTest::newRow("spaces trimmed") << u"  me@box  "_s << u"me"_s << u"box"_s << 22;
    QTest::newRow("@ in user name") << u"a@corp@box"_s << u"a@corp"_s << u"box"_s << 22;
}

void TestJumpHost::parsesValidSpecs()
{
    QFETCH(QString, spec);
    const Result<JumpHost> hop = JumpHost::parse(spec);
    QVERIFY2(hop, qPrintable(hop ? QString() : hop.error().message()));
    QTEST(hop->user, "user");
    QTEST(hop->host, "host");
    QTEST(int(hop->port), "port");
}

void TestJumpHost::rejectsInvalidSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("empty") << u""_s;
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("no user before @") << u"@host"_s;
    QTest::newRow("no host") << u"user@"_s;
    QTest::newRow("port zero") << u"host:0"_s;
    QTest::newRow("port too big") << u"host:70000"_s;
    QTest::newRow("port not a number") << u"host:ssh"_s;
    QTest::newRow("empty port") << u"host:"_s;
    QTest::newRow("unclosed bracket") << u"[::1:22"_s;
    QTest::newRow("junk after bracket") << u"[::1]x"_s;
    QTest::newRow("option injection") << u"-oProxyCommand=x"_s;
    QTest::newRow("space inside") << u"my host"_s;
}

void TestJumpHost::rejectsInvalidSpecs()
{
    QFETCH(QString, spec);
    const Result<JumpHost> hop = JumpHost::parse(spec);
    QVERIFY(!hop);
    QCOMPARE(hop.error().code(), Error::Code::InvalidInput);
    QVERIFY(hop.error().message().contains(u"[user@]host[:port]"_s));
}

void TestJumpHost::roundTrips()
{
    for (const QString &spec : {u"bastion"_s, u"alice@bastion:2222"_s, u"root@[fe80::1]:2200"_s}) {
        const Result<JumpHost> hop = JumpHost::parse(spec);
        QVERIFY(hop);
        QCOMPARE(hop->toString(), spec);
        QCOMPARE(JumpHost::parse(hop->toString()).value(), hop.value());
    }
}

QTEST_GUILESS_MAIN(TestJumpHost)
#include "tst_jumphost.moc"
