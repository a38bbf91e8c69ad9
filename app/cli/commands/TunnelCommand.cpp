// SPDX-License-Identifier: GPL-3.0-or-later
#include "TunnelCommand.h"

namespace RayDeck {

void TunnelCommand::run(const QStringList &arguments)
{
    Q_UNUSED(arguments)
    finishWithError(Error(Error::Code::Internal, QStringLiteral("'tunnel' is not available yet")));
}

} // namespace RayDeck
