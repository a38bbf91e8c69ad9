// SPDX-License-Identifier: GPL-3.0-or-later
#include "ray/JobListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {
JobDetails job(const QString &id, JobStatus status, qint64 startMs)
{
    JobDetails details;
    details.submissionId = id;
    details.status = status;
    details.startTime = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC);
    details.entrypoint = u"cd /w && python3 -m verl.trainer.main_ppo 'a=1' 'b=[1,2]'"_s;
    return details;
}
} // namespace

class TestJobListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refreshUpdatesInPlace();
    void summaries();
};

void TestJobListModel::refreshUpdatesInPlace()
{
    JobListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJobs({job(u"a"_s, JobStatus::Running, 1000), job(u"b"_s, JobStatus::Succeeded, 500)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, JobListModel::IdColumn), Qt::DisplayRole).toString(), u"a"_s);
    QCOMPARE(model.runningCount(), 1);

    // A refresh with the same jobs, one changed, must not reset or reinsert rows.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setJobs({job(u"b"_s, JobStatus::Succeeded, 500), job(u"a"_s, JobStatus::Succeeded, 1000)});
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.data(model.index(0, JobListModel::StatusColumn), Qt::DisplayRole).toString(), u"Succeeded"_s);
    QCOMPARE(model.runningCount(), 0);

    // New job on top, old one gone.
    model.setJobs({job(u"c"_s, JobStatus::Pending, 2000), job(u"a"_s, JobStatus::Succeeded, 1000)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, JobListModel::IdColumn), Qt::DisplayRole).toString(), u"c"_s);
    QCOMPARE(model.rowOf(u"b"_s), -1);
    model.setProgress(u"a"_s, u"step 3"_s);
    QCOMPARE(model.data(model.index(1, JobListModel::ProgressColumn), Qt::DisplayRole).toString(), u"step 3"_s);
}

void TestJobListModel::summaries()
{
    QCOMPARE(JobListModel::summarizeEntrypoint(u"cd /w && python3 -m verl.trainer.main_ppo 'a=1' 'b=2'"_s),
             u"verl.trainer.main_ppo (2 overrides)"_s);
    QCOMPARE(JobListModel::summarizeEntrypoint(u"echo hi"_s), u"echo hi"_s);
    QCOMPARE(JobListModel::formatDuration(42), u"42s"_s);
    QCOMPARE(JobListModel::formatDuration(3 * 60 + 5), u"3m 05s"_s);
    QCOMPARE(JobListModel::formatDuration(2 * 3600 + 7 * 60), u"2h 07m"_s);
}

QTEST_GUILESS_MAIN(TestJobListModel)
#include "tst_joblistmodel.moc"
