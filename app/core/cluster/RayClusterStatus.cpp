// SPDX-License-Identifier: GPL-3.0-or-later
#include "RayClusterStatus.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace RayDeck {

using namespace Qt::StringLiterals;

RayClusterStatus RayClusterStatus::parse(const QString &text, bool *ok)
{
    RayClusterStatus status;
    enum class Section { None, Active, Other, Resources } section = Section::None;
    bool sawActive = false;
    bool totalsDone = false;
    static const QRegularExpression countLine(u"^\\s*(\\d+)\\s+\\S+"_s);
    static const QRegularExpression resourceLine(u"^\\s*([0-9.]+)/([0-9.]+)\\s+(CPU|GPU)\\s*$"_s);
    static const QRegularExpression nodeLine(u"^Node:\\s+\\S+\\s+\\(([^)]+)\\)"_s);
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed == u"Active:") {
            section = Section::Active;
            sawActive = true;
            continue;
        }
        if (trimmed == u"Pending:" || trimmed == u"Recent failures:") {
            section = Section::Other;
            continue;
        }
        if (trimmed == u"Total Usage:" || trimmed == u"Usage:") {
            // With -v, every node has its own "Usage:" block after the cluster's totals.
            section = totalsDone ? Section::Other : Section::Resources;
            continue;
        }
        if (const QRegularExpressionMatch node = nodeLine.match(trimmed); node.hasMatch()) {
            status.nodeAddresses << node.captured(1);
            section = Section::Other;
            continue;
        }
        if (section == Section::Active) {
            if (const QRegularExpressionMatch count = countLine.match(line); count.hasMatch())
                status.activeNodes += count.captured(1).toInt();
        } else if (section == Section::Resources) {
            if (const QRegularExpressionMatch resource = resourceLine.match(line); resource.hasMatch()) {
                const double total = resource.captured(2).toDouble();
                if (resource.captured(3) == u"CPU")
                    status.cpus = total;
                else
                    status.gpus = total;
            } else if (trimmed.isEmpty() || trimmed.endsWith(u':')) {
                totalsDone = true;
                section = Section::Other;
            }
        }
    }
    if (ok)
        *ok = sawActive;
    return status;
}

QString RayClusterStatus::summary() const
{
    return QCoreApplication::translate("RayClusterStatus", "%n node(s), %1 CPUs, %2 GPUs", nullptr, activeNodes)
        .arg(cpus)
        .arg(gpus);
}

} // namespace RayDeck
