// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConfigGroup.h"
#include "ConfigType.h"
#include "HydraValue.h"

#include <QString>

namespace RayDeck {

/// One leaf key of a config schema: its type, its default and where the form shows it.
struct ConfigSchemaEntry
{
    QString key;             ///< dotted path, "trainer.total_epochs"
    ConfigTypes types = anyConfigType;
    QString defaultText;     ///< the default as Hydra override text ("1e-6", "[console,wandb]", "???")
    HydraValue defaultValue; ///< defaultText parsed
    ConfigGroup group = ConfigGroup::Other;
    QString note;            ///< one line on what the key does; may be empty

    /// The default is "???": Hydra refuses to run until the key is set.
    bool isMandatory() const { return defaultValue.isMissingMarker(); }

    friend bool operator==(const ConfigSchemaEntry &, const ConfigSchemaEntry &) = default;
};

} // namespace RayDeck
