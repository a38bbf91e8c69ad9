// SPDX-License-Identifier: GPL-3.0-or-later
// The history's diff of two launches.
#include "hydra/HydraOverrideParser.h"
#include "jobs/JobLaunchDiff.h"

#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestJobLaunchDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameLaunchHasNoDifferences();
    void overrides();
    void options();
    void secretsStayMasked();
};

namespace {

using Change = LaunchDiffEntry::Change;
using Subject = LaunchDiffEntry::Subject;

JobLaunch launch(const QStringList &texts)
{
    JobLaunch result;
    for (const QString &text : texts)
        result.overrides << HydraOverrideParser::parse(text).value();
    return result;
}

} // namespace

void TestJobLaunchDiff::sameLaunchHasNoDifferences()
{
    JobLaunch a = launch({u"trainer.total_epochs=15"_s, u"actor_rollout_ref.actor.optim.lr=1e-5"_s});
    JobLaunch b = launch({u"trainer.total_epochs=15"_s, u"actor_rollout_ref.actor.optim.lr=0.00001"_s});
    a.submissionId = u"one"_s;
    b.submissionId = u"two"_s;
    QVERIFY(JobLaunchDiff::compare(a, b).isEmpty());
}

void TestJobLaunchDiff::overrides()
{
    const JobLaunch before = launch({u"trainer.total_epochs=15"_s, u"trainer.nnodes=1"_s, u"trainer.nnodes=2"_s,
                                     u"data.shuffle=true"_s, u"+trainer.note=a"_s});
    const JobLaunch after = launch({u"trainer.nnodes=2"_s, u"trainer.total_epochs=30"_s, u"trainer.logger=console"_s,
                                    u"++trainer.note=a"_s});
    const QList<LaunchDiffEntry> expected{
        {Change::Changed, Subject::Override, u"trainer.total_epochs"_s, u"trainer.total_epochs=15"_s,
         u"trainer.total_epochs=30"_s},
        {Change::Added, Subject::Override, u"trainer.logger"_s, QString(), u"trainer.logger=console"_s},
        {Change::Changed, Subject::Override, u"trainer.note"_s, u"+trainer.note=a"_s, u"++trainer.note=a"_s},
        {Change::Removed, Subject::Override, u"data.shuffle"_s, u"data.shuffle=true"_s, QString()},
    };
    QCOMPARE(JobLaunchDiff::compare(before, after), expected);
}

void TestJobLaunchDiff::options()
{
    JobLaunch before = launch({});
    JobLaunch after = before;
    before.presetId = u"ppo-gsm8k"_s;
    after.presetId = u"grpo-gsm8k"_s;
    after.workingDirectory = u"/workspace/verl"_s;
    before.entrypointNumGpus = 1;
    before.environment = {{u"HF_HOME"_s, u"/a"_s, false}, {u"OLD"_s, u"x"_s, false}};
    after.environment = {{u"HF_HOME"_s, u"/b"_s, false}};
    after.metadata.insert(u"owner"_s, u"ana"_s);

    const QList<LaunchDiffEntry> entries = JobLaunchDiff::compare(before, after);
    const QList<LaunchDiffEntry> expected{
        {Change::Changed, Subject::Option, u"preset"_s, u"ppo-gsm8k"_s, u"grpo-gsm8k"_s},
        {Change::Added, Subject::Option, u"working directory"_s, QString(), u"/workspace/verl"_s},
        {Change::Removed, Subject::Option, u"entrypoint GPUs"_s, u"1"_s, QString()},
        {Change::Changed, Subject::Option, u"env HF_HOME"_s, u"/a"_s, u"/b"_s},
        {Change::Removed, Subject::Option, u"env OLD"_s, u"x"_s, QString()},
        {Change::Added, Subject::Option, u"metadata owner"_s, QString(), u"ana"_s},
    };
    QCOMPARE(entries, expected);
}

void TestJobLaunchDiff::secretsStayMasked()
{
    JobLaunch before = launch({});
    JobLaunch after = before;
    before.environment = {{u"TOKEN"_s, u"plain-value"_s, false}};
    after.environment = {{u"TOKEN"_s, u"should-not-show"_s, true}};
    const QList<LaunchDiffEntry> entries = JobLaunchDiff::compare(before, after);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().after, u"••••••"_s);
    QVERIFY(!entries.first().after.contains(u"should-not-show"_s));
}

QTEST_GUILESS_MAIN(TestJobLaunchDiff)
#include "tst_joblaunchdiff.moc"
