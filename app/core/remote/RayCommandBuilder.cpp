// SPDX-License-Identifier: GPL-3.0-or-later
#include "RayCommandBuilder.h"

namespace RayDeck {

RayCommandBuilder::RayCommandBuilder(RaySettings settings)
    : m_settings(std::move(settings))
{
}

QStringList RayCommandBuilder::status() const
{
    return {QStringLiteral("ray"), QStringLiteral("status")};
}

QStringList RayCommandBuilder::stop() const
{
    return {QStringLiteral("ray"), QStringLiteral("stop")};
}

QStringList RayCommandBuilder::startHead(std::optional<quint16> gcsPort) const
{
    const QString host = m_settings.dashboardHost.isEmpty() ? QStringLiteral("127.0.0.1") : m_settings.dashboardHost;
    return startHeadBoundTo(host, gcsPort);
}

QStringList RayCommandBuilder::startHeadOnLoopback(std::optional<quint16> gcsPort) const
{
    return startHeadBoundTo(QStringLiteral("127.0.0.1"), gcsPort);
}

QStringList RayCommandBuilder::startHeadBoundTo(const QString &host, std::optional<quint16> gcsPort) const
{
    QStringList argv{QStringLiteral("ray"), QStringLiteral("start"), QStringLiteral("--head"),
                     QStringLiteral("--dashboard-host=") + host,
                     QStringLiteral("--dashboard-port=") + QString::number(m_settings.dashboardPort)};
    if (gcsPort)
        argv << QStringLiteral("--port=") + QString::number(*gcsPort);
    argv << m_settings.extraStartArguments;
    return argv;
}

QStringList RayCommandBuilder::startWorker(const QString &headGcsAddress)
{
    return {QStringLiteral("ray"), QStringLiteral("start"), QStringLiteral("--address=") + headGcsAddress};
}

QStringList RayCommandBuilder::grafanaEnvironment(quint16 localGrafanaPort)
{
    return {QStringLiteral("RAY_GRAFANA_IFRAME_HOST=http://127.0.0.1:") + QString::number(localGrafanaPort)};
}

} // namespace RayDeck
