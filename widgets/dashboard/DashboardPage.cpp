// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"

#include "ExternalUrlOpener.h"

#include <QWebEngineCertificateError>
#include <QWebEngineProfile>

namespace RayDeck {

namespace {

/**
 * What createWindow() hands to Chromium for target=_blank links and
 * window.open(): a page that never shows anything. Its first navigation tells
 * where the link goes; that URL is loaded in the dashboard (own origin) or
 * handed to the system browser, and the page deletes itself.
 */
class PopupCatcherPage : public QWebEnginePage
{
public:
    PopupCatcherPage(QWebEngineProfile *profile, DashboardPage *opener)
        : QWebEnginePage(profile, opener)
        , m_opener(opener)
    {
    }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool) override
    {
        if (m_opener->origins().isTunnelOrigin(url))
            m_opener->load(url);
        else
            ExternalUrlOpener::open(url);
        deleteLater();
        return false;
    }

private:
    DashboardPage *m_opener;
};

} // namespace

DashboardPage::DashboardPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    // Deny every permission (camera, notifications, location...): the Ray
    // dashboard needs none, and a prompt would block the user for nothing.
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl &origin, QWebEnginePage::Feature feature) {
                setFeaturePermission(origin, feature, QWebEnginePage::PermissionDeniedByUser);
            });
    // The dashboard is plain HTTP over the tunnel; a certificate error can only
    // come from an embedded third party. Reject it quietly, never block the UI.
    connect(this, &QWebEnginePage::certificateError, this,
            [](const QWebEngineCertificateError &error) { QWebEngineCertificateError(error).rejectCertificate(); });
}

DashboardPage::~DashboardPage() = default;

bool DashboardPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (m_origins.isAllowed(url))
        return true;
    // Only a user's click on a main-frame link leaves the app; anything a
    // script or iframe tries on its own is just refused.
    if (isMainFrame && (type == NavigationTypeLinkClicked || type == NavigationTypeTyped))
        ExternalUrlOpener::open(url);
    return false;
}

QWebEnginePage *DashboardPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    return new PopupCatcherPage(profile(), this);
}

} // namespace RayDeck
