// SPDX-License-Identifier: GPL-3.0-or-later
// The launch history view, offscreen and from the keyboard: every launch with
// its exact overrides, time, submission id and status; Enter / "Launch Again"
// fills the form; two selected and "Compare" shows JobLaunchDiff in a dialog.
#include "hydra/HydraOverrideParser.h"
#include "jobs/JobHistoryStore.h"
#include "jobs/JobLaunchDiff.h"
#include "launch/LaunchDiffDialog.h"
#include "launch/LaunchForm.h"
#include "launch/LaunchHistoryView.h"

#include "WidgetAudit.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {
const QString profileId = u"history-profile"_s;

JobHistoryEntry entry(const QString &id, int minute, const QStringList &overrides)
{
    JobHistoryEntry item;
    item.submissionId = id;
    item.launchedAt = QDateTime(QDate(2025, 6, 1), QTime(12, minute), Qt::UTC);
    item.launch.profileId = profileId;
    item.launch.submissionId = id;
    item.launch.presetId = u"ppo-gsm8k"_s;
    for (const QString &text : overrides)
        item.launch.overrides << HydraOverrideParser::parse(text).value();
    item.launch.environment = {{u"WANDB_API_KEY"_s, QString(), true}};
    return item;
}

} // namespace

class TestLaunchHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listsEveryLaunchWithStatus();
    void launchAgainFillsTheFormFromTheKeyboard();
    void compareShowsTheDiff();
    void unreadableHistoryIsSaid();

private:
    QString path() const { return m_dir->filePath(u"raydeck/launch-history.json"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<JobHistoryEntry> m_entries;
};

void TestLaunchHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_entries = {entry(u"gsm8k-1"_s, 1, {u"trainer.total_epochs=3"_s, u"trainer.logger=[console]"_s}),
                 entry(u"gsm8k-2"_s, 2, {u"trainer.total_epochs=5"_s, u"trainer.logger=[console]"_s,
                                         u"+trainer.note=\"it's, quoted\""_s}),
                 entry(u"gsm8k-3"_s, 3, {u"trainer.total_epochs=5"_s, u"actor_rollout_ref.actor.optim.lr=2e-6"_s})};
    JobHistoryStore store(path());
    for (const JobHistoryEntry &item : std::as_const(m_entries))
        QVERIFY(store.append(profileId, item).isOk());
}

void TestLaunchHistory::listsEveryLaunchWithStatus()
{
    LaunchHistoryView view;
    view.setFilePath(path());
    view.setProfileId(profileId);
    QTableWidget *table = view.table();
    QCOMPARE(table->rowCount(), 3);
    // Newest first, with the exact overrides as they were passed.
    QCOMPARE(table->item(0, LaunchHistoryView::SubmissionIdColumn)->text(), u"gsm8k-3"_s);
    QCOMPARE(table->item(2, LaunchHistoryView::SubmissionIdColumn)->text(), u"gsm8k-1"_s);
    QCOMPARE(table->item(1, LaunchHistoryView::OverridesColumn)->text(),
             u"trainer.total_epochs=5 trainer.logger=[console] +trainer.note=\"it's, quoted\""_s);
    QVERIFY(!table->item(0, LaunchHistoryView::TimeColumn)->text().isEmpty());

    view.setStatuses({{u"gsm8k-3"_s, JobStatus::Running}, {u"gsm8k-2"_s, JobStatus::Failed}});
    QCOMPARE(table->item(0, LaunchHistoryView::StatusColumn)->text(), displayName(JobStatus::Running));
    QCOMPARE(table->item(1, LaunchHistoryView::StatusColumn)->text(), displayName(JobStatus::Failed));
    QCOMPARE(table->item(2, LaunchHistoryView::StatusColumn)->text(), u"Not on the head"_s);

    // A launch recorded elsewhere (the CLI) shows up on Refresh.
    QVERIFY(JobHistoryStore(path()).append(profileId, entry(u"gsm8k-4"_s, 4, {u"trainer.total_epochs=1"_s})).isOk());
    QTest::mouseClick(view.findChild<QPushButton *>(u"refreshHistoryPushButton"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(table->item(0, LaunchHistoryView::SubmissionIdColumn)->text(), u"gsm8k-4"_s);
}

void TestLaunchHistory::launchAgainFillsTheFormFromTheKeyboard()
{
    LaunchHistoryView view;
    view.setFilePath(path());
    view.setProfileId(profileId);
    LaunchForm form;
    connect(&view, &LaunchHistoryView::launchAgainRequested, &form, &LaunchForm::setLaunch);
    QSignalSpy again(&view, &LaunchHistoryView::launchAgainRequested);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *launchAgain = view.findChild<QPushButton *>(u"launchAgainPushButton"_s);
    QVERIFY(!launchAgain->isEnabled());

    view.table()->setFocus();
    QTest::keyClick(view.table(), Qt::Key_Home);
    QTest::keyClick(view.table(), Qt::Key_Down);
    QVERIFY(launchAgain->isEnabled());
    QTest::keyClick(view.table(), Qt::Key_Return);
    QCOMPARE(again.count(), 1);
    const JobLaunch launch = again.first().first().value<JobLaunch>();
    QCOMPARE(launch.overrides, m_entries.at(1).launch.overrides);
    QVERIFY(launch.submissionId.isEmpty()); // a new run gets a new id
    QCOMPARE(form.fieldFor(u"trainer.total_epochs"_s)->text(), u"5"_s);
    QCOMPARE(form.launch().overrides.size(), m_entries.at(1).launch.overrides.size());
    QVERIFY(form.launch().submissionId != u"gsm8k-2"_s);
}

void TestLaunchHistory::compareShowsTheDiff()
{
    LaunchHistoryView view;
    view.setFilePath(path());
    view.setProfileId(profileId);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *compare = view.findChild<QPushButton *>(u"compareLaunchesPushButton"_s);
    view.table()->setFocus();
    QTest::keyClick(view.table(), Qt::Key_Home);
    QVERIFY(!compare->isEnabled());
    QTest::keyClick(view.table(), Qt::Key_Down, Qt::ShiftModifier); // rows 0 and 1: gsm8k-3 and gsm8k-2
    QVERIFY(compare->isEnabled());
    QVERIFY(!view.findChild<QPushButton *>(u"launchAgainPushButton"_s)->isEnabled());
    compare->setFocus();
    QTest::keyClick(compare, Qt::Key_Space);

    LaunchDiffDialog *dialog = view.diffDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Older first: what changed from gsm8k-2 to gsm8k-3.
    const QList<LaunchDiffEntry> expected = JobLaunchDiff::compare(m_entries.at(1).launch, m_entries.at(2).launch);
    QVERIFY(expected.size() >= 3);
    QTableWidget *table = dialog->table();
    QCOMPARE(table->rowCount(), expected.size());
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(table->item(row, 1)->text(), expected[row].name);
        QCOMPARE(table->item(row, 2)->text(), expected[row].before);
        QCOMPARE(table->item(row, 3)->text(), expected[row].after);
    }
    QVERIFY(dialog->findChild<QLabel *>(u"launchDiffHeadingLabel"_s)->text().contains(u"gsm8k-2"_s));
    QVERIFY2(WidgetAudit::unnamedControls(dialog).isEmpty(), qPrintable(WidgetAudit::unnamedControls(dialog).join(u'\n')));
    QVERIFY2(WidgetAudit::unnamedControls(&view).isEmpty(), qPrintable(WidgetAudit::unnamedControls(&view).join(u'\n')));
    // Escape closes it.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!view.diffDialog());
}

void TestLaunchHistory::unreadableHistoryIsSaid()
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("[broken");
    file.close();
    LaunchHistoryView view;
    view.setFilePath(path());
    view.setProfileId(profileId);
    view.show();
    auto *message = view.findChild<QLabel *>(u"launchHistoryMessageLabel"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"launch-history.json.corrupt-"_s), qPrintable(message->text()));
    QCOMPARE(view.table()->rowCount(), 0);
}

QTEST_MAIN(TestLaunchHistory)
#include "tst_launchhistory.moc"
