// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClusterListPanel.h"

#include "ClusterEditorDialog.h"
#include "cluster/ClusterStore.h"
#include "profiles/MessageBox.h"
#include "profiles/ProfileStore.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace RayDeck {

using namespace Qt::StringLiterals;

ClusterListPanel::ClusterListPanel(ClusterStore *clusters, ProfileStore *profiles, QWidget *parent)
    : QWidget(parent)
    , m_clusters(clusters)
    , m_profiles(profiles)
{
    setObjectName(u"clusterListPanel"_s);
    setAccessibleName(tr("Clusters"));
    m_listWidget = new QListWidget(this);
    m_listWidget->setObjectName(u"clusterListWidget"_s);
    m_listWidget->setAccessibleName(tr("Clusters"));
    m_listWidget->setAccessibleDescription(tr("Ray clusters of several servers; Enter opens one"));
    const auto button = [this](const QString &objectName, const QString &text, const QString &accessible) {
        auto *pushButton = new QPushButton(text, this);
        pushButton->setObjectName(objectName);
        pushButton->setAccessibleName(accessible);
        return pushButton;
    };
    m_openButton = button(u"openClusterPushButton"_s, tr("Open"), tr("Open cluster"));
    m_addButton = button(u"addClusterPushButton"_s, tr("Add…"), tr("Add cluster"));
    m_editButton = button(u"editClusterPushButton"_s, tr("Edit…"), tr("Edit cluster"));
    m_removeButton = button(u"removeClusterPushButton"_s, tr("Remove"), tr("Remove cluster"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_listWidget, 1);
    layout->addLayout(buttons);

    connect(m_listWidget, &QListWidget::itemActivated, this, [this] {
        if (const std::optional<ClusterProfile> cluster = m_clusters->clusterNamed(currentName()))
            Q_EMIT clusterActivated(*cluster);
    });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const std::optional<ClusterProfile> cluster = m_clusters->clusterNamed(currentName()))
            Q_EMIT clusterActivated(*cluster);
    });
    connect(m_addButton, &QPushButton::clicked, this, &ClusterListPanel::addCluster);
    connect(m_editButton, &QPushButton::clicked, this, [this] { editCluster(currentName()); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const QString name = currentName();
        if (name.isEmpty())
            return;
        MessageBox::question(this, tr("Remove cluster"),
                             tr("Remove the cluster %1? Its servers and what runs on them are not touched.").arg(name),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, this,
                             [this, name](MessageBox::Button answer) {
                                 if (answer != QMessageBox::Yes)
                                     return;
                                 if (Result<void> removed = m_clusters->remove(name); !removed)
                                     MessageBox::warning(this, tr("Remove cluster"), removed.error().message());
                             });
    });
    connect(m_clusters, &ClusterStore::clustersChanged, this, &ClusterListPanel::refresh);
    connect(m_listWidget, &QListWidget::currentRowChanged, this, [this] {
        const bool selected = !currentName().isEmpty();
        m_openButton->setEnabled(selected);
        m_editButton->setEnabled(selected);
        m_removeButton->setEnabled(selected);
    });
    reload();
}

ClusterListPanel::~ClusterListPanel() = default;

void ClusterListPanel::reload()
{
    const Result<void> loaded = m_clusters->load();
    m_listWidget->setToolTip(!loaded ? loaded.error().message()
                                     : m_clusters->loadWarning() ? m_clusters->loadWarning()->message() : QString());
    refresh();
}

void ClusterListPanel::refresh()
{
    const QString current = currentName();
    m_listWidget->clear();
    for (const ClusterProfile &cluster : m_clusters->clusters()) {
        auto *item = new QListWidgetItem(cluster.name, m_listWidget);
        item->setToolTip(tr("Head %1, workers %2").arg(cluster.headProfile, cluster.workerProfiles.join(u", "_s)));
        if (cluster.name == current)
            m_listWidget->setCurrentItem(item);
    }
    const bool selected = !currentName().isEmpty();
    m_openButton->setEnabled(selected);
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
}

QStringList ClusterListPanel::clusterNames() const
{
    QStringList names;
    for (int i = 0; i < m_listWidget->count(); ++i)
        names << m_listWidget->item(i)->text();
    return names;
}

QString ClusterListPanel::currentName() const
{
    const QListWidgetItem *item = m_listWidget->currentItem();
    return item ? item->text() : QString();
}

void ClusterListPanel::addCluster()
{
    openEditor(ClusterProfile{}, QString());
}

void ClusterListPanel::editCluster(const QString &name)
{
    if (const std::optional<ClusterProfile> cluster = m_clusters->clusterNamed(name))
        openEditor(*cluster, cluster->name);
}

void ClusterListPanel::openEditor(const ClusterProfile &cluster, const QString &previousName)
{
    auto *dialog = new ClusterEditorDialog(m_profiles->profiles(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!previousName.isEmpty())
        dialog->setCluster(cluster);
    connect(dialog, &QDialog::accepted, this, [this, dialog, previousName] {
        const ClusterProfile edited = dialog->cluster();
        const Result<void> saved = previousName.isEmpty() ? m_clusters->add(edited, m_profiles->profiles())
                                                          : m_clusters->update(previousName, edited, m_profiles->profiles());
        if (!saved)
            MessageBox::warning(this, tr("Save cluster"), saved.error().message());
    });
    dialog->open();
}

} // namespace RayDeck
