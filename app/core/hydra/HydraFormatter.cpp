// SPDX-License-Identifier: GPL-3.0-or-later
#include "HydraFormatter.h"

#include "HydraNumbers.h"
#include "HydraOverrideParser.h"
#include "util/ShellQuote.h"

namespace RayDeck {

namespace {

bool isBareChar(QChar c)
{
    if (c.unicode() > 127)
        return false;
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || QStringView(u"_-/.+$%*@?|").contains(c);
}

bool isEscapableInKey(QChar c)
{
    return QStringView(u"\\()[]{}:=, \t").contains(c);
}

Result<void> appendValue(QString &out, const HydraValue &value)
{
    switch (value.kind()) {
    case HydraValue::Kind::Null:
        out += u"null";
        return {};
    case HydraValue::Kind::Bool:
        out += value.toBool() ? u"true" : u"false";
        return {};
    case HydraValue::Kind::Int:
        out += QString::number(value.toInt());
        return {};
    case HydraValue::Kind::Float:
        out += HydraNumbers::hydraLiteral(value.toFloat());
        return {};
    case HydraValue::Kind::Interpolation:
        out += value.text();
        return {};
    case HydraValue::Kind::String:
        out += HydraFormatter::canStayBare(value.text()) ? value.text() : HydraFormatter::quoted(value.text());
        return {};
    case HydraValue::Kind::List:
        out += u'[';
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (i > 0)
                out += u',';
            Result<void> item = appendValue(out, value.items().at(i));
            if (!item)
                return item;
        }
        out += u']';
        return {};
    case HydraValue::Kind::Dict:
        out += u'{';
        for (qsizetype i = 0; i < value.size(); ++i) {
            const QString &key = value.keys().at(i);
            if (!HydraFormatter::isWritableDictKey(key))
                return Error(Error::Code::InvalidInput,
                             HydraFormatter::tr("The dict key '%1' cannot be written in a Hydra override: keys may "
                                                "only use letters, digits, blanks and _-/+.$%*@?|\\()[]{}:=,.")
                                 .arg(key));
            if (i > 0)
                out += u',';
            for (QChar c : key) {
                if (isEscapableInKey(c))
                    out += u'\\';
                out += c;
            }
            out += u':';
            Result<void> item = appendValue(out, value.items().at(i));
            if (!item)
                return item;
        }
        out += u'}';
        return {};
    }
    return {};
}

} // namespace

QString HydraFormatter::quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] == u'\\') {
            qsizetype run = 0;
            while (i + run < text.size() && text[i + run] == u'\\')
                ++run;
            // Backslashes right before a quote (or before the closing quote) are escapes to Hydra.
            const bool beforeQuote = i + run == text.size() || text[i + run] == u'"';
            out += QString(beforeQuote ? run * 2 : run, u'\\');
            i += run;
            continue;
        }
        if (text[i] == u'"')
            out += u'\\';
        out += text[i++];
    }
    out += u'"';
    return out;
}

bool HydraFormatter::canStayBare(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (!isBareChar(c))
            return false;
    }
    // Still text when read back? Rules out 10, 1e-6, inf, True, null and the like.
    const HydraParseResult<HydraValue> back = HydraOverrideParser::parseValue(text);
    return back.isOk() && back.value() == HydraValue::fromString(text);
}

bool HydraFormatter::isWritableDictKey(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (QChar c : key) {
        if (!isBareChar(c) && !isEscapableInKey(c))
            return false;
    }
    return true;
}

Result<QString> HydraFormatter::formatValue(const HydraValue &value)
{
    QString out;
    Result<void> written = appendValue(out, value);
    if (!written)
        return written.error();
    return out;
}

Result<QString> HydraFormatter::formatOverride(const HydraOverride &override)
{
    QString text;
    switch (override.type) {
    case HydraOverride::Type::Change:
        break;
    case HydraOverride::Type::Add:
        text += u'+';
        break;
    case HydraOverride::Type::ForceAdd:
        text += u"++";
        break;
    case HydraOverride::Type::Delete:
        text += u'~';
        break;
    }
    text += override.fullKey();
    if (override.value) {
        Result<QString> value = formatValue(*override.value);
        if (!value)
            return value.error();
        text += u'=' + value.value();
    } else if (override.type != HydraOverride::Type::Delete) {
        return Error(Error::Code::InvalidInput, tr("The override of %1 has no value.").arg(override.fullKey()));
    }

    // Values always read back; a hand-built key might not, so check the whole text.
    const HydraParseResult<HydraOverride> back = HydraOverrideParser::parse(text);
    if (!back || back.value() != override)
        return Error(Error::Code::InvalidInput,
                     tr("'%1' is not a valid Hydra key; keys look like trainer.total_epochs, group/name or "
                        "group@package.")
                         .arg(override.fullKey()));
    return text;
}

Result<QString> HydraFormatter::shellWord(const HydraOverride &override)
{
    Result<QString> text = formatOverride(override);
    if (!text)
        return text.error();
    return shellQuote(text.value());
}

} // namespace RayDeck
