// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessHardening.h"

#include <sys/resource.h>
#if defined(Q_OS_LINUX) || defined(__linux__)
#include <sys/prctl.h>
#endif
#if defined(__APPLE__)
#include <sys/ptrace.h>
#include <sys/types.h>
#endif

namespace RayDeck {

void disableCoreDumps()
{
#ifdef NDEBUG
    rlimit limit{0, 0};
    setrlimit(RLIMIT_CORE, &limit);
#if defined(__linux__)
    prctl(PR_SET_DUMPABLE, 0);
#endif
#if defined(__APPLE__)
    ptrace(PT_DENY_ATTACH, 0, nullptr, 0);
#endif
#endif
}

} // namespace RayDeck
