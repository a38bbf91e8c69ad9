// SPDX-License-Identifier: GPL-3.0-or-later
#include "LaunchPreset.h"

#include "HydraOverrideParser.h"
#include "util/Logging.h"

namespace RayDeck {

QList<HydraOverride> LaunchPreset::overrides() const
{
    QList<HydraOverride> result;
    result.reserve(overrideTexts.size());
    for (const QString &text : overrideTexts) {
        HydraParseResult<HydraOverride> parsed = HydraOverrideParser::parse(text);
        if (parsed)
            result.append(std::move(parsed).value());
        else
            qCWarning(lcHydra) << "preset" << id << "has an unreadable override at column" << parsed.error().column();
    }
    return result;
}

} // namespace RayDeck
