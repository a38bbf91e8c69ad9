// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/SessionPrompter.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace RayDeck {

/// Asks for a password, key passphrase or keyboard-interactive answer; optionally remembers it in the keychain.
class CredentialDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CredentialDialog(const CredentialRequest &request, QWidget *parent = nullptr);
    ~CredentialDialog() override;

    /// The answer, moved out (the field is wiped).
    CredentialAnswer takeAnswer();

private:
    QLineEdit *m_secretLineEdit = nullptr;
    QCheckBox *m_rememberCheckBox = nullptr;
};

} // namespace RayDeck
