// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClusterHosts.h"

#include "util/ShellQuote.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

QString simhostDir()
{
    return QString::fromLocal8Bit(qgetenv("RAYDECK_SIMHOST_DIR"));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

quint16 freePort(const QString &address)
{
    QTcpServer server;
    return server.listen(QHostAddress(address), 0) ? server.serverPort() : 0;
}

bool processAlive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

} // namespace

ClusterHosts::ClusterHosts()
    : m_tag(QStringLiteral("rdc%1").arg(::getpid() % 100000))
{
}

ClusterHosts::~ClusterHosts()
{
    cleanup();
}

QString ClusterHosts::networkName() const
{
    return m_network == Network::Namespaces ? QStringLiteral("network namespaces") : QStringLiteral("loopback");
}

bool ClusterHosts::run(const QStringList &arguments, bool quiet)
{
    QProcess process;
    process.start(QStringLiteral("ip"), arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (!quiet)
            m_error = QStringLiteral("ip %1: %2").arg(arguments.join(u' '),
                                                      QString::fromUtf8(process.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

void ClusterHosts::endProcessesIn(const QString &netns)
{
    QProcess pids;
    pids.start(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("pids"), netns});
    pids.waitForFinished(10000);
    for (const QString &line : QString::fromUtf8(pids.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 pid = line.trimmed().toLongLong(&ok);
        if (ok && pid > 1 && pid != ::getpid()) // never 0 or -1: those mean process groups
            ::kill(pid_t(pid), SIGKILL);
    }
}

void ClusterHosts::removeStale()
{
    // Namespaces and links named after a test process that no longer exists.
    static const QRegularExpression ours(QStringLiteral("^rdc(\\d+)(br|n\\d+|v\\d+)\\b"));
    QProcess list;
    list.start(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("list")});
    list.waitForFinished(10000);
    for (const QString &line : QString::fromUtf8(list.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = ours.match(line.trimmed());
        if (match.hasMatch() && !processAlive(match.captured(1).toLongLong())) {
            const QString netns = line.trimmed().section(u' ', 0, 0);
            endProcessesIn(netns); // the Ray stand-ins of a killed run
            QProcess::execute(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("del"), netns});
        }
    }
    QProcess links;
    links.start(QStringLiteral("ip"), {QStringLiteral("-o"), QStringLiteral("link"), QStringLiteral("show")});
    links.waitForFinished(10000);
    for (const QString &line : QString::fromUtf8(links.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
        const QString name = line.section(u':', 1, 1).trimmed().section(u'@', 0, 0);
        const QRegularExpressionMatch match = ours.match(name);
        if (match.hasMatch() && !processAlive(match.captured(1).toLongLong()))
            QProcess::execute(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("del"), name});
    }
}

bool ClusterHosts::setUpNamespaces(int count)
{
    const int pid = ::getpid();
    m_subnet = QStringLiteral("10.%1.%2.").arg(200 + pid % 50).arg((pid / 50) % 250);
    const QString bridge = m_tag + QStringLiteral("br");
    if (!run({QStringLiteral("link"), QStringLiteral("add"), bridge, QStringLiteral("type"), QStringLiteral("bridge")}))
        return false;
    if (!run({QStringLiteral("addr"), QStringLiteral("add"), m_subnet + QStringLiteral("1/24"), QStringLiteral("dev"), bridge})
        || !run({QStringLiteral("link"), QStringLiteral("set"), bridge, QStringLiteral("up")}))
        return false;
    for (int i = 0; i < count; ++i) {
        Host &host = *m_hosts[i];
        host.netns = m_tag + QStringLiteral("n%1").arg(i);
        host.address = m_subnet + QString::number(i + 2);
        const QString outside = m_tag + QStringLiteral("v%1").arg(i);
        const QString inside = m_tag + QStringLiteral("p%1").arg(i);
        const QStringList inNs{QStringLiteral("netns"), QStringLiteral("exec"), host.netns, QStringLiteral("ip")};
        if (!run({QStringLiteral("netns"), QStringLiteral("add"), host.netns})
            || !run({QStringLiteral("link"), QStringLiteral("add"), outside, QStringLiteral("type"), QStringLiteral("veth"),
                     QStringLiteral("peer"), QStringLiteral("name"), inside})
            || !run({QStringLiteral("link"), QStringLiteral("set"), inside, QStringLiteral("netns"), host.netns})
            || !run({QStringLiteral("link"), QStringLiteral("set"), outside, QStringLiteral("master"), bridge})
            || !run({QStringLiteral("link"), QStringLiteral("set"), outside, QStringLiteral("up")})
            || !run(inNs + QStringList{QStringLiteral("addr"), QStringLiteral("add"), host.address + QStringLiteral("/24"),
                                      QStringLiteral("dev"), inside})
            || !run(inNs + QStringList{QStringLiteral("link"), QStringLiteral("set"), inside, QStringLiteral("up")})
            || !run(inNs + QStringList{QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")}))
            return false;
    }
    return true;
}

bool ClusterHosts::start(int count)
{
    if (simhostDir().isEmpty()) {
        m_error = QStringLiteral("RAYDECK_SIMHOST_DIR is not set");
        return false;
    }
    removeStale();
    for (int i = 0; i < count; ++i)
        m_hosts.push_back(std::make_unique<Host>());
    const bool forceLoopback = qgetenv("RAYDECK_TEST_CLUSTER_NETWORK") == "loopback";
    m_network = Network::Loopback;
    if (!forceLoopback && ::geteuid() == 0) {
        if (setUpNamespaces(count)) {
            m_network = Network::Namespaces;
        } else {
            qWarning("network namespaces are not available (%s); the servers share loopback", qPrintable(m_error));
            cleanup();
            for (int i = 0; i < count; ++i)
                m_hosts.push_back(std::make_unique<Host>());
        }
    }
    if (m_network == Network::Loopback) {
        for (int i = 0; i < count; ++i)
            m_hosts[i]->address = QStringLiteral("127.0.0.%1").arg(i + 2);
    }
    for (auto &host : m_hosts) {
        if (!startSshd(*host))
            return false;
    }
    return true;
}

bool ClusterHosts::startSshd(Host &host)
{
    host.sshd = std::make_unique<QProcess>();
    host.sshd->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    QStringList arguments{simhostDir() + QStringLiteral("/start-sshd.sh"), host.dir.path(), QStringLiteral("--listen"),
                          host.address};
    if (m_network == Network::Namespaces)
        host.port = 22; // each namespace has its own ports
    if (host.port != 0)
        arguments << QStringLiteral("--port") << QString::number(host.port);
    if (m_network == Network::Namespaces)
        arguments = QStringList{QStringLiteral("netns"), QStringLiteral("exec"), host.netns} + arguments;
    QFile::remove(host.dir.path() + QStringLiteral("/sshd.env"));
    host.sshd->start(m_network == Network::Namespaces ? QStringLiteral("ip") : arguments.takeFirst(), arguments);
    if (!host.sshd->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start sshd: ") + host.sshd->errorString();
        return false;
    }
    host.sshd->setReadChannel(QProcess::StandardError);
    QDeadlineTimer deadline(30000);
    QByteArray output;
    while (!output.contains("Server listening on")) {
        if (deadline.hasExpired() || !host.sshd->waitForReadyRead(int(deadline.remainingTime()))) {
            m_error = QStringLiteral("sshd did not start listening: ") + QString::fromUtf8(output + host.sshd->readAll());
            return false;
        }
        output += host.sshd->readAll();
    }
    // Later per-connection messages are not needed; drop them so the pipe never fills.
    QObject::connect(host.sshd.get(), &QProcess::readyReadStandardError, host.sshd.get(),
                     [process = host.sshd.get()] { process->readAllStandardError(); });
    for (const QString &line : QString::fromUtf8(readFile(host.dir.path() + QStringLiteral("/sshd.env"))).split(u'\n')) {
        if (line.startsWith(u"PORT="))
            host.port = quint16(line.mid(5).toUInt());
        else if (line.startsWith(u"USER="))
            host.user = line.mid(5);
    }
    return host.port != 0;
}

void ClusterHosts::stopSshd(Host &host)
{
    if (!host.sshd)
        return;
    host.sshd->terminate();
    if (!host.sshd->waitForFinished(10000)) {
        host.sshd->kill();
        host.sshd->waitForFinished(5000);
    }
    // sshd -D leaves its per-connection children; they carry the config path on their command line.
    QProcess::execute(QStringLiteral("pkill"),
                      {QStringLiteral("-TERM"), QStringLiteral("-f"), host.dir.path() + QStringLiteral("/sshd_config")});
    host.sshd.reset();
}

void ClusterHosts::stopRay(int i) const
{
    // The stand-in's `ray stop` ends its daemons by pid, so it works from here, outside any namespace.
    QProcess ray;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RAYDECK_SIM_STATE"), remoteStateDir(i));
    env.insert(QStringLiteral("RAYDECK_SIM_HOME"), simhostDir());
    ray.setProcessEnvironment(env);
    ray.start(simhostDir() + QStringLiteral("/bin/ray"), {QStringLiteral("stop"), QStringLiteral("--force")});
    ray.waitForFinished(30000);
}

void ClusterHosts::resetState(int i) const
{
    stopRay(i);
    QDir(remoteStateDir(i)).removeRecursively();
    QDir().mkpath(remoteStateDir(i));
}

void ClusterHosts::cleanup()
{
    for (int i = 0; i < count(); ++i)
        stopRay(i);
    for (auto &host : m_hosts)
        stopSshd(*host);
    for (const QString &route : std::as_const(m_routes)) {
        QStringList arguments = route.split(u' ');
        arguments.replace(arguments.indexOf(QStringLiteral("add")), QStringLiteral("del"));
        run(arguments, true);
    }
    m_routes.clear();
    if (m_network == Network::Namespaces || !m_subnet.isEmpty()) {
        for (int i = 0; i < count(); ++i) {
            endProcessesIn(m_tag + QStringLiteral("n%1").arg(i));
            run({QStringLiteral("link"), QStringLiteral("del"), m_tag + QStringLiteral("v%1").arg(i)}, true);
            run({QStringLiteral("netns"), QStringLiteral("del"), m_tag + QStringLiteral("n%1").arg(i)}, true);
        }
        run({QStringLiteral("link"), QStringLiteral("del"), m_tag + QStringLiteral("br")}, true);
        m_subnet.clear();
    }
    m_hosts.clear();
    m_network = Network::Loopback;
}

RayDeck::ServerProfile ClusterHosts::profile(int i, const QString &name) const
{
    RayDeck::ServerProfile profile;
    profile.name = name;
    profile.host = address(i);
    profile.port = sshPort(i);
    profile.user = user(i);
    profile.authMethod = RayDeck::AuthMethod::KeyFile;
    profile.identityFile = keyPath(i);
    profile.docker.containerName = QStringLiteral("verl-node");
    profile.docker.image = QStringLiteral("verlai/verl:latest");
    profile.ray.dashboardPort = freePort(QStringLiteral("127.0.0.1"));
    profile.ray.localPort = 0;
    return profile;
}

bool ClusterHosts::trustHostKeysIn(const QString &homePath) const
{
    QDir().mkpath(homePath + QStringLiteral("/.ssh"));
    QFile knownHosts(homePath + QStringLiteral("/.ssh/known_hosts"));
    if (!knownHosts.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    for (const auto &host : m_hosts) {
        const QByteArray key = readFile(host->dir.path() + QStringLiteral("/hostkey.pub")).trimmed();
        const QByteArray publicKey = key.split(' ').mid(0, 2).join(' ');
        const QString name = host->port == 22 ? host->address : QStringLiteral("[%1]:%2").arg(host->address).arg(host->port);
        knownHosts.write(name.toUtf8() + ' ' + publicKey + '\n');
    }
    return true;
}

bool ClusterHosts::writeSetting(int i, const QString &name, const QString &value) const
{
    QDir().mkpath(remoteStateDir(i));
    QFile file(remoteStateDir(i) + u'/' + name);
    return file.open(QIODevice::WriteOnly) && file.write(value.toUtf8() + '\n') > 0;
}

QList<QStringList> ClusterHosts::argvLog(int i) const
{
    QList<QStringList> entries;
    for (const QByteArray &line : readFile(remoteStateDir(i) + QStringLiteral("/argv.log")).split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QStringList argv;
        for (const QJsonValue value : QJsonDocument::fromJson(line).array())
            argv << value.toString();
        entries << argv;
    }
    return entries;
}

int ClusterHosts::rayStartCount(int i, const QString &argument) const
{
    const QList<QStringList> log = argvLog(i);
    return int(std::count_if(log.begin(), log.end(), [&argument](const QStringList &argv) {
        return argv.value(0) == u"ray" && argv.value(1) == u"start" && argv.contains(argument);
    }));
}

QJsonObject ClusterHosts::headInfo(int i) const
{
    return QJsonDocument::fromJson(readFile(remoteStateDir(i) + QStringLiteral("/ray/head.json"))).object();
}

QJsonObject ClusterHosts::workerInfo(int i) const
{
    return QJsonDocument::fromJson(readFile(remoteStateDir(i) + QStringLiteral("/ray/worker.json"))).object();
}

bool ClusterHosts::makeUnreachable(int i)
{
    if (m_network == Network::Loopback) {
        stopSshd(*m_hosts[i]);
        return true;
    }
    const QString route = QStringLiteral("route add unreachable %1/32").arg(address(i));
    if (!run(route.split(u' ')))
        return false;
    m_routes << route;
    return true;
}

bool ClusterHosts::makeReachable(int i)
{
    if (m_network == Network::Loopback)
        return startSshd(*m_hosts[i]); // the same port and keys again
    const QString route = QStringLiteral("route add unreachable %1/32").arg(address(i));
    m_routes.removeAll(route);
    return run({QStringLiteral("route"), QStringLiteral("del"), QStringLiteral("unreachable"), address(i) + QStringLiteral("/32")});
}

bool ClusterHosts::blockHeadFrom(int i)
{
    if (m_network == Network::Loopback)
        return writeSetting(0, QStringLiteral("gcs-refuse-registrations"), QStringLiteral("1"));
    const QString route = QStringLiteral("netns exec %1 ip route add unreachable %2/32").arg(m_hosts[i]->netns, address(0));
    if (!run(route.split(u' ')))
        return false;
    m_routes << route;
    return true;
}

bool ClusterHosts::unblockHeadFrom(int i)
{
    if (m_network == Network::Loopback)
        return true; // the refusal counted itself down
    const QString route = QStringLiteral("netns exec %1 ip route add unreachable %2/32").arg(m_hosts[i]->netns, address(0));
    m_routes.removeAll(route);
    QStringList arguments = route.split(u' ');
    arguments.replace(arguments.indexOf(QStringLiteral("add")), QStringLiteral("del"));
    return run(arguments);
}
