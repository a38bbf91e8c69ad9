// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "EmptyStateWidget.h"
#include "ProfileController.h"
#include "ProfileDetailsWidget.h"
#include "ProfileListModel.h"

#include "MessageBox.h"
#include "cluster/ClusterListPanel.h"
#include "cluster/ClusterPage.h"
#include "cluster/ClusterStore.h"
#include "cluster/ClusterValidator.h"
#include "dashboard/DashboardView.h"
#include "launch/LaunchForm.h"
#include "profiles/ProfileStore.h"
#include "remote/CommandLog.h"
#include "secrets/KeychainSecretStore.h"
#include "session/DialogSessionPrompter.h"
#include "session/ServerSession.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "theme/Theme.h"
#include "tray/TrayIcon.h"

#include <QAction>
#include <QCloseEvent>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace RayDeck {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ownedStore(std::make_unique<ProfileStore>())
    , m_ownedSecrets(std::make_unique<KeychainSecretStore>())
    , m_store(m_ownedStore.get())
    , m_secrets(m_ownedSecrets.get())
{
    setUpUi();
}

MainWindow::MainWindow(ProfileStore *store, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_secrets(secrets)
{
    setUpUi();
}

MainWindow::MainWindow(ProfileStore *store, SecretStore *secrets, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_settings(settings)
{
    setUpUi();
}

MainWindow::~MainWindow()
{
    // Dialogs and the controller may still refer to the stores we own.
    delete m_controller;
}

void MainWindow::setUpUi()
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("RayDeck"));
    setAccessibleName(tr("RayDeck main window"));
    resize(1200, 780);

    if (!m_settings) {
        m_ownedSettings = std::make_unique<AppSettings>();
        m_settings = m_ownedSettings.get();
    }
    // The chosen look, at start and whenever Settings change it.
    Theme::apply(m_settings->theme());
    connect(m_settings, &AppSettings::changed, this, [this] {
        if (m_settings->theme() != Theme::current())
            Theme::apply(m_settings->theme());
    });
    m_commandLog = new CommandLog(this);
    m_prompter = new DialogSessionPrompter(this, this);
    m_controller = new ProfileController(m_store, m_secrets, this);
    m_model = new ProfileListModel(m_store, this);

    createActions();
    createMenus();

    m_profileList = new QListView(this);
    m_profileList->setObjectName(u"profileListView"_s);
    m_profileList->setModel(m_model);
    m_profileList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_profileList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_profileList->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_profileList->addActions({m_editServerAction, m_duplicateServerAction, m_deleteServerAction});
    m_profileList->setAccessibleName(tr("Servers"));
    m_profileList->setAccessibleDescription(
        tr("Your server profiles. Enter edits the selected one, Delete removes it, the context menu has more"));
    auto *sidebar = new QDockWidget(tr("Servers"), this);
    sidebar->setObjectName(u"serversDockWidget"_s);
    sidebar->setFeatures(QDockWidget::DockWidgetMovable);
    sidebar->setWidget(m_profileList);
    addDockWidget(Qt::LeftDockWidgetArea, sidebar);
    setUpClusters();

    m_emptyState = new EmptyStateWidget(this);
    connect(m_emptyState, &EmptyStateWidget::addServerRequested, m_addServerAction, &QAction::trigger);
    connect(m_emptyState, &EmptyStateWidget::importSshConfigRequested, m_importAction, &QAction::trigger);

    m_centralStack = new QStackedWidget(this);
    m_centralStack->setObjectName(u"centralStackedWidget"_s);
    m_centralStack->addWidget(m_emptyState);

    // A problem with the profiles file is shown above everything, without a
    // modal box at start-up, until the user dismisses it.
    m_problemFrame = new QFrame(this);
    m_problemFrame->setObjectName(u"profilesProblemFrame"_s);
    m_problemFrame->setFrameShape(QFrame::StyledPanel);
    m_problemLabel = new QLabel(m_problemFrame);
    m_problemLabel->setObjectName(u"profilesProblemLabel"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problemLabel->setAccessibleName(tr("Problem with the server profiles"));
    auto *dismiss = new QPushButton(tr("Dis&miss"), m_problemFrame);
    dismiss->setObjectName(u"dismissProblemPushButton"_s);
    dismiss->setAccessibleName(tr("Dismiss"));
    dismiss->setAccessibleDescription(tr("Hide this message"));
    connect(dismiss, &QPushButton::clicked, m_problemFrame, &QWidget::hide);
    auto *problemLayout = new QHBoxLayout(m_problemFrame);
    problemLayout->addWidget(m_problemLabel, 1);
    problemLayout->addWidget(dismiss, 0, Qt::AlignTop);
    m_problemFrame->hide();

    auto *central = new QWidget(this);
    central->setObjectName(u"centralAreaWidget"_s);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_problemFrame);
    centralLayout->addWidget(m_centralStack, 1);
    setCentralWidget(central);

    statusBar()->setObjectName(u"mainStatusBar"_s);
    m_stateStatusLabel = new QLabel(this);
    m_stateStatusLabel->setObjectName(u"connectionStateStatusLabel"_s);
    m_stateStatusLabel->setAccessibleName(tr("Connection state"));
    m_rayStatusLabel = new QLabel(this);
    m_rayStatusLabel->setObjectName(u"rayVersionStatusLabel"_s);
    m_rayStatusLabel->setAccessibleName(tr("Ray version"));
    m_urlStatusLabel = new QLabel(this);
    m_urlStatusLabel->setObjectName(u"tunnelUrlStatusLabel"_s);
    m_urlStatusLabel->setAccessibleName(tr("Dashboard URL"));
    m_urlStatusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_urlStatusLabel);
    statusBar()->addPermanentWidget(m_rayStatusLabel);
    statusBar()->addPermanentWidget(m_stateStatusLabel);

    m_tray = new TrayIcon(this);
    connect(m_tray, &TrayIcon::showWindowRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_tray, &TrayIcon::connectRequested, this, [this](const QString &name) {
        connectProfileNamed(name, false);
        showNormal();
        raise();
    });
    connect(m_tray, &TrayIcon::quitRequested, this, [this] {
        m_quitting = true;
        close();
    });

    connect(m_profileList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateCentralView);
    connect(m_profileList, &QListView::activated, this,
            [this](const QModelIndex &index) { m_controller->editProfile(m_model->idAt(index.row())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCentralView);
    connect(m_controller, &ProfileController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_controller, &ProfileController::profileSaved, this, [this](const QString &id) {
        if (ServerPage *page = m_pages.value(id); page && m_store->profileWithId(id))
            page->setProfile(*m_store->profileWithId(id));
        selectProfile(id);
    });
    connect(m_controller, &ProfileController::profileDeleted, this, &MainWindow::removeServerPage);
    connect(m_controller, &ProfileController::profilesImported, this, [this](const QStringList &ids) {
        if (!ids.isEmpty())
            selectProfile(ids.first());
    });

    m_watcher = new QFileSystemWatcher(this);
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(150);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        loadProfiles();
        watchProfilesFile();
    });
    connect(m_store, &ProfileStore::profilesChanged, this, &MainWindow::watchProfilesFile);

    loadProfiles();
    watchProfilesFile();
    updateCentralView();
    restoreWindowState();
}

void MainWindow::createActions()
{
    m_addServerAction = new QAction(tr("&Add Server…"), this);
    m_addServerAction->setObjectName(u"addServerAction"_s);
    m_addServerAction->setShortcut(QKeySequence::New);
    connect(m_addServerAction, &QAction::triggered, this, [this] {
        Q_EMIT addServerRequested();
        m_controller->addProfile();
    });

    m_editServerAction = new QAction(tr("&Edit Server…"), this);
    m_editServerAction->setObjectName(u"editServerAction"_s);
    m_editServerAction->setShortcut(Qt::Key_F2);
    connect(m_editServerAction, &QAction::triggered, this, [this] { m_controller->editProfile(selectedProfileId()); });

    m_duplicateServerAction = new QAction(tr("D&uplicate Server…"), this);
    m_duplicateServerAction->setObjectName(u"duplicateServerAction"_s);
    m_duplicateServerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_duplicateServerAction, &QAction::triggered, this,
            [this] { m_controller->duplicateProfile(selectedProfileId()); });

    m_deleteServerAction = new QAction(tr("&Delete Server…"), this);
    m_deleteServerAction->setObjectName(u"deleteServerAction"_s);
    m_deleteServerAction->setShortcut(QKeySequence::Delete);
    // Only while the sidebar has focus: Delete must keep working in text fields.
    m_deleteServerAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteServerAction, &QAction::triggered, this,
            [this] { m_controller->deleteProfile(selectedProfileId()); });

    m_importAction = new QAction(tr("&Import from ~/.ssh/config…"), this);
    m_importAction->setObjectName(u"importSshConfigAction"_s);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, [this] {
        Q_EMIT importSshConfigRequested();
        m_controller->importFromSshConfig();
    });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    m_connectAction = new QAction(tr("&Connect"), this);
    m_connectAction->setObjectName(u"connectAction"_s);
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_connectAction, &QAction::triggered, this, [this] {
        if (ServerPage *page = serverPage(selectedProfileId()))
            page->connectToServer();
    });
    m_disconnectAction = new QAction(tr("Dis&connect…"), this);
    m_disconnectAction->setObjectName(u"disconnectAction"_s);
    m_disconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_disconnectAction, &QAction::triggered, this, [this] {
        if (ServerPage *page = currentServerPage())
            page->disconnectFromServer();
    });
    m_openInBrowserAction = new QAction(tr("Open Dashboard in &Browser"), this);
    m_openInBrowserAction->setObjectName(u"openDashboardInBrowserAction"_s);
    m_openInBrowserAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_openInBrowserAction, &QAction::triggered, this, [this] {
        if (ServerPage *page = currentServerPage())
            page->openDashboardInBrowser();
    });
    m_newLaunchAction = new QAction(tr("New &Launch"), this);
    m_newLaunchAction->setObjectName(u"newLaunchAction"_s);
    m_newLaunchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_newLaunchAction, &QAction::triggered, this, [this] {
        if (ServerPage *page = currentServerPage())
            page->focusLaunchForm();
    });
    m_showJobsAction = new QAction(tr("Show &Jobs"), this);
    m_showJobsAction->setObjectName(u"showJobsAction"_s);
    m_showJobsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(m_showJobsAction, &QAction::triggered, this, [this] {
        if (ServerPage *page = currentServerPage())
            page->focusJobs();
    });
    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(u"settingsAction"_s);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_aboutAction = new QAction(tr("&About RayDeck"), this);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_addServerAction);
    fileMenu->addAction(m_importAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_settingsAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *serverMenu = menuBar()->addMenu(tr("&Server"));
    serverMenu->addAction(m_connectAction);
    serverMenu->addAction(m_disconnectAction);
    serverMenu->addAction(m_openInBrowserAction);
    serverMenu->addAction(m_newLaunchAction);
    serverMenu->addAction(m_showJobsAction);
    serverMenu->addSeparator();
    serverMenu->addAction(m_editServerAction);
    serverMenu->addAction(m_duplicateServerAction);
    serverMenu->addAction(m_deleteServerAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setAccessibleName(tr("Main toolbar"));
    toolBar->addAction(m_addServerAction);
    toolBar->addAction(m_editServerAction);
    toolBar->addSeparator();
    toolBar->addAction(m_connectAction);
    toolBar->addAction(m_disconnectAction);
    toolBar->addAction(m_openInBrowserAction);
    toolBar->addAction(m_newLaunchAction);
    for (QAction *action : toolBar->actions()) {
        if (QWidget *button = toolBar->widgetForAction(action))
            button->setAccessibleName(action->text().remove(u'&').remove(u'…'));
    }
}

void MainWindow::loadProfiles()
{
    const QString selected = selectedProfileId();
    if (Result<void> loaded = m_store->load(); !loaded) {
        showLoadProblem(loaded.error().message());
    } else if (const std::optional<Error> &warning = m_store->loadWarning()) {
        // Show each kept-aside file once, not again on every reload.
        if (m_problemLabel->text() != warning->message())
            showLoadProblem(warning->message());
    }
    if (!selected.isEmpty())
        selectProfile(selected);
}

void MainWindow::showLoadProblem(const QString &message)
{
    m_problemLabel->setText(message);
    m_problemFrame->show();
    statusBar()->showMessage(tr("There is a problem with the server profiles; see the top of the window."), 10000);
}

void MainWindow::watchProfilesFile()
{
    // The file is replaced on every save (atomic rename), so its folder is
    // watched too; before the folder exists, the nearest existing parent is.
    const QString file = m_store->filePath();
    QString folder = QFileInfo(file).absolutePath();
    while (!QFileInfo::exists(folder) && QFileInfo(folder).absolutePath() != folder)
        folder = QFileInfo(folder).absolutePath();
    QStringList wanted{folder};
    if (QFileInfo::exists(file))
        wanted << file;
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    for (const QString &path : watched) {
        if (!wanted.contains(path))
            m_watcher->removePath(path);
    }
    for (const QString &path : std::as_const(wanted)) {
        if (!watched.contains(path))
            m_watcher->addPath(path);
    }
}

QString MainWindow::selectedProfileId() const
{
    const QModelIndex current = m_profileList->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QString();
}

void MainWindow::selectProfile(const QString &profileId)
{
    const int row = m_model->rowOf(profileId);
    if (row >= 0)
        m_profileList->setCurrentIndex(m_model->index(row));
    updateCentralView();
}

void MainWindow::updateCentralView()
{
    const bool empty = m_model->rowCount() == 0;
    if (!empty && !m_profileList->currentIndex().isValid())
        m_profileList->setCurrentIndex(m_model->index(0));
    const QString id = selectedProfileId();
    const bool hasSelection = !id.isEmpty();
    m_editServerAction->setEnabled(hasSelection);
    m_duplicateServerAction->setEnabled(hasSelection);
    m_deleteServerAction->setEnabled(hasSelection);
    if (empty || !hasSelection) {
        m_centralStack->setCurrentWidget(m_emptyState);
        updateActions();
        updateStatusBar();
        return;
    }
    if (ServerPage *page = serverPage(id)) {
        if (const std::optional<ServerProfile> profile = m_store->profileWithId(id))
            page->setProfile(*profile);
        m_centralStack->setCurrentWidget(page);
    }
    m_settings->setLastSelectedProfile(id);
    QStringList names;
    for (const ServerProfile &profile : m_store->profiles())
        names << profile.name;
    m_tray->setServers(names);
    updateActions();
    updateStatusBar();
}

ServerPage *MainWindow::serverPage(const QString &profileId)
{
    if (ServerPage *page = m_pages.value(profileId))
        return page;
    const std::optional<ServerProfile> profile = m_store->profileWithId(profileId);
    if (!profile)
        return nullptr;
    auto *page = new ServerPage(*profile, m_secrets, m_prompter, m_commandLog, m_settings, this);
    m_pages.insert(profileId, page);
    m_centralStack->addWidget(page);
    connect(page->details(), &ProfileDetailsWidget::editRequested, m_controller, &ProfileController::editProfile);
    connect(page->details(), &ProfileDetailsWidget::duplicateRequested, m_controller,
            &ProfileController::duplicateProfile);
    connect(page->details(), &ProfileDetailsWidget::deleteRequested, m_controller, &ProfileController::deleteProfile);
    connect(page, &ServerPage::stateChanged, this, [this, page](ServerState state) {
        updateSidebarStatus(page);
        updateActions();
        updateStatusBar();
        if (state == ServerState::Failed && m_settings->notifyWhenConnectionDrops())
            m_tray->notify(tr("Connection lost"), tr("%1 is no longer connected.").arg(page->profile().name));
    });
    connect(page, &ServerPage::runningJobCountChanged, this, [this, page] { updateSidebarStatus(page); });
    connect(page, &ServerPage::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(page, &ServerPage::jobFinished, this,
            [this](const QString &server, const QString &jobId, JobStatus status) {
                if (m_settings->notifyWhenJobEnds())
                    m_tray->notify(jobEndedTitle(status), tr("%1 on %2").arg(jobId, server));
            });
    return page;
}

QString MainWindow::jobEndedTitle(JobStatus status)
{
    // One whole sentence per outcome, so each language can word it naturally.
    switch (status) {
    case JobStatus::Succeeded:
        return tr("Job succeeded");
    case JobStatus::Failed:
        return tr("Job failed");
    case JobStatus::Stopped:
        return tr("Job stopped");
    case JobStatus::Pending:
    case JobStatus::Running:
        break;
    }
    return tr("Job ended");
}

ServerPage *MainWindow::currentServerPage() const
{
    return qobject_cast<ServerPage *>(m_centralStack->currentWidget());
}

void MainWindow::removeServerPage(const QString &profileId)
{
    if (ServerPage *page = m_pages.take(profileId)) {
        page->disconnectLeavingEverythingRunning();
        m_centralStack->removeWidget(page);
        page->deleteLater();
    }
}

void MainWindow::updateSidebarStatus(ServerPage *page)
{
    QString status;
    if (page->state() != ServerState::Disconnected) {
        status = page->stateText();
        if (page->runningJobCount() > 0)
            status += tr(" · %n running", nullptr, page->runningJobCount());
    }
    m_model->setStatus(page->profile().id, status);
    int connected = 0;
    for (const ServerPage *each : std::as_const(m_pages))
        connected += each->state() == ServerState::Connected ? 1 : 0;
    m_tray->setStateSummary(connected == 0 ? tr("not connected") : tr("%n server(s) connected", nullptr, connected));
}

void MainWindow::updateActions()
{
    const ServerPage *page = currentServerPage();
    const bool active = page && page->isConnectedOrConnecting();
    m_connectAction->setEnabled(page && !active);
    m_disconnectAction->setEnabled(active);
    m_openInBrowserAction->setEnabled(page && page->state() == ServerState::Connected);
    m_newLaunchAction->setEnabled(page != nullptr);
    m_showJobsAction->setEnabled(page != nullptr);
}

void MainWindow::updateStatusBar()
{
    const ServerPage *page = currentServerPage();
    m_stateStatusLabel->setText(page ? page->stateText() : tr("Not connected"));
    const bool connected = page && page->state() == ServerState::Connected;
    m_urlStatusLabel->setText(connected ? page->dashboardUrl().toString() : QString());
    m_rayStatusLabel->setText(connected && !page->rayVersion().isEmpty() ? tr("Ray %1").arg(page->rayVersion())
                                                                          : QString());
}

bool MainWindow::connectProfileNamed(const QString &name, bool acceptNewHostKey)
{
    const std::optional<ServerProfile> profile = m_store->profileNamed(name);
    if (!profile) {
        MessageBox::warning(this, tr("Connect"), tr("There is no server called \"%1\".").arg(name));
        return false;
    }
    selectProfile(profile->id);
    ServerPage *page = serverPage(profile->id);
    if (!page)
        return false;
    if (!page->isConnectedOrConnecting()) {
        page->setAcceptNewHostKey(acceptNewHostKey);
        page->connectToServer();
    }
    return true;
}

bool MainWindow::hasActiveConnections() const
{
    return std::any_of(m_pages.cbegin(), m_pages.cend(), [](const ServerPage *page) {
        return page->isConnectedOrConnecting();
    });
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings->mainWindowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings->mainWindowState();
    if (!state.isEmpty())
        restoreState(state);
    const QString last = m_settings->lastSelectedProfile();
    if (!last.isEmpty() && m_store->profileWithId(last))
        selectProfile(last);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setMainWindowGeometry(saveGeometry());
    m_settings->setMainWindowState(saveState());
    m_settings->sync();
    if (m_quitting || !hasActiveConnections()) {
        event->accept();
        return;
    }
    const auto minimizeToTray = [this, event] {
        event->ignore();
        hide();
        m_tray->notify(tr("RayDeck keeps running"), tr("Tunnels stay open. Use the tray icon to come back or quit."));
    };
    switch (m_settings->closeBehavior()) {
    case CloseBehavior::Quit:
        event->accept();
        return;
    case CloseBehavior::MinimizeToTray:
        if (m_tray->isAvailable())
            return minimizeToTray();
        event->accept();
        return;
    case CloseBehavior::Ask:
        break;
    }
    // Ask without blocking: keep the window, decide when the answer comes.
    event->ignore();
    MessageBox::question(this, tr("Quit RayDeck?"),
                         tr("Tunnels or log follows are active. Quitting closes them (jobs keep running on the "
                            "servers).%1")
                             .arg(m_tray->isAvailable() ? tr("\n\nChoose No to keep RayDeck running in the tray.")
                                                        : QString()),
                         m_tray->isAvailable() ? QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel
                                               : QMessageBox::Yes | QMessageBox::Cancel,
                         QMessageBox::Cancel, this, [this](MessageBox::Button answer) {
                             if (answer == QMessageBox::Yes) {
                                 m_quitting = true;
                                 close();
                             } else if (answer == QMessageBox::No) {
                                 hide();
                             }
                         });
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About RayDeck"),
                       tr("<h3>RayDeck %1</h3><p>Train LLMs with verl on remote GPU servers: SSH, container, "
                          "Ray head, tunnel and dashboard from one window.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::setUpClusters()
{
    // A "Clusters" section under the servers; its file sits next to the profiles file.
    m_clusterStore = new ClusterStore(QFileInfo(m_store->filePath()).absolutePath() + u"/clusters.json"_s, this);
    auto *dock = new QDockWidget(tr("Clusters"), this);
    dock->setObjectName(u"clustersDockWidget"_s);
    dock->setFeatures(QDockWidget::DockWidgetMovable);
    auto *panel = new ClusterListPanel(m_clusterStore, m_store, dock);
    dock->setWidget(panel);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    connect(panel, &ClusterListPanel::clusterActivated, this, &MainWindow::showCluster);
}

ClusterPage *MainWindow::showCluster(const ClusterProfile &cluster)
{
    ClusterPage *page = m_clusterPages.value(cluster.name);
    if (!page) {
        const QList<ServerProfile> profiles = m_store->profiles();
        if (Result<void> valid = ClusterValidator::check(cluster, profiles); !valid) {
            showLoadProblem(valid.error().message());
            return nullptr;
        }
        const ServerProfile head = *ClusterValidator::findProfile(profiles, cluster.headProfile);
        QList<ServerProfile> workers;
        for (const QString &worker : cluster.workerProfiles)
            workers << *ClusterValidator::findProfile(profiles, worker);
        page = new ClusterPage(cluster, head, workers, m_secrets, m_prompter, m_commandLog, m_centralStack);
        m_centralStack->addWidget(page);
        m_clusterPages.insert(cluster.name, page);
        // Runs launched on the head are sized to the cluster.
        connect(page, &ClusterPage::capacityChanged, this, [this, headId = head.id](int nodes, int gpusPerNode) {
            if (ServerPage *server = serverPage(headId))
                server->launchForm()->setClusterCapacity(nodes, gpusPerNode);
        });
    }
    m_centralStack->setCurrentWidget(page);
    return page;
}

} // namespace RayDeck
