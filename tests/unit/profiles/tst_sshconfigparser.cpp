// SPDX-License-Identifier: GPL-3.0-or-later
// Reading ssh_config without OpenSSH: splitting, includes, notes, and the
// import into profiles. tst_sshconfigopenssh compares the resolution with ssh itself.
#include "profiles/SshConfigImporter.h"
#include "profiles/SshConfigParser.h"
#include "profiles/SshConfigResolver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace RayDeck;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<QStringList>)

class TestSshConfigParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void splitArguments_data();
    void splitArguments();
    void keywordForms();
    void concreteHostsSkipPatterns();
    void includeLoopsStop();
    void selfIncludingTwiceIsBounded();
    void includedDevicesAndFifosAreSkipped();
    void notesForWhatIsNotApplied();
    void valueThatIsOnlyACommentIsIgnored();
    void importerBuildsProfiles();
    void importerReportsMissingConfig();

private:
    void write(const QString &relative, const QByteArray &text);
    SshConfigEnvironment environment() const;
    SshHostConfig resolve(const QString &alias);

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestSshConfigParser::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestSshConfigParser::write(const QString &relative, const QByteArray &text)
{
    const QString path = m_home->path() + u'/' + relative;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

SshConfigEnvironment TestSshConfigParser::environment() const
{
    SshConfigEnvironment env;
    env.homeDirectory = m_home->path();
    env.includeHomeDirectory = m_home->path();
    env.localUser = u"tester"_s;
    env.localHostName = u"workstation.example.net"_s;
    env.userId = u"1000"_s;
    env.variables.insert(u"PROJECT"_s, u"rl"_s);
    env.homeOfUser = [](const QString &user) { return user == u"bob" ? u"/home/bob"_s : QString(); };
    return env;
}

SshHostConfig TestSshConfigParser::resolve(const QString &alias)
{
    Result<SshConfigDocument> document = SshConfigParser(environment()).parse(m_home->path() + u"/.ssh/config"_s);
    if (!document)
        return {};
    return SshConfigResolver(std::move(document).value(), environment()).resolve(alias);
}

void TestSshConfigParser::splitArguments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<QStringList>>("expected");
    using L = QStringList;
    QTest::newRow("words") << u"a b\tc"_s << std::optional<L>(L{u"a"_s, u"b"_s, u"c"_s});
    QTest::newRow("double quotes") << u"\"a b\" c"_s << std::optional<L>(L{u"a b"_s, u"c"_s});
    QTest::newRow("single quotes") << u"'a b'"_s << std::optional<L>(L{u"a b"_s});
    QTest::newRow("quote inside word") << u"x\"y z\""_s << std::optional<L>(L{u"xy z"_s});
    QTest::newRow("escaped space") << u"a\\ b"_s << std::optional<L>(L{u"a b"_s});
    QTest::newRow("escaped quote") << u"\\\"q\\\""_s << std::optional<L>(L{u"\"q\""_s});
    QTest::newRow("escaped backslash") << u"x\\\\y"_s << std::optional<L>(L{u"x\\y"_s});
    QTest::newRow("other escape kept") << u"x\\ny"_s << std::optional<L>(L{u"x\\ny"_s});
    QTest::newRow("comment word") << u"a # b c"_s << std::optional<L>(L{u"a"_s});
    QTest::newRow("hash inside word") << u"a#b"_s << std::optional<L>(L{u"a#b"_s});
    QTest::newRow("quoted hash") << u"\"#x\""_s << std::optional<L>(L{u"#x"_s});
    QTest::newRow("empty quotes") << u"\"\""_s << std::optional<L>(L{QString()});
    QTest::newRow("unclosed") << u"\"open"_s << std::optional<L>();
}

void TestSshConfigParser::splitArguments()
{
    QFETCH(QString, text);
    QFETCH(std::optional<QStringList>, expected);
    QCOMPARE(SshConfigParser::splitArguments(text), expected);
}

void TestSshConfigParser::keywordForms()
{
    write(u".ssh/config"_s, "# comment\n"
                            "\n"
                            "Host a\n"
                            "  HOSTNAME=one.example\n"
                            "\tUser = \"first user\"\n"
                            "Port\t2201 # trailing\n"
                            "  IdentityFile\n"
                            "Host b\n"
                            "  ProxyJump = x.example # c\n");
    Result<SshConfigDocument> document = SshConfigParser(environment()).parse(m_home->path() + u"/.ssh/config"_s);
    QVERIFY(document);
    const SshConfigFile &file = document->files.front();
    QCOMPARE(int(file.directives.size()), 6);
    QCOMPARE(file.directives.at(1).keyword, u"hostname"_s);
    QCOMPARE(file.directives.at(1).arguments, QStringList{u"one.example"_s});
    QCOMPARE(file.directives.at(2).arguments, QStringList{u"first user"_s});
    QCOMPARE(file.directives.at(3).arguments, QStringList{u"2201"_s});
    QCOMPARE(file.directives.at(3).line, 6);
    QCOMPARE(file.directives.at(5).rawValue, u"x.example # c"_s);
    // The IdentityFile line without a value is dropped with a note naming it.
    QCOMPARE(document->notes.size(), 1);
    QVERIFY(document->notes.first().contains(u"line 7"_s));

    const SshHostConfig a = resolve(u"a"_s);
    QCOMPARE(a.hostName, u"one.example"_s);
    QCOMPARE(a.user, u"first user"_s);
    QCOMPARE(a.port, quint16(2201));
    QVERIFY(a.hasConfiguredPort);
    const SshHostConfig b = resolve(u"b"_s);
    QCOMPARE(b.user, u"tester"_s); // the local user
    QVERIFY(!b.hasConfiguredUser);
    QCOMPARE(b.jumpHosts, QStringList{u"x.example"_s});
}

void TestSshConfigParser::concreteHostsSkipPatterns()
{
    write(u".ssh/config"_s, "Host one two *.wild !neg thr?e\n"
                            "Host two\n"
                            "Include conf.d/*\n"
                            "Match host four\n"
                            "Host *\n");
    write(u".ssh/conf.d/extra"_s, "Host four five\n");
    SshConfigImporter importer(environment());
    QVERIFY(importer.load(m_home->path() + u"/.ssh/config"_s));
    QCOMPARE(importer.hosts(), (QStringList{u"one"_s, u"two"_s, u"four"_s, u"five"_s}));
}

void TestSshConfigParser::includeLoopsStop()
{
    write(u".ssh/config"_s, "Include config\nHost a\n  Port 2\n");
    Result<SshConfigDocument> document = SshConfigParser(environment()).parse(m_home->path() + u"/.ssh/config"_s);
    QVERIFY(document);
    QVERIFY(std::any_of(document->notes.cbegin(), document->notes.cend(),
                        [](const QString &n) { return n.contains(u"deeper than"_s); }));
    QCOMPARE(resolve(u"a"_s).port, quint16(2));
}

// Found by fuzzing: each level doubled the reads, 2^16 files before the depth limit.
void TestSshConfigParser::selfIncludingTwiceIsBounded()
{
    write(u".ssh/config"_s, "Include config config\nHost a\n  Port 2\n");
    Result<SshConfigDocument> document = SshConfigParser(environment()).parse(m_home->path() + u"/.ssh/config"_s);
    QVERIFY(document);
    QVERIFY(std::any_of(document->notes.cbegin(), document->notes.cend(),
                        [](const QString &n) { return n.contains(u"More than 256 files"_s); }));
    QCOMPARE(resolve(u"a"_s).port, quint16(2));
}

// Reading /dev/zero never ends and opening a FIFO blocks; neither may hang the import.
void TestSshConfigParser::includedDevicesAndFifosAreSkipped()
{
    const QString fifo = m_home->path() + u"/.ssh/pipe"_s;
    QDir().mkpath(m_home->path() + u"/.ssh"_s);
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    write(u".ssh/config"_s, "Include /dev/zero pipe\nHost a\n  Port 3\n");
    Result<SshConfigDocument> document = SshConfigParser(environment()).parse(m_home->path() + u"/.ssh/config"_s);
    QVERIFY(document);
    const auto notRegular = std::count_if(document->notes.cbegin(), document->notes.cend(),
                                          [](const QString &n) { return n.contains(u"not a regular file"_s); });
    QCOMPARE(notRegular, 2);
    QCOMPARE(resolve(u"a"_s).port, quint16(3));
}

void TestSshConfigParser::notesForWhatIsNotApplied()
{
    write(u".ssh/config"_s, "Match exec \"test -f /etc/passwd\"\n"
                            "  Port 1000\n"
                            "Host a\n"
                            "  IdentityFile ~/.ssh/id_%j\n"
                            "  IdentityFile ~/.ssh/${NOT_SET}\n"
                            "  IdentityFile ~nobody-here/key\n"
                            "  IdentityFile ~bob/key_${PROJECT}\n"
                            "  IdentityFile %d/k_%L_%l_%i\n"
                            "  ProxyCommand nc %h %p\n"
                            "  CanonicalizeHostname yes\n");
    const SshHostConfig a = resolve(u"a"_s);
    QCOMPARE(a.port, quint16(22)); // the exec block was not applied
    QCOMPARE(a.identityFiles.size(), 5);
    QCOMPARE(a.expandedIdentityFiles,
             (QStringList{u"/home/bob/key_rl"_s, m_home->path() + u"/k_workstation_workstation.example.net_1000"_s}));
    const QString notes = a.notes.join(u'\n');
    QVERIFY2(notes.contains(u"Match exec"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"%j"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"NOT_SET"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"nobody-here"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"ProxyCommand"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"CanonicalizeHostname"_s), qPrintable(notes));
    QCOMPARE(a.proxyCommand, u"nc %h %p"_s);
    QVERIFY(a.proxyJump.isEmpty());
}

// Found by fuzzing: "HostName # ..." set an empty host name, so the host had
// nothing to connect to. Like OpenSSH, the line has no value and is not applied.
void TestSshConfigParser::valueThatIsOnlyACommentIsIgnored()
{
    write(u".ssh/config"_s, "Host gpu-box\n"
                            "  HostName\t\t# filled in later\n"
                            "  User trainer\n"
                            "Host proxied\n"
                            "  ProxyCommand # a shell comment, taken as written\n");
    Result<SshConfigDocument> document = SshConfigParser(environment()).parse(m_home->path() + u"/.ssh/config"_s);
    QVERIFY(document);
    const QString notes = document->notes.join(u'\n');
    QVERIFY2(notes.contains(u"line 2: \"HostName\" has no value"_s), qPrintable(notes));
    const SshHostConfig host = resolve(u"gpu-box"_s);
    QCOMPARE(host.hostName, u"gpu-box"_s);
    QCOMPARE(host.user, u"trainer"_s);
    QCOMPARE(resolve(u"proxied"_s).proxyCommand, u"# a shell comment, taken as written"_s);
}

void TestSshConfigParser::importerBuildsProfiles()
{
    write(u".ssh/id_gpu"_s, "key");
    write(u".ssh/config"_s, "Host gpu\n"
                            "  HostName gpu.example.org\n"
                            "  User alice\n"
                            "  Port 2222\n"
                            "  IdentityFile ~/.ssh/missing\n"
                            "  IdentityFile ~/.ssh/id_gpu\n"
                            "  ProxyJump ssh://jump@bastion.example.org:2200,inner\n"
                            "Host plain\n"
                            "  IdentityFile ~/.ssh/also-missing\n");
    SshConfigImporter importer(environment());
    QVERIFY(importer.load(m_home->path() + u"/.ssh/config"_s));

    const SshImportCandidate gpu = importer.candidate(u"gpu"_s);
    QCOMPARE(gpu.profile.name, u"gpu"_s);
    QCOMPARE(gpu.profile.host, u"gpu.example.org"_s);
    QCOMPARE(gpu.profile.user, u"alice"_s);
    QCOMPARE(gpu.profile.port, quint16(2222));
    QCOMPARE(gpu.profile.authMethod, AuthMethod::KeyFile);
    QCOMPARE(gpu.profile.identityFile, m_home->path() + u"/.ssh/id_gpu"_s);
    QCOMPARE(gpu.profile.jumpHosts, (QStringList{u"jump@bastion.example.org:2200"_s, u"inner"_s}));
    QVERIFY(gpu.profile.docker.enabled); // workspace settings keep their defaults
    QVERIFY(gpu.profile.id.isEmpty());

    const SshImportCandidate plain = importer.candidate(u"plain"_s);
    QCOMPARE(plain.profile.authMethod, AuthMethod::Agent);
    QCOMPARE(plain.profile.user, u"tester"_s);
    QVERIFY(plain.notes.join(u' ').contains(u"ssh-agent"_s));
}

void TestSshConfigParser::importerReportsMissingConfig()
{
    SshConfigImporter importer(environment());
    Result<void> loaded = importer.load();
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code(), Error::Code::NotFound);
    QVERIFY(loaded.error().message().contains(m_home->path() + u"/.ssh/config"_s));
    QVERIFY(importer.hosts().isEmpty());
}

QTEST_GUILESS_MAIN(TestSshConfigParser)
#include "tst_sshconfigparser.moc"
