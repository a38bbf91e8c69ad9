// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/ClusterProfile.h"
#include "cluster/ClusterSession.h"
#include "profiles/ServerProfile.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace RayDeck {

class CommandLog;
class ConnectProgressWidget;
class SecretStore;
class SessionPrompter;

/**
 * A cluster in the centre of the window: Connect, one step list per node (head
 * first) with the node's state and, for workers, a "Retry" button that runs
 * that worker alone again; the nodes, CPUs and GPUs the head's `ray status`
 * counts; and Disconnect, which asks for confirmation with "leave running"
 * chosen (Stop Ray / Stop Ray and containers are the other choices).
 *
 * Owns its ClusterSession. capacityChanged() follows every status read, for
 * the launch form (LaunchForm::setClusterCapacity()).
 */
class ClusterPage : public QWidget
{
    Q_OBJECT

public:
    /// @p head and @p workers are the cluster's server profiles, in the cluster's order.
    ClusterPage(const ClusterProfile &cluster, const ServerProfile &head, const QList<ServerProfile> &workers,
                SecretStore *secrets, SessionPrompter *prompter, CommandLog *log, QWidget *parent = nullptr);
    ~ClusterPage() override;

    ClusterSession *session() const { return m_session; }
    QString summaryText() const;
    /// The state line shown for node @p profileName.
    QString nodeStateText(const QString &profileName) const;
    ConnectProgressWidget *stepList(const QString &profileName) const { return m_stepLists.value(profileName); }
    QPushButton *retryButton(const QString &profileName) const { return m_retryButtons.value(profileName); }

public Q_SLOTS:
    void connectCluster();
    /// Asks first; "leave running" is the default choice.
    void disconnectCluster();

Q_SIGNALS:
    void capacityChanged(int nodes, int gpusPerNode);

private:
    void showNode(int index, const ClusterNode &node);
    void showReport(const ClusterUpReport &report);
    void showStatus(const RayClusterStatus &status);

    ClusterSession *m_session = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_addressLabel = nullptr;
    QPushButton *m_connectButton = nullptr;
    QPushButton *m_disconnectButton = nullptr;
    QComboBox *m_stopComboBox = nullptr;
    QHash<QString, ConnectProgressWidget *> m_stepLists;
    QHash<QString, QLabel *> m_stateLabels;
    QHash<QString, QPushButton *> m_retryButtons;
};

} // namespace RayDeck
