// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace RayDeck {

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));

    const auto named = [](QWidget *widget, const QString &objectName, const QString &name, const QString &description) {
        widget->setObjectName(objectName);
        widget->setAccessibleName(name);
        widget->setAccessibleDescription(description);
        return widget;
    };

    m_portPolicyComboBox = new QComboBox(this);
    m_portPolicyComboBox->addItem(tr("Use the next free port"), QVariant::fromValue(int(LocalPortPolicy::NextFree)));
    m_portPolicyComboBox->addItem(tr("Fail and tell me"), QVariant::fromValue(int(LocalPortPolicy::FailIfTaken)));
    named(m_portPolicyComboBox, QStringLiteral("portPolicyComboBox"), tr("When the local port is taken"),
          tr("What a tunnel does when its preferred local port is already in use"));

    m_reconnectCheckBox = new QCheckBox(tr("Reconnect &automatically after a drop"), this);
    named(m_reconnectCheckBox, QStringLiteral("reconnectCheckBox"), tr("Reconnect automatically"),
          tr("Reconnect with increasing delays when the SSH connection drops; never asks for passwords while doing so"));
    m_reconnectDelaySpinBox = new QSpinBox(this);
    m_reconnectDelaySpinBox->setRange(5, 3600);
    m_reconnectDelaySpinBox->setSuffix(tr(" s"));
    named(m_reconnectDelaySpinBox, QStringLiteral("reconnectDelaySpinBox"), tr("Longest wait between attempts"),
          tr("Upper bound of the reconnect backoff, in seconds"));
    connect(m_reconnectCheckBox, &QCheckBox::toggled, m_reconnectDelaySpinBox, &QWidget::setEnabled);

    m_notifyJobCheckBox = new QCheckBox(tr("When a &job ends"), this);
    named(m_notifyJobCheckBox, QStringLiteral("notifyJobCheckBox"), tr("Notify when a job ends"),
          tr("Show a desktop notification when a job succeeds, fails or is stopped"));
    m_notifyDropCheckBox = new QCheckBox(tr("When a connection &drops"), this);
    named(m_notifyDropCheckBox, QStringLiteral("notifyDropCheckBox"), tr("Notify when a connection drops"),
          tr("Show a desktop notification when a server connection is lost"));

    m_languageComboBox = new QComboBox(this);
    m_languageComboBox->addItem(tr("System language"), QString());
    m_languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageComboBox->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    named(m_languageComboBox, QStringLiteral("languageComboBox"), tr("Language"),
          tr("Language of RayDeck's interface; takes effect after a restart"));

    m_themeComboBox = new QComboBox(this);
    m_themeComboBox->addItem(tr("Follow the system"), int(ThemePreference::FollowSystem));
    m_themeComboBox->addItem(tr("Light"), int(ThemePreference::Light));
    m_themeComboBox->addItem(tr("Dark"), int(ThemePreference::Dark));
    named(m_themeComboBox, QStringLiteral("themeComboBox"), tr("Theme"), tr("Light, dark or as the system"));

    m_closeComboBox = new QComboBox(this);
    m_closeComboBox->addItem(tr("Ask me"), int(CloseBehavior::Ask));
    m_closeComboBox->addItem(tr("Keep running in the tray"), int(CloseBehavior::MinimizeToTray));
    m_closeComboBox->addItem(tr("Quit and close tunnels"), int(CloseBehavior::Quit));
    named(m_closeComboBox, QStringLiteral("closeBehaviorComboBox"), tr("Closing the window while connected"),
          tr("What closing the main window does while tunnels or log follows are active"));

    auto *tunnels = new QGroupBox(tr("Tunnels"), this);
    auto *tunnelForm = new QFormLayout(tunnels);
    tunnelForm->addRow(tr("When the local &port is taken:"), m_portPolicyComboBox);
    tunnelForm->addRow(m_reconnectCheckBox);
    tunnelForm->addRow(tr("Longest &wait between attempts:"), m_reconnectDelaySpinBox);

    auto *notifications = new QGroupBox(tr("Notifications"), this);
    auto *notificationLayout = new QVBoxLayout(notifications);
    notificationLayout->addWidget(m_notifyJobCheckBox);
    notificationLayout->addWidget(m_notifyDropCheckBox);

    auto *appearance = new QGroupBox(tr("Appearance"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Language:"), m_languageComboBox);
    appearanceForm->addRow(tr("&Theme:"), m_themeComboBox);
    appearanceForm->addRow(tr("&Closing the window:"), m_closeComboBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tunnels);
    layout->addWidget(notifications);
    layout->addWidget(appearance);
    layout->addWidget(buttons);
    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    m_portPolicyComboBox->setCurrentIndex(m_portPolicyComboBox->findData(int(m_settings->localPortPolicy())));
    m_reconnectCheckBox->setChecked(m_settings->reconnectAutomatically());
    m_reconnectDelaySpinBox->setValue(m_settings->reconnectMaxDelaySeconds());
    m_reconnectDelaySpinBox->setEnabled(m_settings->reconnectAutomatically());
    m_notifyJobCheckBox->setChecked(m_settings->notifyWhenJobEnds());
    m_notifyDropCheckBox->setChecked(m_settings->notifyWhenConnectionDrops());
    m_languageComboBox->setCurrentIndex(qMax(0, m_languageComboBox->findData(m_settings->language())));
    m_themeComboBox->setCurrentIndex(m_themeComboBox->findData(int(m_settings->theme())));
    m_closeComboBox->setCurrentIndex(m_closeComboBox->findData(int(m_settings->closeBehavior())));
}

void SettingsDialog::apply()
{
    m_settings->setLocalPortPolicy(LocalPortPolicy(m_portPolicyComboBox->currentData().toInt()));
    m_settings->setReconnectAutomatically(m_reconnectCheckBox->isChecked());
    m_settings->setReconnectMaxDelaySeconds(m_reconnectDelaySpinBox->value());
    m_settings->setNotifyWhenJobEnds(m_notifyJobCheckBox->isChecked());
    m_settings->setNotifyWhenConnectionDrops(m_notifyDropCheckBox->isChecked());
    m_settings->setLanguage(m_languageComboBox->currentData().toString());
    m_settings->setTheme(ThemePreference(m_themeComboBox->currentData().toInt()));
    m_settings->setCloseBehavior(CloseBehavior(m_closeComboBox->currentData().toInt()));
    m_settings->sync();
}

} // namespace RayDeck
