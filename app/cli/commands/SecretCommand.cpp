// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretCommand.h"

namespace RayDeck {

void SecretCommand::run(const QStringList &arguments)
{
    Q_UNUSED(arguments)
    finishWithError(Error(Error::Code::Internal, QStringLiteral("'secret' is not available yet")));
}

} // namespace RayDeck
