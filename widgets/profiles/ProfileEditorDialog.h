// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/ServerProfile.h"
#include "secrets/SecretChangeSet.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace RayDeck {

class EnvironmentVariableRow;
class ErrorLabel;
class PortForwardRow;
class SecretStore;

/**
 * Adds, edits or duplicates one server profile: connection, workspace
 * (Docker), Ray head and forwards, and the job environment, with every field
 * checked as the user types (ProfileValidator). Save stays disabled while a
 * field is wrong, and a summary under the tabs says which.
 *
 * Secrets (password, key passphrase, Ray token, secret variables) are typed
 * into password fields and handed out by secretWrites() for the keychain;
 * profile() never contains them. Save does not close the dialog by itself: it
 * emits saveRequested(), and whoever stores the profile calls accept() or
 * showSaveError().
 *
 * Every control has an objectName ending in its class, an accessible name and
 * description, and a mnemonic or a place in the tab order.
 */
class ProfileEditorDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Edit, Duplicate };

    /// @p existingProfiles: all stored profiles, for the unique-name check.
    ProfileEditorDialog(Mode mode, const ServerProfile &profile, QList<ServerProfile> existingProfiles,
                        QWidget *parent = nullptr);
    ~ProfileEditorDialog() override;

    /// Lets the dialog check that a keychain exists when secrets are to be stored.
    void setSecretStore(SecretStore *store);

    Mode mode() const { return m_mode; }
    const ServerProfile &originalProfile() const { return m_original; }
    /// The profile as entered, with the original's id. Holds no secret value.
    ServerProfile profile() const;
    /// Values typed into secret fields, for the keychain; refs carry no profile id yet.
    QList<SecretChangeSet::Write> secretWrites() const;
    /// Secret variables renamed in this session: old name -> new name.
    QHash<QString, QString> renamedVariables() const;

    /// Re-runs all checks; true when the profile can be saved.
    bool validate();
    /// Shows why saving failed (e.g. a name taken meanwhile by another window).
    void showSaveError(const QString &message);
    /// Clears every secret field.
    void wipeSecretFields();

Q_SIGNALS:
    void saveRequested();

protected:
    void done(int result) override;

private:
    QWidget *createConnectionPage();
    QWidget *createWorkspacePage();
    QWidget *createRayPage();
    QWidget *createEnvironmentPage();
    QLineEdit *addLineEdit(QFormLayout *form, const QString &objectName, const QString &label,
                           const QString &accessibleName, const QString &description, ErrorLabel **error);
    void addEnvironmentRow(const JobEnvironmentVariable &variable);
    void addForwardRow(const PortForward &forward);
    void renumberRows();
    void updateAuthControls();
    void updateDockerControls();
    void checkKeychain();
    bool wantsKeychain() const;
    void requestSave();

    Mode m_mode;
    ServerProfile m_original;
    QList<ServerProfile> m_existing;
    SecretStore *m_secretStore = nullptr;
    enum class KeychainState { Unknown, Checking, Available, Unavailable };
    KeychainState m_keychain = KeychainState::Unknown;
    QString m_keychainProblem;

    QTabWidget *m_tabs = nullptr;
    // Connection
    QLineEdit *m_name = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_identityFile = nullptr;
    QPushButton *m_browseIdentity = nullptr;
    QComboBox *m_secretPolicy = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_keychainStatus = nullptr;
    QLineEdit *m_jumpHosts = nullptr;
    ErrorLabel *m_nameError = nullptr;
    ErrorLabel *m_hostError = nullptr;
    ErrorLabel *m_portError = nullptr;
    ErrorLabel *m_userError = nullptr;
    ErrorLabel *m_identityError = nullptr;
    ErrorLabel *m_jumpError = nullptr;
    // Workspace
    QCheckBox *m_dockerEnabled = nullptr;
    QLineEdit *m_container = nullptr;
    QLineEdit *m_image = nullptr;
    QLineEdit *m_gpus = nullptr;
    QLineEdit *m_network = nullptr;
    QLineEdit *m_ulimits = nullptr;
    QLineEdit *m_shmSize = nullptr;
    QPlainTextEdit *m_mounts = nullptr;
    QLineEdit *m_extraRunArguments = nullptr;
    QCheckBox *m_useSudo = nullptr;
    ErrorLabel *m_containerError = nullptr;
    ErrorLabel *m_imageError = nullptr;
    ErrorLabel *m_gpusError = nullptr;
    ErrorLabel *m_networkError = nullptr;
    ErrorLabel *m_ulimitsError = nullptr;
    ErrorLabel *m_shmSizeError = nullptr;
    ErrorLabel *m_mountsError = nullptr;
    ErrorLabel *m_extraRunError = nullptr;
    // Ray
    QLineEdit *m_dashboardPort = nullptr;
    QLineEdit *m_dashboardHost = nullptr;
    QLineEdit *m_localPort = nullptr;
    QLineEdit *m_extraStartArguments = nullptr;
    QCheckBox *m_useToken = nullptr;
    QLineEdit *m_token = nullptr;
    ErrorLabel *m_dashboardPortError = nullptr;
    ErrorLabel *m_dashboardHostError = nullptr;
    ErrorLabel *m_localPortError = nullptr;
    ErrorLabel *m_extraStartError = nullptr;
    ErrorLabel *m_tokenError = nullptr;
    QVBoxLayout *m_forwardRows = nullptr;
    QPushButton *m_addForward = nullptr;
    QList<PortForwardRow *> m_forwards;
    // Job environment
    QVBoxLayout *m_environmentRows = nullptr;
    QPushButton *m_addVariable = nullptr;
    QList<EnvironmentVariableRow *> m_variables;

    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace RayDeck
