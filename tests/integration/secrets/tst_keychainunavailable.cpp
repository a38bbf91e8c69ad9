// SPDX-License-Identifier: GPL-3.0-or-later
// Without any Secret Service: every call fails with KeychainUnavailable and a
// message pointing at "Ask every time", after one retry, and QtKeychain's
// plaintext fallback never writes the secret to a file.
#include "secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCallReportsUnavailable();
    void noPlaintextFallback();

private:
    QTemporaryDir m_home;
};

void TestKeychainUnavailable::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Before the first QtKeychain call: it picks its backend once per process.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(m_home.path()) + "/no-bus");
    qunsetenv("DISPLAY");
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.path() + u"/config"_s));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.path() + u"/data"_s));
}

void TestKeychainUnavailable::everyCallReportsUnavailable()
{
    KeychainSecretStore store;
    store.setRetryDelay(std::chrono::milliseconds(300));
    const SecretRef ref{u"p"_s, SecretKind::Password, {}};

    std::optional<Result<void>> written;
    QElapsedTimer timer;
    timer.start();
    store.writeSecret(ref, SecureBytes(QByteArray("never-stored")), &store, [&](Result<void> r) { written = r; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
    QVERIFY(!*written);
    QCOMPARE(written->error().code(), Error::Code::KeychainUnavailable);
    QVERIFY(written->error().message().contains(u"Ask every time"_s));
    QVERIFY(!written->error().message().contains(u"never-stored"_s));
    QVERIFY(timer.elapsed() >= 300); // it waited and tried a second time

    std::optional<Result<SecureBytes>> read;
    store.readSecret(ref, &store, [&](Result<SecureBytes> r) { read = r; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
    QCOMPARE(read->error().code(), Error::Code::KeychainUnavailable);

    std::optional<Result<void>> deleted;
    store.deleteSecret(ref, &store, [&](Result<void> r) { deleted = r; });
    QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), 20000);
    QCOMPARE(deleted->error().code(), Error::Code::KeychainUnavailable);

    std::optional<Result<void>> available;
    store.checkAvailability(&store, [&](Result<void> r) { available = r; });
    QTRY_VERIFY_WITH_TIMEOUT(available.has_value(), 20000);
    QCOMPARE(available->error().code(), Error::Code::KeychainUnavailable);
}

void TestKeychainUnavailable::noPlaintextFallback()
{
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains("never-stored") && !content.contains(QByteArray("never-stored").toBase64()),
                 qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
