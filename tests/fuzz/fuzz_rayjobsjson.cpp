// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: every parser of Ray Jobs REST answers gets the same bytes. None
// may crash; a failure must carry a message for the user.
#include "FuzzCheck.h"
#include "ray/RayJobsJson.h"

#include <cstddef>
#include <cstdint>

using namespace RayDeck;

namespace {

template<typename T>
void checkResult(const Result<T> &result, const char *parser)
{
    if (!result)
        Fuzz::check(!result.error().message().isEmpty(), parser, QStringLiteral("failed without a message"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    checkResult(RayJobsJson::parseVersion(body), "parseVersion");
    checkResult(RayJobsJson::parseJobDetails(body), "parseJobDetails");
    const Result<QList<JobDetails>> list = RayJobsJson::parseJobList(body);
    checkResult(list, "parseJobList");
    checkResult(RayJobsJson::parseSubmitResponse(body), "parseSubmitResponse");
    checkResult(RayJobsJson::parseStopResponse(body), "parseStopResponse");
    checkResult(RayJobsJson::parseDeleteResponse(body), "parseDeleteResponse");
    checkResult(RayJobsJson::parseLogsResponse(body), "parseLogsResponse");
    return 0;
}
