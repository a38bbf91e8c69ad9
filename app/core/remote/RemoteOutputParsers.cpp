// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoteOutputParsers.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace RayDeck {

bool ListeningSocket::isAllInterfaces() const
{
    return address == u"0.0.0.0" || address == u"::" || address == u"*" || address == u"[::]";
}

bool ListeningSocket::isLoopback() const
{
    const QHostAddress host(address);
    return !host.isNull() && host.isLoopback();
}

namespace RemoteOutputParsers {

namespace {

// "127.0.0.1:8265", "[::1]:8265", "*:8265", "[::ffff:127.0.0.1]:8265"
std::optional<ListeningSocket> splitHostPort(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    // ss may print "%lo" scope suffixes: "127.0.0.1%lo".
    host = host.section(u'%', 0, 0);
    if (host == u"*")
        host = QStringLiteral("0.0.0.0");
    if (host.startsWith(u"::ffff:") && QHostAddress(host.mid(7)).protocol() == QAbstractSocket::IPv4Protocol)
        host = host.mid(7);
    return ListeningSocket{host, quint16(port)};
}

// /proc/net/tcp prints each address as 32-bit words in the kernel's byte
// order (little-endian on every GPU server RayDeck meets): 127.0.0.1 is
// "0100007F"; IPv6 addresses are four such words.
QString addressFromProcHex(const QString &hex)
{
    bool ok = false;
    if (hex.size() == 8) {
        const quint32 word = hex.toUInt(&ok, 16);
        if (!ok)
            return {};
        const quint32 hostOrder = ((word & 0xffu) << 24) | ((word & 0xff00u) << 8) | ((word >> 8) & 0xff00u)
            | (word >> 24);
        return QHostAddress(hostOrder).toString();
    }
    if (hex.size() == 32) {
        Q_IPV6ADDR bytes;
        for (int wordIndex = 0; wordIndex < 4; ++wordIndex) {
            const quint32 word = hex.mid(wordIndex * 8, 8).toUInt(&ok, 16);
            if (!ok)
                return {};
            for (int byte = 0; byte < 4; ++byte)
                bytes[wordIndex * 4 + byte] = quint8(word >> (8 * byte));
        }
        const QHostAddress address(bytes);
        // Only IPv4-mapped addresses (::ffff:a.b.c.d) are shown as IPv4; "::" stays "::".
        if (address.isInSubnet(QHostAddress(QStringLiteral("::ffff:0:0")), 96))
            return QHostAddress(address.toIPv4Address()).toString();
        return address.toString();
    }
    return {};
}

} // namespace

Result<ContainerInspection> parseContainerInspection(int exitStatus, const QByteArray &standardOutput,
                                                     const QByteArray &standardError)
{
    ContainerInspection inspection;
    if (exitStatus != 0) {
        const QString error = QString::fromUtf8(standardError);
        if (error.contains(u"No such object", Qt::CaseInsensitive)
            || error.contains(u"No such container", Qt::CaseInsensitive))
            return inspection; // Missing
        return Error(Error::Code::RemoteCommandFailed, QCoreApplication::translate("RemoteOutputParsers", "docker inspect failed: %1").arg(error.trimmed()));
    }
    const QJsonDocument document = QJsonDocument::fromJson(standardOutput);
    const QJsonArray array = document.array();
    if (!document.isArray() || array.isEmpty() || !array.first().isObject())
        return Error(Error::Code::RemoteCommandFailed, QCoreApplication::translate("RemoteOutputParsers", "docker inspect printed something RayDeck cannot read."),
                     QString::fromUtf8(standardOutput.left(512)));
    const QJsonObject container = array.first().toObject();
    const QJsonObject state = container.value(u"State").toObject();
    inspection.statusText = state.value(u"Status").toString();
    inspection.image = container.value(u"Config").toObject().value(u"Image").toString();
    inspection.networkMode = container.value(u"HostConfig").toObject().value(u"NetworkMode").toString();
    static const QList<std::pair<QString, ContainerInspection::State>> states{
        {QStringLiteral("created"), ContainerInspection::State::Created},
        {QStringLiteral("running"), ContainerInspection::State::Running},
        {QStringLiteral("paused"), ContainerInspection::State::Paused},
        {QStringLiteral("restarting"), ContainerInspection::State::Restarting},
        {QStringLiteral("exited"), ContainerInspection::State::Exited},
        {QStringLiteral("dead"), ContainerInspection::State::Dead},
    };
    inspection.state = ContainerInspection::State::Other;
    for (const auto &[word, value] : states) {
        if (inspection.statusText == word)
            inspection.state = value;
    }
    return inspection;
}

QList<ListeningSocket> parseSsListening(const QString &output)
{
    QList<ListeningSocket> sockets;
    const QStringList lines = output.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList columns = line.simplified().split(u' ');
        // State Recv-Q Send-Q Local:Port Peer:Port [Process]
        if (columns.size() < 5 || columns.at(0) != u"LISTEN")
            continue;
        if (std::optional<ListeningSocket> socket = splitHostPort(columns.at(3)))
            sockets << *socket;
    }
    return sockets;
}

QList<ListeningSocket> parseProcNetTcp(const QString &output)
{
    QList<ListeningSocket> sockets;
    const QStringList lines = output.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList columns = line.simplified().split(u' ');
        // sl local_address rem_address st ...
        if (columns.size() < 4 || columns.at(3) != u"0A")
            continue;
        const QString local = columns.at(1);
        const qsizetype colon = local.indexOf(u':');
        if (colon < 0)
            continue;
        bool ok = false;
        const uint port = local.mid(colon + 1).toUInt(&ok, 16);
        const QString address = addressFromProcHex(local.left(colon));
        if (ok && port > 0 && port <= 65535 && !address.isEmpty())
            sockets << ListeningSocket{address == u"::" ? QStringLiteral("::") : address, quint16(port)};
    }
    return sockets;
}

Result<QList<GpuStatus>> parseNvidiaSmiCsv(const QString &output)
{
    QList<GpuStatus> gpus;
    const QStringList lines = output.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList fields = line.split(u',');
        if (fields.size() < 4)
            return Error(Error::Code::RemoteCommandFailed, QCoreApplication::translate("RemoteOutputParsers", "nvidia-smi printed a line RayDeck cannot read."), line);
        GpuStatus gpu;
        gpu.name = fields.at(0).trimmed();
        // "[N/A]" appears on some GPUs for utilisation; it reads as 0.
        gpu.utilizationPercent = fields.at(1).trimmed().toInt();
        gpu.memoryUsedMiB = fields.at(2).trimmed().toInt();
        gpu.memoryTotalMiB = fields.at(3).trimmed().toInt();
        gpus << gpu;
    }
    return gpus;
}

bool isPublicAddress(const QString &address)
{
    const QHostAddress host(address);
    if (host.isNull())
        return false; // a name; cannot tell
    if (host.isLoopback() || host.isLinkLocal() || host.isUniqueLocalUnicast())
        return false;
    for (const auto &[network, prefix] : {std::pair{"10.0.0.0", 8}, std::pair{"172.16.0.0", 12},
                                          std::pair{"192.168.0.0", 16}}) {
        if (host.isInSubnet(QHostAddress(QString::fromLatin1(network)), prefix))
            return false;
    }
    // 100.64.0.0/10 (carrier-grade NAT, also used by VPN overlays) is not routed publicly.
    if (host.isInSubnet(QHostAddress(QStringLiteral("100.64.0.0")), 10))
        return false;
    return true;
}

} // namespace RemoteOutputParsers
} // namespace RayDeck
