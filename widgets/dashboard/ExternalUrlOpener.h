// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

#include <functional>

namespace RayDeck {

/**
 * Where links that leave RayDeck go: the system browser. Tests replace the
 * handler to see what would have been opened without starting a browser.
 */
class ExternalUrlOpener
{
public:
    using Handler = std::function<void(const QUrl &)>;

    static void open(const QUrl &url);
    /// Replaces the handler (tests); an empty handler restores QDesktopServices.
    static void setHandler(Handler handler);
};

} // namespace RayDeck
