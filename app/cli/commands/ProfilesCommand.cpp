// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfilesCommand.h"

namespace RayDeck {

void ProfilesCommand::run(const QStringList &arguments)
{
    Q_UNUSED(arguments)
    finishWithError(Error(Error::Code::Internal, QStringLiteral("'profiles' is not available yet")));
}

} // namespace RayDeck
