// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app as a user drives it, offscreen, against a real sshd whose
// docker and ray are the simulated GPU host: Connect runs the step list, the
// Ray Dashboard renders through our tunnel in WebEngine, the launch form
// submits a PPO run, the jobs table and the curves follow it, Disconnect asks.
#include "MainWindow.h"
#include "MapSecretStore.h"
#include "SimHostShell.h"
#include "SshServerFixture.h"
#include "TestEnvironment.h"

#include "connect/ConnectProgressWidget.h"
#include "console/ConsoleWidget.h"
#include "curves/CurvesView.h"
#include "curves/MetricChart.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/DashboardView.h"
#include "jobs/JobsPanel.h"
#include "launch/LaunchForm.h"
#include "profiles/MessageBox.h"
#include "profiles/ProfileStore.h"
#include "ray/JobListModel.h"
#include "settings/AppSettings.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QScrollBar>
#include <QTabBar>
#include <QToolBar>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {
// packaging/screenshots.sh runs this test under Xvfb with RAYDECK_SCREENSHOT_DIR
// set, to show the real app in the README.
void screenshot(QWidget *window, const QString &name)
{
    const QString directory = qEnvironmentVariable("RAYDECK_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QTest::qWait(300); // let WebEngine paint its last frame; only for pictures, never for a check
    window->grab().save(directory + u'/' + name + u".png"_s);
}
} // namespace

class TestGuiConnectFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectLaunchFollowDisconnect();

private:
    QTemporaryDir m_home;
    SshServerFixture m_server;
    std::unique_ptr<SimHostShell> m_shell;
};

void TestGuiConnectFlow::initTestCase()
{
    TestEnvironment::usePrivateHome(m_home);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_shell = std::make_unique<SimHostShell>(m_server);
    // The user accepted this server's key before.
    QVERIFY(m_server.trustHostKeyIn(m_home.path()));
    m_shell->writeSetting(u"step-seconds"_s, u"0.2"_s);
    MessageBox::setRecordOnly(true);
}

void TestGuiConnectFlow::connectLaunchFollowDisconnect()
{
    ProfileStore store(m_home.path() + u"/config/raydeck/profiles.json"_s);
    QVERIFY(store.load());
    ServerProfile profile = m_shell->containerProfile(u"gpu-sim"_s, u"verl-gui"_s);
    const Result<ServerProfile> added = store.add(profile);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message()));
    MapSecretStore secrets;
    AppSettings settings(m_home.filePath(u"settings.ini"_s));

    MainWindow window(&store, &secrets, &settings);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectProfile(added->id);
    ServerPage *page = window.currentServerPage();
    QVERIFY(page);
    QCOMPARE(page->state(), ServerState::Disconnected);

    // Connect from the toolbar action.
    window.findChild<QAction *>(u"connectAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), ServerState::Connected, 120000);
    auto *steps = page->findChild<ConnectProgressWidget *>();
    QVERIFY(steps);
    for (int i = 0; i < steps->stepCount(); ++i)
        QVERIFY2(steps->stepText(i).startsWith(u"✓"_s), qPrintable(steps->stepText(i)));
    QVERIFY(window.findChild<QLabel *>(u"tunnelUrlStatusLabel"_s)->text().startsWith(u"http://127.0.0.1:"_s));
    QVERIFY(window.findChild<QLabel *>(u"rayVersionStatusLabel"_s)->text().startsWith(u"Ray "_s));

    // The dashboard renders through the tunnel.
    DashboardView *dashboard = page->dashboard();
    QVERIFY(dashboard);
    QString title;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            bool done = false;
            dashboard->page()->runJavaScript(u"document.body ? document.body.innerText : ''"_s, [&](const QVariant &v) {
                title = v.toString();
                done = true;
            });
            if (!QTest::qWaitFor([&] { return done; }, 5000))
                return false;
            return title.contains(u"Ray Dashboard"_s);
        }(),
        60000);

    screenshot(&window, u"connected-dashboard"_s);

    // Accessibility: every control a keyboard user can reach says what it is.
    QStringList unnamed;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisible() || !widget->isEnabled())
            continue;
        QWidget *parent = widget->parentWidget();
        // Parts of a composite control are named by the control itself.
        if (parent && (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent)
                       || qobject_cast<QAbstractScrollArea *>(parent) || parent->inherits("QWebEngineView")
                       || qobject_cast<QTabBar *>(parent) || qobject_cast<QToolBar *>(parent)))
            continue;
        if (qobject_cast<QScrollBar *>(widget) || widget->inherits("QWebEngineView")
            || widget->metaObject()->className() == QByteArray("QtWebEngineCore::RenderWidgetHostViewQtDelegateWidget"))
            continue;
        if (widget->accessibleName().isEmpty() && !qobject_cast<QAbstractButton *>(widget)
            && !qobject_cast<QTabBar *>(widget))
            unnamed << QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
        if (auto *button = qobject_cast<QAbstractButton *>(widget); button && button->accessibleName().isEmpty()
            && button->text().remove(u'&').trimmed().isEmpty())
            unnamed << u"button without text "_s + widget->objectName();
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));

    // sshd goes away: the dashboard shows the non-blocking overlay; when it is back the page reloads by itself.
    auto *overlay = dashboard->findChild<QLabel *>(u"dashboardReconnectingLabel"_s);
    QVERIFY(overlay);
    m_server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(page->state() == ServerState::Reconnecting, 60000);
    QVERIFY(overlay->isVisible());
    QSignalSpy reloaded(dashboard, &DashboardView::pageLoaded);
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), ServerState::Connected, 90000);
    QVERIFY(reloaded.count() > 0 || reloaded.wait(30000));
    QVERIFY(!overlay->isVisible());
    QVERIFY(!dashboard->isShowingError());

    // Launch a short PPO run from the form.
    LaunchForm *form = page->launchForm();
    form->applyPreset(u"ppo-gsm8k"_s);
    auto *extra = form->findChild<QPlainTextEdit *>(u"extraOverridesPlainTextEdit"_s);
    extra->setPlainText(u"trainer.total_training_steps=5"_s);
    form->revalidate();
    QVERIFY(!form->hasErrors());
    QTest::mouseClick(form->findChild<QPushButton *>(u"launchPushButton"_s), Qt::LeftButton);

    JobListModel *jobs = page->jobsPanel()->model();
    QString jobId;
    const auto findLaunched = [&] {
        for (const JobDetails &job : jobs->jobs()) {
            if (job.id().startsWith(u"gsm8k-"_s))
                jobId = job.id();
        }
        return !jobId.isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(findLaunched(), 60000);
    QCOMPARE(page->jobsPanel()->selectedJobId(), jobId);

    // The curves grow while the job runs; the jobs table shows the latest step and reward.
    CurvesView *curves = page->curvesView();
    QTRY_VERIFY_WITH_TIMEOUT(!curves->charts().isEmpty() && curves->charts().first()->linePoints(0).size() >= 2, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(curves->charts().first()->linePoints(0).size() >= 5, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(
        jobs->data(jobs->index(jobs->rowOf(jobId), JobListModel::ProgressColumn), Qt::DisplayRole).toString().contains(u"step"_s),
        30000);
    screenshot(&window, u"launch-form"_s);
    QTRY_COMPARE_WITH_TIMEOUT(jobs->job(jobId)->status, JobStatus::Succeeded, 60000);
    page->findChild<QTabWidget *>(u"serverTabWidget"_s)->setCurrentWidget(page->jobsPanel());
    screenshot(&window, u"job-logs"_s);
    page->findChild<QTabWidget *>(u"serverTabWidget"_s)->setCurrentIndex(2);
    screenshot(&window, u"curves"_s);

    // Every remote command is in the Console.
    auto *console = page->findChild<ConsoleWidget *>();
    QVERIFY(console && console->rowCount() >= 5);
    bool sawDockerRun = false;
    for (int row = 0; row < console->rowCount(); ++row)
        sawDockerRun = sawDockerRun || console->rowText(row).contains(u"docker run -d --name verl-gui"_s);
    QVERIFY(sawDockerRun);

    // Disconnect asks; "Yes" leaves Ray and the container running.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    window.findChild<QAction *>(u"disconnectAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), ServerState::Disconnected, 30000);
    QVERIFY(!m_shell->headInfo().isEmpty());
    m_shell->stopDaemons();
}

int main(int argc, char *argv[])
{
    if (::geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestGuiConnectFlow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_guiconnectflow.moc"
