// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>
#include <QStyle>
#include <QStyleFactory>

namespace RayDeck {

namespace {

struct ThemeState
{
    bool captured = false;
    QString platformStyle; ///< the style the platform chose, for going back to System
    ThemePreference current = ThemePreference::FollowSystem;
};

ThemeState &state()
{
    static ThemeState theme;
    return theme;
}

void setStyleNamed(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

} // namespace

void Theme::apply(ThemePreference preference)
{
    ThemeState &theme = state();
    if (!theme.captured) {
        theme.captured = true;
        theme.platformStyle = QApplication::style()->name();
    }
    theme.current = preference;
    switch (preference) {
    case ThemePreference::FollowSystem:
        setStyleNamed(theme.platformStyle);
        // An empty palette resolves every role from the platform theme again.
        QApplication::setPalette(QPalette());
        break;
    case ThemePreference::Light:
        // Fusion draws every control from the palette; native styles may not.
        setStyleNamed(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        break;
    case ThemePreference::Dark:
        setStyleNamed(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    }
    // Before the event loop runs, Qt does not tell existing windows about a new
    // application palette; tell them, so a window built before apply() follows
    // too. Windows pass it on to their children; a repeat is a no-op.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        QEvent changed(QEvent::ApplicationPaletteChange);
        QCoreApplication::sendEvent(window, &changed);
    }
}

ThemePreference Theme::current()
{
    return state().current;
}

bool Theme::isDark(const QPalette &palette)
{
    // The window colour alone: widgets may have set their own text colour.
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Theme::errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QColor Theme::warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xcc, 0x66) : QColor(0x9a, 0x67, 0x00);
}

QPalette Theme::lightPalette()
{
    QPalette palette;
    const QColor window(0xef, 0xef, 0xef);
    const QColor text(0x1e, 0x1e, 0x1e);
    const QColor disabledText(0x9a, 0x9a, 0x9a);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5));
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Light, Qt::white);
    palette.setColor(QPalette::Midlight, QColor(0xe3, 0xe3, 0xe3));
    palette.setColor(QPalette::Mid, QColor(0xb8, 0xb8, 0xb8));
    palette.setColor(QPalette::Dark, QColor(0x9f, 0x9f, 0x9f));
    palette.setColor(QPalette::Shadow, QColor(0x76, 0x76, 0x76));
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x00, 0x5a, 0xb4));
    palette.setColor(QPalette::LinkVisited, QColor(0x6a, 0x1b, 0x9a));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    return palette;
}

QPalette Theme::darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor base(0x1e, 0x1e, 0x20);
    const QColor text(0xe8, 0xe8, 0xea);
    const QColor disabledText(0x7a, 0x7a, 0x80);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3e));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8e, 0x8e, 0x94));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x48, 0x48, 0x4d));
    palette.setColor(QPalette::Midlight, QColor(0x3c, 0x3c, 0x41));
    palette.setColor(QPalette::Mid, QColor(0x24, 0x24, 0x27));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    palette.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    return palette;
}

} // namespace RayDeck
