// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectProgressWidget.h"

#include "remote/ConnectChain.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace RayDeck {

namespace {
enum Column { StatusColumn, TitleColumn, DurationColumn, MessageColumn };
const QString spinnerFrames = QStringLiteral("◐◓◑◒");
} // namespace

ConnectProgressWidget::ConnectProgressWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("connectProgressWidget"));
    setAccessibleName(tr("Connection steps"));

    m_stepTree = new QTreeWidget(this);
    m_stepTree->setObjectName(QStringLiteral("connectStepsTreeWidget"));
    m_stepTree->setAccessibleName(tr("Connection steps"));
    m_stepTree->setAccessibleDescription(tr("Each step of connecting, its result and duration; select one to see "
                                            "its command and output"));
    m_stepTree->setRootIsDecorated(false);
    m_stepTree->setUniformRowHeights(true);
    m_stepTree->setHeaderLabels({tr("Status"), tr("Step"), tr("Time"), tr("Result")});
    m_stepTree->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_stepTree->header()->setSectionResizeMode(TitleColumn, QHeaderView::ResizeToContents);
    m_stepTree->header()->setSectionResizeMode(DurationColumn, QHeaderView::ResizeToContents);
    m_stepTree->header()->setStretchLastSection(true);
    connect(m_stepTree, &QTreeWidget::currentItemChanged, this, &ConnectProgressWidget::showDetails);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("connectStepDetailsPlainTextEdit"));
    m_details->setAccessibleName(tr("Step command and output"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_offerLabel = new QLabel(this);
    m_offerLabel->setObjectName(QStringLiteral("connectOfferLabel"));
    m_offerLabel->setWordWrap(true);
    m_offerLabel->hide();

    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("connectCancelPushButton"));
    m_cancelButton->setAccessibleName(tr("Cancel connecting"));
    m_pullButton = new QPushButton(tr("&Pull Image"), this);
    m_pullButton->setObjectName(QStringLiteral("connectPullImagePushButton"));
    m_pullButton->setAccessibleName(tr("Pull the missing image and continue"));
    m_pullButton->hide();
    m_restartLoopbackButton = new QPushButton(tr("&Restart on 127.0.0.1"), this);
    m_restartLoopbackButton->setObjectName(QStringLiteral("connectRestartLoopbackPushButton"));
    m_restartLoopbackButton->setAccessibleName(tr("Restart the Ray dashboard bound to 127.0.0.1"));
    m_restartLoopbackButton->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_offerLabel, 1);
    buttons->addWidget(m_pullButton);
    buttons->addWidget(m_restartLoopbackButton);
    buttons->addWidget(m_cancelButton);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_stepTree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    m_spinnerTimer.setInterval(150);
    connect(&m_spinnerTimer, &QTimer::timeout, this, &ConnectProgressWidget::advanceSpinner);
}

ConnectProgressWidget::~ConnectProgressWidget() = default;

void ConnectProgressWidget::setChain(ConnectChain *chain)
{
    if (m_chain)
        m_chain->disconnect(this);
    m_chain = chain;
    m_stepTree->clear();
    m_steps.clear();
    m_offerLabel->hide();
    m_pullButton->hide();
    m_restartLoopbackButton->hide();
    m_cancelButton->disconnect(this);
    m_pullButton->disconnect(this);
    m_restartLoopbackButton->disconnect(this);
    if (!chain)
        return;

    m_steps = chain->steps();
    for (int i = 0; i < m_steps.size(); ++i) {
        new QTreeWidgetItem(m_stepTree);
        updateStep(i, m_steps[i]);
    }
    connect(chain, &ConnectChain::stepChanged, this, &ConnectProgressWidget::updateStep);
    connect(chain, &QObject::destroyed, this, [this] { m_chain = nullptr; m_spinnerTimer.stop(); });
    connect(chain, &ConnectChain::succeeded, this, [this] { m_cancelButton->setEnabled(false); });
    connect(chain, &ConnectChain::failed, this, [this] { m_cancelButton->setEnabled(false); });
    connect(chain, &ConnectChain::imageMissing, this, [this](const QString &image) {
        m_offerLabel->setText(tr("Image %1 is not on the server.").arg(image));
        m_offerLabel->show();
        m_pullButton->show();
        m_pullButton->setEnabled(true);
        m_pullButton->setFocus();
    });
    connect(chain, &ConnectChain::dashboardExposed, this, [this](const QString &address) {
        m_offerLabel->setText(tr("⚠ The Ray Dashboard listens on %1: anyone who reaches that port can run code on "
                                 "your cluster.")
                                  .arg(address));
        m_offerLabel->show();
        m_restartLoopbackButton->show();
        m_restartLoopbackButton->setEnabled(true);
    });
    connect(chain, &ConnectChain::rayRestarted, this, [this](bool boundToLoopback) {
        m_restartLoopbackButton->setEnabled(!boundToLoopback);
        if (boundToLoopback) {
            m_offerLabel->setText(tr("The Ray Dashboard now listens on 127.0.0.1 only."));
            m_restartLoopbackButton->hide();
        }
    });
    connect(m_cancelButton, &QPushButton::clicked, chain, &ConnectChain::cancel);
    connect(m_pullButton, &QPushButton::clicked, this, [this] {
        m_pullButton->setEnabled(false);
        m_cancelButton->setEnabled(true);
        if (m_chain)
            m_chain->pullImageAndContinue();
    });
    connect(m_restartLoopbackButton, &QPushButton::clicked, this, [this] {
        m_restartLoopbackButton->setEnabled(false);
        if (m_chain)
            m_chain->restartRayOnLoopback();
    });
    m_cancelButton->setEnabled(true);
}

int ConnectProgressWidget::stepCount() const
{
    return m_steps.size();
}

QString ConnectProgressWidget::statusSymbol(ConnectStep::Status status, int spinnerFrame)
{
    switch (status) {
    case ConnectStep::Status::Pending:
        return QStringLiteral("○");
    case ConnectStep::Status::Running:
        return spinnerFrames.at(spinnerFrame % spinnerFrames.size());
    case ConnectStep::Status::Succeeded:
        return QStringLiteral("✓");
    case ConnectStep::Status::Warning:
        return QStringLiteral("⚠");
    case ConnectStep::Status::Failed:
        return QStringLiteral("✗");
    case ConnectStep::Status::Skipped:
        return QStringLiteral("–");
    case ConnectStep::Status::Cancelled:
        return QStringLiteral("⊘");
    }
    return {};
}

namespace {
QString statusName(ConnectStep::Status status)
{
    switch (status) {
    case ConnectStep::Status::Pending:
        return ConnectProgressWidget::tr("Waiting");
    case ConnectStep::Status::Running:
        return ConnectProgressWidget::tr("Running");
    case ConnectStep::Status::Succeeded:
        return ConnectProgressWidget::tr("Done");
    case ConnectStep::Status::Warning:
        return ConnectProgressWidget::tr("Warning");
    case ConnectStep::Status::Failed:
        return ConnectProgressWidget::tr("Failed");
    case ConnectStep::Status::Skipped:
        return ConnectProgressWidget::tr("Skipped");
    case ConnectStep::Status::Cancelled:
        return ConnectProgressWidget::tr("Cancelled");
    }
    return {};
}
} // namespace

void ConnectProgressWidget::updateStep(int index, const ConnectStep &step)
{
    if (index < 0 || index >= m_stepTree->topLevelItemCount())
        return;
    m_steps[index] = step;
    QTreeWidgetItem *item = m_stepTree->topLevelItem(index);
    item->setText(StatusColumn, statusSymbol(step.status, m_spinnerFrame));
    item->setData(StatusColumn, Qt::AccessibleTextRole, statusName(step.status));
    item->setText(TitleColumn, step.title);
    item->setText(DurationColumn, step.isFinished() && step.status != ConnectStep::Status::Skipped
                                      ? tr("%1 s").arg(double(step.durationMs) / 1000.0, 0, 'f', 1)
                                      : QString());
    item->setText(MessageColumn, step.message.section(u'\n', 0, 0));
    item->setToolTip(MessageColumn, step.message);
    if (step.status == ConnectStep::Status::Failed || step.status == ConnectStep::Status::Warning) {
        // Put a failure's explanation in front of the user without a click.
        m_stepTree->setCurrentItem(item);
    }
    if (m_stepTree->currentItem() == item)
        showDetails();

    bool anyRunning = false;
    for (const ConnectStep &s : std::as_const(m_steps))
        anyRunning = anyRunning || s.status == ConnectStep::Status::Running;
    if (anyRunning && !m_spinnerTimer.isActive())
        m_spinnerTimer.start();
    else if (!anyRunning)
        m_spinnerTimer.stop();
}

void ConnectProgressWidget::advanceSpinner()
{
    ++m_spinnerFrame;
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i].status == ConnectStep::Status::Running)
            m_stepTree->topLevelItem(i)->setText(StatusColumn, statusSymbol(m_steps[i].status, m_spinnerFrame));
    }
}

void ConnectProgressWidget::showDetails()
{
    const int index = m_stepTree->indexOfTopLevelItem(m_stepTree->currentItem());
    if (index < 0 || index >= m_steps.size()) {
        m_details->clear();
        return;
    }
    const ConnectStep &step = m_steps[index];
    QString text;
    if (!step.commandLine.isEmpty())
        text += QStringLiteral("$ ") + step.commandLine + u'\n';
    text += step.output;
    if (!step.message.isEmpty())
        text += u'\n' + step.message + u'\n';
    m_details->setPlainText(text);
}

QString ConnectProgressWidget::stepText(int index) const
{
    if (index < 0 || index >= m_stepTree->topLevelItemCount())
        return {};
    const QTreeWidgetItem *item = m_stepTree->topLevelItem(index);
    return QStringLiteral("%1 %2 — %3").arg(item->text(StatusColumn), item->text(TitleColumn), item->text(MessageColumn));
}

} // namespace RayDeck
