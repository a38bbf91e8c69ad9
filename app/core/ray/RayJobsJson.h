// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobDetails.h"
#include "RayVersion.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace RayDeck {

/**
 * Parsing of the Ray Jobs REST API's JSON answers. Pure functions of bytes:
 * they never crash on malformed input and say what was wrong, so they can be
 * fuzzed and shared by the client and the tests.
 */
namespace RayJobsJson {

[[nodiscard]] Result<RayVersion> parseVersion(const QByteArray &body);
[[nodiscard]] Result<JobDetails> parseJobDetails(const QByteArray &body);
[[nodiscard]] Result<JobDetails> jobDetailsFromObject(const QJsonObject &object);
/// `GET /api/jobs/` answers an array since API v2.
[[nodiscard]] Result<QList<JobDetails>> parseJobList(const QByteArray &body);
/// `POST /api/jobs/`: the submission id Ray accepted.
[[nodiscard]] Result<QString> parseSubmitResponse(const QByteArray &body);
/// `POST /api/jobs/{id}/stop`: true when the job was running and is being stopped.
[[nodiscard]] Result<bool> parseStopResponse(const QByteArray &body);
/// `DELETE /api/jobs/{id}`.
[[nodiscard]] Result<bool> parseDeleteResponse(const QByteArray &body);
/// `GET /api/jobs/{id}/logs`: the whole driver log.
[[nodiscard]] Result<QString> parseLogsResponse(const QByteArray &body);

} // namespace RayJobsJson
} // namespace RayDeck
