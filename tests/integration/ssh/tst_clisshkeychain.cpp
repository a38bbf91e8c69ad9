// SPDX-License-Identifier: GPL-3.0-or-later
// `raydeck-cli exec` with secrets from a real Secret Service (run inside a
// private D-Bus session with an unlocked gnome-keyring): nothing is asked
// on standard input when the keychain has the answer, and a wrong stored
// secret falls back to asking.
#include "SshServerFixture.h"
#include "SshTestSupport.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliSshKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storedPassphraseIsUsed();
    void storedPasswordIsUsed();
    void wrongStoredSecretFallsBackToAsking();

private:
    TestEnvironment::CliRun cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return TestEnvironment::runCli(arguments, input);
    }

    SshServerFixture m_server;
};

void TestCliSshKeychain::initTestCase()
{
    // with-keyring.sh gave this process a private HOME and XDG_CONFIG_HOME.
    QVERIFY2(qEnvironmentVariable("HOME").contains(u"raydeck-test-home"_s), "must run under with-keyring.sh");
    qunsetenv("SSH_AUTH_SOCK");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    const QString sshDir = qEnvironmentVariable("HOME") + u"/.ssh"_s;
    QVERIFY(QDir().mkpath(sshDir));
    QVERIFY(SshTestSupport::appendLine(sshDir + u"/known_hosts"_s, m_server.knownHostsLine()));
}

void TestCliSshKeychain::storedPassphraseIsUsed()
{
    const TestEnvironment::CliRun added =
        cli({u"profiles"_s, u"add"_s, u"locked"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(m_server.port()),
             u"--user"_s, m_server.user(), u"--auth"_s, u"key"_s, u"--identity"_s, m_server.passphraseKeyPath()});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const TestEnvironment::CliRun stored =
        cli({u"secret"_s, u"set"_s, u"locked"_s, u"passphrase"_s}, m_server.keyPassphrase().toUtf8());
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));

    // No input at all: the passphrase can only have come from the keychain.
    const TestEnvironment::CliRun run = cli({u"exec"_s, u"locked"_s, u"--"_s, u"echo"_s, u"from keychain"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"from keychain\n"_s);
}

void TestCliSshKeychain::storedPasswordIsUsed()
{
    if (m_server.passwordUser().isEmpty())
        QSKIP("the fixture has a password account only when running as root");
    const TestEnvironment::CliRun added =
        cli({u"profiles"_s, u"add"_s, u"bypassword"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
             QString::number(m_server.port()), u"--user"_s, m_server.passwordUser(), u"--auth"_s, u"password"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(cli({u"secret"_s, u"set"_s, u"bypassword"_s, u"password"_s}, m_server.password().toUtf8()).exitCode, 0);
    const TestEnvironment::CliRun run = cli({u"exec"_s, u"bypassword"_s, u"--"_s, u"id"_s, u"-un"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), m_server.passwordUser());
}

void TestCliSshKeychain::wrongStoredSecretFallsBackToAsking()
{
    QCOMPARE(cli({u"secret"_s, u"set"_s, u"locked"_s, u"passphrase"_s}, "not it").exitCode, 0);
    const TestEnvironment::CliRun run =
        cli({u"exec"_s, u"locked"_s, u"--"_s, u"echo"_s, u"asked"_s}, m_server.keyPassphrase().toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"asked\n"_s);
}

QTEST_GUILESS_MAIN(TestCliSshKeychain)
#include "tst_clisshkeychain.moc"
