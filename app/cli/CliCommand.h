// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Error.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QObject>
#include <QStringList>
#include <QTextStream>

namespace RayDeck {

/**
 * One `raydeck-cli <command> ...` verb. run() starts the work and returns at
 * once; the command emits finished() exactly once with the process exit code,
 * from the event loop, when it is done. Commands print results to out() and
 * everything else (progress, errors) to err(), so stdout stays parseable.
 *
 * Exit codes: 0 success, 1 failure (the message says why), 2 usage error;
 * `exec` passes the remote command's own status through.
 */
class CliCommand : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    explicit CliCommand(QObject *parent = nullptr);
    ~CliCommand() override;

    /// @p arguments are those after the command name.
    virtual void run(const QStringList &arguments) = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    static QTextStream &out();
    static QTextStream &err();

    /// Prints @p error to stderr and finishes with Failure (or the given code).
    void finishWithError(const Error &error, int exitCode = Failure);
    /// Prints "raydeck-cli <command>: <message>" and a hint to --help; finishes with UsageError.
    void finishWithUsageError(const QString &command, const QString &message);
    /// Emits finished() from the event loop, so callers may still be on the stack.
    void finishLater(int exitCode);
    /**
     * Parses @p arguments for `raydeck-cli @p verb`. Handles --help (prints it) and
     * parse errors (usage error); in both cases the command is finished and this
     * returns false.
     */
    [[nodiscard]] bool parseOrFinish(QCommandLineParser &parser, const QString &verb, const QStringList &arguments);
    /// --accept-new-host-key, spelt and explained the same way by every verb that connects.
    static QCommandLineOption acceptNewHostKeyOption();
};

} // namespace RayDeck
