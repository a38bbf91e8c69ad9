// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

class EmptyStateWidget;
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
 * duplicate, Delete delete, Ctrl+I import.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Uses the profiles file in the user's config folder and the OS keychain.
    explicit MainWindow(QWidget *parent = nullptr);
    /// Uses the given stores (not owned); for tests and embedding.
    MainWindow(ProfileStore *store, SecretStore *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    ProfileController *profileController() const { return m_controller; }
    /// The id of the profile selected in the sidebar; empty when none.
    QString selectedProfileId() const;
    void selectProfile(const QString &profileId);

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

    std::unique_ptr<ProfileStore> m_ownedStore;
    std::unique_ptr<SecretStore> m_ownedSecrets;
    ProfileStore *m_store = nullptr;
    SecretStore *m_secrets = nullptr;
    ProfileController *m_controller = nullptr;
    ProfileListModel *m_model = nullptr;

    QListView *m_profileList = nullptr;
    QStackedWidget *m_centralStack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    ProfileDetailsWidget *m_details = nullptr;
    QFrame *m_problemFrame = nullptr;
    QLabel *m_problemLabel = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr;

    QAction *m_addServerAction = nullptr;
    QAction *m_editServerAction = nullptr;
    QAction *m_duplicateServerAction = nullptr;
    QAction *m_deleteServerAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace RayDeck
