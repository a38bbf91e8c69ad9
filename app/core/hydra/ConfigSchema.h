// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConfigSchemaEntry.h"
#include "HydraOverride.h"
#include "ValidationIssue.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace RayDeck {

/**
 * The keys of a Hydra config with their types, defaults and form groups, and
 * the checks the launcher runs before anything is submitted.
 *
 * RayDeck ships verl's PPO trainer config (bundled()); "Refresh from server"
 * builds one from what `python3 -m verl.trainer.main_ppo --cfg job` prints
 * (fromCfgJobYaml()), so the form matches the verl version installed there.
 *
 * An immutable value with shared data: cheap to copy, safe to read from any
 * thread.
 */
class ConfigSchema
{
    Q_DECLARE_TR_FUNCTIONS(RayDeck::ConfigSchema)

public:
    /// What a dotted key names in this schema.
    enum class KeyKind {
        Unknown,
        Value,          ///< a leaf key (an entry)
        Section,        ///< a prefix of leaf keys ("trainer"); takes a dict, merged
        InsideFreeDict, ///< below a dict-typed leaf ("...engine_kwargs.vllm.x"): new keys need '+'
        ListElement,    ///< an index into a list-typed leaf ("...optim.betas.0")
    };

    /// An empty schema (knows no keys).
    ConfigSchema();
    ConfigSchema(QList<ConfigSchemaEntry> entries, QString source);

    /**
     * verl's PPO trainer config as shipped with RayDeck (826 keys), read once
     * from the resource compiled into raydeck_core.
     */
    static const ConfigSchema &bundled();

    /// The shipped resource format: {"format":1,"source":...,"entries":[{key,type,default,group,note}]}.
    [[nodiscard]] static Result<ConfigSchema> fromResourceJson(const QByteArray &json);

    /**
     * A schema from the YAML that `python3 -m verl.trainer.main_ppo --cfg job`
     * prints. Types are inferred from the values; where a value does not say
     * (null, "???", an interpolation) or a key is known to @p hints, the hint's
     * type and note are used. Malformed YAML is an error, never an exception.
     */
    [[nodiscard]] static Result<ConfigSchema> fromCfgJobYaml(const QByteArray &yaml,
                                                             const ConfigSchema &hints = ConfigSchema());

    bool isEmpty() const;
    qsizetype size() const;
    /// Where the keys came from, for the form's footer.
    QString source() const;
    const QList<ConfigSchemaEntry> &entries() const;
    QList<ConfigSchemaEntry> entries(ConfigGroup group) const;
    /// The entry of a leaf key, or nullptr.
    const ConfigSchemaEntry *entry(const QString &key) const;
    KeyKind kindOf(const QString &key) const;

    /**
     * Whether @p value fits @p key. Nulls, "???" and values OmegaConf resolves
     * later (`${...}`) always fit; ints fit floats; a section takes a dict whose
     * keys are checked in turn. The error message names the expected type.
     */
    [[nodiscard]] Result<void> checkValue(const QString &key, const HydraValue &value) const;

    /// Known keys near @p key (edit distance on the dotted path), best first.
    QStringList suggestions(const QString &key, int maxCount = 3) const;

    /**
     * The value @p key has after applying @p overrides to the defaults, in
     * order as Hydra does (a dict set on a section counts for the keys in it);
     * std::nullopt when the key is unknown and not set, or deleted.
     */
    std::optional<HydraValue> effectiveValue(const QString &key, const QList<HydraOverride> &overrides) const;

    /**
     * Everything wrong with @p overrides for one run: unknown keys (with
     * suggestions and the '+key' hint), '+' on existing keys, '~' on missing
     * ones, type mismatches, mandatory keys left unset (unless their section is
     * switched off with enable=false), and keys set twice. Issues refer to
     * overrides by index.
     */
    QList<ValidationIssue> checkOverrides(const QList<HydraOverride> &overrides) const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace RayDeck
