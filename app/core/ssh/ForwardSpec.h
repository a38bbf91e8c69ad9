// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace RayDeck {

/// A local port forward: loopback localPort -> remoteHost:remotePort as seen from the server.
struct ForwardSpec
{
    /// What to do when localPort is taken.
    enum class PortPolicy {
        Exact,    ///< fail, offering the next free port (LocalForward::suggestedLocalPort)
        NextFree, ///< use the next free port above it and report it through listening()
    };

    quint16 localPort = 0; ///< 0: any free port
    PortPolicy portPolicy = PortPolicy::Exact;
    QString remoteHost = QStringLiteral("127.0.0.1");
    quint16 remotePort = 0;

    friend bool operator==(const ForwardSpec &, const ForwardSpec &) = default;
};

} // namespace RayDeck

Q_DECLARE_METATYPE(RayDeck::ForwardSpec)
