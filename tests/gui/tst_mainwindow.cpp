// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's profile sidebar driven offscreen: empty state, add,
// edit, duplicate, delete with confirmation, import, keyboard shortcuts, and
// reacting to changes another process makes. The keychain here is a stand-in;
// tst_profileuikeychain runs the same flows against the Secret Service.
#include "MainWindow.h"
#include "ProfileDetailsWidget.h"
#include "server/ServerPage.h"
#include "MessageBox.h"
#include "ProfileController.h"
#include "ProfileEditorDialog.h"
#include "profiles/MapSecretStore.h"

#include "ImportSshConfigDialog.h"
#include "profiles/ProfileStore.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyStateOffersAddAndImport();
    void addThroughTheEditor();
    void editRenamesAndMovesSecrets();
    void duplicateCopiesSecrets();
    void deleteAsksFirst();
    void importFromSshConfig();
    void keyboardOnly();
    void picksUpChangesFromOtherProcesses();
    void corruptFileIsReportedAndKept();

private:
    ProfileEditorDialog *waitForEditor(MainWindow &window);
    static void type(QWidget *dialog, const QString &name, const QString &text);
    QString path() const { return m_dir->path() + u"/raydeck/profiles.json"_s; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MapSecretStore> m_secrets;
    QTemporaryDir m_xdg;
};

void TestMainWindow::initTestCase()
{
    // The default constructor must not see the developer's own profiles.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_xdg.path()));
    MessageBox::setRecordOnly(true);
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProfileStore>(path());
    m_secrets = std::make_unique<MapSecretStore>();
    MessageBox::clearShownMessages();
}

void TestMainWindow::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget))
            widget->close();
    }
}

ProfileEditorDialog *TestMainWindow::waitForEditor(MainWindow &window)
{
    ProfileEditorDialog *editor = nullptr;
    if (!QTest::qWaitFor([&] {
            editor = window.findChild<ProfileEditorDialog *>();
            return editor && editor->isVisible();
        }))
        return nullptr;
    return editor;
}

void TestMainWindow::type(QWidget *dialog, const QString &name, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(name);
    QVERIFY2(edit, qPrintable(name));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestMainWindow::emptyStateOffersAddAndImport()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *stack = window.findChild<QStackedWidget *>(u"centralStackedWidget"_s);
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget()->objectName(), u"emptyStateWidget"_s);

    auto *add = window.findChild<QPushButton *>(u"addServerPushButton"_s);
    auto *import = window.findChild<QPushButton *>(u"importSshConfigPushButton"_s);
    QVERIFY(add && add->isVisible());
    QVERIFY(import && import->isVisible());
    QVERIFY(!add->accessibleName().isEmpty());
    QVERIFY(!import->accessibleName().isEmpty());
    QVERIFY(!window.findChild<QAction *>(u"deleteServerAction"_s)->isEnabled());

    QSignalSpy addSpy(&window, &MainWindow::addServerRequested);
    QSignalSpy importSpy(&window, &MainWindow::importSshConfigRequested);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(addSpy.count(), 1);
    ProfileEditorDialog *editor = waitForEditor(window);
    QVERIFY(editor);
    QCOMPARE(editor->mode(), ProfileEditorDialog::Mode::Add);
    editor->reject();
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(importSpy.count(), 1);
    QTRY_VERIFY(window.findChild<ImportSshConfigDialog *>());
}

void TestMainWindow::addThroughTheEditor()
{
    MainWindow window(m_store.get(), m_secrets.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(u"addServerAction"_s)->trigger();
    ProfileEditorDialog *editor = waitForEditor(window);
    QVERIFY(editor);

    type(editor, u"nameLineEdit"_s, u"gpu-box"_s);
    type(editor, u"hostLineEdit"_s, u"gpu.example.org"_s);
    editor->findChild<QComboBox *>(u"authComboBox"_s)->setCurrentIndex(2); // password
    type(editor, u"secretLineEdit"_s, u"ui-password"_s);
    QSignalSpy saved(window.profileController(), &ProfileController::profileSaved);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"savePushButton"_s), Qt::LeftButton);
    QVERIFY(saved.wait());

    QCOMPARE(m_store->profiles().size(), 1);
    const ServerProfile profile = m_store->profiles().first();
    QCOMPARE(profile.name, u"gpu-box"_s);
    QCOMPARE(m_secrets->entries.value(profile.id + u"/password"_s), QByteArray("ui-password"));
    QCOMPARE(saved.first().first().toString(), profile.id);

    // The sidebar lists it, selected, and the centre shows it.
    auto *list = window.findChild<QListView *>(u"profileListView"_s);
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(window.selectedProfileId(), profile.id);
    QCOMPARE(window.findChild<QStackedWidget *>(u"centralStackedWidget"_s)->currentWidget()->objectName(),
             u"serverPage"_s);
    QVERIFY(window.currentServerPage()->details()->isVisible());
    QCOMPARE(window.findChild<QLabel *>(u"targetValueLabel"_s)->text(), u"gpu.example.org"_s);
    QTRY_VERIFY(!window.findChild<ProfileEditorDialog *>());
}

void TestMainWindow::editRenamesAndMovesSecrets()
{
    ServerProfile profile;
    profile.name = u"before"_s;
    profile.host = u"h.example"_s;
    profile.authMethod = AuthMethod::Password;
    profile.jobEnvironment = {JobEnvironmentVariable{u"WANDB_API_KEY"_s, {}, true}};
    profile = m_store->add(profile).value();
    m_secrets->entries = {{profile.id + u"/password"_s, "pw"}, {profile.id + u"/env/WANDB_API_KEY"_s, "wandb"}};

    MainWindow window(m_store.get(), m_secrets.get());
    window.show();
    window.selectProfile(profile.id);
    QTest::mouseClick(window.findChild<QPushButton *>(u"editProfilePushButton"_s), Qt::LeftButton);
    ProfileEditorDialog *editor = waitForEditor(window);
    QVERIFY(editor);
    QCOMPARE(editor->mode(), ProfileEditorDialog::Mode::Edit);
    type(editor, u"nameLineEdit"_s, u"after"_s);
    type(editor, u"environmentNameLineEdit"_s, u"WANDB_KEY"_s);
    editor->findChild<QComboBox *>(u"authComboBox"_s)->setCurrentIndex(0); // ssh-agent: no password any more
    QSignalSpy saved(window.profileController(), &ProfileController::profileSaved);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"savePushButton"_s), Qt::LeftButton);
    QVERIFY(saved.wait());

    QCOMPARE(m_store->profiles().size(), 1);
    QCOMPARE(m_store->profiles().first().id, profile.id); // a rename keeps the id ...
    QCOMPARE(m_store->profiles().first().name, u"after"_s);
    // ... the renamed variable's value moved, and the unused password is gone.
    QCOMPARE(m_secrets->entries, (QMap<QString, QByteArray>{{profile.id + u"/env/WANDB_KEY"_s, "wandb"}}));
}

void TestMainWindow::duplicateCopiesSecrets()
{
    ServerProfile profile;
    profile.name = u"source"_s;
    profile.host = u"h.example"_s;
    profile.authMethod = AuthMethod::Password;
    profile = m_store->add(profile).value();
    m_secrets->entries = {{profile.id + u"/password"_s, "pw"}};

    MainWindow window(m_store.get(), m_secrets.get());
    window.show();
    window.selectProfile(profile.id);
    window.findChild<QAction *>(u"duplicateServerAction"_s)->trigger();
    ProfileEditorDialog *editor = waitForEditor(window);
    QVERIFY(editor);
    QCOMPARE(editor->findChild<QLineEdit *>(u"nameLineEdit"_s)->text(), u"source (copy)"_s);
    QSignalSpy saved(window.profileController(), &ProfileController::profileSaved);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"savePushButton"_s), Qt::LeftButton);
    QVERIFY(saved.wait());

    const std::optional<ServerProfile> copy = m_store->profileNamed(u"source (copy)"_s);
    QVERIFY(copy);
    QVERIFY(copy->id != profile.id);
    QCOMPARE(m_secrets->entries.value(copy->id + u"/password"_s), QByteArray("pw"));
    QCOMPARE(m_secrets->entries.value(profile.id + u"/password"_s), QByteArray("pw"));
    QCOMPARE(window.selectedProfileId(), copy->id);
}

void TestMainWindow::deleteAsksFirst()
{
    ServerProfile profile;
    profile.name = u"doomed"_s;
    profile.host = u"h.example"_s;
    profile.ray.hasDashboardToken = true;
    profile = m_store->add(profile).value();
    m_secrets->entries = {{profile.id + u"/ray-token"_s, "tok"}, {u"other/password"_s, "keep"}};

    MainWindow window(m_store.get(), m_secrets.get());
    window.show();
    window.selectProfile(profile.id);
    QSignalSpy deleted(window.profileController(), &ProfileController::profileDeleted);

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    window.findChild<QAction *>(u"deleteServerAction"_s)->trigger();
    QTRY_COMPARE(MessageBox::shownMessages().size(), 1);
    QVERIFY(MessageBox::shownMessages().first().contains(u"doomed"_s));
    QCoreApplication::processEvents();
    QCOMPARE(m_store->profiles().size(), 1);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(window.findChild<QPushButton *>(u"deleteProfilePushButton"_s), Qt::LeftButton);
    QVERIFY(deleted.wait());
    QVERIFY(m_store->profiles().isEmpty());
    QCOMPARE(m_secrets->entries.keys(), QStringList{u"other/password"_s});
    QCOMPARE(window.findChild<QStackedWidget *>(u"centralStackedWidget"_s)->currentWidget()->objectName(),
             u"emptyStateWidget"_s);
}

void TestMainWindow::importFromSshConfig()
{
    QTemporaryDir home;
    QDir().mkpath(home.path() + u"/.ssh"_s);
    QFile config(home.path() + u"/.ssh/config"_s);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("Host alpha beta\n  User trainer\n");
    config.close();

    MainWindow window(m_store.get(), m_secrets.get());
    SshConfigEnvironment env = SshConfigEnvironment::current();
    env.homeDirectory = home.path();
    env.includeHomeDirectory = home.path();
    window.profileController()->setSshConfigEnvironment(env);
    window.show();
    QSignalSpy imported(window.profileController(), &ProfileController::profilesImported);
    QTest::mouseClick(window.findChild<QPushButton *>(u"importSshConfigPushButton"_s), Qt::LeftButton);
    ImportSshConfigDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ImportSshConfigDialog *>()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"importPushButton"_s), Qt::LeftButton);
    QCOMPARE(imported.count(), 1);
    QCOMPARE(imported.first().first().toStringList().size(), 2);
    QCOMPARE(m_store->profileNamed(u"beta"_s)->user, u"trainer"_s);
    QCOMPARE(window.findChild<QListView *>(u"profileListView"_s)->model()->rowCount(), 2);
}

void TestMainWindow::keyboardOnly()
{
    MainWindow window(m_store.get(), m_secrets.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    ProfileEditorDialog *editor = waitForEditor(window);
    QVERIFY(editor);
    QTRY_VERIFY(editor->findChild<QLineEdit *>(u"nameLineEdit"_s)->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), u"keys"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"keys.example.org"_s);
    QSignalSpy saved(window.profileController(), &ProfileController::profileSaved);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(saved.wait());
    QCOMPARE(m_store->profiles().first().name, u"keys"_s);

    // In the sidebar, Delete asks and removes.
    auto *list = window.findChild<QListView *>(u"profileListView"_s);
    QTRY_VERIFY(!window.findChild<ProfileEditorDialog *>());
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QSignalSpy deleted(window.profileController(), &ProfileController::profileDeleted);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(deleted.wait());
    QVERIFY(m_store->profiles().isEmpty());
}

void TestMainWindow::picksUpChangesFromOtherProcesses()
{
    MainWindow window(m_store.get(), m_secrets.get());
    window.show();
    auto *list = window.findChild<QListView *>(u"profileListView"_s);
    QCOMPARE(list->model()->rowCount(), 0);

    ProfileStore otherProcess(path());
    ServerProfile profile;
    profile.name = u"from-cli"_s;
    profile.host = u"cli.example"_s;
    QVERIFY(otherProcess.add(profile));
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 10000);
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"from-cli"_s);
    QVERIFY(otherProcess.remove(u"from-cli"_s));
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 0, 10000);
}

void TestMainWindow::corruptFileIsReportedAndKept()
{
    QDir().mkpath(QFileInfo(path()).absolutePath());
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ this is not json");
    file.close();

    MainWindow window(m_store.get(), m_secrets.get());
    window.show();
    auto *problem = window.findChild<QLabel *>(u"profilesProblemLabel"_s);
    QVERIFY(problem->isVisible());
    QVERIFY(!m_store->quarantinedFilePath().isEmpty());
    QVERIFY(problem->text().contains(m_store->quarantinedFilePath()));
    QFile kept(m_store->quarantinedFilePath());
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("{ this is not json"));
    QTest::mouseClick(window.findChild<QPushButton *>(u"dismissProblemPushButton"_s), Qt::LeftButton);
    QVERIFY(!problem->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
