// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/ProfileFileLock.h"
#include "profiles/ProfileJson.h"
#include "profiles/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {

ServerProfile fullProfile()
{
    ServerProfile p;
    p.name = u"gpu-box"_s;
    p.host = u"gpu.example.org"_s;
    p.port = 2222;
    p.user = u"alice"_s;
    p.authMethod = AuthMethod::KeyFile;
    p.identityFile = u"~/.ssh/id_ed25519"_s;
    p.secretPolicy = SecretPolicy::AskEveryTime;
    p.jumpHosts = {u"bastion@jump.example.org:2200"_s, u"inner"_s};
    p.docker.enabled = true;
    p.docker.containerName = u"ianli-verl"_s;
    p.docker.image = u"ianli/verl:v1.0"_s;
    p.docker.gpus = u"device=0,1"_s;
    p.docker.network = u"bridge"_s;
    p.docker.ulimits = {u"memlock=-1"_s};
    p.docker.shmSize = u"16g"_s;
    p.docker.mounts = {u"/path/to/ianli:/mnt/ianli"_s, u"/data:/data:ro"_s};
    p.docker.extraRunArguments = {u"--ipc=host"_s, u"--name with space"_s};
    p.docker.useSudo = true;
    p.ray.dashboardPort = 8266;
    p.ray.dashboardHost = u"127.0.0.1"_s;
    p.ray.extraStartArguments = {u"--num-gpus=8"_s};
    p.ray.localPort = 0;
    p.ray.extraForwards = {PortForward{u"Grafana"_s, 3000, u"127.0.0.1"_s, 3000},
                           PortForward{u"TensorBoard"_s, 0, u"localhost"_s, 6006}};
    p.ray.hasDashboardToken = true;
    p.jobEnvironment = {JobEnvironmentVariable{u"WANDB_API_KEY"_s, QString(), true},
                        JobEnvironmentVariable{u"NCCL_DEBUG"_s, u"WARN"_s, false}};
    return p;
}

ServerProfile simpleProfile(const QString &name)
{
    ServerProfile p;
    p.name = name;
    p.host = name + u".example.org"_s;
    return p;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

mode_t modeOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

QStringList namesOf(const QList<ServerProfile> &profiles)
{
    QStringList names;
    for (const ServerProfile &p : profiles)
        names << p.name;
    names.sort();
    return names;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaultPathHonoursXdgConfigHome();
    void missingFileIsEmpty();
    void roundTripsEveryField();
    void writesPrivateVersionedFile();
    void neverWritesSecretValues();
    void namesAreUniqueIgnoringCase();
    void updateRenamesAndKeepsId();
    void updateOfVanishedProfileFails();
    void removeByName();
    void twoStoresKeepEachOthersEdits();
    void waitsForTheLockAndGivesUp();
    void corruptFileIsKeptAside();
    void newerVersionIsKeptAside();
    void unreadableEntriesAreKeptAside();
    void unversionedFileIsMigrated();
    void loosePermissionsAreTightened();
    void emitsProfilesChanged();

private:
    QString path() const { return m_dir->path() + u"/config/raydeck/profiles.json"_s; }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::defaultPathHonoursXdgConfigHome()
{
    const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->path() + u"/xdg"_s));
    const QString path = ProfileStore::defaultFilePath();
    qputenv("XDG_CONFIG_HOME", saved);
    QCOMPARE(path, m_dir->path() + u"/xdg/raydeck/profiles.json"_s);
}

void TestProfileStore::missingFileIsEmpty()
{
    ProfileStore store(path());
    QVERIFY(store.load());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!store.loadWarning());
    QVERIFY(!QFile::exists(path()));
}

void TestProfileStore::roundTripsEveryField()
{
    ProfileStore store(path());
    QVERIFY(store.load());
    Result<ServerProfile> added = store.add(fullProfile());
    QVERIFY2(added, qPrintable(added ? QString() : added.error().toDisplayString()));
    QVERIFY(!added->id.isEmpty());

    ProfileStore reread(path());
    QVERIFY(reread.load());
    QCOMPARE(reread.profiles().size(), 1);
    ServerProfile expected = fullProfile();
    expected.id = added->id;
    QCOMPARE(reread.profiles().first(), expected);
    QCOMPARE(reread.profileNamed(u"GPU-BOX"_s)->id, added->id); // names are found regardless of case
    QCOMPARE(reread.profileWithId(added->id)->name, u"gpu-box"_s);
}

void TestProfileStore::writesPrivateVersionedFile()
{
    ProfileStore store(path());
    QVERIFY(store.add(simpleProfile(u"a"_s)));
    QCOMPARE(modeOf(path()), mode_t(0600));
    QCOMPARE(modeOf(QFileInfo(path()).absolutePath()), mode_t(0700));
    const QJsonObject root = QJsonDocument::fromJson(readAll(path())).object();
    QCOMPARE(root.value(u"schemaVersion"_s).toInt(), ProfileJson::currentSchemaVersion);
    QCOMPARE(root.value(u"profiles"_s).toArray().size(), 1);
    // The lock file stays behind, empty and private.
    QCOMPARE(QFileInfo(path() + u".lock"_s).size(), 0);
    QCOMPARE(modeOf(path() + u".lock"_s), mode_t(0600));
}

void TestProfileStore::neverWritesSecretValues()
{
    ServerProfile profile = simpleProfile(u"s"_s);
    // A caller mistake: a value left in a secret variable must still not reach the disk.
    profile.jobEnvironment = {JobEnvironmentVariable{u"HF_TOKEN"_s, u"hf_leaked_value"_s, true}};
    ProfileStore store(path());
    QVERIFY(store.add(profile));
    QVERIFY(!readAll(path()).contains("hf_leaked_value"));
    ProfileStore reread(path());
    QVERIFY(reread.load());
    QVERIFY(reread.profiles().first().jobEnvironment.first().value.isEmpty());
}

void TestProfileStore::namesAreUniqueIgnoringCase()
{
    ProfileStore store(path());
    QVERIFY(store.add(simpleProfile(u"GPU"_s)));
    Result<ServerProfile> clash = store.add(simpleProfile(u"gpu"_s));
    QVERIFY(!clash);
    QCOMPARE(clash.error().code(), Error::Code::AlreadyExists);

    Result<ServerProfile> blank = store.add(simpleProfile(u"  "_s));
    QVERIFY(!blank);
    QCOMPARE(blank.error().code(), Error::Code::InvalidInput);

    ServerProfile noHost = simpleProfile(u"nohost"_s);
    noHost.host.clear();
    QVERIFY(!store.add(noHost));
    QCOMPARE(store.profiles().size(), 1);
}

void TestProfileStore::updateRenamesAndKeepsId()
{
    ProfileStore store(path());
    const ServerProfile a = store.add(simpleProfile(u"a"_s)).value();
    QVERIFY(store.add(simpleProfile(u"b"_s)));

    ServerProfile renamed = a;
    renamed.name = u"a-renamed"_s;
    renamed.port = 2200;
    QVERIFY(store.update(renamed));
    QVERIFY(!store.profileNamed(u"a"_s));
    QCOMPARE(store.profileNamed(u"a-renamed"_s)->id, a.id);
    QCOMPARE(store.profileNamed(u"a-renamed"_s)->port, quint16(2200));

    ServerProfile clash = renamed;
    clash.name = u"B"_s;
    Result<void> result = store.update(clash);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::AlreadyExists);
}

void TestProfileStore::updateOfVanishedProfileFails()
{
    ProfileStore first(path());
    const ServerProfile a = first.add(simpleProfile(u"a"_s)).value();
    ProfileStore second(path());
    QVERIFY(second.load());
    QVERIFY(second.remove(u"a"_s));

    ServerProfile edited = a;
    edited.user = u"bob"_s;
    Result<void> result = first.update(edited);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::NotFound);
    QVERIFY(first.profiles().isEmpty()); // the failed change still refreshed the view
}

void TestProfileStore::removeByName()
{
    ProfileStore store(path());
    QVERIFY(store.add(simpleProfile(u"a"_s)));
    QVERIFY(store.add(simpleProfile(u"b"_s)));
    QVERIFY(store.remove(u"A"_s));
    QCOMPARE(namesOf(store.profiles()), QStringList{u"b"_s});
    Result<void> missing = store.remove(u"zzz"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), Error::Code::NotFound);
}

void TestProfileStore::twoStoresKeepEachOthersEdits()
{
    // Two processes are two stores that loaded at different times.
    ProfileStore app(path());
    ProfileStore cli(path());
    QVERIFY(app.load());
    QVERIFY(cli.load());
    QVERIFY(cli.add(simpleProfile(u"from-cli"_s)));
    QVERIFY(app.add(simpleProfile(u"from-app"_s))); // app never re-loaded by hand
    const ServerProfile fromCli = app.profileNamed(u"from-cli"_s).value();
    ServerProfile edited = fromCli;
    edited.user = u"carol"_s;
    QVERIFY(app.update(edited));
    QVERIFY(cli.remove(u"from-app"_s));

    ProfileStore reread(path());
    QVERIFY(reread.load());
    QCOMPARE(namesOf(reread.profiles()), QStringList{u"from-cli"_s});
    QCOMPARE(reread.profiles().first().user, u"carol"_s);
}

void TestProfileStore::waitsForTheLockAndGivesUp()
{
    ProfileStore store(path());
    QVERIFY(store.add(simpleProfile(u"a"_s)));
    const QByteArray before = readAll(path());

    ProfileFileLock otherProcess(path() + u".lock"_s);
    QVERIFY(otherProcess.tryLock(std::chrono::milliseconds(0)));
    store.setLockTimeout(std::chrono::milliseconds(300));
    Result<ServerProfile> result = store.add(simpleProfile(u"b"_s));
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::Io);
    QCOMPARE(readAll(path()), before);
    otherProcess.unlock();
    QVERIFY(store.add(simpleProfile(u"b"_s)));
}

void TestProfileStore::corruptFileIsKeptAside()
{
    const QByteArray garbage = "{\"schemaVersion\": 1, \"profiles\": [ {\"name\": \"half";
    QVERIFY(writeAll(path(), garbage));

    ProfileStore store(path());
    QVERIFY(store.load());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(store.loadWarning());
    QCOMPARE(store.loadWarning()->code(), Error::Code::CorruptData);
    const QString aside = store.quarantinedFilePath();
    QVERIFY(aside.startsWith(path() + u".corrupt-"_s));
    QVERIFY2(store.loadWarning()->message().contains(aside), qPrintable(store.loadWarning()->message()));
    QCOMPARE(readAll(aside), garbage);

    // RayDeck carries on, and the kept file is never touched again.
    QVERIFY(store.add(simpleProfile(u"fresh"_s)));
    QCOMPARE(readAll(aside), garbage);
    ProfileStore reread(path());
    QVERIFY(reread.load());
    QVERIFY(!reread.loadWarning());
    QCOMPARE(namesOf(reread.profiles()), QStringList{u"fresh"_s});
}

void TestProfileStore::newerVersionIsKeptAside()
{
    QJsonObject known = ProfileJson::toJson(simpleProfile(u"known"_s));
    known.insert(u"id"_s, u"id-1"_s);
    known.insert(u"futureField"_s, u"x"_s);
    const QJsonObject root{{u"schemaVersion"_s, 7}, {u"profiles"_s, QJsonArray{known}}};
    const QByteArray newer = QJsonDocument(root).toJson();
    QVERIFY(writeAll(path(), newer));

    ProfileStore store(path());
    QVERIFY(store.load());
    QVERIFY(store.loadWarning());
    QCOMPARE(store.loadWarning()->code(), Error::Code::UnsupportedVersion);
    QVERIFY(store.quarantinedFilePath().contains(u".schema-7-"_s));
    QCOMPARE(readAll(store.quarantinedFilePath()), newer);
    // What this version understands is still there to use.
    QCOMPARE(namesOf(store.profiles()), QStringList{u"known"_s});
    const QJsonObject written = QJsonDocument::fromJson(readAll(path())).object();
    QCOMPARE(written.value(u"schemaVersion"_s).toInt(), 1);
    QVERIFY(store.add(simpleProfile(u"later"_s)));
    QCOMPARE(readAll(store.quarantinedFilePath()), newer);
}

void TestProfileStore::unreadableEntriesAreKeptAside()
{
    QJsonObject good = ProfileJson::toJson(simpleProfile(u"good"_s));
    good.insert(u"id"_s, u"id-good"_s);
    QJsonObject bad = ProfileJson::toJson(simpleProfile(u"bad"_s));
    bad.insert(u"id"_s, u"id-bad"_s);
    QJsonObject ssh = bad.value(u"ssh"_s).toObject();
    ssh.insert(u"port"_s, u"twenty-two"_s);
    bad.insert(u"ssh"_s, ssh);
    const QByteArray data =
        QJsonDocument(QJsonObject{{u"schemaVersion"_s, 1}, {u"profiles"_s, QJsonArray{good, bad}}}).toJson();
    QVERIFY(writeAll(path(), data));

    ProfileStore store(path());
    QVERIFY(store.load());
    QCOMPARE(namesOf(store.profiles()), QStringList{u"good"_s});
    QVERIFY(store.loadWarning());
    QVERIFY2(store.loadWarning()->detail().contains(u"ssh.port"_s), qPrintable(store.loadWarning()->detail()));
    QCOMPARE(readAll(store.quarantinedFilePath()), data);
}

void TestProfileStore::unversionedFileIsMigrated()
{
    QJsonObject entry = ProfileJson::toJson(simpleProfile(u"old"_s));
    entry.insert(u"id"_s, u"id-old"_s);
    const QByteArray legacy = QJsonDocument(QJsonArray{entry}).toJson();
    QVERIFY(writeAll(path(), legacy));

    ProfileStore store(path());
    QVERIFY(store.load());
    QVERIFY(!store.loadWarning());
    QCOMPARE(namesOf(store.profiles()), QStringList{u"old"_s});
    QCOMPARE(readAll(path() + u".schema-0.bak"_s), legacy);
    QCOMPARE(QJsonDocument::fromJson(readAll(path())).object().value(u"schemaVersion"_s).toInt(), 1);
}

void TestProfileStore::loosePermissionsAreTightened()
{
    ProfileStore store(path());
    QVERIFY(store.add(simpleProfile(u"a"_s)));
    QVERIFY(::chmod(QFile::encodeName(path()).constData(), 0644) == 0);
    QVERIFY(store.load());
    QCOMPARE(modeOf(path()), mode_t(0600));
}

void TestProfileStore::emitsProfilesChanged()
{
    ProfileStore store(path());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    QVERIFY(store.add(simpleProfile(u"a"_s)));
    QCOMPARE(changed.count(), 1);
    QVERIFY(store.load()); // nothing new on disk
    QCOMPARE(changed.count(), 1);
    QVERIFY(!store.add(simpleProfile(u"A"_s))); // refused: nothing changed
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
