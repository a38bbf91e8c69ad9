// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QSystemTrayIcon;

namespace RayDeck {

/**
 * The tray (menu-bar) icon: connection state in its tooltip, a menu to show
 * the window, quick-connect a server or quit, and desktop notifications (job
 * finished, connection lost). Where the desktop has no tray, notifications
 * are still recorded (lastNotification()) and nothing else happens.
 */
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    bool isAvailable() const;
    /// Profiles offered under Quick Connect, by name.
    void setServers(const QStringList &names);
    void setStateSummary(const QString &summary);
    void notify(const QString &title, const QString &message);
    QString lastNotification() const { return m_lastNotification; }

Q_SIGNALS:
    void showWindowRequested();
    void connectRequested(const QString &serverName);
    void quitRequested();

private:
    void rebuildMenu();

    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QStringList m_servers;
    QString m_lastNotification;
};

} // namespace RayDeck
