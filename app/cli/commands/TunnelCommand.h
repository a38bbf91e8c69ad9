// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QElapsedTimer>
#include <QPointer>

namespace RayDeck {

class LocalForward;
class SshCommandSession;

/**
 * `raydeck-cli tunnel NAME [--local-port N] [--remote-host H] [--remote-port N]
 * [--accept-new-host-key]`: forwards 127.0.0.1:N (and [::1]:N) to H:N as
 * seen from the server of profile NAME, like `ssh -N -L`, until SIGINT,
 * SIGTERM or SIGHUP. Prints http://127.0.0.1:N/ on stdout once the tunnel
 * works (listening and connected); progress and reconnects go to stderr.
 * Defaults come from the profile's Ray settings (remote 127.0.0.1:8265; local
 * 8265, or the next free port when that one is taken and none was asked for).
 * Exits 0 when stopped by a signal, 1 when the tunnel cannot work, 2 for
 * usage errors.
 */
class TunnelCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    void run(const QStringList &arguments) override;

private:
    void announceWhenReady();
    void stop(int exitCode, const QString &message = {});

    SshCommandSession *m_session = nullptr;
    QPointer<LocalForward> m_forward;
    bool m_connected = false;
    bool m_announced = false;
    bool m_stopping = false;
    QString m_lastRefusal;
    QElapsedTimer m_sinceRefusal;
};

} // namespace RayDeck
