// SPDX-License-Identifier: GPL-3.0-or-later
// Launch templates per profile: round trip of the whole launch, replace by
// name, sorted, per profile, no secret value and no submission id on disk,
// 0600, unreadable files kept aside, names checked.
#include "hydra/HydraOverrideParser.h"
#include "jobs/JobTemplateStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {
JobTemplate sampleTemplate(const QString &name)
{
    JobTemplate item;
    item.name = name;
    item.savedAt = QDateTime(QDate(2025, 6, 1), QTime(12, 30, 0, 500), Qt::UTC);
    JobLaunch &launch = item.launch;
    launch.profileId = u"profile-a"_s;
    launch.presetId = u"grpo-gsm8k"_s;
    for (const QString &text : {u"algorithm.adv_estimator=grpo"_s, u"trainer.logger=[console,wandb]"_s,
                                u"+trainer.note=\"it's, 数据 $(id)\""_s, u"~trainer.rollout_data_dir"_s,
                                u"++actor_rollout_ref.actor.optim.lr=3e-6"_s})
        launch.overrides << HydraOverrideParser::parse(text).value();
    launch.workingDirectory = u"/workspace/verl"_s;
    launch.environment = {{u"HF_HOME"_s, u"/data/hf"_s, false}, {u"WANDB_API_KEY"_s, QString(), true}};
    launch.entrypointNumCpus = 2;
    launch.entrypointNumGpus = 1;
    launch.metadata.insert(u"team"_s, u"rl"_s);
    return item;
}
} // namespace

class TestJobTemplateStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaultPathIsNextToTheHistory();
    void roundTripOfTheWholeLaunch();
    void sameNameReplacesAndListIsSorted();
    void perProfileRemoveAndClear();
    void noSecretValueNoSubmissionIdAndPrivate();
    void namesAreChecked();
    void corruptFileIsKeptAside();
    void newerFormatIsLeftAlone();

private:
    QString path() const { return m_dir->filePath(u"config/raydeck/launch-templates.json"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestJobTemplateStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestJobTemplateStore::defaultPathIsNextToTheHistory()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/raydeck/launch-templates.json"_s;
    QCOMPARE(JobTemplateStore::defaultFilePath(), expected);
    QCOMPARE(JobTemplateStore().filePath(), expected);
    QStandardPaths::setTestModeEnabled(false);
}

void TestJobTemplateStore::roundTripOfTheWholeLaunch()
{
    const JobTemplate item = sampleTemplate(u"GRPO small"_s);
    QVERIFY(JobTemplateStore(path()).save(u"profile-a"_s, item).isOk());
    const Result<QList<JobTemplate>> read = JobTemplateStore(path()).templates(u"profile-a"_s);
    QVERIFY(read.isOk());
    QCOMPARE(read->size(), 1);
    QCOMPARE(read->first().name, item.name);
    QCOMPARE(read->first().savedAt, item.savedAt);
    QCOMPARE(read->first().launch, item.launch);
}

void TestJobTemplateStore::sameNameReplacesAndListIsSorted()
{
    JobTemplateStore store(path());
    QVERIFY(store.save(u"profile-a"_s, sampleTemplate(u"zeta"_s)).isOk());
    QVERIFY(store.save(u"profile-a"_s, sampleTemplate(u"Alpha"_s)).isOk());
    JobTemplate changed = sampleTemplate(u"  zeta "_s);
    changed.launch.overrides.removeLast();
    QVERIFY(store.save(u"profile-a"_s, changed).isOk());
    QVERIFY(store.save(u"profile-a"_s, sampleTemplate(u"beta"_s)).isOk());
    const Result<QList<JobTemplate>> read = store.templates(u"profile-a"_s);
    QVERIFY(read.isOk());
    QStringList names;
    for (const JobTemplate &item : read.value())
        names << item.name;
    QCOMPARE(names, (QStringList{u"Alpha"_s, u"beta"_s, u"zeta"_s}));
    QCOMPARE(read->at(2).launch.overrides.size(), changed.launch.overrides.size());
}

void TestJobTemplateStore::perProfileRemoveAndClear()
{
    JobTemplateStore store(path());
    QVERIFY(store.save(u"profile-a"_s, sampleTemplate(u"one"_s)).isOk());
    QVERIFY(store.save(u"profile-a"_s, sampleTemplate(u"two"_s)).isOk());
    QVERIFY(store.save(u"profile-b"_s, sampleTemplate(u"one"_s)).isOk());
    QCOMPARE(store.templates(u"profile-b"_s)->first().launch.profileId, u"profile-b"_s);
    QVERIFY(store.remove(u"profile-a"_s, u"one"_s).isOk());
    QVERIFY(store.remove(u"profile-a"_s, u"not there"_s).isOk());
    QCOMPARE(store.templates(u"profile-a"_s)->size(), 1);
    QCOMPARE(store.templates(u"profile-b"_s)->size(), 1);
    QVERIFY(store.clear(u"profile-a"_s).isOk());
    QVERIFY(store.templates(u"profile-a"_s)->isEmpty());
    QCOMPARE(store.templates(u"profile-b"_s)->size(), 1);
}

void TestJobTemplateStore::noSecretValueNoSubmissionIdAndPrivate()
{
    JobTemplate item = sampleTemplate(u"secretive"_s);
    item.launch.environment[1].value = u"wandb-secret-value-5c1d"_s; // a careless caller
    item.launch.submissionId = u"gsm8k-20250601-120000"_s;
    QVERIFY(JobTemplateStore(path()).save(u"profile-a"_s, item).isOk());
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(!content.contains("wandb-secret-value-5c1d"));
    QVERIFY(!content.contains("gsm8k-20250601-120000"));
    QVERIFY(content.contains("WANDB_API_KEY"));
    QCOMPARE(QFileInfo(path()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const JobTemplate read = JobTemplateStore(path()).templates(u"profile-a"_s)->first();
    QVERIFY(read.launch.environment.at(1).isSecret);
    QVERIFY(read.launch.environment.at(1).value.isEmpty());
    QVERIFY(read.launch.submissionId.isEmpty());
}

void TestJobTemplateStore::namesAreChecked()
{
    JobTemplateStore store(path());
    Result<void> saved = store.save(u"profile-a"_s, sampleTemplate(u"   "_s));
    QVERIFY(!saved.isOk());
    QCOMPARE(saved.error().code(), Error::Code::InvalidInput);
    saved = store.save(u"profile-a"_s, sampleTemplate(QString(JobTemplateStore::maxNameLength + 1, u'x')));
    QVERIFY(!saved.isOk());
    QCOMPARE(saved.error().code(), Error::Code::InvalidInput);
    QVERIFY(!QFile::exists(path()));
}

void TestJobTemplateStore::corruptFileIsKeptAside()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    const QByteArray content("{\"format\":1,\"profiles\":{\"profile-a\":[{\"name\"");
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    JobTemplateStore store(path());
    const Result<QList<JobTemplate>> first = store.templates(u"profile-a"_s);
    QVERIFY(!first.isOk());
    QCOMPARE(first.error().code(), Error::Code::CorruptData);
    const QStringList aside = QDir(QFileInfo(path()).absolutePath())
                                  .entryList({u"launch-templates.json.corrupt-*"_s}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY(first.error().message().contains(aside.first()));
    QFile kept(QFileInfo(path()).absolutePath() + u'/' + aside.first());
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), content);
    QVERIFY(store.templates(u"profile-a"_s)->isEmpty());
    QVERIFY(store.save(u"profile-a"_s, sampleTemplate(u"after"_s)).isOk());
    QCOMPARE(store.templates(u"profile-a"_s)->size(), 1);
}

void TestJobTemplateStore::newerFormatIsLeftAlone()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    const QByteArray content(R"({"format":7,"profiles":{}})");
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    JobTemplateStore store(path());
    QCOMPARE(store.templates(u"profile-a"_s).error().code(), Error::Code::UnsupportedVersion);
    QCOMPARE(store.save(u"profile-a"_s, sampleTemplate(u"x"_s)).error().code(), Error::Code::UnsupportedVersion);
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

QTEST_GUILESS_MAIN(TestJobTemplateStore)
#include "tst_jobtemplatestore.moc"
