// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshServerFixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QThread>

#include <csignal>
#include <sys/types.h>
#include <sys/prctl.h>

namespace {

QString simhostDir()
{
    const QByteArray fromEnv = qgetenv("RAYDECK_SIMHOST_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(RAYDECK_SIMHOST_SOURCE_DIR) : QString::fromLocal8Bit(fromEnv);
}

// The peers must not outlive a crashed test: ask the kernel to SIGTERM them
// when this process dies.
void dieWithParent(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

SshServerFixture::SshServerFixture() = default;

SshServerFixture::~SshServerFixture()
{
    stop();
    if (m_agent) {
        m_agent->terminate();
        m_agent->waitForFinished(5000);
    }
}

bool SshServerFixture::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    // A free port is picked by the script; another process may grab it before
    // sshd binds, so try a few times.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = 0;
        if (launch())
            return true;
    }
    return false;
}

bool SshServerFixture::restart()
{
    stop();
    return launch();
}

bool SshServerFixture::launch()
{
    m_sshd = std::make_unique<QProcess>();
    dieWithParent(*m_sshd);
    QStringList arguments{m_dir.path()};
    if (m_port != 0)
        arguments << QStringLiteral("--port") << QString::number(m_port);
    QFile::remove(m_dir.path() + QStringLiteral("/sshd.env"));
    m_sshd->start(simhostDir() + QStringLiteral("/start-sshd.sh"), arguments);
    if (!m_sshd->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot run start-sshd.sh: ") + m_sshd->errorString();
        return false;
    }
    return waitUntilListening(30000);
}

bool SshServerFixture::waitUntilListening(int timeoutMs)
{
    // sshd -D -e reports "Server listening on 127.0.0.1 port N." on stderr once
    // it has bound; wait for that line rather than probing the port.
    m_sshd->setReadChannel(QProcess::StandardError);
    QFile log(logFile());
    if (!log.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_error = QStringLiteral("cannot write ") + logFile();
        return false;
    }
    QDeadlineTimer deadline(timeoutMs);
    QByteArray output;
    while (!output.contains("Server listening on")) {
        if (deadline.hasExpired() || !m_sshd->waitForReadyRead(int(deadline.remainingTime()))) {
            output += m_sshd->readAll();
            log.write(output);
            m_error = QStringLiteral("sshd did not start listening: ") + QString::fromUtf8(output);
            return false;
        }
        output += m_sshd->readAll();
    }
    log.write(output);
    // Later output (per-connection messages) keeps going to the log file.
    QObject::connect(m_sshd.get(), &QProcess::readyReadStandardError, m_sshd.get(), [process = m_sshd.get(), path = logFile()] {
        QFile sink(path);
        if (sink.open(QIODevice::WriteOnly | QIODevice::Append))
            sink.write(process->readAllStandardError());
    });

    const QString env = readAll(m_dir.path() + QStringLiteral("/sshd.env"));
    for (const QString &line : env.split(u'\n')) {
        const QString key = line.section(u'=', 0, 0);
        const QString value = line.section(u'=', 1);
        if (key == u"PORT")
            m_port = quint16(value.toUInt());
        else if (key == u"USER")
            m_user = value;
        else if (key == u"PASSWORD_USER")
            m_passwordUser = value;
    }
    if (m_port == 0) {
        m_error = QStringLiteral("start-sshd.sh wrote no port");
        return false;
    }
    return true;
}

void SshServerFixture::stop()
{
    if (!m_sshd)
        return;
    // Per-connection sshd processes retitle themselves ("sshd: user@notty"),
    // so a match on the command line misses them; collect the listener's
    // descendants while they are still its descendants.
    const QList<qint64> sessions = descendantsOf(m_sshd->processId());
    if (m_sshd->state() != QProcess::NotRunning) {
        m_sshd->terminate();
        if (!m_sshd->waitForFinished(10000)) {
            m_sshd->kill();
            m_sshd->waitForFinished(5000);
        }
    }
    // sshd -D does not take its per-connection children with it; end them so
    // that "sshd stopped" really means every session is gone.
    QProcess::execute(QStringLiteral("pkill"),
                      {QStringLiteral("-TERM"), QStringLiteral("-f"), m_dir.path() + QStringLiteral("/sshd_config")});
    for (qint64 pid : sessions)
        ::kill(pid_t(pid), SIGTERM);
    QDeadlineTimer deadline(5000);
    for (qint64 pid : sessions) {
        while (::kill(pid_t(pid), 0) == 0 && !deadline.hasExpired())
            QThread::msleep(10);
        if (::kill(pid_t(pid), 0) == 0)
            ::kill(pid_t(pid), SIGKILL);
    }
    m_sshd.reset();
}

QList<qint64> SshServerFixture::descendantsOf(qint64 root)
{
    // Parent of every process, from /proc/<pid>/stat ("pid (comm) state ppid ...").
    QHash<qint64, qint64> parentOf;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        parentOf.insert(pid, fields.value(1).toLongLong());
    }
    QList<qint64> found;
    QList<qint64> frontier{root};
    while (!frontier.isEmpty()) {
        const qint64 parent = frontier.takeFirst();
        for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
            if (it.value() == parent && it.key() != root && !found.contains(it.key())) {
                found << it.key();
                frontier << it.key();
            }
        }
    }
    return found;
}

bool SshServerFixture::isRunning() const
{
    return m_sshd && m_sshd->state() == QProcess::Running;
}

bool SshServerFixture::startAgent()
{
    m_agentSocket = m_dir.path() + QStringLiteral("/agent.sock");
    m_agent = std::make_unique<QProcess>();
    dieWithParent(*m_agent);
    m_agent->start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), m_agentSocket});
    if (!m_agent->waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start ssh-agent");
        return false;
    }
    // "ssh-agent -D" prints "SSH_AUTH_SOCK=...; export ..." once the socket is bound.
    if (!m_agent->waitForReadyRead(10000)) {
        m_error = QStringLiteral("ssh-agent did not start");
        return false;
    }
    QProcess add;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SSH_AUTH_SOCK"), m_agentSocket);
    add.setProcessEnvironment(env);
    add.start(QStringLiteral("ssh-add"), {QStringLiteral("-q"), userKeyPath()});
    add.waitForFinished(10000);
    if (add.exitCode() != 0) {
        m_error = QStringLiteral("ssh-add failed: ") + QString::fromUtf8(add.readAllStandardError());
        return false;
    }
    return true;
}

QString SshServerFixture::password() const
{
    return readAll(m_dir.path() + QStringLiteral("/password"));
}

QString SshServerFixture::knownHostsLine() const
{
    const QString publicKey = readAll(m_dir.path() + QStringLiteral("/hostkey.pub")).section(u' ', 0, 1);
    return QStringLiteral("[%1]:%2 %3").arg(host()).arg(m_port).arg(publicKey);
}

QString SshServerFixture::hostKeyFingerprint() const
{
    // "256 SHA256:abc... comment (ED25519)"
    return runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), m_dir.path() + QStringLiteral("/hostkey.pub")})
        .section(u' ', 1, 1);
}

bool SshServerFixture::replaceHostKey()
{
    QFile::remove(m_dir.path() + QStringLiteral("/hostkey"));
    QFile::remove(m_dir.path() + QStringLiteral("/hostkey.pub"));
    return QProcess::execute(QStringLiteral("ssh-keygen"),
                             {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                              QStringLiteral("-N"), QString(), QStringLiteral("-f"),
                              m_dir.path() + QStringLiteral("/hostkey")})
        == 0;
}

RayDeck::ServerProfile SshServerFixture::profileForKeyLogin(const QString &name) const
{
    RayDeck::ServerProfile profile;
    profile.name = name;
    profile.host = host();
    profile.port = m_port;
    profile.user = m_user;
    profile.authMethod = RayDeck::AuthMethod::KeyFile;
    profile.identityFile = userKeyPath();
    return profile;
}

bool SshServerFixture::trustHostKeyIn(const QString &homePath) const
{
    QDir().mkpath(homePath + QStringLiteral("/.ssh"));
    QFile knownHosts(homePath + QStringLiteral("/.ssh/known_hosts"));
    if (!knownHosts.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    return knownHosts.write(knownHostsLine().toUtf8() + '\n') > 0;
}
