// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QPointer>

namespace RayDeck {

class RemoteProcess;
class SshCommandSession;

/**
 * `raydeck-cli exec NAME [--accept-new-host-key] -- CMD...`: runs CMD on the
 * server of profile NAME and relays its stdout and stderr byte for byte.
 * Each argument after `--` reaches the remote command as one literal
 * argument (unlike ssh, which joins them for the remote shell to split
 * again). Exits with the command's status (128+N when killed by signal N),
 * or 255 when it could not be run, like ssh; 2 for usage errors.
 */
class ExecCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    void run(const QStringList &arguments) override;

    /// The exit status for "could not run the command", as ssh uses it.
    static constexpr int ConnectionFailure = 255;

private:
    static void printUsage(QTextStream &stream);
    void fail(const QString &message);

    SshCommandSession *m_session = nullptr;
    QPointer<RemoteProcess> m_process;
    int m_interruptedBy = 0;
    bool m_done = false;
};

} // namespace RayDeck
