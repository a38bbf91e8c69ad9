// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace RayDeck {

/// One difference between two launches, for the history's diff view.
struct LaunchDiffEntry
{
    enum class Change { Added, Removed, Changed };
    enum class Subject {
        Override, ///< subject is the override's key; before/after are whole override texts
        Option,   ///< a job option: preset, working directory, a variable, CPUs, GPUs, metadata
    };

    Change change = Change::Changed;
    Subject subject = Subject::Override;
    QString name;   ///< the key ("trainer.total_epochs") or the option ("working directory", "env WANDB_API_KEY")
    QString before; ///< empty for Added
    QString after;  ///< empty for Removed

    friend bool operator==(const LaunchDiffEntry &, const LaunchDiffEntry &) = default;
};

} // namespace RayDeck

Q_DECLARE_METATYPE(RayDeck::LaunchDiffEntry)
