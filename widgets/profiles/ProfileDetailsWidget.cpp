// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileDetailsWidget.h"

#include "ProfileListModel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace RayDeck {

using namespace Qt::StringLiterals;

ProfileDetailsWidget::ProfileDetailsWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"profileDetailsWidget"_s);

    m_title = new QLabel(this);
    m_title->setObjectName(u"profileTitleLabel"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto *formHolder = new QWidget(this);
    formHolder->setObjectName(u"profileSummaryWidget"_s);
    m_form = new QFormLayout(formHolder);
    m_target = addValue(u"target"_s, tr("Server:"));
    m_auth = addValue(u"auth"_s, tr("Login:"));
    m_jump = addValue(u"jump"_s, tr("Jump hosts:"));
    m_container = addValue(u"container"_s, tr("Workspace:"));
    m_dashboard = addValue(u"dashboard"_s, tr("Ray dashboard:"));
    m_forwards = addValue(u"forwards"_s, tr("Forwards:"));
    m_environment = addValue(u"environment"_s, tr("Job environment:"));

    m_edit = new QPushButton(tr("&Edit\u2026"), this);
    m_edit->setObjectName(u"editProfilePushButton"_s);
    m_edit->setAccessibleName(tr("Edit server"));
    m_edit->setAccessibleDescription(tr("Change the settings of this server"));
    m_duplicate = new QPushButton(tr("Duplicate\u2026"), this);
    m_duplicate->setObjectName(u"duplicateProfilePushButton"_s);
    m_duplicate->setAccessibleName(tr("Duplicate server"));
    m_duplicate->setAccessibleDescription(tr("Create a new server profile starting from this one"));
    m_delete = new QPushButton(tr("Delete\u2026"), this);
    m_delete->setObjectName(u"deleteProfilePushButton"_s);
    m_delete->setAccessibleName(tr("Delete server"));
    m_delete->setAccessibleDescription(tr("Remove this server profile and its stored secrets, after asking"));
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_profile.id); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { Q_EMIT duplicateRequested(m_profile.id); });
    connect(m_delete, &QPushButton::clicked, this, [this] { Q_EMIT deleteRequested(m_profile.id); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_delete);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(formHolder);
    layout->addLayout(buttons);
    layout->addStretch();
}

QLabel *ProfileDetailsWidget::addValue(const QString &objectName, const QString &caption)
{
    auto *value = new QLabel(m_form->parentWidget());
    value->setObjectName(objectName + u"ValueLabel"_s);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    auto *label = new QLabel(caption, m_form->parentWidget());
    label->setObjectName(objectName + u"Label"_s);
    m_form->addRow(label, value);
    return value;
}

void ProfileDetailsWidget::setProfile(const ServerProfile &profile)
{
    m_profile = profile;
    m_title->setText(profile.name);
    m_target->setText(ProfileListModel::targetOf(profile));
    const QString remembered =
        profile.secretPolicy == SecretPolicy::Keychain ? tr("kept in the keychain") : tr("asked every time");
    switch (profile.authMethod) {
    case AuthMethod::Agent:
        m_auth->setText(tr("ssh-agent"));
        break;
    case AuthMethod::KeyFile:
        m_auth->setText(tr("key %1, passphrase %2").arg(profile.identityFile, remembered));
        break;
    case AuthMethod::Password:
        m_auth->setText(tr("password, %1").arg(remembered));
        break;
    }
    m_jump->setText(profile.jumpHosts.isEmpty() ? tr("none") : profile.jumpHosts.join(u" \u2192 "_s));
    m_container->setText(profile.docker.enabled
                             ? tr("container %1 from %2").arg(profile.docker.containerName,
                                                              profile.docker.image.isEmpty() ? tr("(no image set)")
                                                                                             : profile.docker.image)
                             : tr("directly on the host"));
    m_dashboard->setText(tr("%1:%2 on the server, local port %3")
                             .arg(profile.ray.dashboardHost)
                             .arg(profile.ray.dashboardPort)
                             .arg(profile.ray.localPort == 0 ? tr("any") : QString::number(profile.ray.localPort)));
    QStringList forwards;
    for (const PortForward &forward : profile.ray.extraForwards)
        forwards << tr("%1 (%2)").arg(forward.name.isEmpty() ? tr("unnamed") : forward.name).arg(forward.remotePort);
    m_forwards->setText(forwards.isEmpty() ? tr("none") : forwards.join(u", "_s));
    QStringList variables;
    for (const JobEnvironmentVariable &variable : profile.jobEnvironment)
        variables << (variable.isSecret ? tr("%1 (secret)").arg(variable.name) : variable.name);
    m_environment->setText(variables.isEmpty() ? tr("none") : variables.join(u", "_s));
    setAccessibleName(tr("Server %1").arg(profile.name));
}

} // namespace RayDeck
