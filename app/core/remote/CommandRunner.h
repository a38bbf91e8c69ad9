// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Error.h"
#include "util/SecureBytes.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace RayDeck {

/// What a finished remote command left behind.
struct CommandOutcome
{
    int exitStatus = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    qint64 durationMs = 0;
    /// Set when the command could not run or finish at all (SSH down, timeout, cancelled);
    /// exitStatus is meaningless then.
    std::optional<Error> failure;

    bool succeeded() const { return !failure && exitStatus == 0; }
    QString standardOutputText() const { return QString::fromUtf8(standardOutput); }
    QString standardErrorText() const { return QString::fromUtf8(standardError); }
};

/// How to run one remote command.
struct CommandRunOptions
{
    int timeoutMs = 120000;
    /// Sent on stdin and then closed; the way secrets reach a remote process (never argv).
    SecureBytes standardInput;
};

/**
 * Runs argument vectors on a remote host. The implementation joins the
 * arguments with shellJoin() (util/ShellQuote.h) and nothing else, so every
 * argument arrives as one literal word. @p done is called exactly once on
 * @p context's thread, unless @p context is destroyed first. @p progress, when
 * set, receives output as it streams (for image pulls and the Console).
 */
class CommandRunner
{
public:
    virtual ~CommandRunner() = default;

    using Done = std::function<void(CommandOutcome)>;
    using Progress = std::function<void(const QByteArray &chunk)>;

    virtual void runCommand(const QStringList &argv, const CommandRunOptions &options, QObject *context, Done done,
                            Progress progress = {}) = 0;
};

} // namespace RayDeck
