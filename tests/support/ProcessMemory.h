// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/**
 * Memory figures of the test process itself, for the tests that check that
 * memory stays bounded. In AddressSanitizer builds the resident size mostly
 * shows the sanitizer (freed blocks held in quarantine, shadow memory, red
 * zones) and glibc's mallinfo2() sees nothing, so these functions switch to
 * ASan's own count of the bytes the program holds.
 */
namespace ProcessMemory {

/// Resident set size, from /proc/self/statm.
qint64 residentBytes();

/// Bytes allocated and not yet freed, in every thread's arena.
qint64 heapInUseBytes();

/// Whether this test binary was built with AddressSanitizer.
bool underAddressSanitizer();

/// Whether residentBytes() reflects what the program holds (false under AddressSanitizer).
bool residentSizeTracksTheProgram();

/// residentBytes() where it is meaningful, heapInUseBytes() otherwise.
qint64 footprintBytes();

/// "RSS" or "heap in use": what footprintBytes() measures in this build.
const char *footprintName();

} // namespace ProcessMemory
