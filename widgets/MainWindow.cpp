// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "EmptyStateWidget.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace RayDeck {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("RayDeck"));
    setAccessibleName(tr("RayDeck main window"));
    resize(1200, 780);

    createActions();
    createMenus();

    m_profileList = new QListWidget(this);
    m_profileList->setObjectName(QStringLiteral("profileListWidget"));
    m_profileList->setAccessibleName(tr("Servers"));
    m_profileList->setAccessibleDescription(tr("Your server profiles; select one to see its dashboard"));
    auto *sidebar = new QDockWidget(tr("Servers"), this);
    sidebar->setObjectName(QStringLiteral("serversDockWidget"));
    sidebar->setFeatures(QDockWidget::DockWidgetMovable);
    sidebar->setWidget(m_profileList);
    addDockWidget(Qt::LeftDockWidgetArea, sidebar);

    m_emptyState = new EmptyStateWidget(this);
    connect(m_emptyState, &EmptyStateWidget::addServerRequested, this, &MainWindow::addServerRequested);
    connect(m_emptyState, &EmptyStateWidget::importSshConfigRequested, this, &MainWindow::importSshConfigRequested);

    m_centralStack = new QStackedWidget(this);
    m_centralStack->setObjectName(QStringLiteral("centralStackedWidget"));
    m_centralStack->addWidget(m_emptyState);
    setCentralWidget(m_centralStack);

    statusBar()->setObjectName(QStringLiteral("mainStatusBar"));
    statusBar()->showMessage(tr("Not connected"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_addServerAction = new QAction(tr("&Add Server…"), this);
    m_addServerAction->setObjectName(QStringLiteral("addServerAction"));
    m_addServerAction->setShortcut(QKeySequence::New);
    connect(m_addServerAction, &QAction::triggered, this, &MainWindow::addServerRequested);

    m_importAction = new QAction(tr("&Import from ~/.ssh/config…"), this);
    m_importAction->setObjectName(QStringLiteral("importSshConfigAction"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importSshConfigRequested);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    m_aboutAction = new QAction(tr("&About RayDeck"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_addServerAction);
    fileMenu->addAction(m_importAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setAccessibleName(tr("Main toolbar"));
    toolBar->addAction(m_addServerAction);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About RayDeck"),
                       tr("<h3>RayDeck %1</h3><p>Train LLMs with verl on remote GPU servers: SSH, container, "
                          "Ray head, tunnel and dashboard from one window.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace RayDeck
