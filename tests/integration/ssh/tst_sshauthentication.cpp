// SPDX-License-Identifier: GPL-3.0-or-later
// Logging in to a real sshd: agent, key file, key with passphrase, password,
// wrong answers with retries, cancelling, and the messages the user sees.
#include "SshServerFixture.h"
#include "SshTestSupport.h"

#include "ssh/RemoteProcess.h"
#include "ssh/SshConnection.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RayDeck::CredentialRequest::Kind)

class TestSshAuthentication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void keyFile();
    void agent();
    void passphraseIsAskedAndRetried();
    void cancellingThePassphraseFails();
    void password();
    void wrongPasswordIsRetriedThenRefused();
    void unknownUserIsRefused();
    void missingKeyFileFallsBackAndSaysSo();

private:
    SshConnectionSettings settings() const
    {
        return SshTestSupport::settingsFor(m_server, m_dir.filePath(u"known_hosts"_s));
    }
    /// Connects; true when Connected, false when Failed (within the timeout).
    static QString whoAmI(SshConnection &connection);

    SshServerFixture m_server;
    QTemporaryDir m_dir;
};

void TestSshAuthentication::initTestCase()
{
    qunsetenv("SSH_AUTH_SOCK");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

QString TestSshAuthentication::whoAmI(SshConnection &connection)
{
    RemoteProcess *process = connection.execute({u"id"_s, u"-un"_s});
    (void)QTest::qWaitFor([process] { return process->isDone(); }, 10000);
    return QString::fromUtf8(process->standardOutput()).trimmed();
}

void TestSshAuthentication::keyFile()
{
    SshConnection connection(settings());
    QSignalSpy requests(&connection, &SshConnection::credentialRequired);
    QSignalSpy states(&connection, &SshConnection::stateChanged);
    QVERIFY2(SshTestSupport::connectAndWait(connection), qPrintable(connection.stateReason()));
    QCOMPARE(requests.count(), 0);
    QCOMPARE(whoAmI(connection), m_server.user());
    QList<SshConnection::State> seen;
    for (const QList<QVariant> &change : states)
        seen << change.first().value<SshConnection::State>();
    QVERIFY(seen.contains(SshConnection::State::Connecting));
    QVERIFY(seen.contains(SshConnection::State::Authenticating));
    QCOMPARE(seen.last(), SshConnection::State::Connected);
}

void TestSshAuthentication::agent()
{
    QVERIFY2(m_server.startAgent(), qPrintable(m_server.errorString()));
    SshConnectionSettings agentOnly = settings();
    agentOnly.authMethod = AuthMethod::Agent;
    agentOnly.identityFile.clear();
    agentOnly.agentSocket = m_server.agentSocket();
    SshConnection connection(agentOnly);
    QSignalSpy requests(&connection, &SshConnection::credentialRequired);
    QVERIFY2(SshTestSupport::connectAndWait(connection), qPrintable(connection.stateReason()));
    QCOMPARE(requests.count(), 0);
    QCOMPARE(whoAmI(connection), m_server.user());
}

void TestSshAuthentication::passphraseIsAskedAndRetried()
{
    SshConnectionSettings withPassphrase = settings();
    withPassphrase.identityFile = m_server.passphraseKeyPath();
    SshConnection connection(withPassphrase);
    QList<CredentialRequest> asked;
    SshTestSupport::answerCredentials(connection, [&](const CredentialRequest &request) -> std::optional<QString> {
        asked << request;
        return asked.size() == 1 ? u"not the passphrase"_s : m_server.keyPassphrase();
    });
    QVERIFY2(SshTestSupport::connectAndWait(connection), qPrintable(connection.stateReason()));
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked[0].kind, CredentialRequest::Kind::KeyPassphrase);
    QCOMPARE(asked[0].identityFile, m_server.passphraseKeyPath());
    QCOMPARE(asked[0].interaction, CredentialRequest::Interaction::UserMayBeAsked);
    QCOMPARE(asked[0].attempt, 1);
    QVERIFY(asked[0].previousError.isEmpty());
    QVERIFY(asked[0].prompt.contains(m_server.passphraseKeyPath()));
    QCOMPARE(asked[1].attempt, 2);
    QVERIFY(!asked[1].previousError.isEmpty());
    QVERIFY(asked[1].id != asked[0].id);
    QCOMPARE(whoAmI(connection), m_server.user());
}

void TestSshAuthentication::cancellingThePassphraseFails()
{
    SshConnectionSettings withPassphrase = settings();
    withPassphrase.identityFile = m_server.passphraseKeyPath();
    SshConnection connection(withPassphrase);
    SshTestSupport::answerCredentials(connection, [](const CredentialRequest &) { return std::optional<QString>(); });
    QSignalSpy failed(&connection, &SshConnection::failed);
    QVERIFY(!SshTestSupport::connectAndWait(connection));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<Error>().code(), Error::Code::Cancelled);
}

void TestSshAuthentication::password()
{
    if (m_server.passwordUser().isEmpty())
        QSKIP("the fixture has a password account only when running as root");
    SshConnectionSettings byPassword = settings();
    byPassword.user = m_server.passwordUser();
    byPassword.authMethod = AuthMethod::Password;
    byPassword.identityFile.clear();
    SshConnection connection(byPassword);
    QList<CredentialRequest> asked;
    SshTestSupport::answerCredentials(connection, [&](const CredentialRequest &request) -> std::optional<QString> {
        asked << request;
        return m_server.password();
    });
    QVERIFY2(SshTestSupport::connectAndWait(connection), qPrintable(connection.stateReason()));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked[0].kind, CredentialRequest::Kind::Password);
    QCOMPARE(asked[0].user, m_server.passwordUser());
    QCOMPARE(asked[0].host, m_server.host());
    QCOMPARE(asked[0].port, m_server.port());
    QCOMPARE(whoAmI(connection), m_server.passwordUser());
}

void TestSshAuthentication::wrongPasswordIsRetriedThenRefused()
{
    if (m_server.passwordUser().isEmpty())
        QSKIP("the fixture has a password account only when running as root");
    SshConnectionSettings byPassword = settings();
    byPassword.user = m_server.passwordUser();
    byPassword.identityFile.clear();

    // Wrong, then right: logged in on the second attempt.
    {
        SshConnection connection(byPassword);
        int attempts = 0;
        SshTestSupport::answerCredentials(connection, [&](const CredentialRequest &request) -> std::optional<QString> {
            ++attempts;
            if (request.attempt == 1)
                return u"wrong"_s;
            return request.previousError.isEmpty() ? u"no reason given"_s : m_server.password();
        });
        QVERIFY2(SshTestSupport::connectAndWait(connection), qPrintable(connection.stateReason()));
        QCOMPARE(attempts, 2);
    }

    // Always wrong: three attempts, then a clear refusal.
    SshConnection connection(byPassword);
    QList<int> attempts;
    SshTestSupport::answerCredentials(connection, [&](const CredentialRequest &request) -> std::optional<QString> {
        attempts << request.attempt;
        return u"wrong again"_s;
    });
    QSignalSpy failed(&connection, &SshConnection::failed);
    QVERIFY(!SshTestSupport::connectAndWait(connection));
    QCOMPARE(attempts, QList<int>({1, 2, 3}));
    const Error error = failed.first().first().value<Error>();
    QCOMPARE(error.code(), Error::Code::AuthenticationFailed);
    QVERIFY2(error.message().contains(u"Permission denied"_s), qPrintable(error.message()));
    QVERIFY2(error.message().contains(m_server.passwordUser()), qPrintable(error.message()));
    QVERIFY2(!error.toDisplayString().contains(u"wrong again"_s), "a secret leaked into the error");

    // The retry path: connecting again asks again.
    attempts.clear();
    QVERIFY(!SshTestSupport::connectAndWait(connection));
    QCOMPARE(attempts.size(), 3);
}

void TestSshAuthentication::unknownUserIsRefused()
{
    SshConnectionSettings nobody = settings();
    nobody.user = u"no-such-user-here"_s;
    SshConnection connection(nobody);
    SshTestSupport::answerCredentials(connection, [](const CredentialRequest &) { return std::optional<QString>(u"x"_s); });
    QSignalSpy failed(&connection, &SshConnection::failed);
    QVERIFY(!SshTestSupport::connectAndWait(connection));
    QCOMPARE(failed.first().first().value<Error>().code(), Error::Code::AuthenticationFailed);
}

void TestSshAuthentication::missingKeyFileFallsBackAndSaysSo()
{
    SshConnectionSettings missing = settings();
    missing.identityFile = m_dir.filePath(u"no-such-key"_s);
    SshConnection connection(missing);
    SshTestSupport::answerCredentials(connection, [](const CredentialRequest &) { return std::optional<QString>(); });
    QSignalSpy failed(&connection, &SshConnection::failed);
    QVERIFY(!SshTestSupport::connectAndWait(connection));
    const Error error = failed.first().first().value<Error>();
    // Either the password prompt was cancelled, or no method was left; the key problem is named either way.
    QVERIFY(error.code() == Error::Code::Cancelled || error.code() == Error::Code::AuthenticationFailed);
    if (error.code() == Error::Code::AuthenticationFailed)
        QVERIFY2(error.message().contains(u"no-such-key"_s), qPrintable(error.message()));
}

QTEST_GUILESS_MAIN(TestSshAuthentication)
#include "tst_sshauthentication.moc"
