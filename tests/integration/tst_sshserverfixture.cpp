// SPDX-License-Identifier: GPL-3.0-or-later
// The test peers themselves: a real sshd that accepts the fixture's key, agent
// and password, and whose sessions see the remote GPU host stand-ins on PATH.
// Talks libssh directly so that a fault here points at the harness, not RayDeck.
#include "SshServerFixture.h"

#include <QTest>

#include <libssh/libssh.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct SessionDeleter
{
    void operator()(ssh_session session) const
    {
        ssh_disconnect(session);
        ssh_free(session);
    }
};
using SessionPtr = std::unique_ptr<ssh_session_struct, SessionDeleter>;

SessionPtr connectTo(const SshServerFixture &server, const QString &user)
{
    SessionPtr session(ssh_new());
    const int port = server.port();
    const long timeoutSeconds = 15;
    ssh_options_set(session.get(), SSH_OPTIONS_HOST, "127.0.0.1");
    ssh_options_set(session.get(), SSH_OPTIONS_PORT, &port);
    ssh_options_set(session.get(), SSH_OPTIONS_USER, user.toUtf8().constData());
    ssh_options_set(session.get(), SSH_OPTIONS_TIMEOUT, &timeoutSeconds);
    if (ssh_connect(session.get()) != SSH_OK)
        return nullptr;
    return session;
}

QString runRemote(ssh_session session, const char *command, int *exitStatus)
{
    ssh_channel channel = ssh_channel_new(session);
    QString output;
    if (ssh_channel_open_session(channel) == SSH_OK && ssh_channel_request_exec(channel, command) == SSH_OK) {
        char buffer[4096];
        int n;
        while ((n = ssh_channel_read(channel, buffer, sizeof buffer, 0)) > 0)
            output += QString::fromUtf8(buffer, n);
        ssh_channel_send_eof(channel);
        *exitStatus = ssh_channel_get_exit_status(channel);
        ssh_channel_close(channel);
    }
    ssh_channel_free(channel);
    return output;
}

} // namespace

class TestSshServerFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyLoginRunsCommandsWithStandIns();
    void passphraseKeyNeedsItsPassphrase();
    void agentLogin();
    void passwordLogin();
    void hostKeyFingerprintMatchesServer();

private:
    SshServerFixture m_server;
};

void TestSshServerFixture::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_server.port() > 0);
}

void TestSshServerFixture::keyLoginRunsCommandsWithStandIns()
{
    SessionPtr session = connectTo(m_server, m_server.user());
    QVERIFY(session);
    ssh_key key = nullptr;
    QCOMPARE(ssh_pki_import_privkey_file(m_server.userKeyPath().toUtf8().constData(), nullptr, nullptr, nullptr, &key), SSH_OK);
    QCOMPARE(ssh_userauth_publickey(session.get(), nullptr, key), int(SSH_AUTH_SUCCESS));
    ssh_key_free(key);

    int status = -1;
    const QString path = runRemote(session.get(), "printf %s \"$PATH\"", &status);
    QCOMPARE(status, 0);
    // The login shell may prepend its own entries; the stand-ins must still win over /usr/bin.
    const QStringList entries = path.split(u':');
    const qsizetype standIns = entries.indexOf(qEnvironmentVariable("RAYDECK_SIMHOST_DIR") + u"/bin"_s);
    QVERIFY2(standIns >= 0, qPrintable(path));
    QVERIFY2(standIns < entries.indexOf(u"/usr/bin"_s), qPrintable(path));
}

void TestSshServerFixture::passphraseKeyNeedsItsPassphrase()
{
    ssh_key key = nullptr;
    const QByteArray path = m_server.passphraseKeyPath().toUtf8();
    QVERIFY(ssh_pki_import_privkey_file(path.constData(), "wrong", nullptr, nullptr, &key) != SSH_OK);
    QCOMPARE(ssh_pki_import_privkey_file(path.constData(), m_server.keyPassphrase().toUtf8().constData(), nullptr,
                                         nullptr, &key),
             SSH_OK);
    SessionPtr session = connectTo(m_server, m_server.user());
    QVERIFY(session);
    QCOMPARE(ssh_userauth_publickey(session.get(), nullptr, key), int(SSH_AUTH_SUCCESS));
    ssh_key_free(key);
}

void TestSshServerFixture::agentLogin()
{
    QVERIFY2(m_server.startAgent(), qPrintable(m_server.errorString()));
    SessionPtr session = connectTo(m_server, m_server.user());
    QVERIFY(session);
    const QByteArray agent = m_server.agentSocket().toUtf8();
    ssh_options_set(session.get(), SSH_OPTIONS_IDENTITY_AGENT, agent.constData());
    QCOMPARE(ssh_userauth_agent(session.get(), nullptr), int(SSH_AUTH_SUCCESS));
}

void TestSshServerFixture::passwordLogin()
{
    if (m_server.passwordUser().isEmpty())
        QSKIP("password login needs an account with a password, which the fixture creates only as root");
    SessionPtr session = connectTo(m_server, m_server.passwordUser());
    QVERIFY(session);
    QCOMPARE(ssh_userauth_password(session.get(), nullptr, "not-the-password"), int(SSH_AUTH_DENIED));
    SessionPtr again = connectTo(m_server, m_server.passwordUser());
    QCOMPARE(ssh_userauth_password(again.get(), nullptr, m_server.password().toUtf8().constData()),
             int(SSH_AUTH_SUCCESS));
}

void TestSshServerFixture::hostKeyFingerprintMatchesServer()
{
    SessionPtr session = connectTo(m_server, m_server.user());
    QVERIFY(session);
    ssh_key serverKey = nullptr;
    QCOMPARE(ssh_get_server_publickey(session.get(), &serverKey), SSH_OK);
    unsigned char *hash = nullptr;
    size_t hashLength = 0;
    QCOMPARE(ssh_get_publickey_hash(serverKey, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength), 0);
    char *fingerprint = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLength);
    QCOMPARE(QString::fromLatin1(fingerprint), m_server.hostKeyFingerprint());
    ssh_string_free_char(fingerprint);
    ssh_clean_pubkey_hash(&hash);
    ssh_key_free(serverKey);
}

QTEST_GUILESS_MAIN(TestSshServerFixture)
#include "tst_sshserverfixture.moc"
