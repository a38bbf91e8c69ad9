// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportSshConfigDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestImportSshConfigDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listsHostsWithCheckboxes();
    void keyboardTogglesHosts();
    void missingFileSaysSo();
    void controlsAreNamedAndAccessible();

private:
    SshConfigEnvironment environment() const;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestImportSshConfigDialog::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QDir().mkpath(m_home->path() + u"/.ssh"_s);
    QFile config(m_home->path() + u"/.ssh/config"_s);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("Host gpu-a gpu-b\n"
                 "  HostName %h.cluster.example\n"
                 "  User trainer\n"
                 "Host gpu-b\n"
                 "  ProxyJump bastion.example\n"
                 "Host known\n"
                 "  HostName known.example\n"
                 "Match exec \"hostname\"\n"
                 "  User nobody\n"
                 "Host *\n"
                 "  Port 2200\n");
}

SshConfigEnvironment TestImportSshConfigDialog::environment() const
{
    SshConfigEnvironment env = SshConfigEnvironment::current();
    env.homeDirectory = m_home->path();
    env.includeHomeDirectory = m_home->path();
    return env;
}

void TestImportSshConfigDialog::listsHostsWithCheckboxes()
{
    ServerProfile known;
    known.id = u"k"_s;
    known.name = u"Known"_s;
    known.host = u"known.example"_s;
    ImportSshConfigDialog dialog({known}, QString(), environment());
    dialog.show();
    auto *hosts = dialog.findChild<QListWidget *>(u"hostsListWidget"_s);
    QVERIFY(hosts);
    QCOMPARE(hosts->count(), 3);
    QVERIFY(hosts->item(0)->text().contains(u"trainer@gpu-a.cluster.example:2200"_s));
    QVERIFY(hosts->item(1)->text().contains(u"via bastion.example"_s));
    QCOMPARE(hosts->item(0)->checkState(), Qt::Checked);
    // An existing profile is shown but cannot be imported twice.
    QVERIFY(hosts->item(2)->text().contains(u"already"_s));
    QVERIFY(!hosts->item(2)->flags().testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(dialog.findChild<QPlainTextEdit *>(u"notesPlainTextEdit"_s)->toPlainText().contains(u"Match exec"_s));

    auto *import = dialog.findChild<QPushButton *>(u"importPushButton"_s);
    QVERIFY(import->text().contains(u'2'));
    hosts->item(0)->setCheckState(Qt::Unchecked);
    const QList<ServerProfile> selected = dialog.selectedProfiles();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().name, u"gpu-b"_s);
    QCOMPARE(selected.first().host, u"gpu-b.cluster.example"_s);
    QCOMPARE(selected.first().port, quint16(2200));
    QCOMPARE(selected.first().jumpHosts, QStringList{u"bastion.example"_s});

    QTest::mouseClick(dialog.findChild<QPushButton *>(u"selectNonePushButton"_s), Qt::LeftButton);
    QVERIFY(!import->isEnabled());
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"selectAllPushButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.selectedProfiles().size(), 2);
}

void TestImportSshConfigDialog::keyboardTogglesHosts()
{
    ImportSshConfigDialog dialog({}, QString(), environment());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *hosts = dialog.findChild<QListWidget *>(u"hostsListWidget"_s);
    hosts->setFocus();
    hosts->setCurrentRow(1);
    QTest::keyClick(hosts, Qt::Key_Space);
    QCOMPARE(hosts->item(1)->checkState(), Qt::Unchecked);
    QCOMPARE(dialog.selectedProfiles().size(), 2);
    QTest::keyClick(hosts, Qt::Key_Space);
    QCOMPARE(hosts->item(1)->checkState(), Qt::Checked);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"selectNonePushButton"_s), Qt::LeftButton);
    hosts->setFocus();
    QTest::keyClick(hosts, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(dialog.selectedProfiles().size(), 3);
    QTest::keyClick(hosts, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestImportSshConfigDialog::missingFileSaysSo()
{
    ImportSshConfigDialog dialog({}, m_home->path() + u"/nope"_s, environment());
    dialog.show();
    QVERIFY(dialog.findChild<QLabel *>(u"importStatusLabel"_s)->text().contains(u"nope"_s));
    QCOMPARE(dialog.findChild<QListWidget *>(u"hostsListWidget"_s)->count(), 0);
    QVERIFY(!dialog.findChild<QPushButton *>(u"importPushButton"_s)->isEnabled());

    auto *path = dialog.findChild<QLineEdit *>(u"configPathLineEdit"_s);
    path->setFocus();
    path->selectAll();
    QTest::keyClicks(path, m_home->path() + u"/.ssh/config"_s);
    QTest::keyClick(path, Qt::Key_Return);
    QCOMPARE(dialog.findChild<QListWidget *>(u"hostsListWidget"_s)->count(), 3);
}

void TestImportSshConfigDialog::controlsAreNamedAndAccessible()
{
    ImportSshConfigDialog dialog({}, QString(), environment());
    dialog.show();
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        if (widget->focusPolicy() == Qt::NoFocus || widget->objectName().startsWith(u"qt_"_s))
            continue;
        QString className = QString::fromLatin1(widget->metaObject()->className()).mid(1);
        QVERIFY2(widget->objectName().endsWith(className), qPrintable(widget->objectName()));
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        QVERIFY2(!widget->accessibleDescription().isEmpty(), qPrintable(widget->objectName()));
    }
}

QTEST_MAIN(TestImportSshConfigDialog)
#include "tst_importsshconfigdialog.moc"
