// SPDX-License-Identifier: GPL-3.0-or-later
// The remote Ray head dies while the app is connected (the SSH connection and
// the tunnel stay up): the embedded dashboard and the jobs table say so, and
// both recover by themselves once a head runs again. Offscreen, against a real
// sshd and the simulated GPU host, whose head daemon is killed with SIGKILL.
#include "MainWindow.h"
#include "MapSecretStore.h"
#include "SimHostShell.h"
#include "SshServerFixture.h"
#include "TestEnvironment.h"

#include "dashboard/DashboardPage.h"
#include "dashboard/DashboardView.h"
#include "jobs/JobsPanel.h"
#include "profiles/MessageBox.h"
#include "profiles/ProfileStore.h"
#include "ray/JobListModel.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestGuiRayHead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedHeadIsShownAndRecovered();

private:
    /// The page's visible text, or empty if it could not be read in time.
    QString pageText(DashboardView *dashboard);

    QTemporaryDir m_home;
    SshServerFixture m_server;
    std::unique_ptr<SimHostShell> m_shell;
};

void TestGuiRayHead::initTestCase()
{
    TestEnvironment::usePrivateHome(m_home);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_shell = std::make_unique<SimHostShell>(m_server);
    QVERIFY(m_server.trustHostKeyIn(m_home.path()));
    MessageBox::setRecordOnly(true);
}

void TestGuiRayHead::cleanupTestCase()
{
    if (m_shell)
        m_shell->stopDaemons();
}

QString TestGuiRayHead::pageText(DashboardView *dashboard)
{
    QString text;
    bool done = false;
    dashboard->page()->runJavaScript(u"document.body ? document.body.innerText : ''"_s, [&](const QVariant &value) {
        text = value.toString();
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 5000) ? text : QString();
}

void TestGuiRayHead::killedHeadIsShownAndRecovered()
{
    ProfileStore store(m_home.path() + u"/config/raydeck/profiles.json"_s);
    QVERIFY(store.load());
    ServerProfile profile = m_shell->containerProfile(u"gpu-sim"_s, u"verl-head"_s);
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
    window.findChild<QAction *>(u"connectAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), ServerState::Connected, 120000);

    DashboardView *dashboard = page->dashboard();
    QVERIFY(dashboard);
    QTRY_VERIFY_WITH_TIMEOUT(pageText(dashboard).contains(u"Ray Dashboard"_s), 60000);
    JobsPanel *jobs = page->jobsPanel();
    auto *jobsMessage = jobs->findChild<QLabel *>(u"jobsMessageLabel"_s);
    QVERIFY(jobsMessage);
    QSignalSpy refreshed(jobs, &JobsPanel::refreshed);
    QVERIFY(refreshed.wait(30000));
    QVERIFY(!jobsMessage->isVisible());

    // The head daemon dies (OOM killer, a crash): SIGKILL, no goodbye.
    const QJsonObject head = m_shell->headInfo();
    const qint64 pid = head.value(u"pid"_s).toInteger();
    QVERIFY2(pid > 0, "no Ray head runs on the simulated host");
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!SimHostShell::processAlive(pid), 10000);

    // The jobs table says so...
    QTRY_VERIFY_WITH_TIMEOUT(jobsMessage->isVisible(), 30000);
    qInfo("jobs panel: %s", qPrintable(jobsMessage->text()));
    QVERIFY2(jobsMessage->text().contains(u"Ray head"_s), qPrintable(jobsMessage->text()));
    // ... and so does the dashboard view, instead of a page frozen on old data.
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->isShowingError(), 30000);
    qInfo("dashboard: %s", qPrintable(dashboard->errorText()));
    QVERIFY2(dashboard->errorText().contains(u"Ray head does not answer"_s), qPrintable(dashboard->errorText()));
    // The SSH connection itself is fine: nothing to reconnect.
    QCOMPARE(page->state(), ServerState::Connected);

    // Ray comes back (the user restarts it, or a supervisor does): the same
    // `ray start --head` RayDeck ran at connect, replayed on the host.
    QStringList startHead;
    for (const QStringList &argv : m_shell->argvLog()) {
        if (argv.value(0) == u"docker" && argv.contains(u"start"_s) && argv.contains(u"--head"_s))
            startHead = argv;
    }
    QVERIFY2(!startHead.isEmpty(), "the connect did not start the head through docker exec");
    const RemoteRun restarted = m_shell->runArgs(startHead);
    QVERIFY2(restarted.exitCode == 0, restarted.err.constData());

    QSignalSpy reloaded(dashboard, &DashboardView::pageLoaded);
    QTRY_VERIFY_WITH_TIMEOUT(!jobsMessage->isVisible(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isShowingError(), 30000);
    QVERIFY(reloaded.count() > 0 || reloaded.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(pageText(dashboard).contains(u"Ray Dashboard"_s), 60000);
    QCOMPARE(page->state(), ServerState::Connected);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    window.findChild<QAction *>(u"disconnectAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), ServerState::Disconnected, 30000);
}

int main(int argc, char *argv[])
{
    if (::geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestGuiRayHead test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_guirayhead.moc"
