// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigType.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <utility>

namespace RayDeck {

namespace {

const std::array<std::pair<ConfigType, const char16_t *>, 6> typeNames{{
    {ConfigType::Bool, u"bool"},
    {ConfigType::Int, u"int"},
    {ConfigType::Float, u"float"},
    {ConfigType::String, u"str"},
    {ConfigType::List, u"list"},
    {ConfigType::Dict, u"dict"},
}};

QStringList names(ConfigTypes types)
{
    QStringList result;
    for (const auto &[type, name] : typeNames) {
        if (types.testFlag(type))
            result << QString::fromUtf16(name);
    }
    return result;
}

} // namespace

std::optional<ConfigTypes> configTypesFromName(QStringView name)
{
    if (name == u"any")
        return anyConfigType;
    ConfigTypes result;
    for (QStringView part : name.split(u'|')) {
        bool found = false;
        for (const auto &[type, typeName] : typeNames) {
            if (part == QStringView(typeName)) {
                result |= type;
                found = true;
            }
        }
        if (!found)
            return std::nullopt;
    }
    return result;
}

QString configTypesName(ConfigTypes types)
{
    if (types == anyConfigType)
        return QStringLiteral("any");
    return names(types).join(u'|');
}

QString configTypesDisplayName(ConfigTypes types)
{
    if (types == anyConfigType)
        return QCoreApplication::translate("RayDeck::ConfigType", "any value");
    const QStringList list = names(types);
    if (list.size() <= 1)
        return list.join(QString());
    return QCoreApplication::translate("RayDeck::ConfigType", "%1 or %2")
        .arg(list.mid(0, list.size() - 1).join(QStringLiteral(", ")), list.last());
}

} // namespace RayDeck
