// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ssh/CredentialRequest.h"
#include "ssh/SshConnection.h"
#include "ssh/SshConnectionSettings.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

class SshServerFixture;

/// Shared setup for the SSH engine's integration tests.
namespace SshTestSupport {

/**
 * Settings that log in to @p server as its user with its passphrase-less key,
 * trusting its host key through @p knownHostsPath (written here), with no
 * agent and short timeouts and reconnect delays so that tests stay quick.
 */
RayDeck::SshConnectionSettings settingsFor(const SshServerFixture &server, const QString &knownHostsPath);

/// Connects and waits (up to 30 s) until the connection is up or has failed;
/// true when it is up. The failure, if any, is logged for the test output.
bool connectAndWait(RayDeck::SshConnection &connection);

/// Appends @p line and a newline to @p path.
bool appendLine(const QString &path, const QString &line);

QByteArray randomBytes(qsizetype size);
QByteArray sha256(const QByteArray &data);

/// Answers every credential request of @p connection: with the returned
/// secret, or by cancelling when @p answer returns nothing.
void answerCredentials(RayDeck::SshConnection &connection,
                       std::function<std::optional<QString>(const RayDeck::CredentialRequest &)> answer);

/// The tail of the sshd log, for failure messages.
QByteArray logTail(const SshServerFixture &server);

} // namespace SshTestSupport
