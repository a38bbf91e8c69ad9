// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

/**
 * A "remote host" on a network of its own: a network namespace joined to this
 * one by a veth pair with private addresses, and a real OpenSSH sshd (the
 * simulated host's start-sshd.sh) listening inside it. The link can be taken
 * down and up, sshd stopped, restarted and given a new host key, as happens to
 * real servers. Needs root (or CAP_NET_ADMIN with namespaces allowed):
 * setUp() says when that is not the case, so the test can skip.
 *
 * Everything (sshd and its sessions, the namespace, both veth ends) is removed
 * by the destructor, also after a failed check.
 */
class NetnsHost
{
public:
    enum class Link { Up, Down };

    NetnsHost();
    ~NetnsHost();
    NetnsHost(const NetnsHost &) = delete;
    NetnsHost &operator=(const NetnsHost &) = delete;

    /// Creates the namespace and the link; false with errorString(); isNotPermitted() if the system refused.
    bool setUp();
    bool isNotPermitted() const { return m_notPermitted; }
    /// Starts sshd inside the namespace (on the same port as before, if it ran before).
    bool startSshd();
    /// Stops sshd and every session process in the namespace.
    void stopSshd();
    /// Removes the host key; startSshd() then generates a new one.
    bool replaceHostKey();
    /// Takes this side of the veth pair down or up again (a cable pulled and plugged back).
    bool setLink(Link link);

    QString errorString() const { return m_error; }
    /// This machine's end of the link (services the "server" reaches us at).
    QString localAddress() const { return m_localAddress; }
    /// The server's address, where sshd listens.
    QString remoteAddress() const { return m_remoteAddress; }
    quint16 port() const { return m_port; }
    QString user() const { return m_user; }
    QString userKeyPath() const { return m_dir.path() + QStringLiteral("/userkey"); }
    QString knownHostsLine() const;
    QString hostKeyFingerprint() const;
    QString logFile() const { return m_dir.path() + QStringLiteral("/sshd.log"); }

private:
    bool run(const QStringList &arguments, QString *output = nullptr);
    void tearDown();

    QTemporaryDir m_dir;
    QString m_namespace;
    QString m_localInterface;
    QString m_remoteInterface;
    QString m_localAddress;
    QString m_remoteAddress;
    std::unique_ptr<QProcess> m_sshd;
    quint16 m_port = 0;
    QString m_user;
    QString m_error;
    bool m_created = false;
    bool m_notPermitted = false;
};
