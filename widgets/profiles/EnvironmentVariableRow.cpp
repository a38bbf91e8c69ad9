// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnvironmentVariableRow.h"

#include "ErrorLabel.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace RayDeck {

using namespace Qt::StringLiterals;

EnvironmentVariableRow::EnvironmentVariableRow(const JobEnvironmentVariable &stored, QWidget *parent)
    : QWidget(parent)
    , m_stored(stored)
{
    setObjectName(u"environmentRowWidget"_s);

    m_name = new QLineEdit(stored.name, this);
    m_name->setObjectName(u"environmentNameLineEdit"_s);
    m_name->setPlaceholderText(tr("NAME"));

    m_value = new QLineEdit(stored.isSecret ? QString() : stored.value, this);
    m_value->setObjectName(u"environmentValueLineEdit"_s);

    m_secret = new QCheckBox(tr("Secret"), this);
    m_secret->setObjectName(u"environmentSecretCheckBox"_s);
    m_secret->setChecked(stored.isSecret);

    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(u"removeEnvironmentPushButton"_s);

    m_error = new ErrorLabel(m_name, this);
    m_error->setObjectName(u"environmentErrorLabel"_s);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_name, 0, 0);
    layout->addWidget(m_value, 0, 1);
    layout->addWidget(m_secret, 0, 2);
    layout->addWidget(m_remove, 0, 3);
    layout->addWidget(m_error, 1, 0, 1, 4);
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(1, 3);

    connect(m_name, &QLineEdit::textChanged, this, &EnvironmentVariableRow::changed);
    connect(m_value, &QLineEdit::textChanged, this, &EnvironmentVariableRow::changed);
    connect(m_secret, &QCheckBox::toggled, this, [this] {
        updateValueMode();
        Q_EMIT changed();
    });
    connect(m_remove, &QPushButton::clicked, this, &EnvironmentVariableRow::removeRequested);
    setRowNumber(1);
    updateValueMode();
}

void EnvironmentVariableRow::setRowNumber(int number)
{
    m_number = number;
    m_name->setAccessibleName(tr("Name of variable %1").arg(number));
    m_name->setAccessibleDescription(tr("Environment variable name for Ray jobs, such as WANDB_API_KEY"));
    m_value->setAccessibleName(tr("Value of variable %1").arg(number));
    m_secret->setAccessibleName(tr("Variable %1 is secret").arg(number));
    m_secret->setAccessibleDescription(tr("Keep the value in the system keychain instead of the profile file"));
    m_remove->setAccessibleName(tr("Remove variable %1").arg(number));
    m_remove->setAccessibleDescription(tr("Delete this variable; a stored secret value is deleted from the keychain"));
    m_error->setAccessibleName(tr("Problem with variable %1").arg(number));
    updateValueMode();
}

void EnvironmentVariableRow::updateValueMode()
{
    const bool secret = m_secret->isChecked();
    m_value->setEchoMode(secret ? QLineEdit::Password : QLineEdit::Normal);
    if (secret && hasStoredSecret())
        m_value->setPlaceholderText(tr("Stored in the keychain; type to replace"));
    else if (secret)
        m_value->setPlaceholderText(tr("Value, kept in the keychain"));
    else
        m_value->setPlaceholderText(tr("Value"));
    m_value->setAccessibleDescription(secret ? tr("Secret value; it is stored in the system keychain, never in a file")
                                             : tr("Value passed to Ray jobs; saved with the profile"));
}

void EnvironmentVariableRow::setError(const QString &message)
{
    m_error->setMessage(message);
    m_name->setProperty("invalid", !message.isEmpty());
}

QString EnvironmentVariableRow::name() const
{
    return m_name->text().trimmed();
}

bool EnvironmentVariableRow::isSecret() const
{
    return m_secret->isChecked();
}

QString EnvironmentVariableRow::plainValue() const
{
    return isSecret() ? QString() : m_value->text();
}

SecureBytes EnvironmentVariableRow::typedSecret() const
{
    return isSecret() ? SecureBytes::fromString(m_value->text()) : SecureBytes();
}

void EnvironmentVariableRow::wipeSecret()
{
    if (isSecret())
        m_value->clear();
}

} // namespace RayDeck
