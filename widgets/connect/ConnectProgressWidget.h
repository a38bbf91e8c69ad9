// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remote/ConnectStep.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace RayDeck {

class ConnectChain;

/**
 * The connect chain as a list of steps, not a modal spinner: per step a status
 * (spinner while running), the title, its duration and its result message;
 * selecting a step shows the exact remote command and its output. Cancel stops
 * the chain; the offers the chain makes (pull a missing image, restart an
 * exposed dashboard on 127.0.0.1) appear as buttons.
 */
class ConnectProgressWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectProgressWidget(QWidget *parent = nullptr);
    ~ConnectProgressWidget() override;

    /// Follows @p chain (not owned) until it is destroyed or another chain is set.
    void setChain(ConnectChain *chain);

    /// Text of the step at @p index as shown ("✓ Check Docker — Docker 24.0.7 (0.2 s)"), for tests and accessibility.
    QString stepText(int index) const;
    int stepCount() const;

private:
    void updateStep(int index, const ConnectStep &step);
    void showDetails();
    void advanceSpinner();
    static QString statusSymbol(ConnectStep::Status status, int spinnerFrame);

    ConnectChain *m_chain = nullptr;
    QList<ConnectStep> m_steps;
    QTreeWidget *m_stepTree = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_offerLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_pullButton = nullptr;
    QPushButton *m_restartLoopbackButton = nullptr;
    QTimer m_spinnerTimer;
    int m_spinnerFrame = 0;
};

} // namespace RayDeck
