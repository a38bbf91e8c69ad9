// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/ServerProfile.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace RayDeck {

/**
 * The centre of the main window while a server is selected: what the profile
 * says (never a secret) and buttons to edit, duplicate or delete it. Other
 * views of the selected server (connection, dashboard) are placed alongside.
 */
class ProfileDetailsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileDetailsWidget(QWidget *parent = nullptr);

    void setProfile(const ServerProfile &profile);
    QString profileId() const { return m_profile.id; }

Q_SIGNALS:
    void editRequested(const QString &profileId);
    void duplicateRequested(const QString &profileId);
    void deleteRequested(const QString &profileId);

private:
    QLabel *addValue(const QString &objectName, const QString &caption);

    ServerProfile m_profile;
    QFormLayout *m_form = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_target = nullptr;
    QLabel *m_auth = nullptr;
    QLabel *m_jump = nullptr;
    QLabel *m_container = nullptr;
    QLabel *m_dashboard = nullptr;
    QLabel *m_forwards = nullptr;
    QLabel *m_environment = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace RayDeck
