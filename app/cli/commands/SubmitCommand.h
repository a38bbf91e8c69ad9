// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"
#include "ray/JobStatus.h"

namespace RayDeck {

/**
 * `raydeck-cli submit NAME [--preset ID] [--env VAR=VALUE]... [--secret-env VAR]... [--submission-id ID]
 * [--working-dir DIR] [--dry-run] [--wait] -- OVERRIDE...`
 */
class SubmitCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    void run(const QStringList &arguments) override;

private:
    /// The message for a followed job that did not succeed: one sentence per outcome.
    static QString endedText(const QString &jobId, JobStatus status);
};

} // namespace RayDeck
