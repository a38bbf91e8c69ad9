// SPDX-License-Identifier: GPL-3.0-or-later
#include "LaunchHistoryView.h"

#include "LaunchDiffDialog.h"
#include "hydra/HydraFormatter.h"
#include "jobs/JobHistoryStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace RayDeck {

namespace {
QStringList overrideTexts(const JobLaunch &launch)
{
    QStringList texts;
    for (const HydraOverride &override : launch.overrides) {
        if (const Result<QString> text = HydraFormatter::formatOverride(override))
            texts << text.value();
    }
    return texts;
}
} // namespace

LaunchHistoryView::LaunchHistoryView(QWidget *parent)
    : QWidget(parent)
    , m_filePath(JobHistoryStore::defaultFilePath())
{
    setObjectName(QStringLiteral("launchHistoryView"));
    setAccessibleName(tr("Launch history"));
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("launchHistoryTableWidget"));
    m_table->setAccessibleName(tr("Launches, newest first"));
    m_table->setAccessibleDescription(tr("Enter launches the selected run again; select two to compare them."));
    m_table->setHorizontalHeaderLabels({tr("Launched"), tr("Submission ID"), tr("Status"), tr("Overrides")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &LaunchHistoryView::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &LaunchHistoryView::launchAgain);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("launchHistoryMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();

    m_launchAgainButton = new QPushButton(tr("Launch A&gain"), this);
    m_launchAgainButton->setObjectName(QStringLiteral("launchAgainPushButton"));
    m_launchAgainButton->setAccessibleName(tr("Fill the launch form with the selected launch"));
    connect(m_launchAgainButton, &QPushButton::clicked, this, &LaunchHistoryView::launchAgain);
    m_compareButton = new QPushButton(tr("Co&mpare"), this);
    m_compareButton->setObjectName(QStringLiteral("compareLaunchesPushButton"));
    m_compareButton->setAccessibleName(tr("Compare the two selected launches"));
    connect(m_compareButton, &QPushButton::clicked, this, &LaunchHistoryView::compareSelected);
    m_refreshButton = new QPushButton(tr("Refresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshHistoryPushButton"));
    m_refreshButton->setAccessibleName(tr("Read the launch history again"));
    connect(m_refreshButton, &QPushButton::clicked, this, &LaunchHistoryView::reload);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refreshButton);
    buttons->addStretch();
    buttons->addWidget(m_compareButton);
    buttons->addWidget(m_launchAgainButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void LaunchHistoryView::setProfileId(const QString &profileId)
{
    m_profileId = profileId;
    reload();
}

void LaunchHistoryView::setFilePath(const QString &filePath)
{
    m_filePath = filePath;
    reload();
}

void LaunchHistoryView::setStatuses(const QHash<QString, JobStatus> &statuses)
{
    m_statuses = statuses;
    updateStatuses();
}

void LaunchHistoryView::reload()
{
    m_entries.clear();
    m_messageLabel->hide();
    if (!m_profileId.isEmpty()) {
        Result<QList<JobHistoryEntry>> loaded = JobHistoryStore(m_filePath).entries(m_profileId);
        if (loaded) {
            m_entries = loaded.value();
        } else {
            m_messageLabel->setText(loaded.error().message());
            m_messageLabel->show();
        }
    }
    m_table->clearContents();
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const JobHistoryEntry &entry = m_entries[row];
        auto *time = new QTableWidgetItem(QLocale().toString(entry.launchedAt.toLocalTime(), QLocale::ShortFormat));
        time->setData(Qt::UserRole, entry.launchedAt);
        m_table->setItem(row, TimeColumn, time);
        m_table->setItem(row, SubmissionIdColumn, new QTableWidgetItem(entry.submissionId));
        m_table->setItem(row, StatusColumn, new QTableWidgetItem);
        const QStringList overrides = overrideTexts(entry.launch);
        auto *overridesItem = new QTableWidgetItem(overrides.join(u' '));
        overridesItem->setToolTip(overrides.join(u'\n'));
        m_table->setItem(row, OverridesColumn, overridesItem);
    }
    m_table->resizeColumnToContents(TimeColumn);
    m_table->resizeColumnToContents(SubmissionIdColumn);
    updateStatuses();
    updateButtons();
}

void LaunchHistoryView::updateStatuses()
{
    for (int row = 0; row < m_entries.size() && row < m_table->rowCount(); ++row) {
        const auto status = m_statuses.constFind(m_entries[row].submissionId);
        // A job the head does not list (deleted, or a head restarted since) has no status to show.
        m_table->item(row, StatusColumn)->setText(status == m_statuses.constEnd() ? tr("Not on the head")
                                                                                  : displayName(*status));
    }
}

QList<int> LaunchHistoryView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void LaunchHistoryView::updateButtons()
{
    const qsizetype selected = selectedRows().size();
    m_launchAgainButton->setEnabled(selected == 1);
    m_compareButton->setEnabled(selected == 2);
}

void LaunchHistoryView::launchAgain()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return;
    JobLaunch launch = m_entries.at(rows.first()).launch;
    // A new run needs a new id; the form fills the default one.
    launch.submissionId.clear();
    Q_EMIT launchAgainRequested(launch);
}

void LaunchHistoryView::compareSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 2)
        return;
    // Newest first in the table: the lower row is the older launch.
    const JobHistoryEntry &older = m_entries.at(rows.last());
    const JobHistoryEntry &newer = m_entries.at(rows.first());
    if (m_diffDialog)
        m_diffDialog->close();
    m_diffDialog = new LaunchDiffDialog(older, newer, this);
    m_diffDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_diffDialog->open();
}

bool LaunchHistoryView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && selectedRows().size() == 1) {
            launchAgain();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace RayDeck
