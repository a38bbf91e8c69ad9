// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialDialog.h"

#include "theme/Theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace RayDeck {

CredentialDialog::CredentialDialog(const CredentialRequest &request, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("credentialDialog"));
    QString title;
    switch (request.kind) {
    case CredentialRequest::Kind::Password:
        title = tr("Password");
        break;
    case CredentialRequest::Kind::KeyPassphrase:
        title = tr("Key Passphrase");
        break;
    case CredentialRequest::Kind::KeyboardInteractive:
        title = tr("Server Question");
        break;
    }
    setWindowTitle(title);
    setAccessibleName(title);

    auto *layout = new QVBoxLayout(this);
    if (!request.previousError.isEmpty()) {
        auto *error = new QLabel(request.previousError, this);
        error->setObjectName(QStringLiteral("credentialErrorLabel"));
        error->setWordWrap(true);
        QPalette colours = error->palette();
        colours.setColor(QPalette::WindowText, Theme::errorColor(colours));
        error->setPalette(colours);
        layout->addWidget(error);
    }
    if (!request.instruction.isEmpty()) {
        auto *instruction = new QLabel(request.instruction, this);
        instruction->setWordWrap(true);
        layout->addWidget(instruction);
    }
    auto *prompt = new QLabel(request.prompt, this);
    prompt->setObjectName(QStringLiteral("credentialPromptLabel"));
    prompt->setWordWrap(true);
    m_secretLineEdit = new QLineEdit(this);
    m_secretLineEdit->setObjectName(QStringLiteral("credentialLineEdit"));
    m_secretLineEdit->setAccessibleName(request.prompt.isEmpty() ? title : request.prompt);
    m_secretLineEdit->setEchoMode(request.echo ? QLineEdit::Normal : QLineEdit::Password);
    prompt->setBuddy(m_secretLineEdit);
    layout->addWidget(prompt);
    layout->addWidget(m_secretLineEdit);

    // Keyboard-interactive answers are one-time (OTP) more often than not: never offered for storing.
    if (request.kind != CredentialRequest::Kind::KeyboardInteractive) {
        m_rememberCheckBox = new QCheckBox(tr("&Remember in the keychain"), this);
        m_rememberCheckBox->setObjectName(QStringLiteral("credentialRememberCheckBox"));
        m_rememberCheckBox->setAccessibleName(tr("Remember in the keychain"));
        m_rememberCheckBox->setChecked(true);
        layout->addWidget(m_rememberCheckBox);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

CredentialDialog::~CredentialDialog()
{
    // QLineEdit keeps its text in a QString we cannot reach to wipe; clear() at least drops it early.
    m_secretLineEdit->clear();
}

CredentialAnswer CredentialDialog::takeAnswer()
{
    CredentialAnswer answer;
    answer.secret = SecureBytes::fromString(m_secretLineEdit->text());
    answer.rememberInKeychain = m_rememberCheckBox && m_rememberCheckBox->isChecked();
    m_secretLineEdit->clear();
    return answer;
}

} // namespace RayDeck
