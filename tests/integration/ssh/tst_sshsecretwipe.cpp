// SPDX-License-Identifier: GPL-3.0-or-later
// Passwords are wiped after use: after a password login (or, without root, a
// key passphrase) the secret must not be left anywhere in the process's
// writable memory (heap, thread stacks, anonymous mappings), as a core file
// or a memory-reading attacker would see it. The test never holds the secret
// in clear itself: it keeps it XOR-masked and unmasks only into the buffer it
// hands to the engine.
#include "ProcessMemory.h"
#include "SshServerFixture.h"
#include "SshTestSupport.h"

#include "ssh/SshConnection.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {

constexpr char kMask = char(0xA5);

QByteArray masked(const char *data, qsizetype size)
{
    QByteArray result(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        result[i] = char(data[i] ^ kMask);
    return result;
}

/// AddressSanitizer maps terabytes of shadow memory read-write: it records
/// which heap bytes are addressable, never their contents, and reading it
/// whole is neither possible nor useful. On x86-64 it spans these addresses.
bool isSanitizerShadow(quint64 start, quint64 end)
{
    return ProcessMemory::underAddressSanitizer() && start >= 0x00007fff8000ULL && end <= 0x10007fff8000ULL;
}

/// Where (mapping name and offset) the unmasked @p needle occurs in this process's writable memory.
QStringList findInWritableMemory(const QByteArray &needle)
{
    QStringList found;
    QFile maps(u"/proc/self/maps"_s);
    if (!maps.open(QIODevice::ReadOnly))
        return {u"cannot read /proc/self/maps"_s};
    const QList<QByteArray> lines = maps.readAll().split('\n');
    const int mem = ::open("/proc/self/mem", O_RDONLY | O_CLOEXEC);
    if (mem < 0)
        return {u"cannot open /proc/self/mem"_s};
    const char first = char(needle.at(0) ^ kMask);
    QByteArray region;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 5 || !fields[1].startsWith("rw"))
            continue;
        const QByteArray name = fields.value(5);
        // File-backed data of libraries holds no runtime secrets; [vvar] cannot be read.
        if (name.startsWith('/') || name == "[vvar]" || name == "[vsyscall]")
            continue;
        const QList<QByteArray> range = fields[0].split('-');
        const quint64 start = range[0].toULongLong(nullptr, 16);
        const quint64 end = range[1].toULongLong(nullptr, 16);
        if (isSanitizerShadow(start, end))
            continue;
        region.resize(qsizetype(end - start));
        const ssize_t got = ::pread(mem, region.data(), size_t(region.size()), off_t(start));
        if (got <= 0)
            continue;
        const char *data = region.constData();
        for (ssize_t i = 0; i + needle.size() <= got; ++i) {
            const void *hit = std::memchr(data + i, first, size_t(got - i));
            if (!hit)
                break;
            i = static_cast<const char *>(hit) - data;
            if (i + needle.size() > got)
                break;
            bool same = true;
            for (qsizetype j = 1; j < needle.size() && same; ++j)
                same = char(data[i + j] ^ kMask) == needle.at(j);
            if (same)
                found << u"%1 +0x%2"_s.arg(name.isEmpty() ? u"[anonymous]"_s : QString::fromLatin1(name))
                             .arg(quint64(i), 0, 16);
        }
    }
    // The copy of memory this scan read holds whatever it found: wipe it.
    region.fill('\0');
    ::close(mem);
    return found;
}

} // namespace

class TestSshSecretWipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scanFindsAPlantedCopy();
    void secretIsGoneAfterLogin();

private:
    SshServerFixture m_server;
    QTemporaryDir m_dir;
    QByteArray m_maskedSecret;
    SshConnectionSettings m_settings;
};

void TestSshSecretWipe::initTestCase()
{
    qunsetenv("SSH_AUTH_SOCK");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_settings = SshTestSupport::settingsFor(m_server, m_dir.filePath(u"known_hosts"_s));
    if (!m_server.passwordUser().isEmpty()) {
        // Read without Qt's buffers, so that no stray copy comes from the test.
        char buffer[256] = {};
        const int fd = ::open(QFile::encodeName(m_server.stateDir() + u"/password"_s).constData(), O_RDONLY);
        QVERIFY(fd >= 0);
        const ssize_t size = ::read(fd, buffer, sizeof buffer);
        ::close(fd);
        QVERIFY(size > 8);
        m_maskedSecret = masked(buffer, qsizetype(size));
        std::fill(std::begin(buffer), std::end(buffer), '\0');
        m_settings.user = m_server.passwordUser();
        m_settings.identityFile.clear();
    } else {
        // Without root there is no password account: the key passphrase plays the secret.
        const QByteArray passphrase = m_server.keyPassphrase().toUtf8();
        m_maskedSecret = masked(passphrase.constData(), passphrase.size());
        m_settings.identityFile = m_server.passphraseKeyPath();
    }
}

void TestSshSecretWipe::scanFindsAPlantedCopy()
{
    // The search must be able to fail: an unwiped copy on the heap is found.
    QByteArray copy(m_maskedSecret.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < copy.size(); ++i)
        copy[i] = char(m_maskedSecret.at(i) ^ kMask);
    const QStringList found = findInWritableMemory(m_maskedSecret);
    std::fill(copy.begin(), copy.end(), '\0');
    QVERIFY2(!found.isEmpty(), "a planted copy of the secret was not found");
}

void TestSshSecretWipe::secretIsGoneAfterLogin()
{
    SshConnection connection(m_settings);
    int asked = 0;
    connect(&connection, &SshConnection::credentialRequired, this, [&](const CredentialRequest &request) {
        ++asked;
        // Unmasked straight into the buffer the engine gets; SecureBytes wipes it.
        QByteArray clear(m_maskedSecret.size(), Qt::Uninitialized);
        for (qsizetype i = 0; i < clear.size(); ++i)
            clear[i] = char(m_maskedSecret.at(i) ^ kMask);
        connection.provideCredential(request.id, SecureBytes(std::move(clear)));
    });
    QSignalSpy connected(&connection, &SshConnection::connected);
    connection.connectToHost();
    QVERIFY2(connected.wait(30000), qPrintable(connection.stateReason()));
    QCOMPARE(asked, 1);

    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const QStringList whileConnected = findInWritableMemory(m_maskedSecret);
    qInfo("secret found %lld time(s) while connected: %s", qint64(whileConnected.size()),
          qPrintable(whileConnected.join(u", "_s)));
    connection.disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), SshConnection::State::Disconnected, 10000);
    QVERIFY2(whileConnected.isEmpty(), qPrintable(whileConnected.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestSshSecretWipe)
#include "tst_sshsecretwipe.moc"
