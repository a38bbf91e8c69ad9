// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace RayDeck {

/**
 * Keeps secrets held in memory out of core files and debuggers: sets the core
 * size limit to zero and, on Linux, marks the process non-dumpable (which also
 * stops other processes of the same user from ptrace-attaching). Called first
 * thing in both executables of release builds; debug builds keep core dumps so
 * crashes can be investigated.
 */
void disableCoreDumps();

} // namespace RayDeck
