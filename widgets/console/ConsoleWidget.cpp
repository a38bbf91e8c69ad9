// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleWidget.h"

#include "remote/CommandLog.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace RayDeck {

namespace {
enum Column { TimeColumn, ServerColumn, CommandColumn, StatusColumn, DurationColumn };
constexpr int entryIdRole = Qt::UserRole + 1;
// Keep the tree in step with CommandLog's own bound.
constexpr int maxRows = CommandLog::maxEntries;
} // namespace

ConsoleWidget::ConsoleWidget(CommandLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
{
    setObjectName(QStringLiteral("consoleWidget"));
    setAccessibleName(tr("Console"));

    m_commandTree = new QTreeWidget(this);
    m_commandTree->setObjectName(QStringLiteral("consoleCommandsTreeWidget"));
    m_commandTree->setAccessibleName(tr("Remote commands"));
    m_commandTree->setAccessibleDescription(tr("Every command RayDeck ran on your servers"));
    m_commandTree->setRootIsDecorated(false);
    m_commandTree->setUniformRowHeights(true);
    m_commandTree->setHeaderLabels({tr("Time"), tr("Server"), tr("Command"), tr("Exit"), tr("Duration")});
    m_commandTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_commandTree->header()->setSectionResizeMode(CommandColumn, QHeaderView::Stretch);
    m_commandTree->header()->setStretchLastSection(false);

    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(QStringLiteral("consoleOutputPlainTextEdit"));
    m_output->setAccessibleName(tr("Command output"));
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_commandTree);
    splitter->addWidget(m_output);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    for (const CommandLogEntry &entry : log->entries())
        addEntry(entry);
    connect(log, &CommandLog::entryAdded, this, &ConsoleWidget::addEntry);
    connect(log, &CommandLog::entryChanged, this, &ConsoleWidget::updateEntry);
    connect(log, &CommandLog::cleared, m_commandTree, &QTreeWidget::clear);
    connect(m_commandTree, &QTreeWidget::currentItemChanged, this, &ConsoleWidget::showDetails);
}

ConsoleWidget::~ConsoleWidget() = default;

void ConsoleWidget::fillItem(QTreeWidgetItem *item, const CommandLogEntry &entry)
{
    item->setData(TimeColumn, entryIdRole, QVariant::fromValue(entry.id));
    item->setText(TimeColumn, entry.started.time().toString(QStringLiteral("HH:mm:ss")));
    item->setText(ServerColumn, entry.server);
    item->setText(CommandColumn, entry.commandLine.section(u'\n', 0, 0));
    item->setToolTip(CommandColumn, entry.commandLine);
    if (!entry.failure.isEmpty())
        item->setText(StatusColumn, tr("failed"));
    else if (entry.durationMs < 0)
        item->setText(StatusColumn, tr("running"));
    else
        item->setText(StatusColumn, QString::number(entry.exitStatus));
    item->setText(DurationColumn, entry.durationMs < 0 ? QString() : tr("%1 s").arg(double(entry.durationMs) / 1000.0, 0, 'f', 2));
}

void ConsoleWidget::addEntry(const CommandLogEntry &entry)
{
    if (m_commandTree->topLevelItemCount() >= maxRows)
        delete m_commandTree->takeTopLevelItem(0);
    auto *item = new QTreeWidgetItem(m_commandTree);
    fillItem(item, entry);
    m_commandTree->scrollToItem(item);
}

void ConsoleWidget::updateEntry(const CommandLogEntry &entry)
{
    for (int row = m_commandTree->topLevelItemCount() - 1; row >= 0; --row) {
        QTreeWidgetItem *item = m_commandTree->topLevelItem(row);
        if (item->data(TimeColumn, entryIdRole).value<quint64>() == entry.id) {
            fillItem(item, entry);
            if (m_commandTree->currentItem() == item)
                showDetails();
            return;
        }
    }
}

void ConsoleWidget::showDetails()
{
    const QTreeWidgetItem *item = m_commandTree->currentItem();
    if (!item) {
        m_output->clear();
        return;
    }
    const quint64 id = item->data(TimeColumn, entryIdRole).value<quint64>();
    for (const CommandLogEntry &entry : m_log->entries()) {
        if (entry.id != id)
            continue;
        QString text = QStringLiteral("$ ") + entry.commandLine + u'\n' + entry.output;
        if (!entry.failure.isEmpty())
            text += u'\n' + entry.failure;
        m_output->setPlainText(text);
        return;
    }
}

int ConsoleWidget::rowCount() const
{
    return m_commandTree->topLevelItemCount();
}

QString ConsoleWidget::rowText(int row) const
{
    const QTreeWidgetItem *item = m_commandTree->topLevelItem(row);
    if (!item)
        return {};
    const quint64 id = item->data(TimeColumn, entryIdRole).value<quint64>();
    QStringList parts{item->text(ServerColumn), item->toolTip(CommandColumn), item->text(StatusColumn)};
    for (const CommandLogEntry &entry : m_log->entries()) {
        if (entry.id == id)
            parts << entry.output << entry.failure;
    }
    return parts.join(u'\n');
}

} // namespace RayDeck
