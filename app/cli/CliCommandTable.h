// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace RayDeck {

class CliCommand;

/// A verb of raydeck-cli: its name, a one-line summary and how to make it.
struct CliCommandEntry
{
    QString name;
    QString summary;
    std::function<std::unique_ptr<CliCommand>()> create;
};

/// Every verb raydeck-cli knows, in the order `raydeck-cli --help` lists them.
const std::vector<CliCommandEntry> &cliCommands();

} // namespace RayDeck
