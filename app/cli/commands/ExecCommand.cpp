// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExecCommand.h"

namespace RayDeck {

void ExecCommand::run(const QStringList &arguments)
{
    Q_UNUSED(arguments)
    finishWithError(Error(Error::Code::Internal, QStringLiteral("'exec' is not available yet")));
}

} // namespace RayDeck
