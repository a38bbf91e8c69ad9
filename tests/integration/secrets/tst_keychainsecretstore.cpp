// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainSecretStore against a real Secret Service (gnome-keyring in a
// private D-Bus session, see with-keyring.sh). Entries are checked from the
// outside with secret-tool, so the test does not only trust its own reads.
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProfileSecrets.h"
#include "secrets/SecretChangeRunner.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {

template<typename T>
std::optional<T> waitFor(const std::function<void(std::function<void(T)>)> &start)
{
    std::optional<T> outcome;
    start([&outcome](T result) { outcome.emplace(std::move(result)); });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000))
        return std::nullopt;
    return outcome;
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void writeReadDelete();
    void valuesAreBinarySafeAndOverwritten();
    void entriesAreSeparatedByProfileAndKind();
    void missingEntries();
    void profileRemovalLeavesNoOrphans();
    void renamedVariableMovesItsEntry();
    void callbackIsDroppedWithItsContext();
    void nothingIsWrittenToFiles();

private:
    Result<void> write(const SecretRef &ref, const QByteArray &value);
    Result<SecureBytes> read(const SecretRef &ref);
    Result<void> remove(const SecretRef &ref);
    /// What secret-tool (libsecret, independent of QtKeychain) finds for @p key.
    QString lookUp(const QString &key);
    int countEntriesOf(const QString &profileId);

    std::unique_ptr<KeychainSecretStore> m_store;
    QString m_profileId;
    QString m_secretTool;
};

void TestKeychainSecretStore::initTestCase()
{
    // Only inside with-keyring.sh's throwaway session, never the developer's own keyring.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || !QDir::homePath().contains(u"raydeck-test-home"_s))
        QSKIP("needs the private Secret Service session of with-keyring.sh (label KEYCHAIN)");
    m_secretTool = QStandardPaths::findExecutable(u"secret-tool"_s);
    QVERIFY2(!m_secretTool.isEmpty(), "secret-tool (libsecret-tools) is needed to check entries independently");
    m_store = std::make_unique<KeychainSecretStore>();
    std::optional<Result<void>> available = waitFor<Result<void>>(
        [this](auto done) { m_store->checkAvailability(m_store.get(), done); });
    QVERIFY(available);
    QVERIFY2(*available, qPrintable(available->isOk() ? QString() : available->error().toDisplayString()));
}

void TestKeychainSecretStore::init()
{
    m_profileId = QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<void> TestKeychainSecretStore::write(const SecretRef &ref, const QByteArray &value)
{
    auto outcome = waitFor<Result<void>>(
        [&](auto done) { m_store->writeSecret(ref, SecureBytes(value), m_store.get(), done); });
    return outcome ? *outcome : Result<void>(Error(Error::Code::Timeout, u"write timed out"_s));
}

Result<SecureBytes> TestKeychainSecretStore::read(const SecretRef &ref)
{
    auto outcome = waitFor<Result<SecureBytes>>([&](auto done) { m_store->readSecret(ref, m_store.get(), done); });
    return outcome ? *outcome : Result<SecureBytes>(Error(Error::Code::Timeout, u"read timed out"_s));
}

Result<void> TestKeychainSecretStore::remove(const SecretRef &ref)
{
    auto outcome = waitFor<Result<void>>([&](auto done) { m_store->deleteSecret(ref, m_store.get(), done); });
    return outcome ? *outcome : Result<void>(Error(Error::Code::Timeout, u"delete timed out"_s));
}

QString TestKeychainSecretStore::lookUp(const QString &key)
{
    QProcess tool;
    tool.start(m_secretTool, {u"lookup"_s, u"server"_s, KeychainSecretStore::serviceName(), u"user"_s, key});
    tool.waitForFinished(20000);
    return QString::fromUtf8(tool.readAllStandardOutput());
}

int TestKeychainSecretStore::countEntriesOf(const QString &profileId)
{
    QProcess tool;
    tool.start(m_secretTool, {u"search"_s, u"--all"_s, u"server"_s, KeychainSecretStore::serviceName()});
    tool.waitForFinished(20000);
    const QString listing = QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
    return int(listing.count(u"attribute.user = "_s + profileId + u'/'));
}

void TestKeychainSecretStore::writeReadDelete()
{
    const SecretRef ref{m_profileId, SecretKind::Password, {}};
    QVERIFY(write(ref, "s3cret-password"));
    // QtKeychain stores binary values base64-encoded; decode what libsecret returns.
    QCOMPARE(QByteArray::fromBase64(lookUp(m_profileId + u"/password"_s).toLatin1()), QByteArray("s3cret-password"));
    Result<SecureBytes> value = read(ref);
    QVERIFY(value);
    QCOMPARE(value->bytes(), QByteArray("s3cret-password"));
    QVERIFY(remove(ref));
    QVERIFY(lookUp(m_profileId + u"/password"_s).isEmpty());
    QCOMPARE(read(ref).error().code(), Error::Code::NotFound);
}

void TestKeychainSecretStore::valuesAreBinarySafeAndOverwritten()
{
    const SecretRef ref{m_profileId, SecretKind::RayToken, {}};
    const QByteArray binary("\x00\xff\n line two \xe2\x82\xac", 16);
    QVERIFY(write(ref, binary));
    QCOMPARE(read(ref)->bytes(), binary);
    QVERIFY(write(ref, "second"));
    QCOMPARE(read(ref)->bytes(), QByteArray("second"));
    QCOMPARE(countEntriesOf(m_profileId), 1);
    QVERIFY(remove(ref));
}

void TestKeychainSecretStore::entriesAreSeparatedByProfileAndKind()
{
    const QString other = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QList<std::pair<SecretRef, QByteArray>> entries{
        {{m_profileId, SecretKind::Password, {}}, "pw"},
        {{m_profileId, SecretKind::KeyPassphrase, {}}, "pp"},
        {{m_profileId, SecretKind::EnvironmentVariable, u"WANDB_API_KEY"_s}, "wandb"},
        {{m_profileId, SecretKind::EnvironmentVariable, u"HF_TOKEN"_s}, "hf"},
        {{other, SecretKind::Password, {}}, "other-pw"},
    };
    for (const auto &[ref, value] : entries)
        QVERIFY(write(ref, value));
    for (const auto &[ref, value] : entries)
        QCOMPARE(read(ref)->bytes(), value);
    QCOMPARE(countEntriesOf(m_profileId), 4);
    for (const auto &[ref, value] : entries)
        QVERIFY(remove(ref));
    QCOMPARE(countEntriesOf(m_profileId), 0);
    QCOMPARE(countEntriesOf(other), 0);
}

void TestKeychainSecretStore::missingEntries()
{
    const SecretRef ref{m_profileId, SecretKind::Password, {}};
    const Result<SecureBytes> missing = read(ref);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), Error::Code::NotFound);
    QVERIFY(remove(ref)); // deleting nothing is fine
}

void TestKeychainSecretStore::profileRemovalLeavesNoOrphans()
{
    ServerProfile profile;
    profile.id = m_profileId;
    profile.authMethod = AuthMethod::Password;
    profile.ray.hasDashboardToken = true;
    profile.jobEnvironment = {JobEnvironmentVariable{u"HF_TOKEN"_s, {}, true}};
    QVERIFY(write({m_profileId, SecretKind::Password, {}}, "pw"));
    QVERIFY(write({m_profileId, SecretKind::RayToken, {}}, "tok"));
    QVERIFY(write({m_profileId, SecretKind::EnvironmentVariable, u"HF_TOKEN"_s}, "hf"));
    QCOMPARE(countEntriesOf(m_profileId), 3);

    auto outcome = waitFor<Result<void>>([&](auto done) {
        SecretChangeRunner::start(m_store.get(), ProfileSecrets::forRemoval(profile), m_store.get(), done);
    });
    QVERIFY(outcome && *outcome);
    QCOMPARE(countEntriesOf(m_profileId), 0);
}

void TestKeychainSecretStore::renamedVariableMovesItsEntry()
{
    ServerProfile before;
    before.id = m_profileId;
    before.jobEnvironment = {JobEnvironmentVariable{u"WANDB_API_KEY"_s, {}, true}};
    ServerProfile after = before;
    after.jobEnvironment[0].name = u"WANDB_KEY"_s;
    QVERIFY(write({m_profileId, SecretKind::EnvironmentVariable, u"WANDB_API_KEY"_s}, "moving-value"));

    auto outcome = waitFor<Result<void>>([&](auto done) {
        SecretChangeRunner::start(m_store.get(),
                                  ProfileSecrets::forEdit(before, after, {{u"WANDB_API_KEY"_s, u"WANDB_KEY"_s}}, {}),
                                  m_store.get(), done);
    });
    QVERIFY(outcome && *outcome);
    QCOMPARE(read({m_profileId, SecretKind::EnvironmentVariable, u"WANDB_KEY"_s})->bytes(), QByteArray("moving-value"));
    QCOMPARE(countEntriesOf(m_profileId), 1);
    QVERIFY(remove({m_profileId, SecretKind::EnvironmentVariable, u"WANDB_KEY"_s}));
}

void TestKeychainSecretStore::callbackIsDroppedWithItsContext()
{
    bool called = false;
    auto context = std::make_unique<QObject>();
    m_store->readSecret({m_profileId, SecretKind::Password, {}}, context.get(),
                        [&called](const Result<SecureBytes> &) { called = true; });
    context.reset();
    // A later call on the same store completes, so the first one has too.
    QCOMPARE(read({m_profileId, SecretKind::Password, {}}).error().code(), Error::Code::NotFound);
    QVERIFY(!called);
}

void TestKeychainSecretStore::nothingIsWrittenToFiles()
{
    const QByteArray marker = "marker-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QVERIFY(write({m_profileId, SecretKind::Password, {}}, marker));
    // The private HOME holds the keyring (encrypted) and whatever QtKeychain
    // might have written as a plaintext fallback: the value must be in no file.
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++files;
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(marker), qPrintable(file.fileName()));
        QVERIFY2(!content.contains(marker.toBase64()), qPrintable(file.fileName()));
    }
    QVERIFY(files > 0); // the keyring file is there to be searched
    QVERIFY(remove({m_profileId, SecretKind::Password, {}}));
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
