// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialogSessionPrompter.h"

#include "CredentialDialog.h"
#include "HostKeyDialog.h"

namespace RayDeck {

DialogSessionPrompter::DialogSessionPrompter(QWidget *parentWindow, QObject *parent)
    : QObject(parent)
    , m_parentWindow(parentWindow)
{
}

DialogSessionPrompter::~DialogSessionPrompter() = default;

void DialogSessionPrompter::askHostKey(const HostKeyInfo &info, std::function<void(HostKeyDecision)> answer)
{
    auto *dialog = new HostKeyDialog(info, m_parentWindow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [dialog, answer](int result) {
        answer(result == QDialog::Accepted ? dialog->decision() : HostKeyDecision::Reject);
    });
    dialog->open();
}

void DialogSessionPrompter::askCredential(const CredentialRequest &request,
                                          std::function<void(std::optional<CredentialAnswer>)> answer)
{
    auto *dialog = new CredentialDialog(request, m_parentWindow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [dialog, answer](int result) {
        if (result == QDialog::Accepted)
            answer(dialog->takeAnswer());
        else
            answer(std::nullopt);
    });
    dialog->open();
}

} // namespace RayDeck
