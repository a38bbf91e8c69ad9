// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/ServerPage.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QAction;
class QFileSystemWatcher;
class QFrame;
class QLabel;
class QListView;
class QStackedWidget;
class QTimer;

namespace RayDeck {

class AppSettings;
class ClusterPage;
class ClusterStore;
struct ClusterProfile;
class CommandLog;
class DialogSessionPrompter;
class EmptyStateWidget;
class TrayIcon;
class ProfileController;
class ProfileDetailsWidget;
class ProfileListModel;
class ProfileStore;
class SecretStore;

/**
 * RayDeck's one window: server profiles in a sidebar, the selected server in
 * the centre. Before any profile exists it shows the empty state with "Add
 * Server" and "Import from ~/.ssh/config".
 *
 * Profiles come from a ProfileStore (reloaded when another RayDeck process
 * changes the file) and their secrets from a SecretStore; add, edit,
 * duplicate, delete and import are handled by a ProfileController. Everything
 * is reachable from the keyboard: Ctrl+N add, Enter or F2 edit, Ctrl+D
 * duplicate, Delete delete, Ctrl+I import; Ctrl+K connect, Ctrl+L to the
 * launch form, Ctrl+J to the jobs table.
 *
 * The theme setting is applied at construction and again whenever Settings
 * change it (Theme::apply).
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Uses the profiles file in the user's config folder and the OS keychain.
    explicit MainWindow(QWidget *parent = nullptr);
    /// Uses the given stores (not owned); for tests and embedding.
    MainWindow(ProfileStore *store, SecretStore *secrets, QWidget *parent = nullptr);
    /// Uses the given stores and settings (not owned); for tests.
    MainWindow(ProfileStore *store, SecretStore *secrets, AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    ProfileController *profileController() const { return m_controller; }
    /// The id of the profile selected in the sidebar; empty when none.
    QString selectedProfileId() const;
    void selectProfile(const QString &profileId);

    /// The page of a profile, created on first use; null for an unknown id.
    ServerPage *serverPage(const QString &profileId);
    ServerPage *currentServerPage() const;
    CommandLog *commandLog() const { return m_commandLog; }
    /// Selects and connects the profile called @p name (`raydeck --connect NAME`); false if there is none.
    bool connectProfileNamed(const QString &name, bool acceptNewHostKey);
    /// True while any server is connected or connecting (closing then asks or hides to the tray).
    bool hasActiveConnections() const;
    void showSettings();
    /// Shows the page of @p cluster in the centre (created on first use); null when its servers are missing.
    ClusterPage *showCluster(const ClusterProfile &cluster);
    ClusterStore *clusterStore() const { return m_clusterStore; }

protected:
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    void addServerRequested();
    void importSshConfigRequested();

private:
    void setUpUi();
    void createActions();
    void createMenus();
    void showAbout();
    void loadProfiles();
    void watchProfilesFile();
    void showLoadProblem(const QString &message);
    void updateCentralView();
    void updateActions();
    void updateStatusBar();
    void updateSidebarStatus(ServerPage *page);
    void removeServerPage(const QString &profileId);
    void restoreWindowState();
    static QString jobEndedTitle(JobStatus status);
    void setUpClusters();

    std::unique_ptr<ProfileStore> m_ownedStore;
    std::unique_ptr<SecretStore> m_ownedSecrets;
    ProfileStore *m_store = nullptr;
    SecretStore *m_secrets = nullptr;
    ProfileController *m_controller = nullptr;
    ProfileListModel *m_model = nullptr;

    QListView *m_profileList = nullptr;
    QStackedWidget *m_centralStack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    AppSettings *m_settings = nullptr;
    std::unique_ptr<AppSettings> m_ownedSettings;
    CommandLog *m_commandLog = nullptr;
    DialogSessionPrompter *m_prompter = nullptr;
    TrayIcon *m_tray = nullptr;
    QHash<QString, ServerPage *> m_pages;
    QLabel *m_urlStatusLabel = nullptr;
    QLabel *m_rayStatusLabel = nullptr;
    QLabel *m_stateStatusLabel = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_openInBrowserAction = nullptr;
    QAction *m_newLaunchAction = nullptr;
    QAction *m_showJobsAction = nullptr;
    QAction *m_settingsAction = nullptr;
    bool m_quitting = false;
    QFrame *m_problemFrame = nullptr;
    QLabel *m_problemLabel = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr;
    ClusterStore *m_clusterStore = nullptr;
    QHash<QString, ClusterPage *> m_clusterPages;

    QAction *m_addServerAction = nullptr;
    QAction *m_editServerAction = nullptr;
    QAction *m_duplicateServerAction = nullptr;
    QAction *m_deleteServerAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace RayDeck
