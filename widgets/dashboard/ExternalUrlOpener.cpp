// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExternalUrlOpener.h"

#include <QDesktopServices>

namespace RayDeck {

namespace {
ExternalUrlOpener::Handler &handler()
{
    static ExternalUrlOpener::Handler instance;
    return instance;
}
} // namespace

void ExternalUrlOpener::open(const QUrl &url)
{
    // Only web links leave the app; file:, javascript: or custom schemes from a page are dropped.
    if (url.scheme() != u"http" && url.scheme() != u"https")
        return;
    if (handler())
        handler()(url);
    else
        QDesktopServices::openUrl(url);
}

void ExternalUrlOpener::setHandler(Handler newHandler)
{
    handler() = std::move(newHandler);
}

} // namespace RayDeck
