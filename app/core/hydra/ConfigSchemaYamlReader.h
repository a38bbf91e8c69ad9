// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConfigSchema.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace RayDeck {

/**
 * Builds a ConfigSchema from the YAML that `--cfg job` prints (internal to the
 * hydra module; use ConfigSchema::fromCfgJobYaml()). yaml-cpp throws on bad
 * input; every exception is caught here and turned into an Error, so nothing
 * escapes to Qt code.
 */
class ConfigSchemaYamlReader
{
    Q_DECLARE_TR_FUNCTIONS(RayDeck::ConfigSchemaYamlReader)

public:
    /// Nested maps deeper than this are kept as one dict-typed key.
    static constexpr int maxDepth = 32;

    [[nodiscard]] static Result<ConfigSchema> read(const QByteArray &yaml, const ConfigSchema &hints);
};

} // namespace RayDeck
