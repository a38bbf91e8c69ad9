// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace RayDeck {

/// Where a config key is shown in the launch form; decided by the key's prefix.
enum class ConfigGroup {
    Data,      ///< data.*
    Model,     ///< actor_rollout_ref.model.*
    Actor,     ///< actor_rollout_ref.actor.*
    Rollout,   ///< actor_rollout_ref.rollout.*
    Reference, ///< actor_rollout_ref.ref.*
    Critic,    ///< critic.*
    Algorithm, ///< algorithm.*
    Trainer,   ///< trainer.*
    Other,     ///< everything else (reward, profiler, ray_kwargs, ...)
};

/// All groups in form order.
QList<ConfigGroup> allConfigGroups();
ConfigGroup configGroupForKey(QStringView key);
/// "data", "model", ..., "other": the stored form.
QString configGroupId(ConfigGroup group);
std::optional<ConfigGroup> configGroupFromId(QStringView id);
/// Translated title for the form ("Rollout").
QString configGroupTitle(ConfigGroup group);

} // namespace RayDeck
