// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace RayDeck {

/**
 * The one way RayDeck turns an argument into text for a POSIX shell.
 *
 * Every remote command (docker, ray, the job entrypoint) is built from an
 * argument vector and joined with shellJoin(); nothing user-supplied is ever
 * pasted into a command string any other way. The result is a single-quoted
 * word, with each ' written as '\'' , so the shell performs no expansion of
 * $, `, \, globs, newlines or anything else inside it.
 */
QString shellQuote(const QString &argument);

/// shellQuote() of each argument, separated by single spaces.
QString shellJoin(const QStringList &arguments);

} // namespace RayDeck
