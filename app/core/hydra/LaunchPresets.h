// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LaunchPreset.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace RayDeck {

/**
 * The presets RayDeck ships: verl's GSM8K PPO quickstart (`ppo-gsm8k`) and its
 * GRPO example (`grpo-gsm8k`), override for override as verl documents them.
 * Where the documented command relies on the submitting shell to expand $HOME,
 * the preset writes ${oc.env:HOME} instead, which OmegaConf resolves in the
 * job's own environment: the entrypoint quotes every override, so no shell
 * expands anything.
 */
class LaunchPresets
{
    Q_DECLARE_TR_FUNCTIONS(RayDeck::LaunchPresets)

public:
    static QList<LaunchPreset> all();
    static std::optional<LaunchPreset> find(const QString &id);
};

} // namespace RayDeck
