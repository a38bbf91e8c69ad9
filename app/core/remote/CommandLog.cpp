// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLog.h"

namespace RayDeck {

CommandLog::CommandLog(QObject *parent)
    : QObject(parent)
{
}

CommandLog::~CommandLog() = default;

quint64 CommandLog::begin(const QString &server, const QString &commandLine)
{
    CommandLogEntry entry;
    entry.id = m_nextId++;
    entry.server = server;
    entry.commandLine = commandLine;
    entry.started = QDateTime::currentDateTime();
    if (m_entries.size() >= maxEntries)
        m_entries.removeFirst();
    m_entries.append(entry);
    Q_EMIT entryAdded(entry);
    return entry.id;
}

CommandLogEntry *CommandLog::find(quint64 id)
{
    // Recent entries are the ones still changing: search from the end.
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (it->id == id)
            return &*it;
    }
    return nullptr;
}

void CommandLog::appendOutput(quint64 id, const QByteArray &output)
{
    CommandLogEntry *entry = find(id);
    if (!entry || output.isEmpty())
        return;
    entry->output += QString::fromUtf8(output);
    if (entry->output.size() > maxOutputPerEntry)
        entry->output = entry->output.right(maxOutputPerEntry);
    Q_EMIT entryChanged(*entry);
}

void CommandLog::finish(quint64 id, int exitStatus, const QString &failure)
{
    CommandLogEntry *entry = find(id);
    if (!entry)
        return;
    entry->exitStatus = exitStatus;
    entry->failure = failure;
    entry->durationMs = entry->started.msecsTo(QDateTime::currentDateTime());
    Q_EMIT entryChanged(*entry);
}

void CommandLog::clear()
{
    m_entries.clear();
    Q_EMIT cleared();
}

} // namespace RayDeck
