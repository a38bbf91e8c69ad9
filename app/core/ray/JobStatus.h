// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace RayDeck {

/// A Ray job's status as the Jobs API reports it.
enum class JobStatus {
    Pending,
    Running,
    Stopped,
    Succeeded,
    Failed,
};

/// STOPPED, SUCCEEDED and FAILED never change again (Ray's JobStatus.is_terminal).
bool isTerminal(JobStatus status);
/// "PENDING", "RUNNING", ... as on the wire.
QString toWireName(JobStatus status);
std::optional<JobStatus> jobStatusFromWireName(const QString &name);
/// "Running", "Succeeded", ... translated, for the UI.
QString displayName(JobStatus status);

} // namespace RayDeck

Q_DECLARE_METATYPE(RayDeck::JobStatus)
