// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmptyStateWidget.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace RayDeck {

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyStateWidget"));

    auto *title = new QLabel(tr("No servers yet"), this);
    title->setObjectName(QStringLiteral("emptyStateTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *explanation = new QLabel(
        tr("Add the GPU server you train on. RayDeck connects over SSH, starts the container and the Ray head, "
           "and shows the Ray Dashboard here."),
        this);
    explanation->setObjectName(QStringLiteral("emptyStateExplanationLabel"));
    explanation->setWordWrap(true);
    explanation->setAlignment(Qt::AlignCenter);
    explanation->setMaximumWidth(460);

    m_addServerButton = new QPushButton(tr("&Add Server…"), this);
    m_addServerButton->setObjectName(QStringLiteral("addServerPushButton"));
    m_addServerButton->setAccessibleName(tr("Add server"));
    m_addServerButton->setAccessibleDescription(tr("Create a server profile by entering its SSH host and settings"));
    m_addServerButton->setDefault(true);

    m_importButton = new QPushButton(tr("&Import from ~/.ssh/config…"), this);
    m_importButton->setObjectName(QStringLiteral("importSshConfigPushButton"));
    m_importButton->setAccessibleName(tr("Import from SSH config"));
    m_importButton->setAccessibleDescription(tr("Create server profiles from the hosts in your ~/.ssh/config"));

    connect(m_addServerButton, &QPushButton::clicked, this, &EmptyStateWidget::addServerRequested);
    connect(m_importButton, &QPushButton::clicked, this, &EmptyStateWidget::importSshConfigRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(explanation, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addWidget(m_addServerButton, 0, Qt::AlignHCenter);
    layout->addWidget(m_importButton, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace RayDeck
