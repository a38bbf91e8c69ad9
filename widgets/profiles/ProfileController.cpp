// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileController.h"

#include "ImportSshConfigDialog.h"
#include "MessageBox.h"

#include "profiles/ProfileStore.h"
#include "secrets/ProfileSecrets.h"
#include "secrets/SecretChangeRunner.h"
#include "secrets/SecretStore.h"
#include "util/Logging.h"

#include <QTimer>
#include <QWidget>

namespace RayDeck {

using namespace Qt::StringLiterals;

ProfileController::ProfileController(ProfileStore *store, SecretStore *secrets, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_secrets(secrets)
    , m_window(window)
{
    setObjectName(u"profileController"_s);
}

ProfileController::~ProfileController() = default;

void ProfileController::addProfile()
{
    showEditor(ProfileEditorDialog::Mode::Add, ServerProfile{});
}

void ProfileController::editProfile(const QString &profileId)
{
    if (const std::optional<ServerProfile> profile = m_store->profileWithId(profileId))
        showEditor(ProfileEditorDialog::Mode::Edit, *profile);
}

void ProfileController::duplicateProfile(const QString &profileId)
{
    std::optional<ServerProfile> copy = m_store->profileWithId(profileId);
    if (!copy)
        return;
    // The copy keeps the source's id while it is edited, so the editor can
    // tell which secrets will be carried over; saving gives it its own.
    copy->name = uniqueCopyName(copy->name);
    showEditor(ProfileEditorDialog::Mode::Duplicate, *copy);
}

QString ProfileController::uniqueCopyName(const QString &name) const
{
    QString candidate = tr("%1 (copy)").arg(name);
    for (int n = 2; m_store->profileNamed(candidate); ++n)
        candidate = tr("%1 (copy %2)").arg(name).arg(n);
    return candidate;
}

void ProfileController::showEditor(ProfileEditorDialog::Mode mode, const ServerProfile &profile)
{
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    auto *editor = new ProfileEditorDialog(mode, profile, m_store->profiles(), m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setSecretStore(m_secrets);
    connect(editor, &ProfileEditorDialog::saveRequested, this, [this, editor] { save(editor); });
    m_editor = editor;
    editor->open();
}

void ProfileController::save(ProfileEditorDialog *editor)
{
    const ServerProfile entered = editor->profile();
    QList<SecretChangeSet::Write> writes = editor->secretWrites();
    SecretChangeSet changes;
    QString savedId;

    switch (editor->mode()) {
    case ProfileEditorDialog::Mode::Add: {
        Result<ServerProfile> added = m_store->add(entered);
        if (!added)
            return editor->showSaveError(added.error().message());
        savedId = added->id;
        break;
    }
    case ProfileEditorDialog::Mode::Duplicate: {
        Result<ServerProfile> added = m_store->add(entered);
        if (!added)
            return editor->showSaveError(added.error().message());
        savedId = added->id;
        changes = ProfileSecrets::forDuplicate(editor->originalProfile(), added.value());
        break;
    }
    case ProfileEditorDialog::Mode::Edit: {
        if (Result<void> updated = m_store->update(entered); !updated)
            return editor->showSaveError(updated.error().message());
        savedId = entered.id;
        changes = ProfileSecrets::forEdit(editor->originalProfile(), entered, editor->renamedVariables(), {});
        break;
    }
    }
    for (SecretChangeSet::Write &write : writes) {
        write.ref.profileId = savedId;
        changes.writes.append(std::move(write));
    }
    editor->accept();
    Q_EMIT statusMessage(tr("Saved server \u201c%1\u201d.").arg(entered.name));

    applySecrets(entered.name, std::move(changes), [this, savedId](const Result<void> &) {
        Q_EMIT profileSaved(savedId);
    });
}

void ProfileController::applySecrets(const QString &profileName, SecretChangeSet changes,
                                     std::function<void(const Result<void> &)> then)
{
    if (changes.isEmpty()) {
        // Report from the event loop in every case, as the keychain does.
        QTimer::singleShot(0, this, [then = std::move(then)] { then(Result<void>()); });
        return;
    }
    const bool storesSomething = !changes.writes.isEmpty() || !changes.moves.isEmpty() || !changes.copies.isEmpty();
    SecretChangeRunner::start(m_secrets, std::move(changes), this,
                              [this, profileName, storesSomething, then = std::move(then)](Result<void> result) {
                                  // Only clean-ups failed and no keychain is there: nothing can be stale in it.
                                  const bool harmless = !result && !storesSomething
                                      && result.error().code() == Error::Code::KeychainUnavailable;
                                  if (!result && !harmless) {
                                      MessageBox::warning(m_window, tr("Keychain"),
                                                          tr("The secrets of \u201c%1\u201d could not be updated in "
                                                             "the keychain. %2")
                                                              .arg(profileName, result.error().message()),
                                                          result.error().detail());
                                  }
                                  then(result);
                              });
}

void ProfileController::deleteProfile(const QString &profileId)
{
    const std::optional<ServerProfile> found = m_store->profileWithId(profileId);
    if (!found)
        return;
    const ServerProfile profile = *found;
    MessageBox::question(
        m_window, tr("Delete Server"),
        tr("Delete the server \u201c%1\u201d? Its stored password, passphrase, token and secret variables are "
           "removed from the keychain too. This cannot be undone.")
            .arg(profile.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, this, [this, profile](MessageBox::Button answer) {
            if (answer != QMessageBox::Yes)
                return;
            // Keychain first: if its entries cannot be removed the profile
            // stays, so nothing is left in the keychain without an owner.
            SecretChangeRunner::start(m_secrets, ProfileSecrets::forRemoval(profile), this,
                                      [this, profile](Result<void> cleared) {
                if (!cleared && cleared.error().code() != Error::Code::KeychainUnavailable) {
                    MessageBox::warning(m_window, tr("Delete Server"),
                                        tr("\u201c%1\u201d was not deleted because its keychain entries could not be "
                                           "removed. %2")
                                            .arg(profile.name, cleared.error().message()),
                                        cleared.error().detail());
                    return;
                }
                if (Result<void> removed = m_store->remove(profile.name); !removed) {
                    MessageBox::warning(m_window, tr("Delete Server"), removed.error().message(),
                                        removed.error().detail());
                    return;
                }
                qCDebug(lcProfiles) << "profile deleted from the UI" << profile.id;
                Q_EMIT statusMessage(tr("Deleted server \u201c%1\u201d.").arg(profile.name));
                Q_EMIT profileDeleted(profile.id);
            });
        });
}

void ProfileController::importFromSshConfig(const QString &configPath)
{
    auto *dialog = new ImportSshConfigDialog(m_store->profiles(), configPath,
                                             m_sshEnvironment.value_or(SshConfigEnvironment::current()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QStringList ids;
        QStringList failures;
        for (const ServerProfile &profile : dialog->selectedProfiles()) {
            Result<ServerProfile> added = m_store->add(profile);
            if (added)
                ids << added->id;
            else
                failures << tr("%1: %2").arg(profile.name, added.error().message());
        }
        if (!failures.isEmpty())
            MessageBox::warning(m_window, tr("Import from SSH Config"),
                                tr("Some hosts were not imported:\n%1").arg(failures.join(u'\n')));
        Q_EMIT statusMessage(tr("Imported %n server(s).", nullptr, int(ids.size())));
        Q_EMIT profilesImported(ids);
    });
    dialog->open();
}

} // namespace RayDeck
