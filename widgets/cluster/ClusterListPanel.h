// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/ClusterProfile.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace RayDeck {

class ClusterStore;
class ProfileStore;

/**
 * The "Clusters" section of the sidebar: the clusters of a ClusterStore, with
 * Add, Edit and Remove (ClusterEditorDialog, opened window-modal). Activating a
 * cluster (Enter, double click, or the Open button) emits clusterActivated().
 * The stores are not owned.
 */
class ClusterListPanel : public QWidget
{
    Q_OBJECT

public:
    ClusterListPanel(ClusterStore *clusters, ProfileStore *profiles, QWidget *parent = nullptr);
    ~ClusterListPanel() override;

    /// Re-reads the clusters file and shows its clusters; a load problem is shown in the list's tooltip.
    void reload();
    QStringList clusterNames() const;
    /// Opens the editor for a new cluster (or @p name) and saves it on OK.
    void addCluster();
    void editCluster(const QString &name);

Q_SIGNALS:
    void clusterActivated(const RayDeck::ClusterProfile &cluster);

private:
    void refresh();
    void openEditor(const ClusterProfile &cluster, const QString &previousName);
    QString currentName() const;

    ClusterStore *m_clusters = nullptr;
    ProfileStore *m_profiles = nullptr;
    QListWidget *m_listWidget = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace RayDeck
