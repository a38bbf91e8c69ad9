// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets in memory stay out of core files and debuggers: the real
// raydeck-cli and raydeck processes are started and inspected from outside
// through /proc while they run (the CLI blocked reading a password from stdin,
// which is exactly when it holds one).
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr uid_t kNobody = 65534;

QByteArray procFile(qint64 pid, const char *name)
{
    QFile file(u"/proc/%1/%2"_s.arg(pid).arg(QString::fromLatin1(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// "Max core file size  SOFT  HARD  bytes" from /proc/<pid>/limits.
QList<QByteArray> coreLimit(qint64 pid)
{
    for (const QByteArray &line : procFile(pid, "limits").split('\n')) {
        if (line.startsWith("Max core file size"))
            return line.mid(int(qstrlen("Max core file size"))).simplified().split(' ');
    }
    return {};
}

/// The owner of /proc/<pid>/status. The kernel shows a process that is not
/// dumpable (PR_SET_DUMPABLE 0) as owned by root, whatever user it runs as.
uid_t procOwner(qint64 pid)
{
    struct stat info{};
    if (::stat(QFile::encodeName(u"/proc/%1/status"_s.arg(pid)).constData(), &info) != 0)
        return uid_t(-1);
    return info.st_uid;
}

/// True while @p pid is blocked in read(0, ...): waiting for stdin.
bool isReadingStdin(qint64 pid)
{
    const QList<QByteArray> fields = procFile(pid, "syscall").trimmed().split(' ');
    return fields.size() > 1 && fields[0].toLong() == SYS_read && fields[1] == "0x0";
}

/// Lets the child dump core as far as its parent is concerned (so that a zero
/// limit can only come from the program itself), optionally as "nobody".
enum class RunAs { Caller, Nobody };
void allowCoreDumps(QProcess &process, RunAs user)
{
    process.setChildProcessModifier([user] {
        const rlimit unlimited{RLIM_INFINITY, RLIM_INFINITY};
        ::setrlimit(RLIMIT_CORE, &unlimited);
        if (user == RunAs::Nobody && (::setgroups(0, nullptr) != 0 || ::setgid(kNobody) != 0 || ::setuid(kNobody) != 0))
            ::_exit(126);
    });
}

} // namespace

class TestProcessHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cliHoldingAPasswordCannotDumpCore();
    void desktopAppCannotDumpCore();

private:
    QProcessEnvironment environment() const;

    QTemporaryDir m_home;
};

QProcessEnvironment TestProcessHardening::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.path() + u"/config"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, m_home.path() + u"/runtime"_s);
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    env.remove(u"SSH_AUTH_SOCK"_s);
    return env;
}

void TestProcessHardening::initTestCase()
{
    if (TestEnvironment::cliPath().isEmpty())
        QFAIL("RAYDECK_CLI is not set; run this test through ctest");
    QVERIFY(m_home.isValid());
    QDir().mkpath(m_home.path() + u"/runtime"_s);
    const TestEnvironment::CliRun added = TestEnvironment::runCli(
        {u"profiles"_s, u"add"_s, u"hardened"_s, u"--host"_s, u"gpu.example.org"_s, u"--auth"_s, u"password"_s}, {},
        environment());
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void TestProcessHardening::cliHoldingAPasswordCannotDumpCore()
{
    if (::geteuid() != 0)
        QSKIP("telling a non-dumpable process apart from outside needs root (it runs the CLI as another user)");
    // The CLI runs as "nobody" so that /proc shows whether it made itself non-dumpable.
    QCOMPARE(QProcess::execute(u"chown"_s, {u"-R"_s, u"%1:%1"_s.arg(kNobody), m_home.path()}), 0);

    QProcess cli;
    allowCoreDumps(cli, RunAs::Nobody);
    cli.setProcessEnvironment(environment());
    cli.start(TestEnvironment::cliPath(), {u"secret"_s, u"set"_s, u"hardened"_s, u"password"_s});
    QVERIFY2(cli.waitForStarted(10000), qPrintable(cli.errorString()));
    const qint64 pid = cli.processId();
    // stdin stays open: the CLI sits in read(0), past its start-up hardening.
    QTRY_VERIFY2_WITH_TIMEOUT(isReadingStdin(pid) || cli.state() == QProcess::NotRunning,
                              "raydeck-cli never waited for the password on stdin", 30000);
    QVERIFY2(cli.state() == QProcess::Running, cli.readAllStandardError().constData());

    // A control run as the same user, that does nothing about dumps: the check can tell the difference.
    QProcess control;
    allowCoreDumps(control, RunAs::Nobody);
    control.start(u"cat"_s, {});
    QVERIFY(control.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(isReadingStdin(control.processId()), 10000);
    QCOMPARE(procOwner(control.processId()), kNobody);
    QCOMPARE(coreLimit(control.processId()).value(0), QByteArray("unlimited"));

    const QList<QByteArray> limit = coreLimit(pid);
    qInfo("raydeck-cli pid %lld: core limit %s, /proc owner uid %u", pid, limit.join(' ').constData(),
          unsigned(procOwner(pid)));
#ifdef NDEBUG
    QVERIFY2(limit.size() >= 2, procFile(pid, "limits").constData());
    QCOMPARE(limit[0], QByteArray("0"));
    QCOMPARE(limit[1], QByteArray("0"));
    QCOMPARE(procOwner(pid), uid_t(0)); // PR_SET_DUMPABLE 0: no core, no ptrace by the same user
#else
    // Debug builds keep core dumps on purpose, to investigate crashes.
    QCOMPARE(procOwner(pid), kNobody);
#endif

    cli.closeWriteChannel();
    if (!cli.waitForFinished(30000))
        cli.kill();
    control.closeWriteChannel();
    control.waitForFinished(10000);
}

void TestProcessHardening::desktopAppCannotDumpCore()
{
    const QString app = QString::fromLocal8Bit(qgetenv("RAYDECK_APP"));
    if (app.isEmpty())
        QFAIL("RAYDECK_APP is not set; run this test through ctest");
    QProcess raydeck;
    QProcessEnvironment env = environment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    if (::geteuid() == 0)
        env.insert(u"QTWEBENGINE_DISABLE_SANDBOX"_s, u"1"_s);
    raydeck.setProcessEnvironment(env);
    allowCoreDumps(raydeck, RunAs::Caller);
    raydeck.start(app, {});
    QVERIFY2(raydeck.waitForStarted(10000), qPrintable(raydeck.errorString()));
    const qint64 pid = raydeck.processId();
    // Threads appear once QApplication runs, which is after the hardening in main().
    QTRY_VERIFY_WITH_TIMEOUT(QDir(u"/proc/%1/task"_s.arg(pid)).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() > 1
                                 || raydeck.state() == QProcess::NotRunning,
                             30000);
    QVERIFY2(raydeck.state() == QProcess::Running, raydeck.readAllStandardError().constData());
    const QList<QByteArray> limit = coreLimit(pid);
    qInfo("raydeck pid %lld: core limit %s", pid, limit.join(' ').constData());
#ifdef NDEBUG
    QVERIFY2(limit.size() >= 2, procFile(pid, "limits").constData());
    QCOMPARE(limit[0], QByteArray("0"));
    QCOMPARE(limit[1], QByteArray("0"));
#endif
    raydeck.terminate();
    if (!raydeck.waitForFinished(30000))
        raydeck.kill();
}

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
