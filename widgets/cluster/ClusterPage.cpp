// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClusterPage.h"

#include "cluster/AddressScope.h"
#include "connect/ConnectProgressWidget.h"
#include "profiles/MessageBox.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace RayDeck {

using namespace Qt::StringLiterals;

ClusterPage::ClusterPage(const ClusterProfile &cluster, const ServerProfile &head, const QList<ServerProfile> &workers,
                         SecretStore *secrets, SessionPrompter *prompter, CommandLog *log, QWidget *parent)
    : QWidget(parent)
    , m_session(new ClusterSession(cluster, head, workers, secrets, prompter, log, this))
{
    setObjectName(u"clusterPage"_s);
    setAccessibleName(tr("Cluster %1").arg(cluster.name));

    auto *title = new QLabel(tr("<b>Cluster %1</b>").arg(cluster.name.toHtmlEscaped()), this);
    title->setObjectName(u"clusterTitleLabel"_s);
    title->setAccessibleName(tr("Cluster name"));
    m_summaryLabel = new QLabel(tr("Not connected"), this);
    m_summaryLabel->setObjectName(u"clusterSummaryLabel"_s);
    m_summaryLabel->setAccessibleName(tr("Nodes, CPUs and GPUs"));
    m_addressLabel = new QLabel(this);
    m_addressLabel->setObjectName(u"clusterAddressLabel"_s);
    m_addressLabel->setAccessibleName(tr("Head address"));
    m_addressLabel->setWordWrap(true);
    m_addressLabel->setText(
        (cluster.headAddress.isEmpty() ? tr("Head address: suggested from the head when connecting.")
                                       : tr("Head address: %1:%2").arg(cluster.headAddress).arg(cluster.gcsPort))
        + u' ' + AddressScope::noAuthenticationNotice());
    m_connectButton = new QPushButton(tr("Connect"), this);
    m_connectButton->setObjectName(u"connectClusterPushButton"_s);
    m_connectButton->setAccessibleName(tr("Connect cluster"));
    m_stopComboBox = new QComboBox(this);
    m_stopComboBox->setObjectName(u"disconnectModeComboBox"_s);
    m_stopComboBox->setAccessibleName(tr("On disconnect"));
    m_stopComboBox->addItem(tr("Leave running"));
    m_stopComboBox->addItem(tr("Stop Ray"));
    m_stopComboBox->addItem(tr("Stop Ray and containers"));
    m_disconnectButton = new QPushButton(tr("Disconnect…"), this);
    m_disconnectButton->setObjectName(u"disconnectClusterPushButton"_s);
    m_disconnectButton->setAccessibleName(tr("Disconnect cluster"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_connectButton);
    actions->addStretch(1);
    actions->addWidget(m_stopComboBox);
    actions->addWidget(m_disconnectButton);

    auto *nodes = new QWidget(this);
    auto *nodesLayout = new QVBoxLayout(nodes);
    for (const ClusterNode &node : m_session->nodes()) {
        const bool isHead = node.role == ClusterNodeRole::Head;
        auto *box = new QGroupBox(isHead ? tr("Head: %1").arg(node.profileName) : tr("Worker: %1").arg(node.profileName),
                                  nodes);
        box->setAccessibleName(box->title());
        auto *state = new QLabel(tr("Not connected"), box);
        state->setObjectName(u"nodeStateLabel"_s);
        state->setAccessibleName(tr("State of %1").arg(node.profileName));
        state->setWordWrap(true);
        auto *steps = new ConnectProgressWidget(box);
        steps->setAccessibleName(tr("Steps of %1").arg(node.profileName));
        auto *boxLayout = new QVBoxLayout(box);
        auto *header = new QHBoxLayout;
        header->addWidget(state, 1);
        if (!isHead) {
            auto *retry = new QPushButton(tr("Retry"), box);
            retry->setObjectName(u"retryWorkerPushButton"_s);
            retry->setAccessibleName(tr("Retry %1").arg(node.profileName));
            retry->setEnabled(false);
            header->addWidget(retry);
            m_retryButtons.insert(node.profileName, retry);
            const QString name = node.profileName;
            connect(retry, &QPushButton::clicked, this, [this, name, retry] {
                retry->setEnabled(false);
                m_session->retryWorker(name);
            });
        }
        boxLayout->addLayout(header);
        boxLayout->addWidget(steps);
        nodesLayout->addWidget(box);
        m_stepLists.insert(node.profileName, steps);
        m_stateLabels.insert(node.profileName, state);
    }
    nodesLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"clusterNodesScrollArea"_s);
    scroll->setAccessibleName(tr("Nodes"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(nodes);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_addressLabel);
    layout->addLayout(actions);
    layout->addWidget(scroll, 1);

    connect(m_connectButton, &QPushButton::clicked, this, &ClusterPage::connectCluster);
    connect(m_disconnectButton, &QPushButton::clicked, this, &ClusterPage::disconnectCluster);
    connect(m_session, &ClusterSession::nodeChainStarted, this,
            [this](const QString &name, ClusterNodeRole, ConnectChain *chain) {
                if (ConnectProgressWidget *steps = m_stepLists.value(name))
                    steps->setChain(chain);
            });
    connect(m_session, &ClusterSession::nodeChanged, this, &ClusterPage::showNode);
    connect(m_session, &ClusterSession::headAddressChosen, this, [this](const QString &address, const QString &reason) {
        m_addressLabel->setText(tr("Head address: %1 (suggested: %2).").arg(address, reason) + u' '
                                + AddressScope::noAuthenticationNotice());
    });
    connect(m_session, &ClusterSession::headAddressWarning, this,
            [this](const QString &warning) { m_addressLabel->setText(m_addressLabel->text() + u'\n' + warning); });
    connect(m_session, &ClusterSession::upFinished, this, &ClusterPage::showReport);
    connect(m_session, &ClusterSession::workerRetryFinished, this,
            [this](const QString &, const ClusterUpReport &report) { showReport(report); });
    connect(m_session, &ClusterSession::membershipChecked, this, [this](const Result<RayClusterStatus> &status) {
        if (status)
            showStatus(status.value());
    });
    connect(m_session, &ClusterSession::downFinished, this, [this](const Result<void> &result) {
        m_connectButton->setEnabled(true);
        m_summaryLabel->setText(result ? tr("Disconnected") : result.error().message());
    });
}

ClusterPage::~ClusterPage() = default;

QString ClusterPage::summaryText() const
{
    return m_summaryLabel->text();
}

QString ClusterPage::nodeStateText(const QString &profileName) const
{
    const QLabel *label = m_stateLabels.value(profileName);
    return label ? label->text() : QString();
}

void ClusterPage::connectCluster()
{
    m_connectButton->setEnabled(false);
    m_summaryLabel->setText(tr("Connecting…"));
    m_session->up(ConnectMode::StartWhatIsMissing);
}

void ClusterPage::disconnectCluster()
{
    const int choice = m_stopComboBox->currentIndex();
    const DownOptions options{choice >= 1, choice >= 2};
    const QString what = choice == 0 ? tr("Ray and the containers keep running on every node.")
        : choice == 1               ? tr("Ray is stopped on every worker, then on the head.")
                                    : tr("Ray and the containers are stopped on every worker, then on the head.");
    MessageBox::question(this, tr("Disconnect cluster"),
                         tr("Disconnect from the cluster %1? %2").arg(m_session->cluster().name, what),
                         QMessageBox::Ok | QMessageBox::Cancel,
                         // Stopping is the destructive choice: then Cancel is the default.
                         choice == 0 ? QMessageBox::Ok : QMessageBox::Cancel, this,
                         [this, options](MessageBox::Button answer) {
                             if (answer != QMessageBox::Ok)
                                 return;
                             m_summaryLabel->setText(tr("Disconnecting…"));
                             m_session->down(options);
                         });
}

void ClusterPage::showNode(int index, const ClusterNode &node)
{
    Q_UNUSED(index)
    QLabel *label = m_stateLabels.value(node.profileName);
    if (!label)
        return;
    QString text;
    switch (node.state) {
    case ClusterNode::State::Idle:
        text = tr("Not connected");
        break;
    case ClusterNode::State::Connecting:
        text = tr("Connecting…");
        break;
    case ClusterNode::State::Up:
        text = node.role == ClusterNodeRole::Head ? tr("Head is up") : tr("Joined the head");
        break;
    case ClusterNode::State::Failed:
        text = tr("Failed: %1").arg(node.failure ? node.failure->message() : QString());
        break;
    case ClusterNode::State::Skipped:
        text = tr("Not started: %1").arg(node.failure ? node.failure->message() : QString());
        break;
    }
    label->setText(text);
    if (QPushButton *retry = m_retryButtons.value(node.profileName))
        retry->setEnabled(node.state == ClusterNode::State::Failed && !m_session->nodes().isEmpty()
                          && m_session->nodes().first().state == ClusterNode::State::Up);
}

void ClusterPage::showReport(const ClusterUpReport &report)
{
    m_connectButton->setEnabled(true);
    if (report.status)
        showStatus(*report.status);
    if (report.failure)
        m_summaryLabel->setText(report.failure->message());
    else if (!report.allJoined() && report.status)
        m_summaryLabel->setText(tr("%1 of %2 nodes joined — %3")
                                    .arg(report.status->activeNodes)
                                    .arg(report.expectedNodes)
                                    .arg(report.status->summary()));
}

void ClusterPage::showStatus(const RayClusterStatus &status)
{
    m_summaryLabel->setText(tr("Nodes: %1/%2 — %3")
                                .arg(status.activeNodes)
                                .arg(m_session->nodes().size())
                                .arg(status.summary()));
    Q_EMIT capacityChanged(status.activeNodes, status.gpusPerNode());
}

} // namespace RayDeck
