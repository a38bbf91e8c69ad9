// SPDX-License-Identifier: GPL-3.0-or-later
#include "ssh/KnownHosts.h"

#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestKnownHosts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostPatternFollowsOpenSsh();
    void removeCommandIsShellSafe();
    void messagesShowFingerprintAndRemedy();
};

void TestKnownHosts::hostPatternFollowsOpenSsh()
{
    QCOMPARE(KnownHosts::hostPattern(u"gpu1"_s, 22), u"gpu1"_s);
    QCOMPARE(KnownHosts::hostPattern(u"gpu1"_s, 2222), u"[gpu1]:2222"_s);
    QCOMPARE(KnownHosts::hostPattern(u"10.0.0.5"_s, 8022), u"[10.0.0.5]:8022"_s);
}

void TestKnownHosts::removeCommandIsShellSafe()
{
    HostKeyInfo info;
    info.host = u"gpu1"_s;
    info.port = 2222;
    info.knownHostsPath = u"/home/a b/.ssh/known_hosts"_s;
    QCOMPARE(KnownHosts::removeCommand(info), u"ssh-keygen -R '[gpu1]:2222' -f '/home/a b/.ssh/known_hosts'"_s);
}

void TestKnownHosts::messagesShowFingerprintAndRemedy()
{
    HostKeyInfo info;
    info.host = u"gpu1"_s;
    info.port = 22;
    info.keyType = u"ssh-ed25519"_s;
    info.fingerprint = u"SHA256:abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"_s;
    info.knownHostsPath = u"/root/.ssh/known_hosts"_s;

    const Error changed = KnownHosts::changedKeyError(info);
    QCOMPARE(changed.code(), Error::Code::HostKeyChanged);
    QVERIFY(changed.message().contains(info.fingerprint));
    QVERIFY(changed.message().contains(u"ssh-keygen -R gpu1 -f /root/.ssh/known_hosts"_s));

    const Error other = KnownHosts::otherKeyTypeError(info);
    QCOMPARE(other.code(), Error::Code::HostKeyChanged);
    QVERIFY(other.message().contains(u"ssh-keygen -R"_s));

    const Error unknown = KnownHosts::unknownKeyError(info);
    QCOMPARE(unknown.code(), Error::Code::HostKeyUnknown);
    QVERIFY(unknown.message().contains(info.fingerprint));
    QVERIFY(unknown.message().contains(u"ssh-ed25519"_s));
}

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
