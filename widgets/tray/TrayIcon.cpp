// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayIcon.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace RayDeck {

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_icon(new QSystemTrayIcon(QApplication::windowIcon(), this))
    , m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_icon->setContextMenu(m_menu);
    m_icon->setToolTip(tr("RayDeck"));
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    rebuildMenu();
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_icon->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

bool TrayIcon::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::setServers(const QStringList &names)
{
    if (names == m_servers)
        return;
    m_servers = names;
    rebuildMenu();
}

void TrayIcon::setStateSummary(const QString &summary)
{
    m_icon->setToolTip(summary.isEmpty() ? tr("RayDeck") : tr("RayDeck — %1").arg(summary));
}

void TrayIcon::notify(const QString &title, const QString &message)
{
    m_lastNotification = title + u'\n' + message;
    if (m_icon->isVisible() && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(title, message, QSystemTrayIcon::Information, 8000);
}

void TrayIcon::rebuildMenu()
{
    m_menu->clear();
    m_menu->addAction(tr("Show RayDeck"), this, &TrayIcon::showWindowRequested);
    QMenu *quick = m_menu->addMenu(tr("Quick Connect"));
    quick->setEnabled(!m_servers.isEmpty());
    for (const QString &name : std::as_const(m_servers))
        quick->addAction(name, this, [this, name] { Q_EMIT connectRequested(name); });
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
}

} // namespace RayDeck
