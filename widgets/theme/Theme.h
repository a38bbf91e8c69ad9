// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/AppSettings.h"

#include <QColor>
#include <QPalette>

namespace RayDeck {

/**
 * The app's look: the platform's own (System) or an explicit light or dark
 * Fusion palette. Qt 6.4 cannot ask the platform for its colour scheme, so
 * "System" simply leaves style and palette to the platform theme (macOS
 * follows the system appearance by itself; Linux follows the platform theme).
 *
 * Widgets that paint or colour things themselves take their colours from the
 * palette (and the helpers below), so they follow a change at once through
 * QEvent::PaletteChange. GUI thread only.
 */
class Theme
{
public:
    /// Applies @p preference to the whole application (style and palette).
    static void apply(ThemePreference preference);
    /// The preference applied last; FollowSystem before any apply().
    static ThemePreference current();

    /// True when @p palette has a dark window colour.
    static bool isDark(const QPalette &palette);
    /// A readable colour for error text on @p palette's window.
    static QColor errorColor(const QPalette &palette);
    /// A readable colour for warning text on @p palette's window.
    static QColor warningColor(const QPalette &palette);

    static QPalette lightPalette();
    static QPalette darkPalette();
};

} // namespace RayDeck
