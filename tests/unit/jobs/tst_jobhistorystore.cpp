// SPDX-License-Identifier: GPL-3.0-or-later
// The launch history file: round trip, per profile, newest first and capped,
// 0600, no secret values, corrupt files kept aside, newer files left alone.
#include "hydra/HydraOverrideParser.h"
#include "jobs/JobHistoryStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestJobHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaultPathIsNextToTheProfiles();
    void roundTrip();
    void newestFirstPerProfileAndCapped();
    void removeAndClear();
    void fileIsPrivateAndHoldsNoSecretValue();
    void corruptFileIsKeptAside_data();
    void corruptFileIsKeptAside();
    void newerFormatIsLeftAlone();
    void missingFileIsAnEmptyHistory();

private:
    QString path() const { return m_dir->filePath(u"config/raydeck/launch-history.json"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

JobHistoryEntry sampleEntry(const QString &submissionId, int minute = 0)
{
    JobHistoryEntry entry;
    entry.submissionId = submissionId;
    entry.launchedAt = QDateTime(QDate(2025, 6, 1), QTime(12, minute, 0, 250), Qt::UTC);
    JobLaunch &launch = entry.launch;
    launch.profileId = u"profile-a"_s;
    launch.submissionId = submissionId;
    launch.presetId = u"ppo-gsm8k"_s;
    for (const QString &text : {u"actor_rollout_ref.rollout.name=vllm"_s, u"trainer.logger=[console]"_s,
                                u"+trainer.note=\"it's $(id), 数据\""_s, u"~trainer.rollout_data_dir"_s,
                                u"actor_rollout_ref.actor.optim.lr=1e-6"_s})
        launch.overrides << HydraOverrideParser::parse(text).value();
    launch.workingDirectory = u"/workspace/verl"_s;
    launch.environment = {{u"HF_HOME"_s, u"/data/hf"_s, false}, {u"WANDB_API_KEY"_s, QString(), true}};
    launch.entrypointNumCpus = 1;
    launch.entrypointNumGpus = 0.5;
    launch.metadata.insert(u"owner"_s, u"ana"_s);
    return entry;
}

} // namespace

void TestJobHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestJobHistoryStore::defaultPathIsNextToTheProfiles()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/raydeck/launch-history.json"_s;
    QCOMPARE(JobHistoryStore::defaultFilePath(), expected);
    QCOMPARE(JobHistoryStore().filePath(), expected);
    QStandardPaths::setTestModeEnabled(false);
}

void TestJobHistoryStore::roundTrip()
{
    JobHistoryStore store(path());
    const JobHistoryEntry entry = sampleEntry(u"gsm8k-20250601-120000"_s);
    QVERIFY(store.append(u"profile-a"_s, entry).isOk());

    // A second store on the same file, as another process would see it.
    const Result<QList<JobHistoryEntry>> read = JobHistoryStore(path()).entries(u"profile-a"_s);
    QVERIFY(read.isOk());
    QCOMPARE(read->size(), 1);
    QCOMPARE(read->first().submissionId, entry.submissionId);
    QCOMPARE(read->first().launchedAt, entry.launchedAt);
    QCOMPARE(read->first().launch, entry.launch);
    QCOMPARE(read->first(), entry);
}

void TestJobHistoryStore::newestFirstPerProfileAndCapped()
{
    JobHistoryStore store(path());
    QVERIFY(store.append(u"profile-a"_s, sampleEntry(u"first"_s, 1)).isOk());
    QVERIFY(store.append(u"profile-b"_s, sampleEntry(u"other"_s, 2)).isOk());
    QVERIFY(store.append(u"profile-a"_s, sampleEntry(u"second"_s, 3)).isOk());

    Result<QList<JobHistoryEntry>> a = store.entries(u"profile-a"_s);
    QVERIFY(a.isOk());
    QCOMPARE(a->size(), 2);
    QCOMPARE(a->at(0).submissionId, u"second"_s);
    QCOMPARE(a->at(1).submissionId, u"first"_s);
    QCOMPARE(store.entries(u"profile-b"_s)->size(), 1);
    QCOMPARE(store.entries(u"profile-b"_s)->first().launch.profileId, u"profile-b"_s);
    QVERIFY(store.entries(u"nobody"_s)->isEmpty());

    for (int n = 0; n < JobHistoryStore::maxEntriesPerProfile + 5; ++n)
        QVERIFY(store.append(u"profile-a"_s, sampleEntry(u"run-%1"_s.arg(n))).isOk());
    a = store.entries(u"profile-a"_s);
    QCOMPARE(a->size(), JobHistoryStore::maxEntriesPerProfile);
    QCOMPARE(a->first().submissionId, u"run-%1"_s.arg(JobHistoryStore::maxEntriesPerProfile + 4));
    QCOMPARE(store.entries(u"profile-b"_s)->size(), 1);
}

void TestJobHistoryStore::removeAndClear()
{
    JobHistoryStore store(path());
    QVERIFY(store.append(u"profile-a"_s, sampleEntry(u"one"_s)).isOk());
    QVERIFY(store.append(u"profile-a"_s, sampleEntry(u"two"_s)).isOk());
    QVERIFY(store.append(u"profile-b"_s, sampleEntry(u"three"_s)).isOk());

    QVERIFY(store.remove(u"profile-a"_s, u"one"_s).isOk());
    QVERIFY(store.remove(u"profile-a"_s, u"not-there"_s).isOk());
    QCOMPARE(store.entries(u"profile-a"_s)->size(), 1);
    QCOMPARE(store.entries(u"profile-a"_s)->first().submissionId, u"two"_s);

    QVERIFY(store.clear(u"profile-a"_s).isOk());
    QVERIFY(store.entries(u"profile-a"_s)->isEmpty());
    QCOMPARE(store.entries(u"profile-b"_s)->size(), 1);
}

void TestJobHistoryStore::fileIsPrivateAndHoldsNoSecretValue()
{
    JobHistoryStore store(path());
    JobHistoryEntry entry = sampleEntry(u"secretive"_s);
    // Even if a caller left the value in a secret variable, it must not reach the disk.
    entry.launch.environment[1].value = u"wandb-secret-value-9f3a"_s;
    QVERIFY(store.append(u"profile-a"_s, entry).isOk());

    QCOMPARE(QFileInfo(path()).permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                                 | QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(QFileInfo(path()).permissions().testFlag(QFileDevice::ReadOwner));

    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(!content.contains("wandb-secret-value-9f3a"));
    QVERIFY(content.contains("WANDB_API_KEY"));
    QVERIFY(content.contains("/data/hf"));

    const Result<QList<JobHistoryEntry>> read = store.entries(u"profile-a"_s);
    QVERIFY(read.isOk());
    QVERIFY(read->first().launch.environment.at(1).isSecret);
    QVERIFY(read->first().launch.environment.at(1).value.isEmpty());
}

void TestJobHistoryStore::corruptFileIsKeptAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not json") << QByteArray("{ this is not json");
    QTest::newRow("truncated") << QByteArray(R"({"format":1,"profiles":{"profile-a":[{"submissionId")");
    QTest::newRow("wrong shape") << QByteArray(R"({"format":1,"profiles":[]})");
    QTest::newRow("no format") << QByteArray(R"({"profiles":{}})");
    QTest::newRow("an array") << QByteArray("[1,2,3]");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12);
}

void TestJobHistoryStore::corruptFileIsKeptAside()
{
    QFETCH(QByteArray, content);
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    JobHistoryStore store(path());
    const Result<QList<JobHistoryEntry>> first = store.entries(u"profile-a"_s);
    QVERIFY(!first.isOk());
    QCOMPARE(first.error().code(), Error::Code::CorruptData);

    // The bad file is still there, under another name, byte for byte.
    const QStringList aside = QDir(QFileInfo(path()).absolutePath())
                                  .entryList({u"launch-history.json.corrupt-*"_s}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY(first.error().message().contains(aside.first()));
    QFile kept(QFileInfo(path()).absolutePath() + u'/' + aside.first());
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), content);

    // A fresh history works from then on.
    const Result<QList<JobHistoryEntry>> second = store.entries(u"profile-a"_s);
    QVERIFY(second.isOk());
    QVERIFY(second->isEmpty());
    QVERIFY(store.append(u"profile-a"_s, sampleEntry(u"after"_s)).isOk());
    QCOMPARE(store.entries(u"profile-a"_s)->first().submissionId, u"after"_s);
}

void TestJobHistoryStore::newerFormatIsLeftAlone()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    const QByteArray content(R"({"format":2,"profiles":{"profile-a":[]},"future":true})");
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    JobHistoryStore store(path());
    const Result<QList<JobHistoryEntry>> read = store.entries(u"profile-a"_s);
    QVERIFY(!read.isOk());
    QCOMPARE(read.error().code(), Error::Code::UnsupportedVersion);
    const Result<void> appended = store.append(u"profile-a"_s, sampleEntry(u"x"_s));
    QVERIFY(!appended.isOk());
    QCOMPARE(appended.error().code(), Error::Code::UnsupportedVersion);
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestJobHistoryStore::missingFileIsAnEmptyHistory()
{
    JobHistoryStore store(m_dir->filePath(u"does/not/exist/launch-history.json"_s));
    const Result<QList<JobHistoryEntry>> read = store.entries(u"profile-a"_s);
    QVERIFY(read.isOk());
    QVERIFY(read->isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"does"_s)));
}

QTEST_GUILESS_MAIN(TestJobHistoryStore)
#include "tst_jobhistorystore.moc"
