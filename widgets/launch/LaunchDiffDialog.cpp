// SPDX-License-Identifier: GPL-3.0-or-later
#include "LaunchDiffDialog.h"

#include "jobs/JobLaunchDiff.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace RayDeck {

LaunchDiffDialog::LaunchDiffDialog(const JobHistoryEntry &before, const JobHistoryEntry &after, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("launchDiffDialog"));
    setWindowTitle(tr("Compare Launches"));
    setAccessibleName(tr("Compare launches"));
    const auto describe = [](const JobHistoryEntry &entry) {
        return tr("%1 (%2)").arg(entry.submissionId,
                                 QLocale().toString(entry.launchedAt.toLocalTime(), QLocale::ShortFormat));
    };
    auto *heading = new QLabel(tr("From %1\nto %2").arg(describe(before), describe(after)), this);
    heading->setObjectName(QStringLiteral("launchDiffHeadingLabel"));
    heading->setAccessibleName(tr("Launches compared"));
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QList<LaunchDiffEntry> differences = JobLaunchDiff::compare(before.launch, after.launch);
    m_table = new QTableWidget(int(differences.size()), 4, this);
    m_table->setObjectName(QStringLiteral("launchDiffTableWidget"));
    m_table->setAccessibleName(tr("Differences between the two launches"));
    m_table->setHorizontalHeaderLabels({tr("Change"), tr("Setting"), tr("Before"), tr("After")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < differences.size(); ++row) {
        const LaunchDiffEntry &difference = differences[row];
        QString change;
        switch (difference.change) {
        case LaunchDiffEntry::Change::Added:
            change = tr("Added");
            break;
        case LaunchDiffEntry::Change::Removed:
            change = tr("Removed");
            break;
        case LaunchDiffEntry::Change::Changed:
            change = tr("Changed");
            break;
        }
        m_table->setItem(row, 0, new QTableWidgetItem(change));
        m_table->setItem(row, 1, new QTableWidgetItem(difference.name));
        m_table->setItem(row, 2, new QTableWidgetItem(difference.before));
        m_table->setItem(row, 3, new QTableWidgetItem(difference.after));
    }
    m_table->resizeColumnsToContents();
    auto *same = new QLabel(tr("The two launches are the same."), this);
    same->setObjectName(QStringLiteral("launchDiffSameLabel"));
    same->setVisible(differences.isEmpty());
    m_table->setVisible(!differences.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the comparison"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(same);
    layout->addWidget(buttons);
    resize(720, 420);
}

} // namespace RayDeck
