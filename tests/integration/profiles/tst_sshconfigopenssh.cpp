// SPDX-License-Identifier: GPL-3.0-or-later
// Compares SshConfigResolver with OpenSSH itself: for every host of a corpus of
// configurations, `ssh -G` gives the resolved HostName, User, Port,
// IdentityFile and ProxyJump, and `ssh -v` (with a ProxyCommand that ends the
// connection at once) the identity files after ~, %-token and ${VAR} expansion.
#include "profiles/SshConfigParser.h"
#include "profiles/SshConfigResolver.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {

struct OpenSshAnswer
{
    QMap<QString, QStringList> options;
    QStringList loadedIdentities;
    QString error;
};

} // namespace

class TestSshConfigOpenSsh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesOpenSsh_data();
    void matchesOpenSsh();
    void corpusCoversTheTrickyCases();

private:
    /// Copies one corpus case into a private ~/.ssh and returns the config path.
    QString install(const QString &caseName);
    OpenSshAnswer askOpenSsh(const QString &config, const QString &alias);
    SshConfigEnvironment environment() const;

    QString m_ssh;
    QTemporaryDir m_root;
    QProcessEnvironment m_sshEnvironment;
    QMap<QString, QString> m_installed; // case -> config path
};

void TestSshConfigOpenSsh::initTestCase()
{
    m_ssh = QStandardPaths::findExecutable(u"ssh"_s);
    if (m_ssh.isEmpty())
        QSKIP("OpenSSH client (ssh) is not installed");
    QVERIFY(m_root.isValid());
}

SshConfigEnvironment TestSshConfigOpenSsh::environment() const
{
    SshConfigEnvironment environment = SshConfigEnvironment::current();
    // ssh expands "~" in Include with $HOME and in IdentityFile with the
    // password database; only the first is redirected to the private home.
    environment.variables = m_sshEnvironment;
    return environment;
}

QString TestSshConfigOpenSsh::install(const QString &caseName)
{
    if (m_installed.contains(caseName))
        return m_installed.value(caseName);
    const QString home = m_root.path() + u'/' + caseName;
    const QString sshDirectory = home + u"/.ssh"_s;
    const QString source = QStringLiteral(RAYDECK_SSHCONFIG_CORPUS) + u'/' + caseName;
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = sshDirectory + file.mid(source.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile in(file);
        QFile out(target);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return {};
        out.write(in.readAll().replace("@SSHDIR@", QFile::encodeName(sshDirectory)));
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                           | QFileDevice::ReadOther);
    }
    m_installed.insert(caseName, sshDirectory + u"/config"_s);
    return m_installed.value(caseName);
}

OpenSshAnswer TestSshConfigOpenSsh::askOpenSsh(const QString &config, const QString &alias)
{
    OpenSshAnswer answer;
    QProcess ssh;
    ssh.setProcessEnvironment(m_sshEnvironment);
    ssh.start(m_ssh, {u"-G"_s, u"-F"_s, config, alias});
    if (!ssh.waitForFinished(30000) || ssh.exitCode() != 0) {
        answer.error = QString::fromLocal8Bit(ssh.readAllStandardError());
        return answer;
    }
    for (const QString &line : QString::fromLocal8Bit(ssh.readAllStandardOutput()).split(u'\n')) {
        const qsizetype space = line.indexOf(u' ');
        if (space > 0)
            answer.options[line.left(space)] << line.mid(space + 1);
    }

    // The identity files ssh actually loads are logged at -v right after the
    // connection is up; "ProxyCommand true" ends it there without any network.
    QProcess verbose;
    verbose.setProcessEnvironment(m_sshEnvironment);
    verbose.start(m_ssh, {u"-v"_s, u"-F"_s, config, u"-o"_s, u"ProxyCommand=true"_s, u"-o"_s, u"BatchMode=yes"_s,
                          alias, u"true"_s});
    verbose.waitForFinished(30000);
    static const QRegularExpression identity(u"^debug1: identity file (.*) type -?\\d+\\r?$"_s,
                                             QRegularExpression::MultilineOption);
    auto matches = identity.globalMatch(QString::fromLocal8Bit(verbose.readAllStandardError()));
    while (matches.hasNext()) {
        const QString path = matches.next().captured(1);
        if (!path.endsWith(u"-cert"))
            answer.loadedIdentities << path;
    }
    return answer;
}

void TestSshConfigOpenSsh::matchesOpenSsh_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QString>("alias");

    // Each case lists the aliases to ask about on its first line:
    // "# test-hosts: a b c" (concrete ones, and names only patterns match).
    const QDir corpus(QStringLiteral(RAYDECK_SSHCONFIG_CORPUS));
    for (const QString &caseName : corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile config(corpus.filePath(caseName + u"/config"_s));
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QString header = QString::fromUtf8(config.readLine()).trimmed();
        QVERIFY2(header.startsWith(u"# test-hosts:"), qPrintable(caseName));
        for (const QString &alias : header.mid(13).split(u' ', Qt::SkipEmptyParts))
            QTest::newRow(qPrintable(caseName + u'/' + alias)) << caseName << alias;
    }
}

void TestSshConfigOpenSsh::matchesOpenSsh()
{
    QFETCH(QString, caseName);
    QFETCH(QString, alias);

    const QString config = install(caseName);
    QVERIFY(!config.isEmpty());
    const QString home = QFileInfo(QFileInfo(config).absolutePath()).absolutePath();
    m_sshEnvironment = QProcessEnvironment::systemEnvironment();
    m_sshEnvironment.insert(u"HOME"_s, home);
    m_sshEnvironment.insert(u"USER"_s, SshConfigEnvironment::current().localUser);

    const OpenSshAnswer openSsh = askOpenSsh(config, alias);
    QVERIFY2(openSsh.error.isEmpty(), qPrintable(u"ssh -G failed: "_s + openSsh.error));

    SshConfigEnvironment env = environment();
    env.includeHomeDirectory = home;
    SshConfigParser parser(env);
    Result<SshConfigDocument> document = parser.parse(config);
    QVERIFY2(document, qPrintable(document ? QString() : document.error().toDisplayString()));
    const SshHostConfig resolved = SshConfigResolver(std::move(document).value(), env).resolve(alias);

    QCOMPARE(resolved.hostName, openSsh.options.value(u"hostname"_s).value(0));
    QCOMPARE(resolved.user, openSsh.options.value(u"user"_s).value(0));
    QCOMPARE(QString::number(resolved.port), openSsh.options.value(u"port"_s).value(0));
    QCOMPARE(resolved.proxyJump, openSsh.options.value(u"proxyjump"_s).value(0));

    const QStringList printed = openSsh.options.value(u"identityfile"_s);
    if (resolved.identityFiles.isEmpty()) {
        // None configured: ssh falls back to its built-in list of default keys.
        QVERIFY(!printed.isEmpty());
        for (const QString &path : printed)
            QVERIFY2(path.startsWith(u"~/.ssh/id_"), qPrintable(path));
    } else {
        QCOMPARE(resolved.identityFiles, printed);
        QCOMPARE(resolved.expandedIdentityFiles, openSsh.loadedIdentities);
    }
}

void TestSshConfigOpenSsh::corpusCoversTheTrickyCases()
{
    // A guard against the corpus being trimmed until nothing hard is left.
    QString all;
    QDirIterator it(QStringLiteral(RAYDECK_SSHCONFIG_CORPUS), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        all += QString::fromUtf8(file.readAll());
    }
    for (const QString &needle : {u"Include conf.d/*.conf"_s, u"Host *\n"_s, u"Host web1 web2 !web3"_s, u"%h"_s,
                                  u"%u"_s, u"%p"_s, u"%r"_s, u"%%"_s, u"%d"_s, u"%n"_s, u"%C"_s, u"${HOME}"_s,
                                  u"Match host"_s, u"Match final"_s, u"Match exec"_s, u"ProxyJump none"_s,
                                  u"ssh://"_s})
        QVERIFY2(all.contains(needle), qPrintable(needle));
}

QTEST_GUILESS_MAIN(TestSshConfigOpenSsh)
#include "tst_sshconfigopenssh.moc"
