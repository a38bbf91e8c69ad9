// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded dashboard in real Qt WebEngine (offscreen), against real HTTP
// servers on loopback: DOM rendering, deep links, the bearer header bound to
// the tunnel's origin, external links, load errors and the reconnect overlay.
#include "LocalHttpServer.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/DashboardView.h"
#include "dashboard/ExternalUrlOpener.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <unistd.h>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {

QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return QStringLiteral("<timeout>");
    return result;
}

} // namespace

class TestDashboardView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rendersAndFollowsDeepLinks();
    void bearerHeaderOnlyForTheTunnelOrigin();
    void externalLinksGoToTheBrowser();
    void loadFailureShowsReasonAndRetry();
    void reconnectOverlayReloads();

private:
    void loadDashboard(DashboardView &view);

    LocalHttpServer m_tunnel;
    LocalHttpServer m_elsewhere;
    QList<QUrl> m_externallyOpened;
};

void TestDashboardView::initTestCase()
{
    QVERIFY(m_tunnel.listen());
    QVERIFY(m_elsewhere.listen());
    const QByteArray page = QByteArray(R"(<!doctype html><html><head><title>Ray Dashboard</title></head><body>
<h1 id="title">Ray Dashboard (simulated)</h1>
<div id="route"></div>
<img id="pixel" src="http://127.0.0.1:)") + QByteArray::number(m_elsewhere.port())
        + QByteArray(R"(/pixel.gif">
<a id="external" href="https://docs.ray.io/en/latest/">Ray docs</a>
<a id="internal" href="/#/cluster">Cluster</a>
<script>
function show() { document.getElementById('route').textContent = 'route:' + location.hash; }
window.addEventListener('hashchange', show); show();
</script></body></html>)");
    m_tunnel.setRoute("/", {200, "text/html; charset=utf-8", page});
    m_elsewhere.setRoute("/pixel.gif", {200, "image/gif", QByteArray::fromBase64("R0lGODlhAQABAAAAACw=")});
    ExternalUrlOpener::setHandler([this](const QUrl &url) { m_externallyOpened << url; });
}

void TestDashboardView::loadDashboard(DashboardView &view)
{
    QSignalSpy loaded(&view, &DashboardView::pageLoaded);
    view.setDashboardUrl(m_tunnel.url());
    QVERIFY(loaded.wait(30000));
}

void TestDashboardView::rendersAndFollowsDeepLinks()
{
    DashboardView view(u"render-test"_s);
    view.resize(1000, 700);
    view.show();
    loadDashboard(view);
    QCOMPARE(evaluate(view.page(), u"document.getElementById('title').textContent"_s).toString(),
             u"Ray Dashboard (simulated)"_s);

    view.openRoute(u"#/jobs/verl-ppo-1"_s);
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(view.page(), u"document.getElementById('route').textContent"_s).toString(),
                              u"route:#/jobs/verl-ppo-1"_s, 10000);
    QCOMPARE(view.page()->url().fragment(), u"/jobs/verl-ppo-1"_s);
}

void TestDashboardView::bearerHeaderOnlyForTheTunnelOrigin()
{
    m_tunnel.clearRequests();
    m_elsewhere.clearRequests();
    DashboardView view(u"token-test"_s);
    view.setToken("ray-token-123");
    view.show();
    QSignalSpy pixel(&m_elsewhere, &LocalHttpServer::requestReceived);
    loadDashboard(view);
    QVERIFY(pixel.count() > 0 || pixel.wait(10000));

    QVERIFY(!m_tunnel.requests().isEmpty());
    for (const LocalHttpServer::Request &request : m_tunnel.requests())
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer ray-token-123"));
    QVERIFY(!m_elsewhere.requests().isEmpty());
    for (const LocalHttpServer::Request &request : m_elsewhere.requests())
        QVERIFY2(!request.headers.contains("authorization"), request.path.constData());
    // Never in a URL either.
    for (const LocalHttpServer::Request &request : m_tunnel.requests() + m_elsewhere.requests())
        QVERIFY(!request.path.contains("ray-token-123"));

    // Without a token, no header at all.
    m_tunnel.clearRequests();
    view.setToken({});
    QSignalSpy reloaded(&view, &DashboardView::pageLoaded);
    view.retry();
    QVERIFY(reloaded.wait(30000));
    for (const LocalHttpServer::Request &request : m_tunnel.requests())
        QVERIFY(!request.headers.contains("authorization"));
}

void TestDashboardView::externalLinksGoToTheBrowser()
{
    m_externallyOpened.clear();
    DashboardView view(u"links-test"_s);
    view.show();
    loadDashboard(view);
    const QUrl before = view.page()->url();
    evaluate(view.page(), u"document.getElementById('external').click()"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_externallyOpened.size(), 1, 10000);
    QCOMPARE(m_externallyOpened.first(), QUrl(u"https://docs.ray.io/en/latest/"_s));
    QCOMPARE(view.page()->url(), before);

    // A link on the tunnel's own origin stays inside.
    evaluate(view.page(), u"document.getElementById('internal').click()"_s);
    QTRY_COMPARE_WITH_TIMEOUT(view.page()->url().fragment(), u"/cluster"_s, 10000);
    QCOMPARE(m_externallyOpened.size(), 1);
}

void TestDashboardView::loadFailureShowsReasonAndRetry()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();

    DashboardView view(u"error-test"_s);
    view.show();
    QSignalSpy failed(&view, &DashboardView::loadFailed);
    view.setDashboardUrl(QUrl(u"http://127.0.0.1:%1/"_s.arg(closedPort)));
    QVERIFY(failed.wait(30000));
    QVERIFY(view.isShowingError());
    QVERIFY2(view.errorText().contains(u"Nothing listens"_s), qPrintable(view.errorText()));
    auto *retry = view.findChild<QPushButton *>(u"dashboardRetryPushButton"_s);
    QVERIFY(retry && retry->isVisible());
    QVERIFY(!retry->accessibleName().isEmpty());
}

void TestDashboardView::reconnectOverlayReloads()
{
    DashboardView view(u"overlay-test"_s);
    view.show();
    loadDashboard(view);
    auto *overlay = view.findChild<QLabel *>(u"dashboardReconnectingLabel"_s);
    QVERIFY(overlay);
    QVERIFY(!overlay->isVisible());

    view.setTunnelState(DashboardView::TunnelState::Reconnecting);
    QVERIFY(overlay->isVisible());
    QVERIFY(overlay->testAttribute(Qt::WA_TransparentForMouseEvents)); // non-blocking

    QSignalSpy reloaded(&view, &DashboardView::pageLoaded);
    m_tunnel.clearRequests();
    view.setTunnelState(DashboardView::TunnelState::Up);
    QVERIFY(!overlay->isVisible());
    QVERIFY(reloaded.wait(30000));
    QVERIFY(!m_tunnel.requests().isEmpty());
}

int main(int argc, char *argv[])
{
    // Chromium refuses to run as root with its sandbox; only tests running as root turn it off.
    if (::geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestDashboardView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dashboardview.moc"
