// SPDX-License-Identifier: GPL-3.0-or-later
// No secret leaks: a full flow with a login password (or key passphrase), a
// Ray token and a secret job variable, through raydeck-cli and through the
// desktop app (real keychain, real sshd, the simulated GPU host), then every
// place a secret could end up is searched for the three values: every file
// RayDeck wrote under its home, config, data and cache folders, the CLI's
// stdout and stderr, every log message of the app, the Console tab, the launch
// preview and the CLI's dry run, the stand-ins' argv log, and the machine's
// process list (ps -eo args) sampled while jobs were submitted.
#include "MainWindow.h"
#include "SimHostShell.h"
#include "SshServerFixture.h"
#include "TestEnvironment.h"

#include "console/ConsoleWidget.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/DashboardView.h"
#include "jobs/JobsPanel.h"
#include "launch/LaunchForm.h"
#include "profiles/MessageBox.h"
#include "profiles/ProfileStore.h"
#include "ray/JobListModel.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <csignal>
#include <unistd.h>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {

// Everything the app logs (all threads), kept to be searched.
QMutex g_logMutex;
QByteArray g_log;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&g_logMutex);
        g_log += message.toUtf8() + '\n';
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QString randomSecret(const QString &prefix)
{
    // Long and random, so that a match can only be the secret itself.
    return prefix + QString::number(QRandomGenerator::global()->generate64(), 36)
        + QString::number(QRandomGenerator::global()->generate64(), 36);
}

} // namespace

class TestSecretLeaks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scannerFindsAPlantedSecret();
    void cliFlowLeaksNothing();
    void desktopFlowLeaksNothing();
    void nothingRayDeckWroteHoldsASecret();

private:
    QProcessEnvironment environment() const;
    TestEnvironment::CliRun cli(const QStringList &arguments, const QByteArray &input = {});
    /// "where: which secret" for every secret (in any usual encoding) found in @p text.
    QStringList leaksIn(const QByteArray &text, const QString &where) const;
    void startSamplingProcesses();
    void stopSamplingProcesses();

    QTemporaryDir m_home;
    SshServerFixture m_server;
    std::unique_ptr<SimHostShell> m_shell;
    QString m_loginKind; // "password" or "passphrase"
    QString m_loginSecret;
    QString m_rayToken;
    QString m_jobSecret;
    QStringList m_leaks;
    QByteArray m_cliOutput;
    QList<QByteArray> m_processLists;
    QTimer m_sampler;
};

QProcessEnvironment TestSecretLeaks::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.path() + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_home.path() + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, m_home.path() + u"/cache"_s);
    env.insert(u"XDG_STATE_HOME"_s, m_home.path() + u"/state"_s);
    env.remove(u"SSH_AUTH_SOCK"_s);
    return env;
}

TestEnvironment::CliRun TestSecretLeaks::cli(const QStringList &arguments, const QByteArray &input)
{
    const TestEnvironment::CliRun run = TestEnvironment::runCli(arguments, input, environment(), 120000);
    m_cliOutput += run.out.toUtf8() + '\n' + run.err.toUtf8() + '\n';
    return run;
}

QStringList TestSecretLeaks::leaksIn(const QByteArray &text, const QString &where) const
{
    QStringList found;
    const QList<std::pair<QString, QString>> secrets{
        {m_loginKind, m_loginSecret}, {u"Ray token"_s, m_rayToken}, {u"job secret"_s, m_jobSecret}};
    for (const auto &[name, value] : secrets) {
        const QByteArray utf8 = value.toUtf8();
        if (text.contains(utf8) || text.contains(QUrl::toPercentEncoding(value)) || text.contains(utf8.toBase64())
            || text.contains(utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)))
            found << where + u": "_s + name;
    }
    return found;
}

void TestSecretLeaks::startSamplingProcesses()
{
    m_sampler.setInterval(20);
    connect(&m_sampler, &QTimer::timeout, this, [this] {
        QProcess ps;
        ps.start(u"ps"_s, {u"-eo"_s, u"args"_s});
        if (ps.waitForFinished(5000))
            m_processLists << ps.readAllStandardOutput();
    });
    m_sampler.start();
}

void TestSecretLeaks::stopSamplingProcesses()
{
    m_sampler.stop();
    m_sampler.disconnect(this);
}

void TestSecretLeaks::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(recordMessage);
    // The app's own files go under this folder only.
    TestEnvironment::usePrivateHome(m_home);
    // Everything at the most verbose, so a secret in any debug line is seen.
    QLoggingCategory::setFilterRules(u"raydeck.*=true"_s);

    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_shell = std::make_unique<SimHostShell>(m_server);
    m_shell->writeSetting(u"step-seconds"_s, u"0.1"_s);
    m_rayToken = randomSecret(u"tok-"_s);
    m_jobSecret = randomSecret(u"env-"_s);
    QVERIFY(m_shell->writeSetting(u"ray-token"_s, m_rayToken));

    QStringList add{u"profiles"_s, u"add"_s, u"gpu"_s, u"--host"_s, m_server.host(), u"--port"_s,
                    QString::number(m_server.port()), u"--container"_s, u"verl-secret"_s, u"--image"_s,
                    u"verlai/verl:latest"_s, u"--dashboard-port"_s, QString::number(SimHostShell::freePort()),
                    u"--local-port"_s, u"0"_s};
    if (!m_server.passwordUser().isEmpty()) {
        // The password account runs the simulated docker and ray: let it
        // into the host's state folder (only through it, not list the keys).
        QCOMPARE(QProcess::execute(u"chmod"_s, {u"711"_s, m_server.stateDir()}), 0);
        QCOMPARE(QProcess::execute(u"chown"_s, {u"-R"_s, m_server.passwordUser(), m_server.remoteStateDir()}), 0);
        m_loginKind = u"password"_s;
        m_loginSecret = m_server.password();
        add << u"--user"_s << m_server.passwordUser() << u"--auth"_s << u"password"_s;
    } else {
        // Without root there is no password account: the key passphrase is the login secret.
        m_loginKind = u"passphrase"_s;
        m_loginSecret = m_server.keyPassphrase();
        add << u"--user"_s << m_server.user() << u"--auth"_s << u"key"_s << u"--identity"_s
            << m_server.passphraseKeyPath();
    }
    QVERIFY(!m_loginSecret.isEmpty());
    const auto added = cli(add);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    for (const auto &[kind, value] : {std::pair{m_loginKind, m_loginSecret}, std::pair{u"ray-token"_s, m_rayToken},
                                      std::pair{u"env:WANDB_API_KEY"_s, m_jobSecret}}) {
        const auto stored = cli({u"secret"_s, u"set"_s, u"gpu"_s, kind}, value.toUtf8() + '\n');
        QVERIFY2(stored.exitCode == 0, qPrintable(kind + u": "_s + stored.err));
    }
}

void TestSecretLeaks::cleanupTestCase()
{
    stopSamplingProcesses();
    if (m_shell)
        m_shell->stopDaemons();
    qInstallMessageHandler(g_previousHandler);
}

void TestSecretLeaks::scannerFindsAPlantedSecret()
{
    // The search must be able to fail: a planted secret is found in every encoding it checks.
    QVERIFY(!leaksIn("x " + m_jobSecret.toUtf8() + " y", u"plain"_s).isEmpty());
    QVERIFY(!leaksIn(m_rayToken.toUtf8().toBase64(), u"base64"_s).isEmpty());
    QVERIFY(leaksIn("nothing to see", u"clean"_s).isEmpty());
}

void TestSecretLeaks::cliFlowLeaksNothing()
{
    // up (container, head, tunnel), then stop it: Ray stays up.
    QProcess up;
    up.setProcessEnvironment(environment());
    up.start(TestEnvironment::cliPath(), {u"up"_s, u"gpu"_s, u"--accept-new-host-key"_s});
    QByteArray upOutput;
    QTRY_VERIFY_WITH_TIMEOUT((upOutput += up.readAllStandardOutput(),
                              upOutput.contains("Dashboard: ") || up.state() == QProcess::NotRunning),
                             120000);
    if (up.state() == QProcess::Running && up.processId() > 0)
        ::kill(pid_t(up.processId()), SIGTERM);
    QVERIFY(up.state() == QProcess::NotRunning || up.waitForFinished(30000));
    upOutput += up.readAllStandardOutput() + up.readAllStandardError();
    m_cliOutput += upOutput;
    QVERIFY2(upOutput.contains("Dashboard: "), upOutput.constData());

    const auto dryRun = cli({u"submit"_s, u"gpu"_s, u"--preset"_s, u"ppo-gsm8k"_s, u"--dry-run"_s, u"--"_s,
                             u"trainer.total_training_steps=2"_s});
    QVERIFY2(dryRun.exitCode == 0, qPrintable(dryRun.err));
    QVERIFY2(dryRun.out.contains(u"WANDB_API_KEY"_s), qPrintable(dryRun.out)); // the variable is there, masked
    m_leaks << leaksIn(dryRun.out.toUtf8(), u"CLI dry run"_s);

    startSamplingProcesses();
    const auto submitted = cli({u"submit"_s, u"gpu"_s, u"--preset"_s, u"ppo-gsm8k"_s, u"--submission-id"_s,
                                u"secret-cli-1"_s, u"--wait"_s, u"--"_s, u"trainer.total_training_steps=2"_s});
    stopSamplingProcesses();
    QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.out + submitted.err));
    for (const QStringList &arguments : {QStringList{u"jobs"_s, u"gpu"_s}, QStringList{u"jobs"_s, u"gpu"_s, u"--json"_s},
                                          QStringList{u"logs"_s, u"gpu"_s, u"secret-cli-1"_s},
                                          QStringList{u"metrics"_s, u"gpu"_s, u"secret-cli-1"_s, u"--csv"_s},
                                          QStringList{u"profiles"_s, u"show"_s, u"gpu"_s},
                                          QStringList{u"exec"_s, u"gpu"_s, u"--"_s, u"env"_s}}) {
        const auto run = cli(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(arguments.join(u' ') + u": "_s + run.err));
    }

    // The secrets were really used: the head saw the token and received the job variable.
    const QList<QJsonObject> requests = m_shell->requestLog();
    bool sawToken = false;
    bool sawJobSecret = false;
    for (const QJsonObject &request : requests) {
        const QByteArray text = QJsonDocument(request).toJson(QJsonDocument::Compact);
        sawToken = sawToken || text.contains(m_rayToken.toUtf8());
        sawJobSecret = sawJobSecret || text.contains(m_jobSecret.toUtf8());
    }
    QVERIFY(sawToken);
    QVERIFY(sawJobSecret);
    m_leaks << leaksIn(m_cliOutput, u"raydeck-cli output"_s);
    QVERIFY2(m_leaks.isEmpty(), qPrintable(m_leaks.join(u'\n')));
}

void TestSecretLeaks::desktopFlowLeaksNothing()
{
    ProfileStore store(m_home.path() + u"/config/raydeck/profiles.json"_s);
    QVERIFY(store.load());
    const std::optional<ServerProfile> profile = store.profileNamed(u"gpu"_s);
    QVERIFY(profile);
    KeychainSecretStore secrets;
    AppSettings settings(m_home.filePath(u"settings.ini"_s));
    MessageBox::setRecordOnly(true);

    MainWindow window(&store, &secrets, &settings);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectProfile(profile->id);
    ServerPage *page = window.currentServerPage();
    QVERIFY(page);
    window.findChild<QAction *>(u"connectAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(page->state() == ServerState::Connected || page->state() == ServerState::Failed, 120000);
    QCOMPARE(page->state(), ServerState::Connected);

    // The dashboard renders: the token reached the head (as a header, on the tunnel's origin).
    DashboardView *dashboard = page->dashboard();
    QString pageText;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            bool done = false;
            dashboard->page()->runJavaScript(u"document.body ? document.body.innerText : ''"_s, [&](const QVariant &v) {
                pageText = v.toString();
                done = true;
            });
            return QTest::qWaitFor([&] { return done; }, 5000) && pageText.contains(u"Ray Dashboard"_s);
        }(),
        60000);
    m_leaks << leaksIn(pageText.toUtf8(), u"dashboard page text"_s);

    LaunchForm *form = page->launchForm();
    form->applyPreset(u"ppo-gsm8k"_s);
    form->findChild<QPlainTextEdit *>(u"extraOverridesPlainTextEdit"_s)->setPlainText(u"trainer.total_training_steps=2"_s);
    form->revalidate();
    QVERIFY(!form->hasErrors());
    const QString preview = form->previewText();
    QVERIFY2(preview.contains(u"WANDB_API_KEY"_s), qPrintable(preview));
    m_leaks << leaksIn(preview.toUtf8(), u"launch preview"_s);

    startSamplingProcesses();
    QTest::mouseClick(form->findChild<QPushButton *>(u"launchPushButton"_s), Qt::LeftButton);
    JobListModel *jobs = page->jobsPanel()->model();
    QString jobId;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const JobDetails &job : jobs->jobs()) {
                if (job.id().startsWith(u"gsm8k-"_s))
                    jobId = job.id();
            }
            return !jobId.isEmpty();
        }(),
        60000);
    QTRY_COMPARE_WITH_TIMEOUT(jobs->job(jobId)->status, JobStatus::Succeeded, 60000);
    stopSamplingProcesses();

    auto *console = page->findChild<ConsoleWidget *>();
    QVERIFY(console && console->rowCount() > 0);
    QByteArray consoleText;
    for (int row = 0; row < console->rowCount(); ++row)
        consoleText += console->rowText(row).toUtf8() + '\n';
    m_leaks << leaksIn(consoleText, u"Console tab"_s);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    window.findChild<QAction *>(u"disconnectAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), ServerState::Disconnected, 30000);
    QVERIFY2(m_leaks.isEmpty(), qPrintable(m_leaks.join(u'\n')));
}

void TestSecretLeaks::nothingRayDeckWroteHoldsASecret()
{
    // Every file under RayDeck's home (config, profiles, job history, settings, logs, CSV, web storage).
    int files = 0;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++files;
        m_leaks << leaksIn(file.readAll(), QDir(m_home.path()).relativeFilePath(path));
    }
    qInfo("searched %d files RayDeck wrote, %lld log bytes, %lld process lists", files, qint64(g_log.size()),
          qint64(m_processLists.size()));
    QVERIFY(files > 0);
    QVERIFY(m_processLists.size() > 0);

    {
        QMutexLocker locker(&g_logMutex);
        m_leaks << leaksIn(g_log, u"log messages"_s);
    }
    for (const QByteArray &list : std::as_const(m_processLists))
        m_leaks << leaksIn(list, u"process list (ps -eo args)"_s);
    QFile argvLog(m_shell->stateDir() + u"/argv.log"_s);
    QVERIFY(argvLog.open(QIODevice::ReadOnly));
    m_leaks << leaksIn(argvLog.readAll(), u"remote argv.log"_s);
    m_leaks.removeDuplicates();
    QVERIFY2(m_leaks.isEmpty(), qPrintable(m_leaks.join(u'\n')));
}

int main(int argc, char *argv[])
{
    if (::geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestSecretLeaks test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretleaks.moc"
