// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HydraParseResult.h"
#include "HydraValue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace RayDeck {

/**
 * The functions of Hydra's extended override grammar, as far as a single run
 * can use them (internal to the hydra module). The casts int(), float(), str()
 * and bool() and sort() of a list are evaluated here, as Hydra evaluates them
 * while parsing, so the override carries a plain value afterwards. The sweeps
 * (choice, range, interval, glob, tag, sort over several values) need
 * --multirun and are reported as errors with what to do instead; shuffle() is
 * refused because it would freeze one random order into the launch.
 */
class HydraFunctions
{
    Q_DECLARE_TR_FUNCTIONS(RayDeck::HydraFunctions)

public:
    struct NamedArgument
    {
        QString name;
        HydraValue value;
    };

    /// Evaluates @p name(@p positional..., @p named...); errors point at @p column (the function name).
    static HydraParseResult<HydraValue> call(const QString &name, const QList<HydraValue> &positional,
                                             const QList<NamedArgument> &named, int column);
};

} // namespace RayDeck
