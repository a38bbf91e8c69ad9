// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace RayDeck {

/**
 * One RayDeck window per user session. The first process listens on a local
 * socket named after the user; a later `raydeck --connect NAME` hands its
 * request to that process (which raises its window and connects) and exits.
 * The socket is only reachable by the same user (mode 0700 directory /
 * UserAccessOption), so another account cannot drive our instance.
 */
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /// @p key separates independent instances (tests use their own).
    explicit SingleInstance(const QString &key = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    /**
     * Tries to hand @p arguments to a running instance. Returns true when one
     * took them (this process should exit); false when this process is the
     * first one and now listens for later ones.
     */
    bool forwardToRunningInstanceOrListen(const QStringList &arguments);

    QString serverName() const { return m_serverName; }

Q_SIGNALS:
    /// A later process asked for something; @p arguments as it got them.
    void argumentsReceived(const QStringList &arguments);

private:
    void acceptConnection();

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace RayDeck
