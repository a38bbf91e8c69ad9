// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardOrigins.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QToolBar;
class QWebEngineDownloadRequest;
class QWebEngineLoadingInfo;
class QWebEngineProfile;
class QWebEngineView;

namespace RayDeck {

class DashboardPage;
class DashboardRequestInterceptor;

/**
 * The Ray Dashboard of one connected server, embedded: a web view on the
 * tunnel's local URL with its own QWebEngineProfile (storage kept per server
 * profile), a toolbar (back, forward, reload, zoom, open in browser, copy
 * URL), a non-blocking "Reconnecting…" overlay while the tunnel is down, and a
 * friendly error panel with Retry instead of a blank page when loading fails.
 */
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    /// How the SSH tunnel behind the view is doing.
    enum class TunnelState { Up, Reconnecting, Down };
    /// Whether the Ray head behind the tunnel answers (the jobs panel's refreshes find out).
    enum class HeadState { Answering, NotAnswering };

    /// @p storageId names the web profile's storage: one per server profile, never shared.
    explicit DashboardView(const QString &storageId, QWidget *parent = nullptr);
    ~DashboardView() override;

    /// Loads "http://127.0.0.1:<port>/" (the tunnel's local end).
    void setDashboardUrl(const QUrl &tunnelUrl);
    QUrl dashboardUrl() const { return m_origins.tunnelUrl(); }
    /// An origin the dashboard embeds (the Grafana forward), allowed besides the tunnel.
    void addEmbeddedOrigin(const QUrl &url);
    /// Ray token sent as a bearer header to the tunnel's origin only; empty: none.
    void setToken(const QByteArray &token);
    /// Deep link into the dashboard's hash routes: "#/jobs/<id>", "#/cluster", "#/actors", "#/logs".
    void openRoute(const QString &route);
    void setTunnelState(TunnelState state);
    /**
     * A head that stops answering shows the error panel with @p reason (a
     * loaded page would otherwise go on showing stale data); one that answers
     * again reloads the page. Ignored while the tunnel itself is down.
     */
    void setHeadState(HeadState state, const QString &reason = {});

    QWebEngineView *webView() const { return m_view; }
    DashboardPage *page() const { return m_page; }
    bool isShowingError() const;
    QString errorText() const;

public Q_SLOTS:
    void retry();
    void openInBrowser();
    void copyUrl();

Q_SIGNALS:
    void pageLoaded();
    void loadFailed(const QString &reason);

private:
    void createToolBar();
    void handleLoadingChanged(const QWebEngineLoadingInfo &info);
    void showError(const QString &title, const QString &reason);
    void handleDownload(QWebEngineDownloadRequest *download);
    void positionOverlay();
    bool eventFilter(QObject *watched, QEvent *event) override;

    DashboardOrigins m_origins;
    QWebEngineProfile *m_profile = nullptr;
    DashboardRequestInterceptor *m_interceptor = nullptr;
    DashboardPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    QToolBar *m_toolBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_errorPanel = nullptr;
    QLabel *m_errorTitle = nullptr;
    QLabel *m_errorReason = nullptr;
    QPushButton *m_retryButton = nullptr;
    QLabel *m_overlay = nullptr;
    TunnelState m_tunnelState = TunnelState::Up;
    HeadState m_headState = HeadState::Answering;
    bool m_reloadWhenTunnelUp = false;
};

} // namespace RayDeck
