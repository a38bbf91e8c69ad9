// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveFile.h"

#include <QSaveFile>

namespace RayDeck {

bool commitFully(QSaveFile &file, QString *errorString)
{
    if (!file.flush()) {
        if (errorString)
            *errorString = file.errorString();
        // commit() after cancelWriting() only removes the temporary file.
        file.cancelWriting();
        (void)file.commit();
        return false;
    }
    if (!file.commit()) {
        if (errorString)
            *errorString = file.errorString();
        return false;
    }
    return true;
}

} // namespace RayDeck
