// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/ServerProfile.h"
#include "util/SecureBytes.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace RayDeck {

class ErrorLabel;

/**
 * One job environment variable in the profile editor: name, value, a "Secret"
 * switch and a remove button. A secret's value is typed into a password field
 * and goes to the keychain; only the fact that it is secret is saved with the
 * profile. A row made from a stored secret remembers its original name, so a
 * rename can move the keychain entry.
 */
class EnvironmentVariableRow : public QWidget
{
    Q_OBJECT

public:
    /// @p stored: the variable as saved (empty name for a new row).
    explicit EnvironmentVariableRow(const JobEnvironmentVariable &stored, QWidget *parent = nullptr);

    void setRowNumber(int number);
    void setError(const QString &message);

    QString name() const;
    bool isSecret() const;
    /// The plain value (empty for a secret).
    QString plainValue() const;
    /// The newly typed secret value; empty when the stored one is kept.
    SecureBytes typedSecret() const;
    QString originalName() const { return m_stored.name; }
    /// True when the keychain already holds a value under originalName().
    bool hasStoredSecret() const { return m_stored.isSecret && !m_stored.name.isEmpty(); }
    void wipeSecret();

    QLineEdit *nameLineEdit() const { return m_name; }

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    void updateValueMode();

    JobEnvironmentVariable m_stored;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_value = nullptr;
    QCheckBox *m_secret = nullptr;
    QPushButton *m_remove = nullptr;
    ErrorLabel *m_error = nullptr;
    int m_number = 1;
};

} // namespace RayDeck
