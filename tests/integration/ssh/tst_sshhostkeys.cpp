// SPDX-License-Identifier: GPL-3.0-or-later
// Host keys against OpenSSH-compatible known_hosts files: unknown keys asked
// about (once, or saved), refused when nobody may be asked, accepted when new
// under accept-new; changed keys refused with the ssh-keygen -R remedy;
// hashed entries understood.
#include "SshServerFixture.h"
#include "SshTestSupport.h"

#include "ssh/SshConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestSshHostKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void unknownKeyIsShownAndCanBeRejected();
    void acceptOnceTrustsForThisConnectionOnly();
    void acceptAndSaveWritesKnownHosts();
    void strictPolicyRefusesUnknownKeyWithFingerprint();
    void acceptNewPolicySavesWithoutAsking();
    void changedKeyIsRefusedWithRemedy();
    void hashedEntriesAreUnderstood();

private:
    SshConnectionSettings settings(HostKeyPolicy policy) const;
    QString readKnownHosts() const;

    SshServerFixture m_server;
    QTemporaryDir m_dir;
    QString m_knownHosts;
};

void TestSshHostKeys::initTestCase()
{
    qunsetenv("SSH_AUTH_SOCK");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestSshHostKeys::init()
{
    static int round = 0;
    // A fresh, not yet existing file per test.
    m_knownHosts = m_dir.filePath(u"ssh-%1/known_hosts"_s.arg(++round));
}

SshConnectionSettings TestSshHostKeys::settings(HostKeyPolicy policy) const
{
    // settingsFor() pre-trusts the key in the file it is given; use a throwaway
    // path for that and point the connection at the file under test.
    SshConnectionSettings settings = SshTestSupport::settingsFor(m_server, m_dir.filePath(u"unused_known_hosts"_s));
    settings.knownHostsPath = m_knownHosts;
    settings.hostKeyPolicy = policy;
    return settings;
}

QString TestSshHostKeys::readKnownHosts() const
{
    QFile file(m_knownHosts);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestSshHostKeys::unknownKeyIsShownAndCanBeRejected()
{
    SshConnection connection(settings(HostKeyPolicy::Ask));
    QSignalSpy asked(&connection, &SshConnection::hostKeyVerificationRequired);
    QSignalSpy failed(&connection, &SshConnection::failed);
    connection.connectToHost();
    QVERIFY(asked.wait(20000));
    const HostKeyInfo info = asked.first().first().value<HostKeyInfo>();
    QCOMPARE(info.host, m_server.host());
    QCOMPARE(info.port, m_server.port());
    QCOMPARE(info.keyType, u"ssh-ed25519"_s);
    QCOMPARE(info.fingerprint, m_server.hostKeyFingerprint());
    QCOMPARE(info.knownHostsPath, m_knownHosts);
    QVERIFY(!info.isJumpHost);
    QCOMPARE(connection.state(), SshConnection::State::Connecting);

    connection.acceptHostKey(HostKeyDecision::Reject);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<Error>().code(), Error::Code::HostKeyUnknown);
    QCOMPARE(connection.state(), SshConnection::State::Failed);
    QVERIFY(!QFile::exists(m_knownHosts));
}

void TestSshHostKeys::acceptOnceTrustsForThisConnectionOnly()
{
    {
        SshConnection connection(settings(HostKeyPolicy::Ask));
        QSignalSpy asked(&connection, &SshConnection::hostKeyVerificationRequired);
        connect(&connection, &SshConnection::hostKeyVerificationRequired, &connection,
                [&connection] { connection.acceptHostKey(HostKeyDecision::AcceptOnce); });
        QVERIFY2(SshTestSupport::connectAndWait(connection), qPrintable(connection.stateReason()));
        QCOMPARE(asked.count(), 1);
        QVERIFY(!QFile::exists(m_knownHosts));

        // Connecting again on the same connection does not ask again.
        connection.disconnectFromHost();
        QVERIFY2(SshTestSupport::connectAndWait(connection), qPrintable(connection.stateReason()));
        QCOMPARE(asked.count(), 1);
    }
    // A new connection knows nothing of it.
    SshConnection other(settings(HostKeyPolicy::Ask));
    QSignalSpy asked(&other, &SshConnection::hostKeyVerificationRequired);
    other.connectToHost();
    QVERIFY(asked.wait(20000));
}

void TestSshHostKeys::acceptAndSaveWritesKnownHosts()
{
    {
        SshConnection connection(settings(HostKeyPolicy::Ask));
        connect(&connection, &SshConnection::hostKeyVerificationRequired, &connection,
                [&connection] { connection.acceptHostKey(HostKeyDecision::AcceptAndSave); });
        QVERIFY2(SshTestSupport::connectAndWait(connection), qPrintable(connection.stateReason()));
    }
    const QString saved = readKnownHosts();
    QVERIFY2(saved.contains(u"[127.0.0.1]:%1 ssh-ed25519 "_s.arg(m_server.port())), qPrintable(saved));
    QCOMPARE(QFile::permissions(m_knownHosts) & 0x0077, QFileDevice::Permissions());

    // From now on even the strict policy connects without asking.
    SshConnection strict(settings(HostKeyPolicy::Strict));
    QVERIFY2(SshTestSupport::connectAndWait(strict), qPrintable(strict.stateReason()));

    // And OpenSSH agrees with what was written.
    QProcess keygen;
    keygen.start(u"ssh-keygen"_s, {u"-F"_s, u"[127.0.0.1]:%1"_s.arg(m_server.port()), u"-f"_s, m_knownHosts});
    QVERIFY(keygen.waitForFinished(10000));
    QCOMPARE(keygen.exitCode(), 0);
}

void TestSshHostKeys::strictPolicyRefusesUnknownKeyWithFingerprint()
{
    SshConnection connection(settings(HostKeyPolicy::Strict));
    QSignalSpy asked(&connection, &SshConnection::hostKeyVerificationRequired);
    QSignalSpy failed(&connection, &SshConnection::failed);
    QVERIFY(!SshTestSupport::connectAndWait(connection));
    QCOMPARE(asked.count(), 0);
    const Error error = failed.first().first().value<Error>();
    QCOMPARE(error.code(), Error::Code::HostKeyUnknown);
    QVERIFY2(error.message().contains(m_server.hostKeyFingerprint()), qPrintable(error.message()));
    QVERIFY2(error.message().contains(u"ssh-ed25519"_s), qPrintable(error.message()));
}

void TestSshHostKeys::acceptNewPolicySavesWithoutAsking()
{
    SshConnection connection(settings(HostKeyPolicy::AcceptNew));
    QSignalSpy asked(&connection, &SshConnection::hostKeyVerificationRequired);
    QVERIFY2(SshTestSupport::connectAndWait(connection), qPrintable(connection.stateReason()));
    QCOMPARE(asked.count(), 0);
    QVERIFY(readKnownHosts().contains(u"[127.0.0.1]:%1 ssh-ed25519 "_s.arg(m_server.port())));
}

void TestSshHostKeys::changedKeyIsRefusedWithRemedy()
{
    // known_hosts holds another key for this host and port.
    const QString otherKey = m_dir.filePath(u"otherkey"_s);
    QCOMPARE(QProcess::execute(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, otherKey}), 0);
    QFile publicKey(otherKey + u".pub"_s);
    QVERIFY(publicKey.open(QIODevice::ReadOnly));
    const QString keyText = QString::fromUtf8(publicKey.readAll()).section(u' ', 0, 1);
    QVERIFY(QDir().mkpath(QFileInfo(m_knownHosts).absolutePath()));
    QVERIFY(SshTestSupport::appendLine(m_knownHosts, u"[127.0.0.1]:%1 %2"_s.arg(m_server.port()).arg(keyText)));

    for (HostKeyPolicy policy : {HostKeyPolicy::Ask, HostKeyPolicy::AcceptNew, HostKeyPolicy::Strict}) {
        SshConnection connection(settings(policy));
        QSignalSpy asked(&connection, &SshConnection::hostKeyVerificationRequired);
        QSignalSpy failed(&connection, &SshConnection::failed);
        QVERIFY(!SshTestSupport::connectAndWait(connection));
        QCOMPARE(asked.count(), 0);
        const Error error = failed.first().first().value<Error>();
        QCOMPARE(error.code(), Error::Code::HostKeyChanged);
        const QString remedy = u"ssh-keygen -R '[127.0.0.1]:%1' -f %2"_s.arg(m_server.port()).arg(m_knownHosts);
        QVERIFY2(error.message().contains(remedy), qPrintable(error.message()));
        QVERIFY2(error.message().contains(m_server.hostKeyFingerprint()), qPrintable(error.message()));
    }
    // Nothing was added or changed.
    QCOMPARE(readKnownHosts().count(u'\n'), 1);
}

void TestSshHostKeys::hashedEntriesAreUnderstood()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_knownHosts).absolutePath()));
    QVERIFY(SshTestSupport::appendLine(m_knownHosts, m_server.knownHostsLine()));
    QCOMPARE(QProcess::execute(u"ssh-keygen"_s, {u"-q"_s, u"-H"_s, u"-f"_s, m_knownHosts}), 0);
    QVERIFY2(readKnownHosts().startsWith(u"|1|"_s), qPrintable(readKnownHosts()));

    SshConnection connection(settings(HostKeyPolicy::Strict));
    QVERIFY2(SshTestSupport::connectAndWait(connection), qPrintable(connection.stateReason()));
}

QTEST_GUILESS_MAIN(TestSshHostKeys)
#include "tst_sshhostkeys.moc"
