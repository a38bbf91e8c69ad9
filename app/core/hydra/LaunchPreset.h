// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HydraOverride.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace RayDeck {

/// A named starting point for a launch: a list of overrides for verl's main_ppo.
struct LaunchPreset
{
    QString id;          ///< stable, used in job metadata and the CLI ("ppo-gsm8k")
    QString title;       ///< translated
    QString description; ///< translated; says what data the preset expects and where it comes from
    QStringList overrideTexts;

    /// overrideTexts parsed; texts that do not parse (never for the built-in presets) are skipped.
    QList<HydraOverride> overrides() const;
};

} // namespace RayDeck
