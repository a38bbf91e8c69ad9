// SPDX-License-Identifier: GPL-3.0-or-later
// The live log tail end to end: the simulated GPU host is brought up over a
// real sshd, jobs run on its Ray head stand-in, and JobLogFollower reads
// /api/jobs/{id}/logs/tail through RayDeck's own SSH tunnel. The head drops
// one stream in the middle (abruptly, or with a clean close while the job
// still runs); a 200 MB log streams into a JobLogView while memory is sampled.
#include "RefusingPrompter.h"
#include "SimHostShell.h"
#include "ProcessMemory.h"
#include "SshServerFixture.h"

#include "hydra/HydraOverrideParser.h"
#include "hydra/LaunchPresets.h"
#include "jobs/JobLogView.h"
#include "jobs/JobSubmissionBuilder.h"
#include "ray/JobLogFollower.h"
#include "ray/RayJobsClient.h"
#include "remote/CommandLog.h"
#include "session/ServerSession.h"
#include "session/SessionPrompter.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#include <unistd.h>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {
// Samples this process's memory footprint (RSS; the heap in use under
// AddressSanitizer) from a thread of its own, so a busy event loop cannot hide a peak.
class MemorySampler
{
public:
    MemorySampler()
        : m_baseline(ProcessMemory::footprintBytes())
        , m_peak(m_baseline)
        , m_thread([this] {
            while (!m_stop.load()) {
                const qint64 now = ProcessMemory::footprintBytes();
                qint64 peak = m_peak.load();
                while (now > peak && !m_peak.compare_exchange_weak(peak, now)) {
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
        })
    {
    }
    ~MemorySampler() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    qint64 baseline() const { return m_baseline; }
    qint64 peak() const { return m_peak.load(); }

private:
    qint64 m_baseline;
    std::atomic<qint64> m_peak;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

QByteArray sha256Of(const QString &path, qint64 *size)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    *size = file.size();
    hash.addData(&file);
    return hash.result().toHex();
}
} // namespace

class TestJobLogTail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void reconnectInTheMiddleLosesNothing_data();
    void reconnectInTheMiddleLosesNothing();
    void hugeLogKeepsMemoryBounded();

private:
    QString submit(const QStringList &extraOverrides);
    QString hostLogPath(const QString &jobId) const;

    QTemporaryDir m_home;
    SshServerFixture m_server;
    std::unique_ptr<SimHostShell> m_shell;
    RefusingPrompter m_prompter;
    CommandLog m_log;
    std::unique_ptr<ServerSession> m_session;
};

void TestJobLogTail::initTestCase()
{
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_shell = std::make_unique<SimHostShell>(m_server);
    QVERIFY(m_server.trustHostKeyIn(m_home.path()));
    ServerProfile profile = m_shell->containerProfile(u"log-tail"_s, u"verl-logs"_s);
    profile.id = u"log-tail"_s;
    m_session = std::make_unique<ServerSession>(profile, nullptr, &m_prompter, &m_log);
    m_session->connectionSettings().reconnect.mode = ReconnectPolicy::Mode::Never;
    QSignalSpy up(m_session.get(), &ServerSession::upFinished);
    m_session->up(ConnectMode::StartWhatIsMissing);
    QVERIFY(up.wait(180000));
    const auto result = up.first().first().value<Result<ConnectResult>>();
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toDisplayString()));
    QVERIFY(m_session->rayClient());
}

void TestJobLogTail::cleanupTestCase()
{
    m_session.reset();
    if (m_shell)
        m_shell->stopDaemons();
}

void TestJobLogTail::init()
{
    m_shell->removeSetting(u"ray-tail-drop-after-lines"_s);
    m_shell->removeSetting(u"ray-tail-drop-mode"_s);
}

QString TestJobLogTail::submit(const QStringList &extraOverrides)
{
    JobLaunch launch;
    launch.profileId = u"log-tail"_s;
    launch.overrides = LaunchPresets::find(u"ppo-gsm8k"_s)->overrides();
    for (const QString &text : extraOverrides)
        launch.overrides << HydraOverrideParser::parse(text).value();
    launch = JobSubmissionBuilder::withDefaults(launch, QDateTime::currentDateTime());
    static int counter = 0;
    launch.submissionId += u'-' + QString::number(++counter);
    std::optional<Result<QString>> submitted;
    m_session->submitJob(launch, this, [&submitted](Result<QString> id) { submitted = std::move(id); });
    if (!QTest::qWaitFor([&] { return submitted.has_value(); }, 60000) || !*submitted) {
        qWarning() << "submission failed:" << (submitted && !*submitted ? submitted->error().toDisplayString() : u"timeout"_s);
        return {};
    }
    return submitted->value();
}

QString TestJobLogTail::hostLogPath(const QString &jobId) const
{
    return m_shell->stateDir() + u"/tmp/ray/session_latest/logs/job-driver-"_s + jobId + u".log"_s;
}

void TestJobLogTail::reconnectInTheMiddleLosesNothing_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("link breaks") << u"abort"_s;
    QTest::newRow("clean close while running") << u"close"_s;
}

void TestJobLogTail::reconnectInTheMiddleLosesNothing()
{
    QFETCH(QString, mode);
    m_shell->writeSetting(u"step-seconds"_s, u"0.15"_s);
    m_shell->writeSetting(u"ray-tail-drop-after-lines"_s, u"25"_s);
    m_shell->writeSetting(u"ray-tail-drop-mode"_s, mode);
    const QString id = submit({u"trainer.total_training_steps=12"_s, u"trainer.logger=console"_s});
    QVERIFY(!id.isEmpty());

    JobLogFollower follower(m_session->rayClient(), id);
    QString received;
    connect(&follower, &JobLogFollower::logReceived, this, [&received](const QString &text) { received += text; });
    QSignalSpy reconnecting(&follower, &JobLogFollower::reconnecting);
    QSignalSpy finished(&follower, &JobLogFollower::finished);
    QSignalSpy failed(&follower, &JobLogFollower::failed);
    follower.start();
    QVERIFY2(finished.wait(120000), qPrintable(failed.isEmpty() ? u"no end"_s : failed.first().first().value<Error>().message()));
    QCOMPARE(finished.first().first().value<JobStatus>(), JobStatus::Succeeded);

    // The stream did drop while the job ran (the follower asked and heard "still running"), exactly once.
    QVERIFY(!QFile::exists(m_shell->stateDir() + u"/ray-tail-drop-after-lines"_s));
    QCOMPARE(reconnecting.count(), 1);

    // Nothing lost, nothing twice: what the follower delivered is the driver log byte for byte.
    QFile hostLog(hostLogPath(id));
    QVERIFY(hostLog.open(QIODevice::ReadOnly));
    const QString expected = QString::fromUtf8(hostLog.readAll());
    QVERIFY(expected.count(u"step:"_s) >= 12);
    QCOMPARE(received.size(), expected.size());
    QCOMPARE(received, expected);

    // After each close the follower checked the job before deciding: tail, status, tail, status.
    QStringList sequence;
    const QString jobPath = u"/api/jobs/"_s + id;
    for (const QJsonObject &request : m_shell->requestLog()) {
        const QString path = request.value(u"path"_s).toString();
        if (path == jobPath + u"/logs/tail"_s)
            sequence << u"tail"_s;
        else if (path == jobPath && request.value(u"method"_s).toString() == u"GET"_s)
            sequence << u"status"_s;
    }
    QCOMPARE(sequence, (QStringList{u"tail"_s, u"status"_s, u"tail"_s, u"status"_s}));
}

void TestJobLogTail::hugeLogKeepsMemoryBounded()
{
    constexpr int megabytes = 200;
    m_shell->writeSetting(u"step-seconds"_s, u"0.05"_s);
    JobLogView view;
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    MemorySampler memory;
    const QString id = submit({u"trainer.total_training_steps=2"_s, u"trainer.logger=console"_s,
                               u"+raydeck_sim.log_mb=%1"_s.arg(megabytes)});
    QVERIFY(!id.isEmpty());
    JobLogFollower follower(m_session->rayClient(), id);
    view.setFollower(&follower);
    QSignalSpy finished(&follower, &JobLogFollower::finished);
    QElapsedTimer clock;
    clock.start();
    follower.start();
    QVERIFY(finished.wait(900000));
    view.flush();
    memory.stop();
    const double seconds = clock.elapsed() / 1000.0;
    const qint64 growth = memory.peak() - memory.baseline();
    qInfo("200 MB log: %.1f s, %s baseline %.1f MiB, peak %.1f MiB, growth %.1f MiB; %lld lines received, %d on "
          "screen",
          seconds, ProcessMemory::footprintName(), memory.baseline() / 1048576.0, memory.peak() / 1048576.0, growth / 1048576.0,
          qint64(view.lineCount() + view.trimmedLineCount()), view.lineCount());

    // Everything arrived (on disk), the screen kept only the newest lines and says so.
    qint64 hostSize = 0;
    const QByteArray hostHash = sha256Of(hostLogPath(id), &hostSize);
    QVERIFY(hostSize > qint64(megabytes) * 1024 * 1024);
    QCOMPARE(view.fullLogSize(), hostSize);
    QCOMPARE(view.lineCount(), JobLogView::maxLines);
    QVERIFY(view.trimmedLineCount() > 1000000);
    auto *note = view.findChild<QLabel *>(u"jobLogTrimmedLabel"_s);
    QVERIFY(note && note->isVisible());
    QVERIFY(note->text().contains(u"save to file for the full log"_s));
    QVERIFY(view.text().contains(u"Final validation metrics"_s));

    // Save gives the full log, byte for byte.
    QTemporaryDir out;
    const QString saved = out.filePath(u"job.log"_s);
    const Result<void> written = view.saveToFile(saved);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message()));
    qint64 savedSize = 0;
    QCOMPARE(sha256Of(saved, &savedSize), hostHash);
    QCOMPARE(savedSize, hostSize);

    // The bound: a fraction of the log itself (200 MB of text is 400 MB as QString).
    QVERIFY2(growth < qint64(80) * 1024 * 1024, qPrintable(u"%1 grew by %2 MiB"_s.arg(QString::fromLatin1(ProcessMemory::footprintName())).arg(growth / 1048576.0)));
}

QTEST_MAIN(TestJobLogTail)
#include "tst_joblogtail.moc"
