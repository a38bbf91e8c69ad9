// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshErrorMapping.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace RayDeck {

namespace {

bool containsAny(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// RFC 4254 section 5.1 reason codes of SSH_MSG_CHANNEL_OPEN_FAILURE, as libssh
// words them: "Channel opening failure: channel 43 error (2) Connection refused".
Error channelOpenError(const QString &detail, const SshErrorContext &context)
{
    static const QRegularExpression reasonPattern(QStringLiteral("error \\((\\d+)\\)"));
    const QRegularExpressionMatch match = reasonPattern.match(detail);
    const int reason = match.hasMatch() ? match.captured(1).toInt() : 0;
    const QString target = context.target.isEmpty() ? QCoreApplication::translate("SshError", "the remote side") : context.target;
    switch (reason) {
    case 1: // SSH_OPEN_ADMINISTRATIVELY_PROHIBITED
        return Error(Error::Code::RemoteService,
                     QCoreApplication::translate("SshError", "The server %1 does not allow forwarding to %2 (AllowTcpForwarding is off or restricted).")
                         .arg(context.peer, target),
                     detail);
    case 2: // SSH_OPEN_CONNECT_FAILED
        return Error(Error::Code::Network,
                     QCoreApplication::translate("SshError", "Nothing listens on remote %1 (connection refused on %2). Start the service there, or check "
                        "the remote host and port.")
                         .arg(target, context.peer),
                     detail);
    case 4: // SSH_OPEN_RESOURCE_SHORTAGE
        return Error(Error::Code::RemoteService,
                     QCoreApplication::translate("SshError", "The server %1 has too many open channels; try again later.").arg(context.peer), detail);
    default:
        break;
    }
    if (detail.contains(QLatin1String("Channel opening failure")))
        return Error(Error::Code::RemoteService, QCoreApplication::translate("SshError", "The server %1 refused to open a channel to %2.").arg(context.peer, target),
                     detail);
    return {};
}

} // namespace

Error errorFromLibssh(ssh_session session, const SshErrorContext &context)
{
    const int code = session ? ssh_get_error_code(session) : SSH_NO_ERROR;
    QString detail = session ? QString::fromUtf8(ssh_get_error(session)) : QString();
    if (detail.isEmpty())
        detail = QCoreApplication::translate("SshError", "no further detail from libssh");
    const QString peer = context.peer;

    if (context.step == SshStep::HostKey) {
        return Error(Error::Code::Io,
                     context.target.isEmpty()
                         ? QCoreApplication::translate("SshError", "Cannot read the host key %1 presented.").arg(peer)
                         : QCoreApplication::translate("SshError", "Cannot check the host key of %1 against %2. "
                                                                   "Check that the file is readable and well-formed.")
                               .arg(peer, context.target),
                     detail);
    }

    if (context.step == SshStep::OpenChannel) {
        const Error openError = channelOpenError(detail, context);
        if (openError.code() != Error::Code::None)
            return openError;
    }

    if (containsAny(detail, {"timeout", "timed out"}))
        return Error(Error::Code::Timeout, QCoreApplication::translate("SshError", "%1 did not answer in time. Check that the host is up and reachable.").arg(peer),
                     detail);

    if (containsAny(detail, {"Too many authentication failures"}))
        return Error(Error::Code::AuthenticationFailed,
                     QCoreApplication::translate("SshError", "%1 closed the connection after too many failed login attempts. Check the user name, key and "
                        "password; with many keys in ssh-agent, set the profile's identity file.")
                         .arg(peer),
                     detail);

    if (containsAny(detail, {"kex error", "no match for method", "could not agree", "no common"}))
        return Error(Error::Code::Ssh,
                     QCoreApplication::translate("SshError", "RayDeck and %1 have no SSH algorithms in common. The server may be very old or restricted.")
                         .arg(peer),
                     detail);

    if (containsAny(detail, {"Socket error", "disconnect", "Connection reset", "Broken pipe", "Connection refused",
                             "closed", "EOF", "Network is unreachable", "No route to host"})) {
        switch (context.step) {
        case SshStep::Handshake:
            return Error(Error::Code::Network,
                         QCoreApplication::translate("SshError", "%1 closed the connection during the SSH handshake. Check the host and port, and that an SSH "
                            "server (not another service) listens there.")
                             .arg(peer),
                         detail);
        case SshStep::Authentication:
            return Error(Error::Code::Network, QCoreApplication::translate("SshError", "%1 closed the connection while logging in.").arg(peer), detail);
        default:
            return Error(Error::Code::Network, QCoreApplication::translate("SshError", "The connection to %1 was lost.").arg(peer), detail);
        }
    }

    switch (context.step) {
    case SshStep::HostKey:
        break; // handled above
    case SshStep::Authentication:
        return Error(Error::Code::AuthenticationFailed, QCoreApplication::translate("SshError", "Logging in to %1 failed.").arg(peer), detail);
    case SshStep::Handshake:
        return Error(code == SSH_FATAL ? Error::Code::Ssh : Error::Code::Network,
                     QCoreApplication::translate("SshError", "The SSH handshake with %1 failed.").arg(peer), detail);
    case SshStep::OpenChannel:
        return Error(Error::Code::Ssh, QCoreApplication::translate("SshError", "%1 could not open a channel.").arg(peer), detail);
    case SshStep::RunCommand:
        return Error(Error::Code::RemoteCommandFailed, QCoreApplication::translate("SshError", "%1 refused to run the command.").arg(peer), detail);
    case SshStep::Connection:
        break;
    }
    return Error(Error::Code::Ssh, QCoreApplication::translate("SshError", "SSH error on the connection to %1.").arg(peer), detail);
}

} // namespace RayDeck
