// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

namespace RayDeck {

namespace {
// Enums are stored by name so a reordering can never silently change a setting.
template<typename Enum>
QString nameOf(Enum value, std::initializer_list<std::pair<Enum, const char *>> names)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum>
Enum valueOf(const QString &text, Enum fallback, std::initializer_list<std::pair<Enum, const char *>> names)
{
    for (const auto &[candidate, name] : names) {
        if (text == QLatin1String(name))
            return candidate;
    }
    return fallback;
}

const std::initializer_list<std::pair<LocalPortPolicy, const char *>> portPolicyNames{
    {LocalPortPolicy::NextFree, "next-free"}, {LocalPortPolicy::FailIfTaken, "fail-if-taken"}};
const std::initializer_list<std::pair<CloseBehavior, const char *>> closeNames{
    {CloseBehavior::Ask, "ask"}, {CloseBehavior::MinimizeToTray, "minimize-to-tray"}, {CloseBehavior::Quit, "quit"}};
const std::initializer_list<std::pair<ThemePreference, const char *>> themeNames{
    {ThemePreference::FollowSystem, "system"}, {ThemePreference::Light, "light"}, {ThemePreference::Dark, "dark"}};
} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
}

AppSettings::AppSettings(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_settings(iniPath, QSettings::IniFormat)
{
}

AppSettings::~AppSettings() = default;

QVariant AppSettings::value(const QString &key, const QVariant &fallback) const
{
    return m_settings.value(key, fallback);
}

void AppSettings::setValue(const QString &key, const QVariant &newValue)
{
    if (m_settings.value(key) == newValue)
        return;
    m_settings.setValue(key, newValue);
    Q_EMIT changed();
}

LocalPortPolicy AppSettings::localPortPolicy() const
{
    return valueOf(value(QStringLiteral("tunnel/localPortPolicy"), {}).toString(), LocalPortPolicy::NextFree,
                   portPolicyNames);
}

void AppSettings::setLocalPortPolicy(LocalPortPolicy policy)
{
    setValue(QStringLiteral("tunnel/localPortPolicy"), nameOf(policy, portPolicyNames));
}

bool AppSettings::reconnectAutomatically() const
{
    return value(QStringLiteral("tunnel/reconnectAutomatically"), true).toBool();
}

void AppSettings::setReconnectAutomatically(bool enabled)
{
    setValue(QStringLiteral("tunnel/reconnectAutomatically"), enabled);
}

int AppSettings::reconnectMaxDelaySeconds() const
{
    return qBound(5, value(QStringLiteral("tunnel/reconnectMaxDelaySeconds"), 60).toInt(), 3600);
}

void AppSettings::setReconnectMaxDelaySeconds(int seconds)
{
    setValue(QStringLiteral("tunnel/reconnectMaxDelaySeconds"), qBound(5, seconds, 3600));
}

bool AppSettings::notifyWhenJobEnds() const
{
    return value(QStringLiteral("notifications/jobEnds"), true).toBool();
}

void AppSettings::setNotifyWhenJobEnds(bool enabled)
{
    setValue(QStringLiteral("notifications/jobEnds"), enabled);
}

bool AppSettings::notifyWhenConnectionDrops() const
{
    return value(QStringLiteral("notifications/connectionDrops"), true).toBool();
}

void AppSettings::setNotifyWhenConnectionDrops(bool enabled)
{
    setValue(QStringLiteral("notifications/connectionDrops"), enabled);
}

QString AppSettings::language() const
{
    return value(QStringLiteral("ui/language"), QString()).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    setValue(QStringLiteral("ui/language"), language);
}

ThemePreference AppSettings::theme() const
{
    return valueOf(value(QStringLiteral("ui/theme"), {}).toString(), ThemePreference::FollowSystem, themeNames);
}

void AppSettings::setTheme(ThemePreference theme)
{
    setValue(QStringLiteral("ui/theme"), nameOf(theme, themeNames));
}

CloseBehavior AppSettings::closeBehavior() const
{
    return valueOf(value(QStringLiteral("ui/closeBehavior"), {}).toString(), CloseBehavior::Ask, closeNames);
}

void AppSettings::setCloseBehavior(CloseBehavior behavior)
{
    setValue(QStringLiteral("ui/closeBehavior"), nameOf(behavior, closeNames));
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return value(QStringLiteral("window/geometry"), QByteArray()).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return value(QStringLiteral("window/state"), QByteArray()).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/state"), state);
}

QString AppSettings::lastSelectedProfile() const
{
    return value(QStringLiteral("window/lastSelectedProfile"), QString()).toString();
}

void AppSettings::setLastSelectedProfile(const QString &name)
{
    m_settings.setValue(QStringLiteral("window/lastSelectedProfile"), name);
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace RayDeck
