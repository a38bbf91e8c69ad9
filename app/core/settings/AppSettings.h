// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>

namespace RayDeck {

/// When the preferred local port of a tunnel is taken.
enum class LocalPortPolicy {
    NextFree,   ///< use the next free port and say which
    FailIfTaken ///< refuse, so bookmarks to the port stay exact
};

/// What closing the main window does while tunnels or log follows are active.
enum class CloseBehavior { Ask, MinimizeToTray, Quit };

/// How the app looks.
enum class ThemePreference { FollowSystem, Light, Dark };

/**
 * RayDeck's preferences (never secrets, never profiles), in the platform's
 * settings store: window geometry, last selected profile, local port and
 * reconnect policy, notifications, language, theme, close behaviour.
 * Typed accessors so no key string is spelt twice.
 */
class AppSettings : public QObject
{
    Q_OBJECT

public:
    /// Uses the application's default QSettings location.
    explicit AppSettings(QObject *parent = nullptr);
    /// Uses an explicit INI file (tests).
    explicit AppSettings(const QString &iniPath, QObject *parent = nullptr);
    ~AppSettings() override;

    LocalPortPolicy localPortPolicy() const;
    void setLocalPortPolicy(LocalPortPolicy policy);

    bool reconnectAutomatically() const;
    void setReconnectAutomatically(bool enabled);
    /// Longest wait between reconnect attempts, in seconds.
    int reconnectMaxDelaySeconds() const;
    void setReconnectMaxDelaySeconds(int seconds);

    bool notifyWhenJobEnds() const;
    void setNotifyWhenJobEnds(bool enabled);
    bool notifyWhenConnectionDrops() const;
    void setNotifyWhenConnectionDrops(bool enabled);

    /// "" follows the system; otherwise a locale name such as "zh_CN" or "en".
    QString language() const;
    void setLanguage(const QString &language);

    ThemePreference theme() const;
    void setTheme(ThemePreference theme);

    CloseBehavior closeBehavior() const;
    void setCloseBehavior(CloseBehavior behavior);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    QString lastSelectedProfile() const;
    void setLastSelectedProfile(const QString &name);

    void sync();

Q_SIGNALS:
    void changed();

private:
    QVariant value(const QString &key, const QVariant &fallback) const;
    void setValue(const QString &key, const QVariant &value);

    QSettings m_settings;
};

} // namespace RayDeck
