// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProfileEditorDialog.h"

#include "profiles/ServerProfile.h"
#include "profiles/SshConfigEnvironment.h"
#include "secrets/SecretChangeSet.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

namespace RayDeck {

class ProfileStore;
class SecretStore;

/**
 * Carries out what the user asks for in the profile UI: opens the editor and
 * the import dialog (window-modal, without nested event loops), stores the
 * result in the ProfileStore and keeps the keychain in step with it through
 * the SecretStore: new values written, renamed variables moved, entries a
 * profile no longer uses (or a deleted profile had) removed. Deleting asks
 * for confirmation through MessageBox.
 *
 * profileSaved() and profileDeleted() come after the keychain work is done.
 */
class ProfileController : public QObject
{
    Q_OBJECT

public:
    ProfileController(ProfileStore *store, SecretStore *secrets, QWidget *window);
    ~ProfileController() override;

    void addProfile();
    void editProfile(const QString &profileId);
    void duplicateProfile(const QString &profileId);
    void deleteProfile(const QString &profileId);
    /// @p configPath empty: ~/.ssh/config.
    void importFromSshConfig(const QString &configPath = {});

    /// Where the import dialog looks for ~/.ssh and whose tokens it expands.
    void setSshConfigEnvironment(SshConfigEnvironment environment) { m_sshEnvironment = std::move(environment); }

    ProfileEditorDialog *openEditor() const { return m_editor; }

Q_SIGNALS:
    void profileSaved(const QString &profileId);
    void profileDeleted(const QString &profileId);
    void profilesImported(const QStringList &profileIds);
    void statusMessage(const QString &message);

private:
    void showEditor(ProfileEditorDialog::Mode mode, const ServerProfile &profile);
    void save(ProfileEditorDialog *editor);
    void applySecrets(const QString &profileName, SecretChangeSet changes, std::function<void(const Result<void> &)> then);
    QString uniqueCopyName(const QString &name) const;

    ProfileStore *m_store = nullptr;
    SecretStore *m_secrets = nullptr;
    QWidget *m_window = nullptr;
    QPointer<ProfileEditorDialog> m_editor;
    std::optional<SshConfigEnvironment> m_sshEnvironment;
};

} // namespace RayDeck
