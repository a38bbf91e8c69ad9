// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerInfoPanel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>

namespace RayDeck {

ServerInfoPanel::ServerInfoPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("serverInfoPanel"));
    setAccessibleName(tr("Container and Ray head"));

    auto *container = new QGroupBox(tr("Container"), this);
    container->setObjectName(QStringLiteral("containerGroupBox"));
    auto *containerForm = new QFormLayout(container);
    containerForm->addRow(tr("Name:"), addValue(Field::ContainerName, QStringLiteral("containerNameValueLabel"),
                                                 tr("Container name")));
    containerForm->addRow(tr("Image:"), addValue(Field::ContainerImage, QStringLiteral("containerImageValueLabel"),
                                                  tr("Container image")));
    containerForm->addRow(tr("State:"), addValue(Field::ContainerState, QStringLiteral("containerStateValueLabel"),
                                                  tr("Container state")));

    auto *head = new QGroupBox(tr("Ray head"), this);
    head->setObjectName(QStringLiteral("rayHeadGroupBox"));
    auto *headForm = new QFormLayout(head);
    headForm->addRow(tr("Ray version:"),
                     addValue(Field::RayVersion, QStringLiteral("rayVersionValueLabel"), tr("Ray version")));
    headForm->addRow(tr("Node IP:"), addValue(Field::NodeIp, QStringLiteral("nodeIpValueLabel"), tr("Head node IP")));
    headForm->addRow(tr("Dashboard:"), addValue(Field::DashboardUrl, QStringLiteral("dashboardUrlValueLabel"),
                                                 tr("Dashboard URL on this computer")));
    headForm->addRow(tr("GCS port:"), addValue(Field::GcsPort, QStringLiteral("gcsPortValueLabel"), tr("GCS port")));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(container, 1);
    layout->addWidget(head, 1);
    clear();
}

ServerInfoPanel::~ServerInfoPanel() = default;

QLabel *ServerInfoPanel::addValue(Field field, const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    // Selectable for copying with the mouse; not a tab stop, the values are announced with the tab.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_values.insert(field, label);
    return label;
}

void ServerInfoPanel::setValue(Field field, const QString &text)
{
    m_values.value(field)->setText(text);
}

QString ServerInfoPanel::value(Field field) const
{
    const QLabel *label = m_values.value(field);
    return label ? label->text() : QString();
}

void ServerInfoPanel::setResult(const ConnectResult &result)
{
    const QString unknown = tr("not known");
    if (result.containerName.isEmpty()) {
        setValue(Field::ContainerName, tr("none: Ray runs on the host"));
        setValue(Field::ContainerImage, QString());
        setValue(Field::ContainerState, QString());
    } else {
        setValue(Field::ContainerName, result.containerName);
        setValue(Field::ContainerImage, result.containerImage.isEmpty() ? unknown : result.containerImage);
        setValue(Field::ContainerState, result.containerState.isEmpty() ? unknown : result.containerState);
    }
    setValue(Field::RayVersion, result.rayVersion.isEmpty() ? unknown : result.rayVersion);
    // The head's address is printed by `ray start`; a head found running did not say it.
    const QString wasRunning = tr("not known (the head was already running)");
    setValue(Field::NodeIp, result.headNodeIp.isEmpty() ? wasRunning : result.headNodeIp);
    setValue(Field::DashboardUrl, result.dashboardUrl.toString());
    setValue(Field::GcsPort, result.gcsPort == 0 ? wasRunning : QString::number(result.gcsPort));
}

void ServerInfoPanel::clear()
{
    for (QLabel *label : std::as_const(m_values))
        label->setText(tr("not connected"));
}

} // namespace RayDeck
