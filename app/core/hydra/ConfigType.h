// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>
#include <QString>

#include <optional>

namespace RayDeck {

/// A type a config key accepts; a key may accept several (data.train_files: str or list).
enum class ConfigType {
    Bool = 0x01,
    Int = 0x02,
    Float = 0x04,
    String = 0x08,
    List = 0x10,
    Dict = 0x20,
};
Q_DECLARE_FLAGS(ConfigTypes, ConfigType)
Q_DECLARE_OPERATORS_FOR_FLAGS(ConfigTypes)

/// Every type: a key whose type is unknown (a null or interpolated default).
inline constexpr ConfigTypes anyConfigType = ConfigTypes(0x3f);

/// Reads "int", "float", "bool", "str", "list", "dict", "any" or "a|b"; nullopt for anything else.
std::optional<ConfigTypes> configTypesFromName(QStringView name);
/// "int", "str or list", "any": for messages.
QString configTypesDisplayName(ConfigTypes types);
/// "int", "str|list", "any": the stored form.
QString configTypesName(ConfigTypes types);

} // namespace RayDeck
