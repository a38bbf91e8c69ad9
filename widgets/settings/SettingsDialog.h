// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace RayDeck {

class AppSettings;

/// Preferences: local port policy, reconnect policy, notifications, language, theme, closing the window.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// Writes the controls back to the settings (the OK button does this).
    void apply();

private:
    void load();

    AppSettings *m_settings;
    QComboBox *m_portPolicyComboBox = nullptr;
    QCheckBox *m_reconnectCheckBox = nullptr;
    QSpinBox *m_reconnectDelaySpinBox = nullptr;
    QCheckBox *m_notifyJobCheckBox = nullptr;
    QCheckBox *m_notifyDropCheckBox = nullptr;
    QComboBox *m_languageComboBox = nullptr;
    QComboBox *m_themeComboBox = nullptr;
    QComboBox *m_closeComboBox = nullptr;
};

} // namespace RayDeck
