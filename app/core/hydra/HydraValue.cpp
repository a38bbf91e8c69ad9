// SPDX-License-Identifier: GPL-3.0-or-later
#include "HydraValue.h"

#include <cmath>

namespace RayDeck {

HydraValue HydraValue::fromBool(bool value)
{
    HydraValue v;
    v.m_kind = Kind::Bool;
    v.m_bool = value;
    return v;
}

HydraValue HydraValue::fromInt(qint64 value)
{
    HydraValue v;
    v.m_kind = Kind::Int;
    v.m_int = value;
    return v;
}

HydraValue HydraValue::fromFloat(double value)
{
    HydraValue v;
    v.m_kind = Kind::Float;
    v.m_float = value;
    return v;
}

HydraValue HydraValue::fromString(QString text)
{
    HydraValue v;
    v.m_kind = Kind::String;
    v.m_text = std::move(text);
    return v;
}

bool HydraValue::isInterpolationToken(QStringView text)
{
    if (text.size() < 4 || !text.startsWith(u"${") || !text.endsWith(u'}'))
        return false;
    // The lexer ends the token at the first '}', so the only one must be the last.
    return text.indexOf(u'}') == text.size() - 1;
}

HydraValue HydraValue::fromInterpolation(QString text)
{
    HydraValue v = fromString(std::move(text));
    if (isInterpolationToken(v.m_text))
        v.m_kind = Kind::Interpolation;
    return v;
}

HydraValue HydraValue::fromList(QList<HydraValue> items)
{
    HydraValue v;
    v.m_kind = Kind::List;
    v.m_items = std::move(items);
    return v;
}

HydraValue HydraValue::emptyDict()
{
    HydraValue v;
    v.m_kind = Kind::Dict;
    return v;
}

bool HydraValue::isResolvedLater() const
{
    return m_kind == Kind::Interpolation || (m_kind == Kind::String && m_text.contains(u"${"));
}

bool HydraValue::isMissingMarker() const
{
    return m_kind == Kind::String && m_text == u"???";
}

double HydraValue::toFloat() const
{
    return m_kind == Kind::Int ? static_cast<double>(m_int) : m_float;
}

HydraValue HydraValue::value(const QString &key) const
{
    const qsizetype index = m_keys.indexOf(key);
    return index < 0 ? HydraValue() : m_items.at(index);
}

void HydraValue::append(HydraValue item)
{
    if (m_kind == Kind::List)
        m_items.append(std::move(item));
}

void HydraValue::insert(const QString &key, HydraValue value)
{
    if (m_kind != Kind::Dict)
        return;
    const qsizetype index = m_keys.indexOf(key);
    if (index >= 0) {
        m_items[index] = std::move(value);
        return;
    }
    m_keys.append(key);
    m_items.append(std::move(value));
}

QString HydraValue::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::Bool:
        return QStringLiteral("bool");
    case Kind::Int:
        return QStringLiteral("int");
    case Kind::Float:
        return QStringLiteral("float");
    case Kind::String:
        return QStringLiteral("str");
    case Kind::Interpolation:
        return QStringLiteral("interpolation");
    case Kind::List:
        return QStringLiteral("list");
    case Kind::Dict:
        return QStringLiteral("dict");
    }
    return {};
}

bool operator==(const HydraValue &a, const HydraValue &b)
{
    if (a.m_kind != b.m_kind)
        return false;
    switch (a.m_kind) {
    case HydraValue::Kind::Null:
        return true;
    case HydraValue::Kind::Bool:
        return a.m_bool == b.m_bool;
    case HydraValue::Kind::Int:
        return a.m_int == b.m_int;
    case HydraValue::Kind::Float:
        if (std::isnan(a.m_float) || std::isnan(b.m_float))
            return std::isnan(a.m_float) && std::isnan(b.m_float);
        return a.m_float == b.m_float && std::signbit(a.m_float) == std::signbit(b.m_float);
    case HydraValue::Kind::String:
    case HydraValue::Kind::Interpolation:
        return a.m_text == b.m_text;
    case HydraValue::Kind::List:
        return a.m_items == b.m_items;
    case HydraValue::Kind::Dict:
        return a.m_keys == b.m_keys && a.m_items == b.m_items;
    }
    return false;
}

} // namespace RayDeck
