// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/ServerProfile.h"

#include <QWidget>

#include <optional>

class QLineEdit;
class QPushButton;

namespace RayDeck {

class ErrorLabel;

/// One extra port forward in the profile editor (Grafana, TensorBoard, ...).
class PortForwardRow : public QWidget
{
    Q_OBJECT

public:
    explicit PortForwardRow(const PortForward &forward, QWidget *parent = nullptr);

    void setRowNumber(int number);
    /// Checks the row on its own; returns the message shown (empty when fine).
    QString validate();
    void setError(const QString &message);
    /// The forward as entered; nullopt while a port does not parse.
    std::optional<PortForward> forward() const;

    QLineEdit *nameLineEdit() const { return m_name; }

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_localPort = nullptr;
    QLineEdit *m_remoteHost = nullptr;
    QLineEdit *m_remotePort = nullptr;
    QPushButton *m_remove = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace RayDeck
