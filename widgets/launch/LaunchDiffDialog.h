// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/JobHistoryEntry.h"

#include <QDialog>

class QTableWidget;

namespace RayDeck {

/// What changed from one launch to another (JobLaunchDiff), as a table; secrets stay masked.
class LaunchDiffDialog : public QDialog
{
    Q_OBJECT

public:
    LaunchDiffDialog(const JobHistoryEntry &before, const JobHistoryEntry &after, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace RayDeck
