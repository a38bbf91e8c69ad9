// SPDX-License-Identifier: GPL-3.0-or-later
// What a fuzz target does when a property it checks does not hold: print what
// broke and abort, which libFuzzer records as a crash (saving the input) and
// the corpus replay test reports as a failure.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace RayDeck::Fuzz {

[[noreturn]] inline void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz check failed: %s\n%s\n", what, detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

inline void check(bool condition, const char *what, const QString &detail = {})
{
    if (!condition)
        fail(what, detail);
}

} // namespace RayDeck::Fuzz
