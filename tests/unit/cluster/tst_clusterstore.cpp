// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/ClusterJson.h"
#include "cluster/ClusterStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

ServerProfile server(const QString &name)
{
    ServerProfile p;
    p.name = name;
    p.host = name + u".example.org"_s;
    return p;
}

QList<ServerProfile> servers()
{
    return {server(u"head"_s), server(u"w1"_s), server(u"w2"_s), server(u"w 'quoted' $(id)"_s)};
}

ClusterProfile cluster(const QString &name)
{
    ClusterProfile c;
    c.name = name;
    c.headProfile = u"head"_s;
    c.workerProfiles = {u"w1"_s, u"w2"_s};
    c.headAddress = u"10.0.0.5"_s;
    c.gcsPort = 6380;
    return c;
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

} // namespace

class TestClusterStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaultFileSitsNextToProfiles();
    void missingFileIsEmpty();
    void addSavesAndReloads();
    void fileIsPrivateAndAtomic();
    void addRejectsInvalidClusters();
    void duplicateNamesAreRejected();
    void updateAndRemove();
    void twoStoresSeeEachOthersChanges();
    void corruptFileIsKeptAside();
    void badEntryIsKeptAsideOthersRead();
    void hugeNumbersAreRefusedNotConverted();
    void newerFileIsNotOverwritten();
    void hostileNamesRoundTripLiterally();

private:
    QString path() const { return m_dir.filePath(u"config/raydeck/clusters.json"_s); }
    QTemporaryDir m_dir;
};

void TestClusterStore::init()
{
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).removeRecursively();
    QDir().mkpath(m_dir.path());
}

void TestClusterStore::defaultFileSitsNextToProfiles()
{
    QVERIFY(ClusterStore::defaultFilePath().endsWith(u"/raydeck/clusters.json"_s));
}

void TestClusterStore::missingFileIsEmpty()
{
    ClusterStore store(path());
    QVERIFY(store.load());
    QVERIFY(store.clusters().isEmpty());
    QVERIFY(!store.loadWarning());
    QVERIFY(!QFile::exists(path()));
}

void TestClusterStore::addSavesAndReloads()
{
    ClusterStore store(path());
    QVERIFY(store.load());
    QSignalSpy changed(&store, &ClusterStore::clustersChanged);
    QVERIFY(store.add(cluster(u"lab"_s), servers()));
    QCOMPARE(changed.size(), 1);

    ClusterStore again(path());
    QVERIFY(again.load());
    QCOMPARE(again.clusters().size(), 1);
    QCOMPARE(again.clusters().first(), cluster(u"lab"_s));
    QCOMPARE(again.clusterNamed(u"LAB"_s)->name, u"lab"_s);
    const QJsonObject root = QJsonDocument::fromJson(readAll(path())).object();
    QCOMPARE(root.value(u"schemaVersion"_s).toInt(), 1);
    const QJsonObject entry = root.value(u"clusters"_s).toArray().first().toObject();
    QCOMPARE(entry.value(u"head"_s).toString(), u"head"_s);
    QCOMPARE(entry.value(u"gcsPort"_s).toInt(), 6380);
}

void TestClusterStore::fileIsPrivateAndAtomic()
{
    ClusterStore store(path());
    QVERIFY(store.add(cluster(u"lab"_s), servers()));
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(path()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
    // No temporary files from QSaveFile are left behind.
    const QStringList files = QDir(QFileInfo(path()).absolutePath()).entryList(QDir::Files);
    for (const QString &file : files)
        QVERIFY2(file == u"clusters.json" || file == u"clusters.json.lock", qPrintable(file));
}

void TestClusterStore::addRejectsInvalidClusters()
{
    ClusterStore store(path());
    ClusterProfile unknown = cluster(u"lab"_s);
    unknown.workerProfiles << u"nowhere"_s;
    Result<void> added = store.add(unknown, servers());
    QVERIFY(!added);
    QCOMPARE(added.error().code(), Error::Code::NotFound);
    QVERIFY2(added.error().message().contains(u"\"nowhere\""_s), qPrintable(added.error().message()));

    ClusterProfile headAsWorker = cluster(u"lab"_s);
    headAsWorker.workerProfiles << u"HEAD"_s;
    added = store.add(headAsWorker, servers());
    QVERIFY(!added);
    QVERIFY2(added.error().message().contains(u"cannot also be one of its workers"_s), qPrintable(added.error().message()));

    ClusterProfile badPort = cluster(u"lab"_s);
    badPort.gcsPort = 0;
    QVERIFY(!store.add(badPort, servers()));
    QVERIFY(!QFile::exists(path())); // nothing written for a refused change
}

void TestClusterStore::duplicateNamesAreRejected()
{
    ClusterStore store(path());
    QVERIFY(store.add(cluster(u"lab"_s), servers()));
    const Result<void> again = store.add(cluster(u"Lab"_s), servers());
    QVERIFY(!again);
    QCOMPARE(again.error().code(), Error::Code::AlreadyExists);
    QCOMPARE(store.clusters().size(), 1);
}

void TestClusterStore::updateAndRemove()
{
    ClusterStore store(path());
    QVERIFY(store.add(cluster(u"lab"_s), servers()));
    QVERIFY(store.add(cluster(u"other"_s), servers()));
    ClusterProfile renamed = cluster(u"lab2"_s);
    renamed.workerProfiles = {u"w2"_s};
    renamed.headAddress.clear();
    QVERIFY(store.update(u"lab"_s, renamed, servers()));
    QVERIFY(!store.clusterNamed(u"lab"_s));
    QCOMPARE(store.clusterNamed(u"lab2"_s)->workerProfiles, QStringList{u"w2"_s});
    QCOMPARE(store.update(u"lab2"_s, cluster(u"other"_s), servers()).error().code(), Error::Code::AlreadyExists);
    QCOMPARE(store.update(u"gone"_s, cluster(u"gone"_s), servers()).error().code(), Error::Code::NotFound);
    QVERIFY(store.remove(u"LAB2"_s));
    QCOMPARE(store.clusters().size(), 1);
    QCOMPARE(store.remove(u"lab2"_s).error().code(), Error::Code::NotFound);
}

void TestClusterStore::twoStoresSeeEachOthersChanges()
{
    ClusterStore first(path());
    ClusterStore second(path());
    QVERIFY(first.load());
    QVERIFY(second.load());
    QVERIFY(first.add(cluster(u"a"_s), servers()));
    QVERIFY(second.add(cluster(u"b"_s), servers())); // re-reads under the lock: "a" is kept
    QVERIFY(first.load());
    QCOMPARE(first.clusters().size(), 2);
}

void TestClusterStore::corruptFileIsKeptAside()
{
    QVERIFY(writeAll(path(), "{ this is not json"));
    ClusterStore store(path());
    QVERIFY(store.load());
    QVERIFY(store.clusters().isEmpty());
    QVERIFY(store.loadWarning());
    QCOMPARE(store.loadWarning()->code(), Error::Code::CorruptData);
    const QString aside = store.quarantinedFilePath();
    QVERIFY(aside.startsWith(path() + u".corrupt-"_s));
    QCOMPARE(readAll(aside), QByteArray("{ this is not json"));
    QVERIFY2(store.loadWarning()->message().contains(aside), qPrintable(store.loadWarning()->message()));
    // The store goes on with an empty, valid file.
    QVERIFY(store.add(cluster(u"lab"_s), servers()));
    QCOMPARE(ClusterJson::decode(readAll(path())).clusters.size(), 1);
}

void TestClusterStore::badEntryIsKeptAsideOthersRead()
{
    QJsonArray list{ClusterJson::toJson(cluster(u"good"_s)),
                    QJsonObject{{u"name"_s, u"bad"_s}, {u"head"_s, u"head"_s}, {u"gcsPort"_s, 70000}}};
    QVERIFY(writeAll(path(), QJsonDocument(QJsonObject{{u"schemaVersion"_s, 1}, {u"clusters"_s, list}}).toJson()));
    ClusterStore store(path());
    QVERIFY(store.load());
    QCOMPARE(store.clusters().size(), 1);
    QCOMPARE(store.clusters().first().name, u"good"_s);
    QVERIFY(store.loadWarning());
    QVERIFY(store.loadWarning()->detail().contains(u"gcsPort"_s));
    QVERIFY(store.quarantinedFilePath().contains(u".partial-"_s));
    QVERIFY(readAll(store.quarantinedFilePath()).contains("70000"));
}

void TestClusterStore::hugeNumbersAreRefusedNotConverted()
{
    // Numbers beyond any integer type must be range-checked before conversion (the sanitizer build
    // fails on the undefined conversion; every build checks the outcome).
    const ClusterFileContents port = ClusterJson::decode(
        R"({"schemaVersion": 1, "clusters": [{"name": "n", "head": "h", "gcsPort": 7e71}]})");
    QVERIFY(port.clusters.isEmpty());
    QVERIFY2(port.problems.join(u' ').contains(u"gcsPort"_s), qPrintable(port.problems.join(u' ')));
    const ClusterFileContents version = ClusterJson::decode(R"({"schemaVersion": 1e300, "clusters": []})");
    QCOMPARE(version.status, ClusterFileContents::Status::NewerVersion);
}

void TestClusterStore::newerFileIsNotOverwritten()
{
    const QByteArray newer = QJsonDocument(QJsonObject{{u"schemaVersion"_s, 7},
                                                       {u"clusters"_s, QJsonArray{ClusterJson::toJson(cluster(u"x"_s))}}})
                                 .toJson();
    QVERIFY(writeAll(path(), newer));
    ClusterStore store(path());
    QVERIFY(store.load());
    QCOMPARE(store.loadWarning()->code(), Error::Code::UnsupportedVersion);
    QCOMPARE(readAll(store.quarantinedFilePath()), newer);
    QCOMPARE(store.clusters().size(), 1);
}

void TestClusterStore::hostileNamesRoundTripLiterally()
{
    ClusterStore store(path());
    ClusterProfile hostile = cluster(u"c; rm -rf ~ $(id) `x` \"q\""_s);
    hostile.workerProfiles = {u"w 'quoted' $(id)"_s};
    QVERIFY(store.add(hostile, servers()));
    ClusterStore again(path());
    QVERIFY(again.load());
    QCOMPARE(again.clusters().first(), hostile);
}

QTEST_GUILESS_MAIN(TestClusterStore)
#include "tst_clusterstore.moc"
