// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/ClusterProfile.h"
#include "profiles/ServerProfile.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace RayDeck {

/**
 * Edits one cluster: its name, the server that runs the head, the servers that
 * join as workers (checked in a list of all server profiles), the head address
 * (empty: suggested from the head when connecting) and the GCS port. Says that
 * Ray's ports have no authentication, warns about a public head address as it is
 * typed, and refuses OK with the validator's message while the cluster is invalid.
 */
class ClusterEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ClusterEditorDialog(const QList<ServerProfile> &profiles, QWidget *parent = nullptr);
    ~ClusterEditorDialog() override;

    void setCluster(const ClusterProfile &cluster);
    ClusterProfile cluster() const;
    QString warningText() const;
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    void updateWarning();

    QList<ServerProfile> m_profiles;
    QLineEdit *m_nameLineEdit = nullptr;
    QComboBox *m_headComboBox = nullptr;
    QListWidget *m_workersListWidget = nullptr;
    QLineEdit *m_headAddressLineEdit = nullptr;
    QSpinBox *m_gcsPortSpinBox = nullptr;
    QLabel *m_warningLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace RayDeck
