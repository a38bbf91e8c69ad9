// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandRunner.h"
#include "util/Result.h"

#include <QString>

namespace RayDeck {

/// A local port forward to ask for: remote host and port as seen from the server.
struct ForwardRequest
{
    QString remoteHost = QStringLiteral("127.0.0.1");
    quint16 remotePort = 0;
    quint16 preferredLocalPort = 0; ///< taken or 0: the next free port
};

/**
 * A server RayDeck works on: a session to open, commands to run on it and
 * local ports to forward to it. The SSH engine provides the real one; the
 * connect chain and the CLI only see this. All callbacks run on @p context's
 * thread, exactly once, unless @p context is destroyed first.
 */
class RemoteHost : public CommandRunner
{
public:
    /// Opens the session if needed (asking for host keys and credentials through the owner's UI).
    virtual void ensureConnected(QObject *context, std::function<void(Result<void>)> done) = 0;
    /// Starts listening on loopback; the callback gets the local port actually bound.
    virtual void openLocalForward(const ForwardRequest &request, QObject *context,
                                  std::function<void(Result<quint16>)> done) = 0;
    /// "user@host:port", for step titles and messages.
    virtual QString displayName() const = 0;
};

} // namespace RayDeck
