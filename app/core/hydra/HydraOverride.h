// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HydraValue.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace RayDeck {

/**
 * One command-line override as Hydra reads it: what to do (set, add, force-add,
 * delete), to which key, and with which value.
 *
 *     trainer.total_epochs=15        Change    key "trainer.total_epochs"
 *     +trainer.note=x                Add       (fails in Hydra if the key exists)
 *     ++trainer.note=x               ForceAdd  (adds or overrides)
 *     ~trainer.note                  Delete    no value
 *     ~trainer.note=x                Delete    only if the value is x
 *     actor@actor_rollout_ref.actor=dp_actor   key "actor", package "actor_rollout_ref.actor"
 *
 * Build one with HydraOverrideParser or by hand; turn it into text with
 * HydraFormatter.
 */
struct HydraOverride
{
    enum class Type {
        Change,   ///< key=value
        Add,      ///< +key=value
        ForceAdd, ///< ++key=value
        Delete,   ///< ~key or ~key=value
    };

    Type type = Type::Change;
    /// A dotted config path (`a.b.0.c`) or a config group (`group/sub`); may be empty (global package).
    QString key;
    /// The package after '@'; std::nullopt when there is no '@' (an empty string is a valid package).
    std::optional<QString> package;
    /// Always set except for `~key`. `key=` gives an empty string.
    std::optional<HydraValue> value;

    /// key, plus "@package" when there is one.
    QString fullKey() const;
    /// A config group choice (`group/sub` or `group@pkg`), not a config value.
    bool isConfigGroupChoice() const;

    static HydraOverride change(QString key, HydraValue value);

    friend bool operator==(const HydraOverride &, const HydraOverride &) = default;
};

} // namespace RayDeck

Q_DECLARE_METATYPE(RayDeck::HydraOverride)
