// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/JobTemplate.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QPushButton;

namespace RayDeck {

/**
 * The launch form's row for the user's templates of one profile: pick one and
 * Load it into the form, Save the form's launch under a name (asking before
 * replacing one), Delete one (after asking). Templates live in
 * JobTemplateStore's file; problems (an unreadable file kept aside, a full
 * disk) are shown, never thrown away.
 */
class LaunchTemplateBar : public QWidget
{
    Q_OBJECT

public:
    /// @p currentLaunch gives the form's launch when saving.
    explicit LaunchTemplateBar(std::function<JobLaunch()> currentLaunch, QWidget *parent = nullptr);

    void setProfileId(const QString &profileId);
    /// The store's file; JobTemplateStore::defaultFilePath() unless set.
    void setFilePath(const QString &filePath);
    /// Names of the profile's templates, as listed.
    QStringList templateNames() const;

public Q_SLOTS:
    /// Re-reads the templates from disk.
    void reload();
    /// Saves the form's launch as @p name (replacing one of that name without asking).
    bool saveAs(const QString &name);
    /// Loads the template @p name: loadRequested() carries its launch.
    bool load(const QString &name);
    /// Deletes the template @p name without asking.
    bool remove(const QString &name);

Q_SIGNALS:
    void loadRequested(const RayDeck::JobLaunch &launch);
    void statusMessage(const QString &message);

private:
    void askNameAndSave();
    void askAndDelete();
    void updateButtons();

    std::function<JobLaunch()> m_currentLaunch;
    QString m_profileId;
    QString m_filePath;
    QList<JobTemplate> m_templates;
    QComboBox *m_comboBox = nullptr;
    QPushButton *m_loadButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
};

} // namespace RayDeck
