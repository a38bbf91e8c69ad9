// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void keyboardEditsPersist();
    void everyControlIsNamed();

private:
    QTemporaryDir m_dir;
};

void TestSettingsDialog::defaults()
{
    AppSettings settings(m_dir.filePath(u"defaults.ini"_s));
    QCOMPARE(settings.localPortPolicy(), LocalPortPolicy::NextFree);
    QVERIFY(settings.reconnectAutomatically());
    QCOMPARE(settings.reconnectMaxDelaySeconds(), 60);
    QCOMPARE(settings.closeBehavior(), CloseBehavior::Ask);
    QCOMPARE(settings.theme(), ThemePreference::FollowSystem);
    QVERIFY(settings.language().isEmpty());
}

void TestSettingsDialog::keyboardEditsPersist()
{
    const QString path = m_dir.filePath(u"edits.ini"_s);
    {
        AppSettings settings(path);
        SettingsDialog dialog(&settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *reconnect = dialog.findChild<QCheckBox *>(u"reconnectCheckBox"_s);
        auto *delay = dialog.findChild<QSpinBox *>(u"reconnectDelaySpinBox"_s);
        auto *language = dialog.findChild<QComboBox *>(u"languageComboBox"_s);
        auto *close = dialog.findChild<QComboBox *>(u"closeBehaviorComboBox"_s);
        QVERIFY(reconnect && delay && language && close);
        reconnect->setFocus();
        QTest::keyClick(reconnect, Qt::Key_Space);
        QVERIFY(!reconnect->isChecked());
        QVERIFY(!delay->isEnabled());
        language->setCurrentIndex(language->findData(u"zh_CN"_s));
        close->setCurrentIndex(close->findData(int(CloseBehavior::MinimizeToTray)));
        QSignalSpy changed(&settings, &AppSettings::changed);
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(changed.count() >= 3);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    AppSettings reread(path);
    QVERIFY(!reread.reconnectAutomatically());
    QCOMPARE(reread.language(), u"zh_CN"_s);
    QCOMPARE(reread.closeBehavior(), CloseBehavior::MinimizeToTray);
}

void TestSettingsDialog::everyControlIsNamed()
{
    AppSettings settings(m_dir.filePath(u"names.ini"_s));
    SettingsDialog dialog(&settings);
    const QList<QWidget *> controls = dialog.findChildren<QWidget *>();
    for (QWidget *control : controls) {
        if (qobject_cast<QComboBox *>(control) || qobject_cast<QCheckBox *>(control) || qobject_cast<QSpinBox *>(control))
            QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
    }
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
