// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace RayDeck {

/**
 * What the head's `ray status` says about the cluster: how many nodes are
 * active and the CPUs and GPUs they bring. Parsed from the text Ray prints
 * ("Active:" lines such as " 1 node_<id>", totals such as " 0.0/32.0 CPU");
 * with `-v`, the node addresses from the "Node: <id> (<ip>)" lines.
 */
struct RayClusterStatus
{
    int activeNodes = 0;
    double cpus = 0;
    double gpus = 0;
    QStringList nodeAddresses; ///< only from `ray status -v`; may be empty

    /// Parses `ray status [-v]` output; false in @p ok when it has no "Active:" section.
    static RayClusterStatus parse(const QString &text, bool *ok = nullptr);

    /// "3 nodes, 96 CPUs, 6 GPUs" (translated).
    QString summary() const;
    /// GPUs per node when every node has the same number (total / nodes), rounded down.
    int gpusPerNode() const { return activeNodes > 0 ? int(gpus) / activeNodes : 0; }
};

} // namespace RayDeck

Q_DECLARE_METATYPE(RayDeck::RayClusterStatus)
