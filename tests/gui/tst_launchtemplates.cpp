// SPDX-License-Identifier: GPL-3.0-or-later
// Launch templates in the form, driven offscreen from the keyboard: save the
// form's whole launch under a name, load it back, replace only after asking,
// delete after asking; an unreadable templates file is kept aside and said so.
#include "jobs/JobTemplateStore.h"
#include "launch/LaunchForm.h"
#include "launch/LaunchTemplateBar.h"
#include "profiles/MessageBox.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestLaunchTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void saveLoadReplaceDelete();
    void corruptFileIsKeptAsideAndReported();
    void controlsAreNamed();

private:
    ServerProfile profile() const;
    /// Clicks "Save as Template…", types @p name into the dialog and presses Enter.
    void saveThroughDialog(LaunchForm &form, const QString &name);

    QTemporaryDir m_home;
};

void TestLaunchTemplates::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.path() + u"/config"_s));
    MessageBox::setRecordOnly(true);
}

void TestLaunchTemplates::init()
{
    MessageBox::clearShownMessages();
    QDir(m_home.path() + u"/config"_s).removeRecursively();
}

ServerProfile TestLaunchTemplates::profile() const
{
    ServerProfile profile;
    profile.id = u"templates-profile"_s;
    profile.name = u"GPU box"_s;
    profile.jobEnvironment = {{u"WANDB_API_KEY"_s, QString(), true}};
    return profile;
}

void TestLaunchTemplates::saveThroughDialog(LaunchForm &form, const QString &name)
{
    QTest::mouseClick(form.findChild<QPushButton *>(u"saveTemplatePushButton"_s), Qt::LeftButton);
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = form.findChild<QInputDialog *>(u"templateNameDialog"_s)) && dialog->isVisible());
    auto *edit = dialog->findChild<QLineEdit *>();
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, name);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestLaunchTemplates::saveLoadReplaceDelete()
{
    LaunchForm form;
    form.setProfile(profile());
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    form.applyPreset(u"grpo-gsm8k"_s);
    form.fieldFor(u"trainer.total_epochs"_s)->setText(u"3"_s);
    form.findChild<QPlainTextEdit *>(u"extraOverridesPlainTextEdit"_s)->setPlainText(u"+trainer.note=\"a, b\""_s);
    form.findChild<QPlainTextEdit *>(u"environmentPlainTextEdit"_s)->setPlainText(u"HF_HOME=/data/hf"_s);
    form.findChild<QLineEdit *>(u"workingDirectoryLineEdit"_s)->setText(u"/workspace/verl"_s);
    form.findChild<QDoubleSpinBox *>(u"entrypointCpusDoubleSpinBox"_s)->setValue(2);
    form.revalidate();
    JobLaunch saved = form.launch();
    QVERIFY(!form.hasErrors());

    saveThroughDialog(form, u"My GRPO"_s);
    LaunchTemplateBar *bar = form.templateBar();
    QTRY_COMPARE(bar->templateNames(), QStringList{u"My GRPO"_s});
    QFile file(JobTemplateStore::defaultFilePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("WANDB_API_KEY"));

    // Something else in the form; Load brings the template back.
    form.applyPreset(u"ppo-gsm8k"_s);
    form.findChild<QPlainTextEdit *>(u"environmentPlainTextEdit"_s)->clear();
    form.findChild<QDoubleSpinBox *>(u"entrypointCpusDoubleSpinBox"_s)->setValue(0);
    QVERIFY(form.launch().overrides != saved.overrides);
    auto *combo = form.findChild<QComboBox *>(u"templateComboBox"_s);
    combo->setFocus();
    QCOMPARE(combo->currentText(), u"My GRPO"_s);
    QTest::mouseClick(form.findChild<QPushButton *>(u"loadTemplatePushButton"_s), Qt::LeftButton);
    JobLaunch loaded = form.launch();
    QCOMPARE(loaded.overrides, saved.overrides);
    QCOMPARE(loaded.environment, saved.environment); // the profile's secret by name, then HF_HOME, once each
    QCOMPARE(loaded.workingDirectory, saved.workingDirectory);
    QCOMPARE(loaded.entrypointNumCpus, saved.entrypointNumCpus);
    QCOMPARE(loaded.presetId, saved.presetId);

    // Saving under a taken name asks first: Cancel keeps the old one, Yes replaces it.
    form.fieldFor(u"trainer.total_epochs"_s)->setText(u"9"_s);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    saveThroughDialog(form, u"My GRPO"_s);
    QCoreApplication::processEvents(); // the answer comes from the event loop, as a real box's would
    QTest::mouseClick(form.findChild<QPushButton *>(u"loadTemplatePushButton"_s), Qt::LeftButton);
    QCOMPARE(form.fieldFor(u"trainer.total_epochs"_s)->text(), u"3"_s);
    form.fieldFor(u"trainer.total_epochs"_s)->setText(u"9"_s);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    saveThroughDialog(form, u"My GRPO"_s);
    const auto storedEpochs = [] {
        const Result<QList<JobTemplate>> stored = JobTemplateStore().templates(u"templates-profile"_s);
        for (const HydraOverride &override : stored ? stored->value(0).launch.overrides : QList<HydraOverride>()) {
            if (override.key == u"trainer.total_epochs"_s && override.value)
                return override.value->toInt();
        }
        return qint64(-1);
    };
    QTRY_COMPARE(storedEpochs(), qint64(9));
    form.fieldFor(u"trainer.total_epochs"_s)->setText(u"1"_s);
    QTest::mouseClick(form.findChild<QPushButton *>(u"loadTemplatePushButton"_s), Qt::LeftButton);
    QCOMPARE(form.fieldFor(u"trainer.total_epochs"_s)->text(), u"9"_s);
    QCOMPARE(bar->templateNames().size(), 1);

    // Another profile sees none of them.
    ServerProfile other = profile();
    other.id = u"another"_s;
    form.setProfile(other);
    QVERIFY(bar->templateNames().isEmpty());
    QVERIFY(!form.findChild<QPushButton *>(u"loadTemplatePushButton"_s)->isEnabled());
    form.setProfile(profile());
    QCOMPARE(bar->templateNames().size(), 1);

    // Delete asks too.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(form.findChild<QPushButton *>(u"deleteTemplatePushButton"_s), Qt::LeftButton);
    QCOMPARE(bar->templateNames().size(), 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(form.findChild<QPushButton *>(u"deleteTemplatePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(bar->templateNames().isEmpty());
    QVERIFY(MessageBox::shownMessages().size() >= 3); // the three questions
}

void TestLaunchTemplates::corruptFileIsKeptAsideAndReported()
{
    const QString path = JobTemplateStore::defaultFilePath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
    }
    LaunchForm form;
    form.setProfile(profile());
    QCOMPARE(MessageBox::shownMessages().size(), 1);
    QVERIFY2(MessageBox::shownMessages().first().contains(u"launch-templates.json.corrupt-"_s),
             qPrintable(MessageBox::shownMessages().first()));
    QVERIFY(form.templateBar()->templateNames().isEmpty());
    const QStringList aside = QDir(QFileInfo(path).absolutePath()).entryList({u"launch-templates.json.corrupt-*"_s});
    QCOMPARE(aside.size(), 1);
    // Saving works again at once.
    QVERIFY(form.templateBar()->saveAs(u"fresh"_s));
    QCOMPARE(form.templateBar()->templateNames(), QStringList{u"fresh"_s});
}

void TestLaunchTemplates::controlsAreNamed()
{
    LaunchForm form;
    form.setProfile(profile());
    for (const char *name : {"templateComboBox", "loadTemplatePushButton", "saveTemplatePushButton",
                             "deleteTemplatePushButton"}) {
        QWidget *widget = form.findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
        QVERIFY2(widget->focusPolicy() & Qt::TabFocus, name);
    }
}

QTEST_MAIN(TestLaunchTemplates)
#include "tst_launchtemplates.moc"
