// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClusterEditorDialog.h"

#include "cluster/AddressScope.h"
#include "cluster/ClusterValidator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace RayDeck {

using namespace Qt::StringLiterals;

ClusterEditorDialog::ClusterEditorDialog(const QList<ServerProfile> &profiles, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
{
    setObjectName(u"clusterEditorDialog"_s);
    setWindowTitle(tr("Cluster"));
    setAccessibleName(tr("Cluster editor"));

    m_nameLineEdit = new QLineEdit(this);
    m_nameLineEdit->setObjectName(u"clusterNameLineEdit"_s);
    m_nameLineEdit->setAccessibleName(tr("Cluster name"));
    m_headComboBox = new QComboBox(this);
    m_headComboBox->setObjectName(u"headProfileComboBox"_s);
    m_headComboBox->setAccessibleName(tr("Head server"));
    m_headComboBox->setAccessibleDescription(tr("The server that runs the Ray head"));
    m_workersListWidget = new QListWidget(this);
    m_workersListWidget->setObjectName(u"workerProfilesListWidget"_s);
    m_workersListWidget->setAccessibleName(tr("Worker servers"));
    m_workersListWidget->setAccessibleDescription(tr("Check the servers that join the head as workers"));
    for (const ServerProfile &profile : m_profiles) {
        m_headComboBox->addItem(profile.name);
        auto *item = new QListWidgetItem(profile.name, m_workersListWidget);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_headAddressLineEdit = new QLineEdit(this);
    m_headAddressLineEdit->setObjectName(u"headAddressLineEdit"_s);
    m_headAddressLineEdit->setAccessibleName(tr("Head address"));
    m_headAddressLineEdit->setPlaceholderText(tr("suggested from the head when connecting"));
    m_headAddressLineEdit->setAccessibleDescription(
        tr("The address the workers reach the head on; empty to have it suggested from the head's interfaces and "
           "routes"));
    m_gcsPortSpinBox = new QSpinBox(this);
    m_gcsPortSpinBox->setObjectName(u"gcsPortSpinBox"_s);
    m_gcsPortSpinBox->setAccessibleName(tr("GCS port"));
    m_gcsPortSpinBox->setRange(1, 65535);
    m_gcsPortSpinBox->setValue(ClusterProfile::defaultGcsPort);

    auto *notice = new QLabel(AddressScope::noAuthenticationNotice(), this);
    notice->setObjectName(u"noAuthenticationNoticeLabel"_s);
    notice->setAccessibleName(tr("Network notice"));
    notice->setWordWrap(true);
    m_warningLabel = new QLabel(this);
    m_warningLabel->setObjectName(u"headAddressWarningLabel"_s);
    m_warningLabel->setAccessibleName(tr("Head address warning"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setVisible(false);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"clusterErrorLabel"_s);
    m_errorLabel->setAccessibleName(tr("Problem"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"clusterEditorButtonBox"_s);
    m_buttons->setAccessibleName(tr("Save or cancel"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save cluster"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameLineEdit);
    form->addRow(tr("&Head:"), m_headComboBox);
    form->addRow(tr("&Workers:"), m_workersListWidget);
    form->addRow(tr("Head &address:"), m_headAddressLineEdit);
    form->addRow(tr("&GCS port:"), m_gcsPortSpinBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(notice);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ClusterEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_headAddressLineEdit, &QLineEdit::textChanged, this, &ClusterEditorDialog::updateWarning);
}

ClusterEditorDialog::~ClusterEditorDialog() = default;

void ClusterEditorDialog::setCluster(const ClusterProfile &cluster)
{
    m_nameLineEdit->setText(cluster.name);
    m_headComboBox->setCurrentText(cluster.headProfile);
    for (int i = 0; i < m_workersListWidget->count(); ++i) {
        QListWidgetItem *item = m_workersListWidget->item(i);
        item->setCheckState(cluster.workerProfiles.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    m_headAddressLineEdit->setText(cluster.headAddress);
    m_gcsPortSpinBox->setValue(cluster.gcsPort);
}

ClusterProfile ClusterEditorDialog::cluster() const
{
    ClusterProfile cluster;
    cluster.name = m_nameLineEdit->text();
    cluster.headProfile = m_headComboBox->currentText();
    for (int i = 0; i < m_workersListWidget->count(); ++i) {
        if (m_workersListWidget->item(i)->checkState() == Qt::Checked)
            cluster.workerProfiles << m_workersListWidget->item(i)->text();
    }
    cluster.headAddress = m_headAddressLineEdit->text().trimmed();
    cluster.gcsPort = quint16(m_gcsPortSpinBox->value());
    return cluster;
}

QString ClusterEditorDialog::warningText() const
{
    return m_warningLabel->isVisibleTo(this) ? m_warningLabel->text() : QString();
}

QString ClusterEditorDialog::errorText() const
{
    return m_errorLabel->isVisibleTo(this) ? m_errorLabel->text() : QString();
}

void ClusterEditorDialog::updateWarning()
{
    const QString address = m_headAddressLineEdit->text().trimmed();
    const std::optional<QString> warning = address.isEmpty() ? std::nullopt : AddressScope::warningFor(address);
    m_warningLabel->setText(warning.value_or(QString()));
    m_warningLabel->setVisible(warning.has_value());
}

void ClusterEditorDialog::accept()
{
    const Result<void> valid = ClusterValidator::check(cluster(), m_profiles);
    if (!valid) {
        m_errorLabel->setText(valid.error().message());
        m_errorLabel->setVisible(true);
        return;
    }
    m_errorLabel->setVisible(false);
    QDialog::accept();
}

} // namespace RayDeck
