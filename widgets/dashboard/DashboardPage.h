// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardOrigins.h"

#include <QWebEnginePage>

namespace RayDeck {

/**
 * The dashboard's page. Navigation stays on the tunnel's origins; any other
 * link, including ones that would open a new window, goes to the system
 * browser and is not loaded here. Permission requests are denied and
 * certificate errors rejected without a blocking dialog.
 */
class DashboardPage : public QWebEnginePage
{
    Q_OBJECT

public:
    DashboardPage(QWebEngineProfile *profile, QObject *parent = nullptr);
    ~DashboardPage() override;

    void setOrigins(const DashboardOrigins &origins) { m_origins = origins; }
    const DashboardOrigins &origins() const { return m_origins; }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    DashboardOrigins m_origins;
};

} // namespace RayDeck
