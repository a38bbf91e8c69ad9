// SPDX-License-Identifier: GPL-3.0-or-later
#include "HydraOverride.h"

namespace RayDeck {

QString HydraOverride::fullKey() const
{
    if (!package)
        return key;
    return key + u'@' + *package;
}

bool HydraOverride::isConfigGroupChoice() const
{
    return package.has_value() || key.contains(u'/');
}

HydraOverride HydraOverride::change(QString key, HydraValue value)
{
    HydraOverride result;
    result.type = Type::Change;
    result.key = std::move(key);
    result.value = std::move(value);
    return result;
}

} // namespace RayDeck
