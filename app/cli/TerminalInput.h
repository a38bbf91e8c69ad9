// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/SecureBytes.h"

#include <QString>

#include <optional>

namespace RayDeck {

/// Reading secrets for the CLI: from the terminal without echo, or from a pipe.
namespace TerminalInput {

/// Whether stdin is a terminal a person can type into.
bool isInteractive();
/// Prompts on stderr and reads one line from the terminal with echo off.
SecureBytes readHiddenLine(const QString &prompt);
/// Reads all of stdin (a pipe or file), without the one trailing newline "echo" adds.
SecureBytes readAllStandardInput();

} // namespace TerminalInput
} // namespace RayDeck
