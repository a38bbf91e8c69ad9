// SPDX-License-Identifier: GPL-3.0-or-later
#include "HydraFunctions.h"

#include "HydraNumbers.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace RayDeck {

namespace {

using Kind = HydraValue::Kind;

enum class Cast { Int, Float, Str, Bool };

QString describe(const HydraValue &value)
{
    switch (value.kind()) {
    case Kind::String:
    case Kind::Interpolation:
        return u'\'' + value.text() + u'\'';
    case Kind::Int:
        return QString::number(value.toInt());
    case Kind::Float:
        return HydraNumbers::pythonRepr(value.toFloat());
    case Kind::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return value.kindName();
    }
}

HydraParseResult<HydraValue> castValue(Cast cast, const HydraValue &value, int column, const QString &name)
{
    auto cannot = [&]() {
        return HydraParseError(column, HydraFunctions::tr("%1() cannot convert %2.").arg(name, describe(value)));
    };

    if (value.kind() == Kind::List || value.kind() == Kind::Dict) {
        // Hydra casts the items of a list and the values of a dict.
        HydraValue result = value.kind() == Kind::List ? HydraValue::fromList({}) : HydraValue::emptyDict();
        for (qsizetype i = 0; i < value.size(); ++i) {
            HydraParseResult<HydraValue> item = castValue(cast, value.items().at(i), column, name);
            if (!item)
                return item.error();
            if (value.kind() == Kind::List)
                result.append(std::move(item).value());
            else
                result.insert(value.keys().at(i), std::move(item).value());
        }
        return result;
    }
    if (value.isNull())
        return cannot();

    switch (cast) {
    case Cast::Int:
        switch (value.kind()) {
        case Kind::Int:
            return value;
        case Kind::Bool:
            return HydraValue::fromInt(value.toBool() ? 1 : 0);
        case Kind::Float: {
            const double truncated = std::trunc(value.toFloat());
            if (!std::isfinite(truncated) || std::fabs(truncated) >= 9.2e18)
                return cannot();
            return HydraValue::fromInt(static_cast<qint64>(truncated));
        }
        default:
            if (const std::optional<qint64> parsed = HydraNumbers::parseInt(value.text()))
                return HydraValue::fromInt(*parsed);
            return cannot();
        }
    case Cast::Float:
        switch (value.kind()) {
        case Kind::Int:
        case Kind::Float:
            return HydraValue::fromFloat(value.toFloat());
        case Kind::Bool:
            return HydraValue::fromFloat(value.toBool() ? 1.0 : 0.0);
        default:
            if (const std::optional<double> parsed = HydraNumbers::parseFloat(value.text()))
                return HydraValue::fromFloat(*parsed);
            return cannot();
        }
    case Cast::Str:
        switch (value.kind()) {
        case Kind::Int:
            return HydraValue::fromString(QString::number(value.toInt()));
        case Kind::Float:
            return HydraValue::fromString(HydraNumbers::pythonRepr(value.toFloat()));
        case Kind::Bool:
            // Hydra writes booleans in lower case here, unlike Python's str().
            return HydraValue::fromString(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        default:
            return HydraValue::fromString(value.text());
        }
    case Cast::Bool:
        switch (value.kind()) {
        case Kind::Bool:
            return value;
        case Kind::Int:
        case Kind::Float:
            return HydraValue::fromBool(value.toFloat() != 0.0);
        default: {
            const QString lower = value.text().toLower();
            if (lower == u"true")
                return HydraValue::fromBool(true);
            if (lower == u"false")
                return HydraValue::fromBool(false);
            return cannot();
        }
        }
    }
    return cannot();
}

HydraParseError sweepError(const QString &name, int column)
{
    return HydraParseError(column, HydraFunctions::tr("%1() is a sweep: Hydra runs it only with --multirun, and a "
                                                      "single Ray job cannot. Launch one job per value instead, "
                                                      "or write the one value you want.")
                                       .arg(name));
}

} // namespace

HydraParseResult<HydraValue> HydraFunctions::call(const QString &name, const QList<HydraValue> &positional,
                                                  const QList<NamedArgument> &named, int column)
{
    static const QStringList sweeps{QStringLiteral("choice"), QStringLiteral("range"), QStringLiteral("interval"),
                                    QStringLiteral("glob"), QStringLiteral("tag")};
    if (sweeps.contains(name))
        return sweepError(name, column);

    if (name == u"shuffle")
        return HydraParseError(column, tr("shuffle() gives a different order each time the override is read; "
                                          "write the list in the order you want instead."));

    std::optional<Cast> cast;
    if (name == u"int")
        cast = Cast::Int;
    else if (name == u"float")
        cast = Cast::Float;
    else if (name == u"str")
        cast = Cast::Str;
    else if (name == u"bool")
        cast = Cast::Bool;

    if (cast) {
        HydraValue argument;
        if (!named.isEmpty()) {
            if (named.size() != 1 || named.first().name != u"value" || !positional.isEmpty())
                return HydraParseError(column, tr("%1() takes one value, as %1(x) or %1(value=x).").arg(name));
            argument = named.first().value;
        } else if (positional.isEmpty()) {
            return HydraParseError(column, tr("%1() needs a value, as in %1(x).").arg(name));
        } else if (positional.size() == 1) {
            argument = positional.first();
        } else {
            // Several positional values are cast one by one into a list.
            argument = HydraValue::fromList(positional);
        }
        return castValue(*cast, argument, column, name);
    }

    if (name == u"sort") {
        HydraValue list;
        bool reverse = false;
        bool haveList = false;
        for (const NamedArgument &argument : named) {
            if (argument.name == u"reverse" && argument.value.kind() == Kind::Bool) {
                reverse = argument.value.toBool();
            } else if (argument.name == u"list" && argument.value.kind() == Kind::List) {
                list = argument.value;
                haveList = true;
            } else {
                return HydraParseError(column, tr("sort() takes a list and an optional reverse=true, as in "
                                                  "sort([3,1,2], reverse=true)."));
            }
        }
        if (positional.size() > 1)
            return sweepError(name, column);
        if (positional.size() == 1) {
            if (haveList || positional.first().kind() != Kind::List)
                return sweepError(name, column);
            list = positional.first();
            haveList = true;
        }
        if (!haveList)
            return HydraParseError(column, tr("sort() needs a list, as in sort([3,1,2])."));

        QList<HydraValue> items = list.items();
        const bool allNumbers = std::all_of(items.cbegin(), items.cend(), [](const HydraValue &v) {
            return v.isNumber() || v.kind() == Kind::Bool;
        });
        const bool allText = std::all_of(items.cbegin(), items.cend(), [](const HydraValue &v) { return v.isText(); });
        if (!allNumbers && !allText)
            return HydraParseError(column, tr("sort() can only order a list of numbers or a list of strings."));
        auto number = [](const HydraValue &v) { return v.kind() == Kind::Bool ? (v.toBool() ? 1.0 : 0.0) : v.toFloat(); };
        std::stable_sort(items.begin(), items.end(), [&](const HydraValue &a, const HydraValue &b) {
            const bool less = allNumbers ? number(a) < number(b) : a.text() < b.text();
            const bool greater = allNumbers ? number(b) < number(a) : b.text() < a.text();
            return reverse ? greater : less;
        });
        return HydraValue::fromList(items);
    }

    return HydraParseError(column, tr("Unknown function %1(). Hydra knows int(), float(), str(), bool(), sort() "
                                      "and the sweeps choice(), range(), interval(), glob(), tag() and shuffle(); "
                                      "if you meant text, quote it.")
                                       .arg(name));
}

} // namespace RayDeck
