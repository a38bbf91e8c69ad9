// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/ServerProfile.h"
#include "profiles/SshConfigEnvironment.h"
#include "profiles/SshConfigImporter.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace RayDeck {

/**
 * Lists the concrete Host entries of an SSH config with a checkbox each,
 * showing what OpenSSH resolves them to (user@host:port, jump hosts, key),
 * and hands out the checked ones as profiles. Hosts that already exist as a
 * profile are shown but cannot be checked. What could not be taken over
 * (Match exec blocks, ProxyCommand, unreadable keys) is listed in the notes.
 * Space toggles the current host; Ctrl+A checks all.
 */
class ImportSshConfigDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p configPath empty: ~/.ssh/config (plus the system file, as ssh reads it).
    ImportSshConfigDialog(QList<ServerProfile> existingProfiles, const QString &configPath = {},
                          SshConfigEnvironment environment = SshConfigEnvironment::current(), QWidget *parent = nullptr);
    ~ImportSshConfigDialog() override;

    /// The checked hosts as profiles (without ids), in list order.
    QList<ServerProfile> selectedProfiles() const;

    /// Reads the file named in the path field again.
    void reload();

private:
    void setAllChecked(Qt::CheckState state);
    void updateImportButton();

    QList<ServerProfile> m_existing;
    SshConfigEnvironment m_environment;
    QString m_defaultPath;
    QList<SshImportCandidate> m_candidates;

    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_reload = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_hosts = nullptr;
    QPushButton *m_selectAll = nullptr;
    QPushButton *m_selectNone = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace RayDeck
