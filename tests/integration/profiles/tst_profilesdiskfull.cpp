// SPDX-License-Identifier: GPL-3.0-or-later
// Saving server profiles on a full disk: a tiny tmpfs mounted by the test and
// filled to the last byte. The previous file must survive byte for byte, no
// half-written temporary may be left behind, and the user (in the library and
// through raydeck-cli) is told that the disk is full and what to do.
#include "TestEnvironment.h"

#include "profiles/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestProfilesDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fullDiskKeepsThePreviousFileAndSaysWhy();
    void cliOnAFullDiskFailsWithTheReason();
    void freeingSpaceLetsSavingWorkAgain();

private:
    QString profilesPath() const { return m_mountPoint + u"/raydeck/profiles.json"_s; }
    QByteArray profilesBytes() const;
    /// Writes a filler file until the file system refuses (ENOSPC).
    bool fillUp();
    /// Files in the profiles folder besides the ones a save is allowed to leave.
    QStringList strayFiles() const;

    QTemporaryDir m_dir;
    QString m_mountPoint;
    bool m_mounted = false;
    QByteArray m_savedBytes;
};

void TestProfilesDiskFull::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_mountPoint = m_dir.filePath(u"small-disk"_s);
    QVERIFY(QDir().mkpath(m_mountPoint));
    QProcess mount;
    mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=256k,mode=0700"_s, u"raydeck-diskfull"_s, m_mountPoint});
    mount.waitForFinished(30000);
    if (mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0) {
        QSKIP(qPrintable(u"mounting a small tmpfs is not permitted here (needs root or CAP_SYS_ADMIN): "_s
                         + QString::fromLocal8Bit(mount.readAllStandardError()).trimmed()));
    }
    m_mounted = true;

    // The state a user had before the disk filled up: one saved profile.
    ProfileStore store(profilesPath());
    QVERIFY(store.load());
    ServerProfile first;
    first.name = u"first"_s;
    first.host = u"gpu-1.example.org"_s;
    first.user = u"trainer"_s;
    QVERIFY(store.add(first));
    m_savedBytes = profilesBytes();
    QVERIFY(m_savedBytes.contains("gpu-1.example.org"));
    QVERIFY(fillUp());
}

void TestProfilesDiskFull::cleanupTestCase()
{
    if (m_mounted)
        QProcess::execute(u"umount"_s, {u"-l"_s, m_mountPoint});
}

QByteArray TestProfilesDiskFull::profilesBytes() const
{
    QFile file(profilesPath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool TestProfilesDiskFull::fillUp()
{
    const QByteArray path = QFile::encodeName(m_mountPoint + u"/filler"_s);
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (fd < 0)
        return false;
    const QByteArray block(4096, 'f');
    int lastError = 0;
    for (;;) {
        if (::write(fd, block.constData(), size_t(block.size())) < 0) {
            lastError = errno;
            break;
        }
    }
    // Smaller writes take whatever is left of a partly used page.
    while (::write(fd, "f", 1) == 1) {
    }
    ::close(fd);
    return lastError == ENOSPC;
}

QStringList TestProfilesDiskFull::strayFiles() const
{
    QStringList entries = QDir(m_mountPoint + u"/raydeck"_s).entryList(QDir::Files | QDir::Hidden);
    entries.removeAll(u"profiles.json"_s);
    entries.removeAll(u"profiles.json.lock"_s);
    return entries;
}

void TestProfilesDiskFull::fullDiskKeepsThePreviousFileAndSaysWhy()
{
    ProfileStore store(profilesPath());
    QVERIFY(store.load());
    QCOMPARE(store.profiles().size(), 1);
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);

    ServerProfile second;
    second.name = u"second"_s;
    second.host = u"gpu-2.example.org"_s;
    const Result<ServerProfile> added = store.add(second);
    QVERIFY2(!added, "saving on a full disk reported success");
    QCOMPARE(added.error().code(), Error::Code::Io);
    const QString message = added.error().message();
    qInfo("message: %s", qPrintable(added.error().toDisplayString()));
    QVERIFY2(message.contains(u"disk is full"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Free some space"_s), qPrintable(message));
    QVERIFY2(message.contains(profilesPath()), qPrintable(message));
    QVERIFY2(message.contains(u"unchanged"_s), qPrintable(message));

    // What is on disk and in memory is still the previous state.
    QCOMPARE(profilesBytes(), m_savedBytes);
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(changed.count(), 0);
    QVERIFY2(strayFiles().isEmpty(), qPrintable(strayFiles().join(u", "_s)));
    ProfileStore reread(profilesPath());
    QVERIFY(reread.load());
    QCOMPARE(reread.profiles().size(), 1);
    QCOMPARE(reread.profiles().first().host, u"gpu-1.example.org"_s);

    // Updating the existing profile fails the same way and keeps it too.
    ServerProfile edited = store.profiles().first();
    edited.host = u"gpu-1-renamed.example.org"_s;
    const Result<void> updated = store.update(edited);
    QVERIFY(!updated);
    QVERIFY2(updated.error().message().contains(u"disk is full"_s), qPrintable(updated.error().message()));
    QCOMPARE(profilesBytes(), m_savedBytes);
}

void TestProfilesDiskFull::cliOnAFullDiskFailsWithTheReason()
{
    if (TestEnvironment::cliPath().isEmpty())
        QFAIL("RAYDECK_CLI is not set; run this test through ctest");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, m_mountPoint);
    environment.insert(u"HOME"_s, m_dir.path());
    const TestEnvironment::CliRun run = TestEnvironment::runCli(
        {u"profiles"_s, u"add"_s, u"third"_s, u"--host"_s, u"gpu-3.example.org"_s}, {}, environment);
    qInfo("raydeck-cli: exit %d, stderr: %s", run.exitCode, qPrintable(run.err.trimmed()));
    QVERIFY2(run.exitCode != 0 && run.exitCode != -1, qPrintable(run.err));
    QVERIFY2(run.err.contains(u"disk is full"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"Free some space"_s), qPrintable(run.err));
    QVERIFY2(!run.out.contains(u"Added"_s), qPrintable(run.out));
    QCOMPARE(profilesBytes(), m_savedBytes);
    QVERIFY2(strayFiles().isEmpty(), qPrintable(strayFiles().join(u", "_s)));
}

void TestProfilesDiskFull::freeingSpaceLetsSavingWorkAgain()
{
    QVERIFY(QFile::remove(m_mountPoint + u"/filler"_s));
    ProfileStore store(profilesPath());
    QVERIFY(store.load());
    ServerProfile second;
    second.name = u"second"_s;
    second.host = u"gpu-2.example.org"_s;
    const Result<ServerProfile> added = store.add(second);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message()));
    ProfileStore reread(profilesPath());
    QVERIFY(reread.load());
    QCOMPARE(reread.profiles().size(), 2);
}

QTEST_GUILESS_MAIN(TestProfilesDiskFull)
#include "tst_profilesdiskfull.moc"
