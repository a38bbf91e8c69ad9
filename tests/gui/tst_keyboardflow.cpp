// SPDX-License-Identifier: GPL-3.0-or-later
// The main flow with the keyboard alone, offscreen, against a real sshd whose
// docker and ray are the simulated GPU host: add a server (Ctrl+N, Tab between
// fields, Enter saves), connect (Ctrl+K), launch from the form (Ctrl+L, a
// preset by arrow key, Ctrl+Return) and stop the job (Ctrl+J to the jobs
// table, Ctrl+. and the confirmation answered by key). Every key goes to
// QApplication::focusWidget(), never to a widget picked by the test, and every
// control the focus passes through must tell a screen reader its name and
// what it does.
#include "MainWindow.h"
#include "MapSecretStore.h"
#include "SimHostShell.h"
#include "SshServerFixture.h"
#include "TestEnvironment.h"

#include "jobs/JobLogView.h"
#include "jobs/JobsPanel.h"
#include "launch/LaunchForm.h"
#include "profiles/MessageBox.h"
#include "profiles/ProfileController.h"
#include "profiles/ProfileEditorDialog.h"
#include "profiles/ProfileListModel.h"
#include "profiles/ProfileStore.h"
#include "ray/JobListModel.h"
#include "server/ServerInfoPanel.h"
#include "settings/AppSettings.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestKeyboardFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addConnectLaunchStop();

private:
    static QWidget *focused() { return QApplication::focusWidget(); }
    static QString focusedName()
    {
        return focused() ? focused()->objectName() : u"(nothing)"_s;
    }
    /// One key to whatever has the focus, as a keyboard would send it.
    static bool press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    static bool type(const QString &text);
    /// Presses Tab @p count times and returns the object names the focus visited.
    static QStringList tabThrough(int count);
    /// What a window manager does when a dialog closes; the offscreen platform has none.
    static void reactivate(QWidget *window);
    /// Widgets whose top-left corners go top to bottom (left to right within a row).
    static bool inVisualOrder(const QStringList &names, QWidget *within, QString *why);

    QTemporaryDir m_home;
    SshServerFixture m_server;
    std::unique_ptr<SimHostShell> m_shell;
    QList<QPointer<QWidget>> m_visited;
    QStringList m_missingAccessibleText;
};

bool TestKeyboardFlow::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = focused();
    if (!target)
        return false;
    QTest::keyClick(target, key, modifiers);
    return true;
}

bool TestKeyboardFlow::type(const QString &text)
{
    QWidget *target = focused();
    if (!target)
        return false;
    QTest::keyClicks(target, text);
    return true;
}

void TestKeyboardFlow::reactivate(QWidget *window)
{
    if (QApplication::activeWindow() != window)
        window->activateWindow();
}

QStringList TestKeyboardFlow::tabThrough(int count)
{
    QStringList names;
    for (int i = 0; i < count; ++i) {
        if (!press(Qt::Key_Tab))
            break;
        names << focusedName();
    }
    return names;
}

bool TestKeyboardFlow::inVisualOrder(const QStringList &names, QWidget *within, QString *why)
{
    QPoint previous(-1, -1);
    QString previousName;
    for (const QString &name : names) {
        auto *widget = within->findChild<QWidget *>(name);
        if (!widget) {
            *why = name + u" is not in the dialog"_s;
            return false;
        }
        const QPoint at = widget->mapTo(within, QPoint(0, 0));
        // Same row (a field and its button): left to right; otherwise top to bottom.
        const bool sameRow = qAbs(at.y() - previous.y()) < widget->height() / 2;
        if (sameRow ? at.x() < previous.x() : at.y() < previous.y()) {
            *why = u"%1 comes after %2 but is drawn before it"_s.arg(name, previousName);
            return false;
        }
        previous = at;
        previousName = name;
    }
    return true;
}

void TestKeyboardFlow::initTestCase()
{
    TestEnvironment::usePrivateHome(m_home);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_shell = std::make_unique<SimHostShell>(m_server);
    QVERIFY(m_server.trustHostKeyIn(m_home.path()));
    m_shell->writeSetting(u"step-seconds"_s, u"0.2"_s);
    // Warnings would be a failure here; they are recorded, not shown. Questions are real boxes.
    MessageBox::setRecordOnly(true);

    // Every control the focus reaches must say what it is and what it does.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!now)
            return;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(now);
        const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
        const QString description = accessible ? accessible->text(QAccessible::Description) : QString();
        const QString what = QString::fromLatin1(now->metaObject()->className()) + u' ' + now->objectName();
        if (name.trimmed().isEmpty())
            m_missingAccessibleText << what + u": no accessible name"_s;
        if (description.trimmed().isEmpty())
            m_missingAccessibleText << what + u": no accessible description"_s;
        m_visited << now;
    });
}

void TestKeyboardFlow::addConnectLaunchStop()
{
    ProfileStore store(m_home.path() + u"/config/raydeck/profiles.json"_s);
    QVERIFY(store.load());
    MapSecretStore secrets;
    AppSettings settings(m_home.filePath(u"settings.ini"_s));
    settings.setNotifyWhenJobEnds(false);

    MainWindow window(&store, &secrets, &settings);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY2(focused() && focused()->window() == &window, qPrintable(focusedName()));

    // --- Add a server: Ctrl+N opens the editor with the focus in Name.
    QVERIFY(press(Qt::Key_N, Qt::ControlModifier));
    ProfileEditorDialog *editor = nullptr;
    QTRY_VERIFY((editor = window.findChild<ProfileEditorDialog *>()) && editor->isVisible());
    QTRY_COMPARE(focusedName(), u"nameLineEdit"_s);
    QVERIFY(type(u"kbd-sim"_s));

    // Connection page: Tab goes down the fields in the order they are drawn.
    QCOMPARE(tabThrough(1), QStringList{u"hostLineEdit"_s});
    QVERIFY(type(m_server.host()));
    QCOMPARE(tabThrough(1), QStringList{u"portLineEdit"_s});
    QVERIFY(type(QString::number(m_server.port()))); // Tab selected the old "22"
    QCOMPARE(tabThrough(1), QStringList{u"userLineEdit"_s});
    QVERIFY(type(m_server.user()));
    QCOMPARE(tabThrough(1), QStringList{u"authComboBox"_s});
    QVERIFY(press(Qt::Key_Down)); // ssh-agent -> Key file
    QCOMPARE(qobject_cast<QComboBox *>(focused())->currentData().toInt(), int(AuthMethod::KeyFile));
    QCOMPARE(tabThrough(1), QStringList{u"identityFileLineEdit"_s});
    QVERIFY(type(m_server.userKeyPath()));
    const QStringList restOfConnection = tabThrough(4);
    QCOMPARE(restOfConnection, (QStringList{u"identityFileBrowsePushButton"_s, u"secretPolicyComboBox"_s,
                                            u"secretLineEdit"_s, u"jumpHostsLineEdit"_s}));
    QString why;
    QVERIFY2(inVisualOrder(QStringList{u"nameLineEdit"_s, u"hostLineEdit"_s, u"portLineEdit"_s, u"userLineEdit"_s,
                                       u"authComboBox"_s, u"identityFileLineEdit"_s}
                               + restOfConnection,
                           editor, &why),
             qPrintable(why));

    // Workspace page (Ctrl+Tab): the focus lands on its first control.
    QVERIFY(press(Qt::Key_Tab, Qt::ControlModifier));
    QTRY_COMPARE(focusedName(), u"dockerEnabledCheckBox"_s);
    QCOMPARE(tabThrough(1), QStringList{u"containerNameLineEdit"_s});
    QVERIFY(type(u"verl-kbd"_s));
    QCOMPARE(tabThrough(1), QStringList{u"imageLineEdit"_s});
    QVERIFY(type(u"verlai/verl:latest"_s));
    const QStringList restOfWorkspace = tabThrough(7);
    QCOMPARE(restOfWorkspace, (QStringList{u"gpusLineEdit"_s, u"networkLineEdit"_s, u"ulimitsLineEdit"_s,
                                           u"shmSizeLineEdit"_s, u"mountsPlainTextEdit"_s,
                                           u"extraRunArgumentsLineEdit"_s, u"useSudoCheckBox"_s}));
    QVERIFY2(inVisualOrder(QStringList{u"dockerEnabledCheckBox"_s, u"containerNameLineEdit"_s, u"imageLineEdit"_s}
                               + restOfWorkspace,
                           editor, &why),
             qPrintable(why));

    // Ray page: a free dashboard port, any local port.
    QVERIFY(press(Qt::Key_Tab, Qt::ControlModifier));
    QTRY_COMPARE(focusedName(), u"dashboardPortLineEdit"_s);
    QVERIFY(press(Qt::Key_A, Qt::ControlModifier));
    QVERIFY(type(QString::number(SimHostShell::freePort())));
    const QStringList restOfRay = tabThrough(4);
    QCOMPARE(restOfRay, (QStringList{u"dashboardHostLineEdit"_s, u"localPortLineEdit"_s,
                                     u"extraStartArgumentsLineEdit"_s, u"dashboardTokenCheckBox"_s}));
    QVERIFY2(inVisualOrder(QStringList{u"dashboardPortLineEdit"_s} + restOfRay, editor, &why), qPrintable(why));
    QVERIFY(press(Qt::Key_Backtab));
    QVERIFY(press(Qt::Key_Backtab));
    QCOMPARE(focusedName(), u"localPortLineEdit"_s);
    QVERIFY(type(u"0"_s));

    // Enter saves (Save is the default button).
    QSignalSpy saved(window.profileController(), &ProfileController::profileSaved);
    const QPointer<ProfileEditorDialog> guard(editor);
    QVERIFY(press(Qt::Key_Return));
    if (saved.count() == 0 && !saved.wait(10000))
        QFAIL(qPrintable(u"not saved: "_s + (guard ? guard->findChild<QLabel *>(u"errorSummaryLabel"_s)->text() : QString())));
    QTRY_VERIFY(!window.findChild<ProfileEditorDialog *>());
    const std::optional<ServerProfile> profile = store.profileNamed(u"kbd-sim"_s);
    QVERIFY(profile);
    QCOMPARE(profile->host, m_server.host());
    QCOMPARE(profile->port, m_server.port());
    QCOMPARE(profile->authMethod, AuthMethod::KeyFile);
    QCOMPARE(profile->docker.containerName, u"verl-kbd"_s);
    QCOMPARE(profile->ray.localPort, quint16(0));

    // --- Connect: the focus is back in the main window; Ctrl+K.
    reactivate(&window);
    QTRY_VERIFY(QApplication::activeWindow() == &window);
    QTRY_VERIFY2(focused() && focused()->window() == &window, qPrintable(focusedName()));
    ServerPage *page = window.currentServerPage();
    QVERIFY(page);
    QCOMPARE(page->profile().id, profile->id);
    QVERIFY(press(Qt::Key_K, Qt::ControlModifier));
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), ServerState::Connected, 120000);

    // The Remote tab shows what the connect found: container and Ray head.
    ServerInfoPanel *info = page->serverInfo();
    const QJsonObject head = m_shell->headInfo();
    QCOMPARE(info->value(ServerInfoPanel::Field::ContainerName), u"verl-kbd"_s);
    QCOMPARE(info->value(ServerInfoPanel::Field::ContainerImage), u"verlai/verl:latest"_s);
    QCOMPARE(info->value(ServerInfoPanel::Field::ContainerState), u"running"_s);
    QCOMPARE(info->value(ServerInfoPanel::Field::RayVersion), page->rayVersion());
    QCOMPARE(info->value(ServerInfoPanel::Field::NodeIp), head.value(u"node_ip"_s).toString());
    QCOMPARE(info->value(ServerInfoPanel::Field::GcsPort), QString::number(head.value(u"gcs_port"_s).toInt()));
    QCOMPARE(info->value(ServerInfoPanel::Field::DashboardUrl), page->dashboardUrl().toString());

    // --- Launch: Ctrl+L puts the focus on the form's first control, the preset.
    QVERIFY(press(Qt::Key_L, Qt::ControlModifier));
    QTRY_COMPARE(focusedName(), u"presetComboBox"_s);
    QVERIFY(press(Qt::Key_Down)); // the first preset: verl's GSM8K quickstart
    LaunchForm *form = page->launchForm();
    QTRY_COMPARE(form->fieldFor(u"data.train_batch_size"_s)->text(), u"256"_s);
    // Tab goes on along the top row, then down into the fields.
    QCOMPARE(tabThrough(2), (QStringList{u"refreshSchemaPushButton"_s, u"dataTrainFilesLineEdit"_s}));
    // Alt+X (the "Extra overrides" label's mnemonic): long enough to be stopped while it runs.
    QVERIFY(press(Qt::Key_X, Qt::AltModifier));
    QTRY_COMPARE(focusedName(), u"extraOverridesPlainTextEdit"_s);
    QVERIFY(type(u"trainer.total_training_steps=3000"_s));
    QTRY_VERIFY(!form->hasErrors());
    QVERIFY(press(Qt::Key_Return, Qt::ControlModifier));

    JobListModel *jobs = page->jobsPanel()->model();
    QString jobId;
    const auto findLaunched = [&] {
        for (const JobDetails &job : jobs->jobs()) {
            if (job.id().startsWith(u"gsm8k-"_s) && job.status == JobStatus::Running)
                jobId = job.id();
        }
        return !jobId.isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(findLaunched(), 60000);

    // The sidebar counts the running job, also for screen readers.
    auto *list = window.findChild<QListView *>(u"profileListView"_s);
    const QModelIndex row = list->model()->index(0, 0);
    QTRY_VERIFY_WITH_TIMEOUT(row.data(Qt::AccessibleTextRole).toString().contains(u"1 running"_s), 30000);
    QVERIFY(row.data(Qt::DisplayRole).toString().contains(u"1 running"_s));

    // --- Stop: Ctrl+J to the jobs table, arrow keys to the job, Ctrl+. asks.
    QVERIFY(press(Qt::Key_J, Qt::ControlModifier));
    QTRY_COMPARE(focusedName(), u"jobsTableView"_s);
    QVERIFY(press(Qt::Key_Home));
    for (int i = 0; i < jobs->rowCount() && page->jobsPanel()->selectedJobId() != jobId; ++i)
        QVERIFY(press(Qt::Key_Down));
    QCOMPARE(page->jobsPanel()->selectedJobId(), jobId);
    QVERIFY(press(Qt::Key_Period, Qt::ControlModifier));
    QTRY_VERIFY(qobject_cast<QMessageBox *>(focused() ? focused()->window() : nullptr));
    auto *question = qobject_cast<QMessageBox *>(focused()->window());
    QVERIFY(question->text().contains(jobId));
    // The safe answer has the focus: Enter alone would not stop anything.
    QCOMPARE(question->standardButton(qobject_cast<QAbstractButton *>(focused())), QMessageBox::Cancel);
    QVERIFY(press(Qt::Key_Y)); // "&Yes"
    QTRY_COMPARE_WITH_TIMEOUT(jobs->job(jobId)->status, JobStatus::Stopped, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(page->jobsPanel()->logView()->statusText(),
                              JobLogView::endedText(JobStatus::Stopped), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!row.data(Qt::AccessibleTextRole).toString().contains(u"running"_s), 30000);

    // --- Disconnect: Ctrl+Shift+K asks; Enter takes the default (leave Ray running).
    reactivate(&window);
    QTRY_VERIFY(QApplication::activeWindow() == &window);
    QVERIFY(press(Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier));
    QTRY_VERIFY(qobject_cast<QMessageBox *>(focused() ? focused()->window() : nullptr));
    QVERIFY(press(Qt::Key_Return));
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), ServerState::Disconnected, 30000);

    QVERIFY(m_visited.size() > 20);
    m_missingAccessibleText.removeDuplicates();
    QVERIFY2(m_missingAccessibleText.isEmpty(), qPrintable(m_missingAccessibleText.join(u'\n')));
    m_shell->stopDaemons();
}

int main(int argc, char *argv[])
{
    if (::geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestKeyboardFlow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keyboardflow.moc"
