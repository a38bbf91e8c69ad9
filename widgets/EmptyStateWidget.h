// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;

namespace RayDeck {

/**
 * What the main window shows before any server exists: a short explanation and
 * the two ways to get started, adding a server by hand or importing the hosts
 * the user already has in ~/.ssh/config.
 */
class EmptyStateWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

Q_SIGNALS:
    void addServerRequested();
    void importSshConfigRequested();

private:
    QPushButton *m_addServerButton = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace RayDeck
