// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimHostShell.h"

#include "SshServerFixture.h"
#include "util/ShellQuote.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

QList<QJsonDocument> readJsonLines(const QString &path)
{
    QList<QJsonDocument> documents;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return documents;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.trimmed().isEmpty())
            documents.append(QJsonDocument::fromJson(line));
    }
    return documents;
}

} // namespace

SimHostShell::SimHostShell(const SshServerFixture &server)
    : m_server(server)
{
}

SimHostShell::~SimHostShell()
{
    if (!m_masterStarted)
        return;
    QProcess exit;
    exit.setStandardOutputFile(QProcess::nullDevice());
    exit.setStandardErrorFile(QProcess::nullDevice());
    exit.start(u"ssh"_s, {u"-F"_s, u"/dev/null"_s, u"-o"_s, u"ControlPath="_s + controlPath(), u"-O"_s, u"exit"_s,
                          u"%1@%2"_s.arg(m_server.user(), m_server.host())});
    exit.waitForFinished(10000);
}

QString SimHostShell::controlPath() const
{
    return m_server.stateDir() + u"/ssh-mux"_s;
}

QStringList SimHostShell::sshOptions() const
{
    // -F /dev/null keeps the developer's own ~/.ssh/config out of the test.
    return {u"-F"_s, u"/dev/null"_s,
            u"-i"_s, m_server.userKeyPath(),
            u"-p"_s, QString::number(m_server.port()),
            u"-o"_s, u"IdentitiesOnly=yes"_s,
            u"-o"_s, u"BatchMode=yes"_s,
            u"-o"_s, u"StrictHostKeyChecking=no"_s,
            u"-o"_s, u"UserKnownHostsFile=%1/known_hosts"_s.arg(m_server.stateDir()),
            u"-o"_s, u"LogLevel=ERROR"_s,
            u"-o"_s, u"ConnectTimeout=15"_s,
            u"-o"_s, u"ControlPath="_s + controlPath()};
}

void SimHostShell::ensureMaster() const
{
    if (m_masterStarted || !m_server.isRunning())
        return;
    // -f backgrounds the master once authenticated; it ends with ~SimHostShell (-O exit) or when
    // sshd goes away. Without a master, each command simply opens its own connection.
    QProcess master;
    master.setStandardInputFile(QProcess::nullDevice());
    master.setStandardOutputFile(QProcess::nullDevice());
    master.setStandardErrorFile(QProcess::nullDevice());
    master.start(u"ssh"_s, sshOptions() + QStringList{u"-M"_s, u"-N"_s, u"-f"_s, u"-o"_s, u"ControlPersist=no"_s,
                                                      u"%1@%2"_s.arg(m_server.user(), m_server.host())});
    m_masterStarted = master.waitForFinished(20000) && master.exitCode() == 0;
}

RemoteRun SimHostShell::run(const QString &command, const QByteArray &input, int timeoutMs) const
{
    ensureMaster();
    const QStringList arguments = sshOptions()
        + QStringList{u"-o"_s, u"ControlMaster=no"_s, u"%1@%2"_s.arg(m_server.user(), m_server.host()), u"--"_s,
                      command};
    QProcess ssh;
    ssh.start(u"ssh"_s, arguments);
    RemoteRun result;
    if (!ssh.waitForStarted(10000)) {
        result.err = "cannot start ssh: " + ssh.errorString().toUtf8();
        return result;
    }
    ssh.write(input);
    ssh.closeWriteChannel();
    if (!ssh.waitForFinished(timeoutMs)) {
        ssh.kill();
        ssh.waitForFinished(5000);
        result.err = "timed out: " + command.toUtf8();
        return result;
    }
    result.exitCode = ssh.exitStatus() == QProcess::NormalExit ? ssh.exitCode() : -1;
    result.out = ssh.readAllStandardOutput();
    result.err = ssh.readAllStandardError();
    return result;
}

RemoteRun SimHostShell::runArgs(const QStringList &arguments, const QByteArray &input, int timeoutMs) const
{
    return run(RayDeck::shellJoin(arguments), input, timeoutMs);
}

QString SimHostShell::stateDir() const
{
    return m_server.remoteStateDir();
}

bool SimHostShell::writeSetting(const QString &name, const QString &value) const
{
    QDir().mkpath(stateDir());
    QFile file(stateDir() + u'/' + name);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(value.toUtf8() + '\n') >= 0;
}

bool SimHostShell::removeSetting(const QString &name) const
{
    return QFile::remove(stateDir() + u'/' + name) || !QFile::exists(stateDir() + u'/' + name);
}

QList<QStringList> SimHostShell::argvLog() const
{
    QList<QStringList> calls;
    const QList<QJsonDocument> lines = readJsonLines(stateDir() + u"/argv.log"_s);
    for (const QJsonDocument &line : lines) {
        QStringList argv;
        const QJsonArray array = line.array();
        for (const QJsonValue &value : array)
            argv.append(value.toString());
        calls.append(argv);
    }
    return calls;
}

QList<QJsonObject> SimHostShell::requestLog() const
{
    QList<QJsonObject> requests;
    const QList<QJsonDocument> lines = readJsonLines(stateDir() + u"/ray-requests.log"_s);
    for (const QJsonDocument &line : lines)
        requests.append(line.object());
    return requests;
}

QJsonObject SimHostShell::headInfo() const
{
    QFile file(stateDir() + u"/ray/head.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject SimHostShell::workerInfo() const
{
    QFile file(stateDir() + u"/ray/worker.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void SimHostShell::stopDaemons() const
{
    const bool anyDaemon = QFile::exists(stateDir() + u"/ray/head.json"_s)
        || QFile::exists(stateDir() + u"/ray/worker.json"_s);
    if (anyDaemon && m_server.isRunning())
        run(u"ray stop"_s, {}, 30000);
    // Whatever survived (sshd already gone, a wedged daemon) is ended by pid.
    for (const QString &kind : {u"head"_s, u"worker"_s}) {
        QFile file(stateDir() + u"/ray/%1.json"_s.arg(kind));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const qint64 pid = QJsonDocument::fromJson(file.readAll()).object().value(u"pid"_s).toInteger();
        if (pid > 0 && processAlive(pid))
            ::kill(pid_t(pid), SIGKILL);
    }
}

void SimHostShell::resetState() const
{
    stopDaemons();
    QDir dir(stateDir());
    const QStringList entries = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &entry : entries) {
        const QString path = dir.filePath(entry);
        if (QFileInfo(path).isDir() && !QFileInfo(path).isSymLink())
            QDir(path).removeRecursively();
        else
            QFile::remove(path);
    }
}

RayDeck::ServerProfile SimHostShell::containerProfile(const QString &profileName, const QString &containerName) const
{
    RayDeck::ServerProfile profile = m_server.profileForKeyLogin(profileName);
    profile.docker.containerName = containerName;
    profile.docker.image = QStringLiteral("verlai/verl:latest");
    profile.ray.dashboardPort = freePort();
    profile.ray.localPort = 0;
    return profile;
}

quint16 SimHostShell::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

bool SimHostShell::processAlive(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    // "pid (comm) S ...": the state letter follows the last ')'.
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close >= 0 && line.size() > close + 2 && line.at(close + 2) != 'Z';
}
