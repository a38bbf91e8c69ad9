// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include "profiles/ServerProfile.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

/**
 * A real OpenSSH sshd on 127.0.0.1 at a free port, playing a remote GPU server:
 * throwaway host and user keys, the docker/ray/nvidia-smi stand-ins first on
 * the session PATH, and (as root) a password account. Optionally an ssh-agent
 * holding the user key. Everything is stopped when the fixture is destroyed,
 * and the child processes die with the test process even if it crashes.
 */
class SshServerFixture
{
public:
    SshServerFixture();
    ~SshServerFixture();
    SshServerFixture(const SshServerFixture &) = delete;
    SshServerFixture &operator=(const SshServerFixture &) = delete;

    /// Starts sshd and waits until it accepts connections; false with a reason in errorString().
    bool start();
    /// Stops sshd (SIGTERM) and waits for it to go away. Established sessions are killed too.
    void stop();
    /// Starts sshd again on the same port with the same keys.
    bool restart();
    bool isRunning() const;

    /// Starts an ssh-agent holding the passphrase-less user key.
    bool startAgent();

    QString errorString() const { return m_error; }
    QString stateDir() const { return m_dir.path(); }
    QString remoteStateDir() const { return m_dir.path() + QStringLiteral("/remote-state"); }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    QString user() const { return m_user; }
    QString userKeyPath() const { return m_dir.path() + QStringLiteral("/userkey"); }
    QString passphraseKeyPath() const { return m_dir.path() + QStringLiteral("/userkey-passphrase"); }
    QString keyPassphrase() const { return QStringLiteral("correct horse"); }
    /// Account with a password; empty when not running as root.
    QString passwordUser() const { return m_passwordUser; }
    QString password() const;
    QString agentSocket() const { return m_agentSocket; }
    /// "[127.0.0.1]:port ssh-ed25519 AAAA..." as OpenSSH writes it to known_hosts.
    QString knownHostsLine() const;
    /// "SHA256:..." of the host key, as ssh-keygen -lf prints it.
    QString hostKeyFingerprint() const;
    /// Replaces the host key with a new one; takes effect at the next restart().
    bool replaceHostKey();
    /// A profile named @p name that logs in to this server with the user key.
    RayDeck::ServerProfile profileForKeyLogin(const QString &name) const;
    /// Writes this server's host key to @p homePath/.ssh/known_hosts, as a user who accepted it before.
    bool trustHostKeyIn(const QString &homePath) const;
    QString logFile() const { return m_dir.path() + QStringLiteral("/sshd.log"); }

private:
    static QList<qint64> descendantsOf(qint64 pid);
    bool launch();
    bool waitUntilListening(int timeoutMs);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_sshd;
    std::unique_ptr<QProcess> m_agent;
    quint16 m_port = 0;
    QString m_user;
    QString m_passwordUser;
    QString m_agentSocket;
    QString m_error;
};
