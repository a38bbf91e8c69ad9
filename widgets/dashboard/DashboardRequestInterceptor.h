// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardOrigins.h"

#include <QMutex>
#include <QWebEngineUrlRequestInterceptor>

namespace RayDeck {

/**
 * Adds `Authorization: Bearer <token>` (Ray >= 2.52 token auth) to requests
 * for the tunnel's origin, and to nothing else: the token never reaches
 * another site, and never appears in a URL. Called on WebEngine's IO thread,
 * hence the mutex.
 */
class DashboardRequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit DashboardRequestInterceptor(QObject *parent = nullptr);
    ~DashboardRequestInterceptor() override;

    void setOrigins(const DashboardOrigins &origins);
    /// An empty token sends no header.
    void setToken(const QByteArray &token);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

private:
    QMutex m_mutex;
    DashboardOrigins m_origins;
    QByteArray m_authorization;
};

} // namespace RayDeck
