// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QListWidget;
class QStackedWidget;

namespace RayDeck {

class EmptyStateWidget;

/**
 * RayDeck's one window: server profiles in a sidebar, the selected server's
 * dashboard and launcher in the centre. Before any profile exists it shows the
 * empty state with "Add Server" and "Import from ~/.ssh/config".
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

Q_SIGNALS:
    void addServerRequested();
    void importSshConfigRequested();

private:
    void createActions();
    void createMenus();
    void showAbout();

    QListWidget *m_profileList = nullptr;
    QStackedWidget *m_centralStack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QAction *m_addServerAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace RayDeck
