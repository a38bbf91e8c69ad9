// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace RayDeck {

/// The answer of `GET /api/version`.
struct RayVersion
{
    QString apiVersion; ///< "5"
    QString rayVersion; ///< "2.49.0"
    QString rayCommit;
    QString sessionName;
};

} // namespace RayDeck
