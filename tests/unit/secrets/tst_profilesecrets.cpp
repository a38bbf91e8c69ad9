// SPDX-License-Identifier: GPL-3.0-or-later
// Which keychain entries a profile owns and what happens to them on edit,
// duplicate and delete. The runner is exercised here against a small
// asynchronous map; tst_keychainsecretstore runs it against the Secret Service.
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProfileSecrets.h"
#include "secrets/SecretChangeRunner.h"
#include "secrets/SecretRefFormat.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {

/// Answers from the event loop like a real keychain; can be told to fail.
class MapSecretStore : public SecretStore
{
public:
    QMap<QString, QByteArray> entries;
    std::optional<Error> failWith;
    QStringList operations;

    void readSecret(const SecretRef &ref, QObject *context, ReadCallback done) override
    {
        const QString key = KeychainSecretStore::keyFor(ref);
        operations << u"read "_s + key;
        later(context, [this, key, done] {
            if (failWith)
                done(*failWith);
            else if (!entries.contains(key))
                done(Error(Error::Code::NotFound, u"none"_s));
            else
                done(SecureBytes(entries.value(key)));
        });
    }
    void writeSecret(const SecretRef &ref, const SecureBytes &secret, QObject *context, DoneCallback done) override
    {
        const QString key = KeychainSecretStore::keyFor(ref);
        operations << u"write "_s + key;
        const QByteArray value = secret.bytes();
        later(context, [this, key, value, done] {
            if (failWith)
                return done(*failWith);
            entries.insert(key, value);
            done(Result<void>());
        });
    }
    void deleteSecret(const SecretRef &ref, QObject *context, DoneCallback done) override
    {
        const QString key = KeychainSecretStore::keyFor(ref);
        operations << u"delete "_s + key;
        later(context, [this, key, done] {
            if (failWith)
                return done(*failWith);
            entries.remove(key);
            done(Result<void>());
        });
    }

private:
    static void later(QObject *context, std::function<void()> f) { QTimer::singleShot(0, context, std::move(f)); }
};

ServerProfile profile(const QString &id)
{
    ServerProfile p;
    p.id = id;
    p.name = u"p-"_s + id;
    p.host = u"h"_s;
    p.authMethod = AuthMethod::Password;
    p.ray.hasDashboardToken = true;
    p.jobEnvironment = {JobEnvironmentVariable{u"WANDB_API_KEY"_s, {}, true},
                        JobEnvironmentVariable{u"PLAIN"_s, u"v"_s, false}};
    return p;
}

SecretRef ref(const QString &id, SecretKind kind, const QString &variable = {})
{
    return SecretRef{id, kind, variable};
}

Result<void> runAndWait(SecretStore &store, SecretChangeSet changes)
{
    QObject context;
    std::optional<Result<void>> outcome;
    SecretChangeRunner::start(&store, std::move(changes), &context, [&outcome](Result<void> r) { outcome = r; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 5000))
        return Error(Error::Code::Timeout, u"runner did not finish"_s);
    return *outcome;
}

} // namespace

class TestProfileSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindText_data();
    void kindText();
    void keysFollowTheProfileId();
    void usedRefsFollowSettings();
    void removalDeletesEverything();
    void editMovesRenamedVariable();
    void editDeletesWhatIsNoLongerUsed();
    void newValueWinsOverMove();
    void duplicateCopiesUsedSecrets();
    void runnerStopsWhenKeychainIsUnavailable();
    void runnerDropsCallbackWithContext();
};

void TestProfileSecrets::kindText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("password") << u"password"_s << true;
    QTest::newRow("passphrase") << u"passphrase"_s << true;
    QTest::newRow("ray-token") << u"ray-token"_s << true;
    QTest::newRow("env") << u"env:HF_TOKEN"_s << true;
    QTest::newRow("env empty") << u"env:"_s << false;
    QTest::newRow("env bad name") << u"env:1X"_s << false;
    QTest::newRow("env with slash") << u"env:A/B"_s << false;
    QTest::newRow("capital") << u"Password"_s << false;
    QTest::newRow("unknown") << u"token"_s << false;
}

void TestProfileSecrets::kindText()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const std::optional<SecretRef> parsed = SecretRefFormat::parseKind(u"id"_s, text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(parsed->profileId, u"id"_s);
        QCOMPARE(SecretRefFormat::kindText(*parsed), text);
    }
}

void TestProfileSecrets::keysFollowTheProfileId()
{
    QCOMPARE(KeychainSecretStore::serviceName(), u"org.raydeck.RayDeck"_s);
    QCOMPARE(KeychainSecretStore::keyFor(ref(u"abc"_s, SecretKind::Password)), u"abc/password"_s);
    QCOMPARE(KeychainSecretStore::keyFor(ref(u"abc"_s, SecretKind::KeyPassphrase)), u"abc/passphrase"_s);
    QCOMPARE(KeychainSecretStore::keyFor(ref(u"abc"_s, SecretKind::RayToken)), u"abc/ray-token"_s);
    QCOMPARE(KeychainSecretStore::keyFor(ref(u"abc"_s, SecretKind::EnvironmentVariable, u"HF_TOKEN"_s)),
             u"abc/env/HF_TOKEN"_s);
}

void TestProfileSecrets::usedRefsFollowSettings()
{
    ServerProfile p = profile(u"1"_s);
    QCOMPARE(ProfileSecrets::usedRefs(p),
             (QList<SecretRef>{ref(u"1"_s, SecretKind::Password), ref(u"1"_s, SecretKind::RayToken),
                               ref(u"1"_s, SecretKind::EnvironmentVariable, u"WANDB_API_KEY"_s)}));
    p.secretPolicy = SecretPolicy::AskEveryTime;
    p.ray.hasDashboardToken = false;
    QCOMPARE(ProfileSecrets::usedRefs(p),
             (QList<SecretRef>{ref(u"1"_s, SecretKind::EnvironmentVariable, u"WANDB_API_KEY"_s)}));
    p.authMethod = AuthMethod::KeyFile;
    p.secretPolicy = SecretPolicy::Keychain;
    QVERIFY(ProfileSecrets::usedRefs(p).contains(ref(u"1"_s, SecretKind::KeyPassphrase)));
}

void TestProfileSecrets::removalDeletesEverything()
{
    const SecretChangeSet changes = ProfileSecrets::forRemoval(profile(u"1"_s));
    QVERIFY(changes.moves.isEmpty() && changes.writes.isEmpty());
    QCOMPARE(changes.deletions.size(), 5); // password, passphrase, token, both variables

    MapSecretStore store;
    store.entries = {{u"1/password"_s, "pw"}, {u"1/env/WANDB_API_KEY"_s, "w"}, {u"2/password"_s, "other"}};
    QVERIFY(runAndWait(store, changes));
    QCOMPARE(store.entries.keys(), QStringList{u"2/password"_s});
}

void TestProfileSecrets::editMovesRenamedVariable()
{
    const ServerProfile before = profile(u"1"_s);
    ServerProfile after = before;
    after.name = u"renamed"_s; // keys hang on the id: a rename alone moves nothing
    after.jobEnvironment[0].name = u"WANDB_KEY"_s;
    const SecretChangeSet changes =
        ProfileSecrets::forEdit(before, after, {{u"WANDB_API_KEY"_s, u"WANDB_KEY"_s}}, {});
    QCOMPARE(changes.moves.size(), 1);

    MapSecretStore store;
    store.entries = {{u"1/password"_s, "pw"}, {u"1/env/WANDB_API_KEY"_s, "wandb-value"}};
    QVERIFY(runAndWait(store, changes));
    QCOMPARE(store.entries.value(u"1/env/WANDB_KEY"_s), QByteArray("wandb-value"));
    QVERIFY(!store.entries.contains(u"1/env/WANDB_API_KEY"_s));
    QCOMPARE(store.entries.value(u"1/password"_s), QByteArray("pw"));
}

void TestProfileSecrets::editDeletesWhatIsNoLongerUsed()
{
    const ServerProfile before = profile(u"1"_s);
    ServerProfile after = before;
    after.authMethod = AuthMethod::Agent;
    after.ray.hasDashboardToken = false;
    after.jobEnvironment[0].isSecret = false; // now a plain value in the file
    const SecretChangeSet changes = ProfileSecrets::forEdit(before, after, {}, {});
    QVERIFY(changes.deletions.contains(ref(u"1"_s, SecretKind::Password)));
    QVERIFY(changes.deletions.contains(ref(u"1"_s, SecretKind::RayToken)));
    QVERIFY(changes.deletions.contains(ref(u"1"_s, SecretKind::EnvironmentVariable, u"WANDB_API_KEY"_s)));

    const SecretChangeSet unchanged = ProfileSecrets::forEdit(before, before, {}, {});
    QVERIFY(!unchanged.deletions.contains(ref(u"1"_s, SecretKind::Password)));
    QVERIFY(!unchanged.deletions.contains(ref(u"1"_s, SecretKind::EnvironmentVariable, u"WANDB_API_KEY"_s)));
}

void TestProfileSecrets::newValueWinsOverMove()
{
    const ServerProfile before = profile(u"1"_s);
    ServerProfile after = before;
    after.jobEnvironment[0].name = u"WANDB_KEY"_s;
    QList<SecretChangeSet::Write> writes{
        {ref(QString(), SecretKind::EnvironmentVariable, u"WANDB_KEY"_s), SecureBytes(QByteArray("typed"))}};
    const SecretChangeSet changes =
        ProfileSecrets::forEdit(before, after, {{u"WANDB_API_KEY"_s, u"WANDB_KEY"_s}}, std::move(writes));
    QVERIFY(changes.moves.isEmpty());
    QCOMPARE(changes.writes.first().ref.profileId, u"1"_s); // filled in
    QVERIFY(changes.deletions.contains(ref(u"1"_s, SecretKind::EnvironmentVariable, u"WANDB_API_KEY"_s)));

    MapSecretStore store;
    store.entries = {{u"1/env/WANDB_API_KEY"_s, "old"}};
    QVERIFY(runAndWait(store, changes));
    QCOMPARE(store.entries, (QMap<QString, QByteArray>{{u"1/env/WANDB_KEY"_s, "typed"}}));
}

void TestProfileSecrets::duplicateCopiesUsedSecrets()
{
    const ServerProfile source = profile(u"1"_s);
    ServerProfile copy = source;
    copy.id = u"2"_s;
    MapSecretStore store;
    store.entries = {{u"1/password"_s, "pw"}, {u"1/env/WANDB_API_KEY"_s, "w"}};
    QVERIFY(runAndWait(store, ProfileSecrets::forDuplicate(source, copy)));
    QCOMPARE(store.entries.value(u"2/password"_s), QByteArray("pw"));
    QCOMPARE(store.entries.value(u"2/env/WANDB_API_KEY"_s), QByteArray("w"));
    QCOMPARE(store.entries.value(u"1/password"_s), QByteArray("pw")); // the source keeps its own
    QVERIFY(!store.entries.contains(u"2/ray-token"_s)); // nothing stored there: nothing copied
}

void TestProfileSecrets::runnerStopsWhenKeychainIsUnavailable()
{
    MapSecretStore store;
    store.failWith = KeychainSecretStore::unavailableError(u"no bus"_s);
    const Result<void> result = runAndWait(store, ProfileSecrets::forRemoval(profile(u"1"_s)));
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::KeychainUnavailable);
    QVERIFY(result.error().message().contains(u"Ask every time"_s));
    QCOMPARE(store.operations.size(), 1);
}

void TestProfileSecrets::runnerDropsCallbackWithContext()
{
    MapSecretStore store;
    store.entries = {{u"1/password"_s, "pw"}};
    bool called = false;
    {
        QObject context;
        SecretChangeRunner::start(&store, ProfileSecrets::forRemoval(profile(u"1"_s)), &context,
                                  [&called](Result<void>) { called = true; });
    }
    // Run everything already queued: nothing may call back into the gone context.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestProfileSecrets)
#include "tst_profilesecrets.moc"
