// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace RayDeck {

/// The state of a container as `docker inspect` reports it.
struct ContainerInspection
{
    enum class State { Missing, Created, Running, Paused, Restarting, Exited, Dead, Other };
    State state = State::Missing;
    QString statusText; ///< docker's own word ("running", "exited")
    QString image;
    QString networkMode;
};

/// A TCP socket in LISTEN state on the remote host.
struct ListeningSocket
{
    QString address; ///< "127.0.0.1", "0.0.0.0", "::", "::1"
    quint16 port = 0;

    /// 0.0.0.0, :: or * : reachable from every network the host is on.
    bool isAllInterfaces() const;
    bool isLoopback() const;
};

/// One GPU as `nvidia-smi --query-gpu=name,utilization.gpu,memory.used,memory.total --format=csv,noheader,nounits` lists it.
struct GpuStatus
{
    QString name;
    int utilizationPercent = 0;
    int memoryUsedMiB = 0;
    int memoryTotalMiB = 0;
};

/**
 * Parsers for what remote commands print. Each takes the raw text and never
 * crashes on surprises; anything it cannot read is an Error saying so.
 */
namespace RemoteOutputParsers {

/// Output of `docker inspect --type container NAME` (a JSON array); exitStatus and stderr tell "no such object".
[[nodiscard]] Result<ContainerInspection> parseContainerInspection(int exitStatus, const QByteArray &standardOutput,
                                                                   const QByteArray &standardError);

/// `ss -H -t -l -n` lines ("LISTEN 0 128 127.0.0.1:8265 0.0.0.0:*").
QList<ListeningSocket> parseSsListening(const QString &output);
/// `/proc/net/tcp` and `/proc/net/tcp6` contents (hex addresses, state 0A = LISTEN).
QList<ListeningSocket> parseProcNetTcp(const QString &output);

[[nodiscard]] Result<QList<GpuStatus>> parseNvidiaSmiCsv(const QString &output);

/// A host is "probably not private" when it is not loopback, RFC 1918, link-local, CGNAT or ULA.
bool isPublicAddress(const QString &address);

} // namespace RemoteOutputParsers
} // namespace RayDeck
