// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobStatus.h"

#include <QCoreApplication>

namespace RayDeck {

bool isTerminal(JobStatus status)
{
    return status == JobStatus::Stopped || status == JobStatus::Succeeded || status == JobStatus::Failed;
}

QString toWireName(JobStatus status)
{
    switch (status) {
    case JobStatus::Pending:
        return QStringLiteral("PENDING");
    case JobStatus::Running:
        return QStringLiteral("RUNNING");
    case JobStatus::Stopped:
        return QStringLiteral("STOPPED");
    case JobStatus::Succeeded:
        return QStringLiteral("SUCCEEDED");
    case JobStatus::Failed:
        return QStringLiteral("FAILED");
    }
    return {};
}

std::optional<JobStatus> jobStatusFromWireName(const QString &name)
{
    for (JobStatus status : {JobStatus::Pending, JobStatus::Running, JobStatus::Stopped, JobStatus::Succeeded,
                             JobStatus::Failed}) {
        if (toWireName(status) == name)
            return status;
    }
    return std::nullopt;
}

QString displayName(JobStatus status)
{
    switch (status) {
    case JobStatus::Pending:
        return QCoreApplication::translate("JobStatus", "Pending");
    case JobStatus::Running:
        return QCoreApplication::translate("JobStatus", "Running");
    case JobStatus::Stopped:
        return QCoreApplication::translate("JobStatus", "Stopped");
    case JobStatus::Succeeded:
        return QCoreApplication::translate("JobStatus", "Succeeded");
    case JobStatus::Failed:
        return QCoreApplication::translate("JobStatus", "Failed");
    }
    return {};
}

} // namespace RayDeck
