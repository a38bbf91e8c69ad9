// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessMemory.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <malloc.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define RAYDECK_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RAYDECK_TEST_ASAN 1
#endif
#endif

#ifdef RAYDECK_TEST_ASAN
// Exported by the ASan runtime; GCC 12 ships no header that declares it.
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#endif

namespace ProcessMemory {

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

qint64 heapInUseBytes()
{
#ifdef RAYDECK_TEST_ASAN
    return qint64(__sanitizer_get_current_allocated_bytes());
#else
    return qint64(::mallinfo2().uordblks);
#endif
}

bool underAddressSanitizer()
{
#ifdef RAYDECK_TEST_ASAN
    return true;
#else
    return false;
#endif
}

bool residentSizeTracksTheProgram()
{
    return !underAddressSanitizer();
}

qint64 footprintBytes()
{
    return residentSizeTracksTheProgram() ? residentBytes() : heapInUseBytes();
}

const char *footprintName()
{
    return residentSizeTracksTheProgram() ? "RSS" : "heap in use";
}

} // namespace ProcessMemory
