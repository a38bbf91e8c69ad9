// SPDX-License-Identifier: GPL-3.0-or-later
#include "hydra/HydraFormatter.h"
#include "launch/LaunchForm.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestLaunchForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetFillsFieldsAndPreview();
    void errorsBlockLaunchWithColumn();
    void typedFieldsBecomeOverrides();
    void secretsAreMaskedInPreview();
    void everyFieldIsNamed();
};

void TestLaunchForm::presetFillsFieldsAndPreview()
{
    LaunchForm form;
    form.show();
    form.applyPreset(u"ppo-gsm8k"_s);
    QCOMPARE(form.fieldFor(u"actor_rollout_ref.model.path"_s)->text(), u"Qwen/Qwen2.5-0.5B-Instruct"_s);
    QCOMPARE(form.fieldFor(u"actor_rollout_ref.rollout.name"_s)->text(), u"vllm"_s);
    QVERIFY(!form.hasErrors());
    QVERIFY(form.previewText().contains(u"ray job submit"_s));
    QVERIFY(form.previewText().contains(u"verl.trainer.main_ppo"_s));
    QVERIFY(form.previewText().contains(u"\"entrypoint\""_s));
    QVERIFY(form.launch().submissionId.startsWith(u"gsm8k-"_s) || !form.launch().submissionId.isEmpty());
}

void TestLaunchForm::errorsBlockLaunchWithColumn()
{
    LaunchForm form;
    form.show();
    form.applyPreset(u"ppo-gsm8k"_s);
    auto *extra = form.findChild<QPlainTextEdit *>(u"extraOverridesPlainTextEdit"_s);
    auto *launch = form.findChild<QPushButton *>(u"launchPushButton"_s);
    QVERIFY(extra && launch);
    QVERIFY(launch->isEnabled());
    extra->setFocus();
    QTest::keyClicks(extra, u"trainer.logger=[console,wandb"_s);
    QTRY_VERIFY(!launch->isEnabled());
    const QString issues = [&] {
        QStringList texts;
        for (const ValidationIssue &issue : form.issues())
            texts << issue.message;
        return texts.join(u'\n');
    }();
    QVERIFY2(issues.contains(u"column"_s), qPrintable(issues));

    QSignalSpy validated(&form, &LaunchForm::validated);
    extra->clear();
    QTest::keyClicks(extra, u"trainer.total_epoch=3"_s); // unknown key: did you mean
    QVERIFY(validated.wait(5000));
    QVERIFY(!launch->isEnabled());
    auto *issueList = form.findChild<QListWidget *>(u"launchIssuesListWidget"_s);
    QVERIFY(issueList->count() > 0);
    QVERIFY2(issueList->item(0)->text().contains(u"trainer.total_epochs"_s), qPrintable(issueList->item(0)->text()));

    extra->clear();
    QTest::keyClicks(extra, u"+trainer.note=\"it's $(id)\""_s);
    QTRY_VERIFY(launch->isEnabled());
}

void TestLaunchForm::typedFieldsBecomeOverrides()
{
    LaunchForm form;
    form.show();
    form.applyPreset(u"ppo-gsm8k"_s);
    QLineEdit *epochs = form.fieldFor(u"trainer.total_epochs"_s);
    epochs->clear();
    QTest::keyClicks(epochs, u"3"_s);
    QLineEdit *logger = form.fieldFor(u"trainer.logger"_s);
    logger->clear();
    QTest::keyClicks(logger, u"[console]"_s);
    QSignalSpy launched(&form, &LaunchForm::launchRequested);
    QTest::mouseClick(form.findChild<QPushButton *>(u"launchPushButton"_s), Qt::LeftButton);
    QCOMPARE(launched.count(), 1);
    const JobLaunch launch = launched.first().first().value<JobLaunch>();
    QStringList texts;
    for (const HydraOverride &override : launch.overrides)
        texts << HydraFormatter::formatOverride(override).valueOr(QString());
    QVERIFY2(texts.contains(u"trainer.total_epochs=3"_s), qPrintable(texts.join(u' ')));
    QVERIFY(texts.contains(u"trainer.logger=[console]"_s));
    QCOMPARE(launch.presetId, u"ppo-gsm8k"_s);
}

void TestLaunchForm::secretsAreMaskedInPreview()
{
    ServerProfile profile;
    profile.id = u"p1"_s;
    profile.jobEnvironment = {{u"WANDB_API_KEY"_s, QString(), true}};
    LaunchForm form;
    form.setProfile(profile);
    form.applyPreset(u"ppo-gsm8k"_s);
    auto *environment = form.findChild<QPlainTextEdit *>(u"environmentPlainTextEdit"_s);
    QTest::keyClicks(environment, u"HF_HOME=/data/hf"_s);
    form.revalidate();
    QVERIFY(form.previewText().contains(u"WANDB_API_KEY"_s));
    QVERIFY(form.previewText().contains(u"••••••"_s));
    QVERIFY(form.previewText().contains(u"/data/hf"_s));
}

void TestLaunchForm::everyFieldIsNamed()
{
    LaunchForm form;
    for (QWidget *widget : form.findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QPushButton *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QPlainTextEdit *>(widget)) {
            if (widget->parent() && (qobject_cast<QComboBox *>(widget->parent())
                                     || qobject_cast<QAbstractSpinBox *>(widget->parent())))
                continue; // the line edit inside a combo or spin box
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }
    QCOMPARE(LaunchForm::commonKeys().size(), 32);
}

QTEST_MAIN(TestLaunchForm)
#include "tst_launchform.moc"
