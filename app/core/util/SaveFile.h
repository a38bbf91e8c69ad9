// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSaveFile;

namespace RayDeck {

/**
 * QSaveFile::commit() that fails when the last bytes cannot be written.
 *
 * Qt 6.4's commit() writes QFileDevice's buffer while closing and ignores an
 * error there (a full disk, a quota): it then renames the short temporary
 * file over the target, destroying the previous version. Flushing first
 * catches that; on failure the temporary file is discarded, the target stays
 * as it was, and @p errorString (if given) says why ("No space left on device").
 */
[[nodiscard]] bool commitFully(QSaveFile &file, QString *errorString = nullptr);

} // namespace RayDeck
