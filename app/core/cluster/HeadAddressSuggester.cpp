// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadAddressSuggester.h"

#include "cluster/AddressScope.h"
#include "remote/CommandRunner.h"

#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>

#include <memory>

namespace RayDeck {

using namespace Qt::StringLiterals;

HeadAddressSuggester::HeadAddressSuggester(CommandRunner *head, QObject *parent)
    : QObject(parent)
    , m_head(head)
{
}

QList<InterfaceAddress> HeadAddressSuggester::parseIpAddr(const QString &text)
{
    // "2: eth0    inet 10.0.0.5/24 brd 10.0.0.255 scope global eth0\       valid_lft forever ..."
    static const QRegularExpression line(u"^\\d+:\\s+(\\S+)\\s+inet\\s+(\\d+\\.\\d+\\.\\d+\\.\\d+)(?:/\\d+)?"_s);
    QList<InterfaceAddress> found;
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &entry : lines) {
        const QRegularExpressionMatch match = line.match(entry.trimmed());
        if (match.hasMatch())
            found.append({match.captured(1).section(u'@', 0, 0), match.captured(2)});
    }
    return found;
}

QList<InterfaceAddress> HeadAddressSuggester::parseHostnameI(const QString &text)
{
    QList<InterfaceAddress> found;
    const QStringList words = text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        QHostAddress address;
        if (address.setAddress(word) && address.protocol() == QAbstractSocket::IPv4Protocol)
            found.append({QString(), word});
    }
    return found;
}

QString HeadAddressSuggester::parseRouteSource(const QString &text)
{
    // "10.0.0.7 dev eth0 src 10.0.0.5 uid 0 \    cache"
    static const QRegularExpression source(u"\\bsrc\\s+(\\d+\\.\\d+\\.\\d+\\.\\d+)"_s);
    const QRegularExpressionMatch match = source.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

Result<HeadAddressSuggestion> HeadAddressSuggester::choose(const QList<InterfaceAddress> &interfaces,
                                                           const QList<std::pair<QString, QString>> &routeSources)
{
    HeadAddressSuggestion suggestion;
    suggestion.interfaces = interfaces;
    // The source the most workers' routes agree on.
    QHash<QString, int> votes;
    for (const auto &[worker, source] : routeSources) {
        if (!source.isEmpty())
            ++votes[source];
    }
    int best = 0;
    for (const auto &[worker, source] : routeSources) {
        if (!source.isEmpty() && votes.value(source) > best) {
            best = votes.value(source);
            suggestion.address = source;
            suggestion.reason = tr("the head's route to %1 leaves from this address").arg(worker);
        }
    }
    if (!suggestion.address.isEmpty())
        return suggestion;
    for (const InterfaceAddress &entry : interfaces) {
        const AddressScope::Kind kind = AddressScope::classify(entry.address);
        if (kind == AddressScope::Kind::Private) {
            suggestion.address = entry.address;
            suggestion.reason = tr("the head's first private address (%1)").arg(entry.interfaceName);
            return suggestion;
        }
    }
    for (const InterfaceAddress &entry : interfaces) {
        const AddressScope::Kind kind = AddressScope::classify(entry.address);
        if (kind != AddressScope::Kind::Loopback && kind != AddressScope::Kind::Invalid) {
            suggestion.address = entry.address;
            suggestion.reason = tr("the head's first non-loopback address (%1)").arg(entry.interfaceName);
            return suggestion;
        }
    }
    return Error(Error::Code::NotFound,
                 tr("The head has no address other than loopback that workers could reach. Set the cluster's head "
                    "address by hand."));
}

void HeadAddressSuggester::suggest(const QStringList &workerHosts, std::function<void(Result<HeadAddressSuggestion>)> done)
{
    QStringList routable;
    for (const QString &host : workerHosts) {
        QHostAddress address;
        if (address.setAddress(host) && address.protocol() == QAbstractSocket::IPv4Protocol)
            routable << host;
    }
    readInterfaces([this, routable, done](QList<InterfaceAddress> interfaces) {
        readRoutes(routable, {}, [interfaces, done](QList<std::pair<QString, QString>> routes) {
            done(choose(interfaces, routes));
        });
    });
}

void HeadAddressSuggester::readInterfaces(std::function<void(QList<InterfaceAddress>)> next)
{
    const QStringList ipAddr{u"ip"_s, u"-o"_s, u"-4"_s, u"addr"_s, u"show"_s};
    m_head->runCommand(ipAddr, CommandRunOptions{}, this, [this, next](CommandOutcome outcome) {
        if (outcome.succeeded())
            return next(parseIpAddr(outcome.standardOutputText()));
        // Minimal systems without iproute2 still have hostname -I.
        m_head->runCommand({u"hostname"_s, u"-I"_s}, CommandRunOptions{}, this, [next](CommandOutcome fallback) {
            next(fallback.succeeded() ? parseHostnameI(fallback.standardOutputText()) : QList<InterfaceAddress>());
        });
    });
}

void HeadAddressSuggester::readRoutes(QStringList workers, QList<std::pair<QString, QString>> found,
                                      std::function<void(QList<std::pair<QString, QString>>)> next)
{
    if (workers.isEmpty())
        return next(found);
    const QString worker = workers.takeFirst();
    const QStringList routeGet{u"ip"_s, u"-o"_s, u"-4"_s, u"route"_s, u"get"_s, worker};
    m_head->runCommand(routeGet, CommandRunOptions{}, this,
                       [this, workers, found, next, worker](CommandOutcome outcome) mutable {
                           if (outcome.succeeded())
                               found.append({worker, parseRouteSource(outcome.standardOutputText())});
                           readRoutes(workers, found, next);
                       });
}

} // namespace RayDeck
