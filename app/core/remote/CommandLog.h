// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace RayDeck {

/// One remote command as the Console shows it.
struct CommandLogEntry
{
    quint64 id = 0;
    QString server;      ///< profile name
    QString commandLine; ///< exactly as sent (shell-quoted); never holds a secret, those go on stdin
    QDateTime started;
    qint64 durationMs = -1; ///< -1 while running
    int exitStatus = -1;
    QString output;      ///< stdout and stderr, the tail only
    QString failure;     ///< why it could not run, if so
};

/**
 * Every remote command RayDeck ran, in order, so nothing happens behind the
 * user's back. Bounded: the oldest entries and the head of long outputs are
 * dropped. Lives in the GUI (or CLI) thread.
 */
class CommandLog : public QObject
{
    Q_OBJECT

public:
    explicit CommandLog(QObject *parent = nullptr);
    ~CommandLog() override;

    static constexpr int maxEntries = 2000;
    static constexpr qsizetype maxOutputPerEntry = 32 * 1024;

    /// Starts an entry; returns its id for appendOutput()/finish().
    quint64 begin(const QString &server, const QString &commandLine);
    void appendOutput(quint64 id, const QByteArray &output);
    void finish(quint64 id, int exitStatus, const QString &failure = {});

    const QList<CommandLogEntry> &entries() const { return m_entries; }
    void clear();

Q_SIGNALS:
    void entryAdded(const RayDeck::CommandLogEntry &entry);
    void entryChanged(const RayDeck::CommandLogEntry &entry);
    void cleared();

private:
    CommandLogEntry *find(quint64 id);

    QList<CommandLogEntry> m_entries;
    quint64 m_nextId = 1;
};

} // namespace RayDeck
