// SPDX-License-Identifier: GPL-3.0-or-later
#include "GpuPanel.h"

#include "remote/RemoteHost.h"
#include "remote/RemoteOutputParsers.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace RayDeck {

namespace {
constexpr int refreshIntervalMs = 5000;
} // namespace

GpuPanel::GpuPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("gpuPanel"));
    setAccessibleName(tr("Server GPUs"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("gpusTableWidget"));
    m_table->setAccessibleName(tr("GPUs"));
    m_table->setHorizontalHeaderLabels({tr("GPU"), tr("Utilisation"), tr("Memory")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("gpuMessageLabel"));
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_message);
    m_timer.setInterval(refreshIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &GpuPanel::refresh);
}

GpuPanel::~GpuPanel() = default;

void GpuPanel::setHost(RemoteHost *host, QObject *hostLifetime)
{
    m_host = host;
    m_hostLifetime = hostLifetime;
    m_table->setRowCount(0);
    if (host && isVisible())
        refresh();
}

int GpuPanel::gpuCount() const
{
    return m_table->rowCount();
}

void GpuPanel::refresh()
{
    if (!m_host || !m_hostLifetime || m_inFlight)
        return;
    m_inFlight = true;
    const QStringList argv{QStringLiteral("nvidia-smi"),
                           QStringLiteral("--query-gpu=name,utilization.gpu,memory.used,memory.total"),
                           QStringLiteral("--format=csv,noheader,nounits")};
    m_host->runCommand(argv, CommandRunOptions{}, this, [this](CommandOutcome outcome) {
        m_inFlight = false;
        if (!outcome.succeeded()) {
            m_table->setRowCount(0);
            m_message->setText(outcome.exitStatus == 127 ? tr("nvidia-smi is not available on this server.")
                                                         : tr("nvidia-smi failed: %1")
                                                               .arg(outcome.standardErrorText().trimmed()));
            Q_EMIT refreshed();
            return;
        }
        Result<QList<GpuStatus>> gpus = RemoteOutputParsers::parseNvidiaSmiCsv(outcome.standardOutputText());
        if (!gpus) {
            m_message->setText(gpus.error().message());
            Q_EMIT refreshed();
            return;
        }
        m_message->setText(gpus->isEmpty() ? tr("No GPUs found.") : QString());
        m_table->setRowCount(int(gpus->size()));
        for (int row = 0; row < gpus->size(); ++row) {
            const GpuStatus &gpu = gpus->at(row);
            m_table->setItem(row, 0, new QTableWidgetItem(gpu.name));
            m_table->setItem(row, 1, new QTableWidgetItem(tr("%1 %").arg(gpu.utilizationPercent)));
            m_table->setItem(row, 2, new QTableWidgetItem(tr("%1 / %2 MiB").arg(gpu.memoryUsedMiB).arg(gpu.memoryTotalMiB)));
        }
        Q_EMIT refreshed();
    });
}

void GpuPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer.start();
    refresh();
}

void GpuPanel::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QWidget::hideEvent(event);
}

} // namespace RayDeck
