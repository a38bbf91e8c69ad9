// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace RayDeck {

/// One step of the connect chain as the user sees it: what it does, the exact command, how it went.
struct ConnectStep
{
    enum class Kind { Ssh, Docker, Container, RayHead, Listening, Tunnel, Dashboard, RayWorker };
    enum class Status { Pending, Running, Succeeded, Warning, Failed, Skipped, Cancelled };

    Kind kind = Kind::Ssh;
    Status status = Status::Pending;
    QString title;       ///< "Start the Ray head"
    QString commandLine; ///< the last remote command, exactly as sent (shell-quoted); empty for local steps
    QString output;      ///< what the commands printed (bounded)
    QString message;     ///< result or what to do about a failure
    qint64 durationMs = 0;

    bool isFinished() const { return status != Status::Pending && status != Status::Running; }
};

} // namespace RayDeck

Q_DECLARE_METATYPE(RayDeck::ConnectStep)
