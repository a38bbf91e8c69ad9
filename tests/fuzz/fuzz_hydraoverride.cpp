// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the Hydra override parser and formatter.
//
// Any bytes may be parsed (as an override and as a bare value) without a
// crash. Whatever parses must format again, unless a dict key cannot be
// written (the formatter's one documented failure), and the formatted text
// must parse back to exactly the same override or value.
#include "FuzzCheck.h"
#include "hydra/HydraFormatter.h"
#include "hydra/HydraOverrideParser.h"

#include <cstddef>
#include <cstdint>

using namespace RayDeck;

namespace {

bool hasUnwritableDictKey(const HydraValue &value)
{
    if (value.kind() == HydraValue::Kind::Dict) {
        for (const QString &key : value.keys()) {
            if (!HydraFormatter::isWritableDictKey(key))
                return true;
        }
    }
    for (const HydraValue &item : value.items()) {
        if (hasUnwritableDictKey(item))
            return true;
    }
    return false;
}

QString describe(const QString &input, const Result<QString> &formatted)
{
    return QStringLiteral("input:     %1\nformatted: %2").arg(input, formatted ? formatted.value() : formatted.error().detail() + formatted.error().message());
}

void checkOverride(const QString &input)
{
    const HydraParseResult<HydraOverride> parsed = HydraOverrideParser::parse(input);
    if (!parsed)
        return;
    const HydraOverride &override = parsed.value();
    const Result<QString> formatted = HydraFormatter::formatOverride(override);
    if (!formatted) {
        Fuzz::check(override.value && hasUnwritableDictKey(*override.value),
                    "a parsed override could not be formatted", describe(input, formatted));
        return;
    }
    const HydraParseResult<HydraOverride> back = HydraOverrideParser::parse(formatted.value());
    Fuzz::check(back.isOk(), "a formatted override does not parse", describe(input, formatted));
    Fuzz::check(back.value() == override, "a formatted override parses to a different override",
                describe(input, formatted));
    // The shell layer must not lose the override either.
    Fuzz::check(HydraFormatter::shellWord(override).isOk(), "shellWord failed after formatOverride succeeded",
                describe(input, formatted));
}

void checkValue(const QString &input)
{
    const HydraParseResult<HydraValue> parsed = HydraOverrideParser::parseValue(input);
    if (!parsed)
        return;
    const Result<QString> formatted = HydraFormatter::formatValue(parsed.value());
    if (!formatted) {
        Fuzz::check(hasUnwritableDictKey(parsed.value()), "a parsed value could not be formatted",
                    describe(input, formatted));
        return;
    }
    const HydraParseResult<HydraValue> back = HydraOverrideParser::parseValue(formatted.value());
    Fuzz::check(back.isOk(), "a formatted value does not parse", describe(input, formatted));
    Fuzz::check(back.value() == parsed.value(), "a formatted value parses to a different value",
                describe(input, formatted));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Overrides are single command-line words; longer input only slows the search down.
    if (size > 4096)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The byte entry point must agree with the text one.
    const HydraParseResult<HydraOverride> fromBytes = HydraOverrideParser::parseUtf8(bytes);
    const QString input = QString::fromUtf8(bytes);
    const HydraParseResult<HydraOverride> fromText = HydraOverrideParser::parse(input);
    Fuzz::check(fromBytes.isOk() == fromText.isOk(), "parseUtf8 and parse disagree", input);
    checkOverride(input);
    checkValue(input);
    return 0;
}
