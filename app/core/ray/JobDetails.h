// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobStatus.h"

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace RayDeck {

/// One entry of `GET /api/jobs/` or `GET /api/jobs/{id}` (Ray's JobDetails).
struct JobDetails
{
    enum class Type { Submission, Driver };

    Type type = Type::Submission;
    QString jobId;        ///< Ray's internal job id; may be empty while pending
    QString submissionId; ///< what RayDeck submitted with; empty for DRIVER entries
    JobStatus status = JobStatus::Pending;
    QString entrypoint;
    QString message;
    QString errorType;
    QDateTime startTime; ///< invalid when not started
    QDateTime endTime;   ///< invalid while running
    QMap<QString, QString> metadata;
    std::optional<int> driverExitCode;

    /// The id to use in URLs: the submission id, or the job id for DRIVER entries.
    QString id() const { return submissionId.isEmpty() ? jobId : submissionId; }

    friend bool operator==(const JobDetails &, const JobDetails &) = default;
};

} // namespace RayDeck

Q_DECLARE_METATYPE(RayDeck::JobDetails)
