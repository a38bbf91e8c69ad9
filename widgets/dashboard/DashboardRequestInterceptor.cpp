// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardRequestInterceptor.h"

#include "util/SecureBytes.h"

#include <QMutexLocker>

namespace RayDeck {

DashboardRequestInterceptor::DashboardRequestInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

DashboardRequestInterceptor::~DashboardRequestInterceptor()
{
    wipe(m_authorization);
}

void DashboardRequestInterceptor::setOrigins(const DashboardOrigins &origins)
{
    QMutexLocker locker(&m_mutex);
    m_origins = origins;
}

void DashboardRequestInterceptor::setToken(const QByteArray &token)
{
    QMutexLocker locker(&m_mutex);
    wipe(m_authorization);
    if (!token.isEmpty())
        m_authorization = QByteArrayLiteral("Bearer ") + token;
}

void DashboardRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    QMutexLocker locker(&m_mutex);
    if (!m_authorization.isEmpty() && m_origins.isTunnelOrigin(info.requestUrl()))
        info.setHttpHeader(QByteArrayLiteral("Authorization"), m_authorization);
}

} // namespace RayDeck
