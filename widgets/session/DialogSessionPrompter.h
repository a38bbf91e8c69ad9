// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/SessionPrompter.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

namespace RayDeck {

/// SessionPrompter for the desktop app: window-modal dialogs opened with open(), never a nested event loop.
class DialogSessionPrompter : public QObject, public SessionPrompter
{
    Q_OBJECT

public:
    explicit DialogSessionPrompter(QWidget *parentWindow, QObject *parent = nullptr);
    ~DialogSessionPrompter() override;

    void askHostKey(const HostKeyInfo &info, std::function<void(HostKeyDecision)> answer) override;
    void askCredential(const CredentialRequest &request,
                       std::function<void(std::optional<CredentialAnswer>)> answer) override;

private:
    QPointer<QWidget> m_parentWindow;
};

} // namespace RayDeck
