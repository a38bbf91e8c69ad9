// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetnsHost.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

} // namespace

NetnsHost::NetnsHost()
{
    // Names and addresses from the pid: parallel test runs on one machine
    // (several developers, ctest -j) must not share a namespace or a subnet.
    const qint64 pid = QCoreApplication::applicationPid();
    m_namespace = QStringLiteral("raydeck-%1").arg(pid);
    m_localInterface = QStringLiteral("rdk%1l").arg(pid);
    m_remoteInterface = QStringLiteral("rdk%1r").arg(pid);
    const qint64 index = pid % 16384;
    const QString prefix = QStringLiteral("10.213.%1.").arg(index / 64);
    m_localAddress = prefix + QString::number(index % 64 * 4 + 1);
    m_remoteAddress = prefix + QString::number(index % 64 * 4 + 2);
}

NetnsHost::~NetnsHost()
{
    tearDown();
}

bool NetnsHost::run(const QStringList &arguments, QString *output)
{
    QProcess process;
    process.start(QStringLiteral("ip"), arguments);
    if (!process.waitForFinished(30000)) {
        m_error = QStringLiteral("ip %1: did not finish").arg(arguments.join(u' '));
        return false;
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("ip %1: %2").arg(arguments.join(u' '),
                                                  QString::fromUtf8(process.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

bool NetnsHost::setUp()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    // Leftovers of a crashed run that had the same pid.
    run({QStringLiteral("netns"), QStringLiteral("del"), m_namespace});
    run({QStringLiteral("link"), QStringLiteral("del"), m_localInterface});

    if (!run({QStringLiteral("netns"), QStringLiteral("add"), m_namespace})) {
        m_notPermitted = true;
        return false;
    }
    m_created = true;
    const QString localCidr = m_localAddress + QStringLiteral("/30");
    const QString remoteCidr = m_remoteAddress + QStringLiteral("/30");
    const QString ns = m_namespace;
    const auto inNamespace = [&ns](QStringList arguments) {
        return QStringList{QStringLiteral("-n"), ns} + arguments;
    };
    if (!run({QStringLiteral("link"), QStringLiteral("add"), m_localInterface, QStringLiteral("type"),
              QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), m_remoteInterface,
              QStringLiteral("netns"), m_namespace})) {
        m_notPermitted = true;
        return false;
    }
    return run({QStringLiteral("addr"), QStringLiteral("add"), localCidr, QStringLiteral("dev"), m_localInterface})
        && run({QStringLiteral("link"), QStringLiteral("set"), m_localInterface, QStringLiteral("up")})
        && run(inNamespace({QStringLiteral("addr"), QStringLiteral("add"), remoteCidr, QStringLiteral("dev"),
                            m_remoteInterface}))
        && run(inNamespace({QStringLiteral("link"), QStringLiteral("set"), m_remoteInterface, QStringLiteral("up")}))
        && run(inNamespace({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")}));
}

bool NetnsHost::startSshd()
{
    const QString simhost = QString::fromLocal8Bit(qgetenv("RAYDECK_SIMHOST_DIR"));
    if (simhost.isEmpty()) {
        m_error = QStringLiteral("RAYDECK_SIMHOST_DIR is not set; run the test through ctest");
        return false;
    }
    QStringList arguments{QStringLiteral("netns"), QStringLiteral("exec"), m_namespace,
                          simhost + QStringLiteral("/start-sshd.sh"), m_dir.path(), QStringLiteral("--listen"),
                          m_remoteAddress};
    if (m_port != 0)
        arguments << QStringLiteral("--port") << QString::number(m_port);
    m_sshd = std::make_unique<QProcess>();
    // sshd must not outlive a crashed test.
    m_sshd->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    QFile::remove(m_dir.path() + QStringLiteral("/sshd.env"));
    m_sshd->setReadChannel(QProcess::StandardError);
    m_sshd->start(QStringLiteral("ip"), arguments);
    if (!m_sshd->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot run ip netns exec: ") + m_sshd->errorString();
        return false;
    }
    QFile log(logFile());
    if (!log.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_error = QStringLiteral("cannot write ") + logFile();
        return false;
    }
    // "Server listening on ADDRESS port N." on stderr once sshd has bound.
    QDeadlineTimer deadline(30000);
    QByteArray output;
    while (!output.contains("Server listening on")) {
        if (deadline.hasExpired() || !m_sshd->waitForReadyRead(int(deadline.remainingTime()))) {
            output += m_sshd->readAll();
            log.write(output);
            m_error = QStringLiteral("sshd in the namespace did not start listening: ") + QString::fromUtf8(output);
            return false;
        }
        output += m_sshd->readAll();
    }
    log.write(output);
    QObject::connect(m_sshd.get(), &QProcess::readyReadStandardError, m_sshd.get(),
                     [process = m_sshd.get(), path = logFile()] {
                         QFile sink(path);
                         if (sink.open(QIODevice::WriteOnly | QIODevice::Append))
                             sink.write(process->readAllStandardError());
                     });
    const QString env = readAll(m_dir.path() + QStringLiteral("/sshd.env"));
    for (const QString &line : env.split(u'\n')) {
        if (line.startsWith(u"PORT="))
            m_port = quint16(line.mid(5).toUInt());
        else if (line.startsWith(u"USER="))
            m_user = line.mid(5);
    }
    if (m_port == 0) {
        m_error = QStringLiteral("start-sshd.sh wrote no port");
        return false;
    }
    return true;
}

void NetnsHost::stopSshd()
{
    if (m_sshd && m_sshd->state() != QProcess::NotRunning) {
        m_sshd->terminate();
        if (!m_sshd->waitForFinished(10000)) {
            m_sshd->kill();
            m_sshd->waitForFinished(5000);
        }
    }
    m_sshd.reset();
    if (!m_created)
        return;
    // Per-connection sshd processes survive the listener; everything still
    // running in the namespace belongs to this host, so end it all.
    QString pids;
    for (int round = 0; round < 50; ++round) {
        if (!run({QStringLiteral("netns"), QStringLiteral("pids"), m_namespace}, &pids) || pids.trimmed().isEmpty())
            return;
        for (const QString &pid : pids.split(u'\n', Qt::SkipEmptyParts))
            ::kill(pid_t(pid.toLongLong()), round < 20 ? SIGTERM : SIGKILL);
        QThread::msleep(50); // processes need a moment to exit; bounded by the round count
    }
}

bool NetnsHost::replaceHostKey()
{
    return QFile::remove(m_dir.path() + QStringLiteral("/hostkey"))
        && QFile::remove(m_dir.path() + QStringLiteral("/hostkey.pub"));
}

bool NetnsHost::setLink(Link link)
{
    return run({QStringLiteral("link"), QStringLiteral("set"), m_localInterface,
                link == Link::Up ? QStringLiteral("up") : QStringLiteral("down")});
}

QString NetnsHost::knownHostsLine() const
{
    const QString publicKey = readAll(m_dir.path() + QStringLiteral("/hostkey.pub")).section(u' ', 0, 1);
    return QStringLiteral("[%1]:%2 %3").arg(m_remoteAddress).arg(m_port).arg(publicKey);
}

QString NetnsHost::hostKeyFingerprint() const
{
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), m_dir.path() + QStringLiteral("/hostkey.pub")});
    keygen.waitForFinished(30000);
    // "256 SHA256:abc... comment (ED25519)"
    return QString::fromUtf8(keygen.readAllStandardOutput()).trimmed().section(u' ', 1, 1);
}

void NetnsHost::tearDown()
{
    stopSshd();
    if (!m_created)
        return;
    // Deleting the namespace destroys its veth end, and with it our end.
    run({QStringLiteral("netns"), QStringLiteral("del"), m_namespace});
    run({QStringLiteral("link"), QStringLiteral("del"), m_localInterface});
    m_created = false;
}
