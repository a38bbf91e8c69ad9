// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/ServerProfile.h"

#include <QStringList>

#include <optional>

namespace RayDeck {

/// The `ray` command lines for a profile's head, as argument vectors (run through DockerCommandBuilder::exec).
class RayCommandBuilder
{
public:
    explicit RayCommandBuilder(RaySettings settings);

    QStringList status() const;
    QStringList stop() const;
    /// `ray start --head --dashboard-host=H --dashboard-port=P [--port=GCS] <extra>`; the dashboard
    /// host is given explicitly so a changed Ray default can never expose it.
    QStringList startHead(std::optional<quint16> gcsPort = std::nullopt) const;
    /// The same with the dashboard forced onto loopback (the "restart bound to 127.0.0.1" remedy).
    QStringList startHeadOnLoopback(std::optional<quint16> gcsPort = std::nullopt) const;
    /// `ray start --address=<headGcsAddress>`: join a cluster as a worker node.
    static QStringList startWorker(const QString &headGcsAddress);
    /// Environment for `ray start` so the dashboard's Metrics tab embeds Grafana through the local forward.
    static QStringList grafanaEnvironment(quint16 localGrafanaPort);

private:
    QStringList startHeadBoundTo(const QString &host, std::optional<quint16> gcsPort) const;

    RaySettings m_settings;
};

} // namespace RayDeck
