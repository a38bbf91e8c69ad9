// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshTestSupport.h"

#include "SshServerFixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace RayDeck;

namespace SshTestSupport {

SshConnectionSettings settingsFor(const SshServerFixture &server, const QString &knownHostsPath)
{
    SshConnectionSettings settings;
    settings.host = server.host();
    settings.port = server.port();
    settings.user = server.user();
    settings.authMethod = AuthMethod::KeyFile;
    settings.identityFile = server.userKeyPath();
    // A path that does not exist: no agent unless a test sets one.
    settings.agentSocket = server.stateDir() + QStringLiteral("/no-agent.sock");
    settings.knownHostsPath = knownHostsPath;
    settings.hostKeyPolicy = HostKeyPolicy::Strict;
    settings.connectTimeout = std::chrono::seconds(10);
    settings.reconnect.initialDelay = std::chrono::milliseconds(200);
    settings.reconnect.maximumDelay = std::chrono::seconds(2);
    if (!QFile::exists(knownHostsPath))
        appendLine(knownHostsPath, server.knownHostsLine());
    return settings;
}

bool connectAndWait(SshConnection &connection)
{
    QObject::connect(&connection, &SshConnection::failed, &connection,
                     [](const Error &error) { qInfo("failed: %s", qPrintable(error.toDisplayString())); });
    connection.connectToHost();
    (void)QTest::qWaitFor(
        [&connection] {
            return connection.state() == SshConnection::State::Connected
                || connection.state() == SshConnection::State::Failed;
        },
        30000);
    return connection.state() == SshConnection::State::Connected;
}

bool appendLine(const QString &path, const QString &line)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    return file.write(line.toUtf8() + '\n') > 0;
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(quint32(QRandomGenerator::global()->generate()));
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / qsizetype(sizeof(quint32)));
    for (qsizetype i = size - size % qsizetype(sizeof(quint32)); i < size; ++i)
        data[i] = char(generator.bounded(256));
    return data;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

void answerCredentials(SshConnection &connection,
                       std::function<std::optional<QString>(const CredentialRequest &)> answer)
{
    QObject::connect(&connection, &SshConnection::credentialRequired, &connection,
                     [&connection, answer](const CredentialRequest &request) {
                         const std::optional<QString> secret = answer(request);
                         if (secret)
                             connection.provideCredential(request.id, SecureBytes::fromString(*secret));
                         else
                             connection.cancelCredential(request.id);
                     });
}

QByteArray logTail(const SshServerFixture &server)
{
    QFile log(server.logFile());
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = log.readAll();
    return all.right(2000);
}

} // namespace SshTestSupport
