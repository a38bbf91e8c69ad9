// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace RayDeck {

class RemoteHost;

/// The Remote tab: the server's GPUs (name, utilisation, memory) from nvidia-smi, refreshed while visible.
class GpuPanel : public QWidget
{
    Q_OBJECT

public:
    explicit GpuPanel(QWidget *parent = nullptr);
    ~GpuPanel() override;

    /// Not owned; null detaches.
    void setHost(RemoteHost *host, QObject *hostLifetime);
    int gpuCount() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    RemoteHost *m_host = nullptr;
    QPointer<QObject> m_hostLifetime;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QTimer m_timer;
    bool m_inFlight = false;
};

} // namespace RayDeck
