// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardView.h"

#include "DashboardPage.h"
#include "DashboardRequestInterceptor.h"
#include "ExternalUrlOpener.h"
#include "util/Logging.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWebEngineDownloadRequest>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace RayDeck {

DashboardView::DashboardView(const QString &storageId, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardView"));
    setAccessibleName(tr("Ray Dashboard"));

    m_profile = new QWebEngineProfile(QStringLiteral("raydeck-dashboard-") + storageId, this);
    m_profile->setHttpUserAgent(m_profile->httpUserAgent() + QStringLiteral(" RayDeck/") + QStringLiteral(RAYDECK_VERSION));
    // The Jobs API answers with each job's runtime_env, secret variables
    // included; Chromium's disk cache would keep those responses in a file
    // (found by tst_secretleaks). Cache in memory only; cookies and local
    // storage stay persistent per server profile.
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    m_profile->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    m_interceptor = new DashboardRequestInterceptor(this);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    connect(m_profile, &QWebEngineProfile::downloadRequested, this, &DashboardView::handleDownload);

    m_page = new DashboardPage(m_profile);
    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("dashboardWebEngineView"));
    m_view->setAccessibleName(tr("Ray Dashboard page"));
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    connect(m_page, &QWebEnginePage::loadingChanged, this, &DashboardView::handleLoadingChanged);

    m_errorPanel = new QWidget(this);
    m_errorPanel->setObjectName(QStringLiteral("dashboardErrorWidget"));
    m_errorTitle = new QLabel(m_errorPanel);
    m_errorTitle->setObjectName(QStringLiteral("dashboardErrorTitleLabel"));
    QFont titleFont = m_errorTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_errorTitle->setFont(titleFont);
    m_errorReason = new QLabel(m_errorPanel);
    m_errorReason->setObjectName(QStringLiteral("dashboardErrorReasonLabel"));
    m_errorReason->setWordWrap(true);
    m_errorReason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryButton = new QPushButton(tr("Retry"), m_errorPanel);
    m_retryButton->setObjectName(QStringLiteral("dashboardRetryPushButton"));
    m_retryButton->setAccessibleName(tr("Retry loading the dashboard"));
    connect(m_retryButton, &QPushButton::clicked, this, &DashboardView::retry);
    auto *errorLayout = new QVBoxLayout(m_errorPanel);
    errorLayout->addStretch();
    errorLayout->addWidget(m_errorTitle, 0, Qt::AlignHCenter);
    errorLayout->addWidget(m_errorReason, 0, Qt::AlignHCenter);
    errorLayout->addWidget(m_retryButton, 0, Qt::AlignHCenter);
    errorLayout->addStretch();

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_errorPanel);

    // Non-blocking: the page stays visible and usable (cached) underneath.
    m_overlay = new QLabel(tr("Reconnecting…"), m_stack);
    m_overlay->setObjectName(QStringLiteral("dashboardReconnectingLabel"));
    m_overlay->setAccessibleName(tr("Connection state"));
    m_overlay->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_overlay->setAlignment(Qt::AlignCenter);
    m_overlay->setStyleSheet(QStringLiteral(
        "QLabel { background: rgba(32, 32, 32, 200); color: white; padding: 6px 14px; border-radius: 10px; }"));
    m_overlay->hide();
    m_stack->installEventFilter(this);

    createToolBar();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_stack, 1);
}

DashboardView::~DashboardView()
{
    // The page must go before its profile: a QWebEngineProfile destroyed while
    // a page still uses it leaves Chromium with dangling state (Qt warns
    // "Release of profile requested but WebEnginePage still not deleted").
    m_view->setPage(nullptr);
    delete m_page;
    m_page = nullptr;
    delete m_profile;
    m_profile = nullptr;
}

void DashboardView::createToolBar()
{
    m_toolBar = new QToolBar(tr("Dashboard"), this);
    m_toolBar->setObjectName(QStringLiteral("dashboardToolBar"));
    m_toolBar->setAccessibleName(tr("Dashboard navigation"));
    const auto addAction = [this](QWebEnginePage::WebAction webAction, const QString &name, const QString &objectName) {
        QAction *action = m_page->action(webAction);
        action->setObjectName(objectName);
        action->setToolTip(name);
        m_toolBar->addAction(action);
        if (QWidget *button = m_toolBar->widgetForAction(action))
            button->setAccessibleName(name);
    };
    addAction(QWebEnginePage::Back, tr("Back"), QStringLiteral("dashboardBackAction"));
    addAction(QWebEnginePage::Forward, tr("Forward"), QStringLiteral("dashboardForwardAction"));
    addAction(QWebEnginePage::Reload, tr("Reload"), QStringLiteral("dashboardReloadAction"));
    m_toolBar->addSeparator();

    const auto addButton = [this](const QString &text, const QString &name, const QString &objectName,
                                  const QKeySequence &shortcut, auto slot) {
        QAction *action = m_toolBar->addAction(text);
        action->setObjectName(objectName);
        action->setToolTip(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        if (QWidget *button = m_toolBar->widgetForAction(action))
            button->setAccessibleName(name);
        return action;
    };
    addButton(tr("−"), tr("Zoom out"), QStringLiteral("dashboardZoomOutAction"), QKeySequence::ZoomOut,
              [this] { m_view->setZoomFactor(qMax(0.3, m_view->zoomFactor() - 0.1)); });
    addButton(tr("100%"), tr("Reset zoom"), QStringLiteral("dashboardZoomResetAction"),
              QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_view->setZoomFactor(1.0); });
    addButton(tr("+"), tr("Zoom in"), QStringLiteral("dashboardZoomInAction"), QKeySequence::ZoomIn,
              [this] { m_view->setZoomFactor(qMin(3.0, m_view->zoomFactor() + 0.1)); });
    m_toolBar->addSeparator();
    addButton(tr("Open in Browser"), tr("Open the dashboard in the system browser"),
              QStringLiteral("dashboardOpenInBrowserAction"), QKeySequence(), [this] { openInBrowser(); });
    addButton(tr("Copy URL"), tr("Copy the dashboard's local URL"), QStringLiteral("dashboardCopyUrlAction"),
              QKeySequence(), [this] { copyUrl(); });
}

void DashboardView::setDashboardUrl(const QUrl &tunnelUrl)
{
    DashboardOrigins origins(tunnelUrl);
    m_origins = origins;
    m_page->setOrigins(m_origins);
    m_interceptor->setOrigins(m_origins);
    m_stack->setCurrentWidget(m_view);
    m_page->load(tunnelUrl);
}

void DashboardView::addEmbeddedOrigin(const QUrl &url)
{
    m_origins.addEmbeddedOrigin(url);
    m_page->setOrigins(m_origins);
    m_interceptor->setOrigins(m_origins);
}

void DashboardView::setToken(const QByteArray &token)
{
    m_interceptor->setToken(token);
}

void DashboardView::openRoute(const QString &route)
{
    QUrl url = m_origins.tunnelUrl();
    if (!url.isValid())
        return;
    url.setFragment(route.startsWith(u'#') ? route.mid(1) : route);
    m_stack->setCurrentWidget(m_view);
    m_page->load(url);
}

void DashboardView::setTunnelState(TunnelState state)
{
    const TunnelState previous = m_tunnelState;
    m_tunnelState = state;
    if (state == TunnelState::Up) {
        m_overlay->hide();
        // The page may hold failed requests from while the tunnel was down.
        if (previous != TunnelState::Up || m_reloadWhenTunnelUp) {
            m_reloadWhenTunnelUp = false;
            retry();
        }
        return;
    }
    m_overlay->setText(state == TunnelState::Reconnecting ? tr("Reconnecting…") : tr("Disconnected"));
    m_overlay->adjustSize();
    positionOverlay();
    m_overlay->show();
    m_overlay->raise();
    m_reloadWhenTunnelUp = true;
}

void DashboardView::setHeadState(HeadState state, const QString &reason)
{
    const HeadState previous = m_headState;
    m_headState = state;
    if (m_tunnelState != TunnelState::Up)
        return; // the overlay already says the connection is down, and the page reloads when it is back
    if (state == HeadState::NotAnswering) {
        showError(tr("The Ray head does not answer"),
                  tr("%1 RayDeck keeps checking and reloads the dashboard when Ray is back.").arg(reason));
    } else if (previous == HeadState::NotAnswering) {
        retry();
    }
}

bool DashboardView::isShowingError() const
{
    return m_stack->currentWidget() == m_errorPanel;
}

QString DashboardView::errorText() const
{
    return isShowingError() ? m_errorTitle->text() + u'\n' + m_errorReason->text() : QString();
}

void DashboardView::retry()
{
    const QUrl url = m_page->url().isValid() && m_origins.isAllowed(m_page->url()) ? m_page->url() : m_origins.tunnelUrl();
    if (!url.isValid())
        return;
    m_stack->setCurrentWidget(m_view);
    m_page->load(url);
}

void DashboardView::openInBrowser()
{
    if (m_origins.tunnelUrl().isValid())
        ExternalUrlOpener::open(m_origins.tunnelUrl());
}

void DashboardView::copyUrl()
{
    if (QClipboard *clipboard = QApplication::clipboard())
        clipboard->setText(m_origins.tunnelUrl().toString());
}

void DashboardView::handleLoadingChanged(const QWebEngineLoadingInfo &info)
{
    if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus) {
        m_stack->setCurrentWidget(m_view);
        Q_EMIT pageLoaded();
        return;
    }
    if (info.status() != QWebEngineLoadingInfo::LoadFailedStatus)
        return;
    // A load replaced by another one (a redirect, a quick retry) is not a failure to show.
    if (info.errorDomain() == QWebEngineLoadingInfo::InternalErrorDomain && info.errorCode() == -3)
        return;
    const QString where = info.url().toString(QUrl::RemoveFragment);
    QString reason;
    if (m_tunnelState != TunnelState::Up) {
        reason = tr("The SSH connection to the server is down. RayDeck is reconnecting and will reload the "
                    "dashboard when it is back.");
    } else if (info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain) {
        reason = tr("The dashboard answered HTTP %1 for %2.").arg(info.errorCode()).arg(where);
    } else if (info.errorDomain() == QWebEngineLoadingInfo::ConnectionErrorDomain) {
        // Chromium's net errors: -102 refused, -324 empty response (the tunnel
        // accepted, but nothing listens on the server's dashboard port).
        if (info.errorCode() == -102)
            reason = tr("Nothing listens at %1 on this computer: the tunnel is not up.").arg(where);
        else if (info.errorCode() == -324 || info.errorCode() == -101 || info.errorCode() == -100)
            reason = tr("The tunnel is up, but nothing answers on the server's dashboard port. Is the Ray head "
                        "running? (%1)")
                         .arg(info.errorString());
        else
            reason = tr("Could not load %1: %2").arg(where, info.errorString());
    } else {
        reason = tr("Could not load %1: %2").arg(where, info.errorString());
    }
    showError(tr("The Ray Dashboard could not be loaded"), reason);
}

void DashboardView::showError(const QString &title, const QString &reason)
{
    m_errorTitle->setText(title);
    m_errorReason->setText(reason);
    m_retryButton->setAccessibleDescription(reason);
    m_stack->setCurrentWidget(m_errorPanel);
    qCInfo(lcCore) << "dashboard load failed:" << reason;
    Q_EMIT loadFailed(reason);
}

void DashboardView::handleDownload(QWebEngineDownloadRequest *download)
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
                                  .filePath(download->downloadFileName());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save File"), suggested);
    if (path.isEmpty()) {
        download->cancel();
        return;
    }
    download->setDownloadDirectory(QFileInfo(path).absolutePath());
    download->setDownloadFileName(QFileInfo(path).fileName());
    download->accept();
}

void DashboardView::positionOverlay()
{
    m_overlay->move((m_stack->width() - m_overlay->width()) / 2, 12);
}

bool DashboardView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_stack && event->type() == QEvent::Resize)
        positionOverlay();
    return QWidget::eventFilter(watched, event);
}

} // namespace RayDeck
