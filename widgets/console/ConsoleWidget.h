// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace RayDeck {

class CommandLog;
struct CommandLogEntry;

/**
 * The Console tab: every remote command RayDeck ran, newest last, with server,
 * exit status and duration; selecting one shows its full command line and
 * output. Secrets never appear: they travel on stdin, not in commands.
 */
class ConsoleWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ConsoleWidget(CommandLog *log, QWidget *parent = nullptr);
    ~ConsoleWidget() override;

    int rowCount() const;
    /// All visible text of row @p row (command, status, output), for tests.
    QString rowText(int row) const;

private:
    void addEntry(const CommandLogEntry &entry);
    void updateEntry(const CommandLogEntry &entry);
    void fillItem(QTreeWidgetItem *item, const CommandLogEntry &entry);
    void showDetails();

    CommandLog *m_log = nullptr;
    QTreeWidget *m_commandTree = nullptr;
    QPlainTextEdit *m_output = nullptr;
};

} // namespace RayDeck
