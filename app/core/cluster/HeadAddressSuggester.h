// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace RayDeck {

class CommandRunner;

/// One IPv4 address of one interface of the head, as `ip -o -4 addr show` lists it.
struct InterfaceAddress
{
    QString interfaceName;
    QString address;
    friend bool operator==(const InterfaceAddress &, const InterfaceAddress &) = default;
};

/// The address suggested for workers to reach the head, and why.
struct HeadAddressSuggestion
{
    QString address;
    QString reason;                      ///< translated: "the head's route to 10.0.0.7 leaves from it"
    QList<InterfaceAddress> interfaces;  ///< everything the head has, for an editor's list
};

/**
 * Suggests the head address of a cluster from the head itself, over its SSH
 * connection: `ip -o -4 addr show` for its interfaces (`hostname -I` where
 * `ip` is missing), then `ip -o -4 route get <worker>` for each worker given
 * as an IPv4 address, whose "src" is the address that worker's traffic
 * reaches the head on. The most common route source wins; without routes,
 * the first private address, then the first non-loopback one. Commands are
 * argument vectors (quoted by the runner with shellJoin()).
 *
 * Lives in the caller's thread; suggest() calls @p done exactly once, unless
 * this object is destroyed first.
 */
class HeadAddressSuggester : public QObject
{
    Q_OBJECT

public:
    explicit HeadAddressSuggester(CommandRunner *head, QObject *parent = nullptr);

    void suggest(const QStringList &workerHosts, std::function<void(Result<HeadAddressSuggestion>)> done);

    /// Parses `ip -o -4 addr show`.
    static QList<InterfaceAddress> parseIpAddr(const QString &text);
    /// Parses `hostname -I` (space-separated addresses; IPv6 ones are dropped).
    static QList<InterfaceAddress> parseHostnameI(const QString &text);
    /// The "src" of `ip -o route get` output; empty when there is none.
    static QString parseRouteSource(const QString &text);
    /// The choice described above; an error when nothing but loopback was found and no route says otherwise.
    static Result<HeadAddressSuggestion> choose(const QList<InterfaceAddress> &interfaces,
                                                const QList<std::pair<QString, QString>> &routeSources);

private:
    void readInterfaces(std::function<void(QList<InterfaceAddress>)> next);
    void readRoutes(QStringList workers, QList<std::pair<QString, QString>> found,
                    std::function<void(QList<std::pair<QString, QString>>)> next);

    CommandRunner *m_head = nullptr;
};

} // namespace RayDeck
