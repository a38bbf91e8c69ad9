// SPDX-License-Identifier: GPL-3.0-or-later
// Headless page-load timer for the benchmarks: loads each URL in a fresh
// off-the-record Chromium profile (empty cache, no cookies), so every load
// fetches every resource through the tunnel under test.
//
//   pageload [--count N] [--title TEXT] [--timeout-ms T] URL...
//
// One unprinted warm-up round, then N rounds; each round loads every URL once,
// alternating the order between rounds so neither URL always goes first.
// A load ends at loadFinished(ok) and, with --title, once document.title is
// TEXT (a page can set it when its own API calls are done). Prints one line
// per load: "<url index> <milliseconds>" or "<url index> fail".
// Run with QT_QPA_PLATFORM=offscreen (and QTWEBENGINE_DISABLE_SANDBOX=1 as root).
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTimer>
#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineProfile>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

struct LoadSettings
{
    QString title;
    int timeoutMs = 30000;
};

// A benchmark tool, not the app: a local event loop per load keeps it short.
std::optional<double> loadOnce(const QUrl &url, const LoadSettings &settings)
{
    auto profile = std::make_unique<QWebEngineProfile>(); // no storage name: off the record
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    auto page = std::make_unique<QWebEnginePage>(profile.get());
    QEventLoop loop;
    QElapsedTimer timer;
    std::optional<double> elapsed;
    bool loaded = false;
    const auto check = [&] {
        if (loaded && !elapsed && (settings.title.isEmpty() || page->title() == settings.title)) {
            elapsed = double(timer.nsecsElapsed()) / 1e6;
            loop.quit();
        }
    };
    QObject::connect(page.get(), &QWebEnginePage::loadFinished, &loop, [&](bool ok) {
        if (!ok) {
            loop.quit();
            return;
        }
        loaded = true;
        check();
    });
    QObject::connect(page.get(), &QWebEnginePage::titleChanged, &loop, [&] { check(); });
    QTimer::singleShot(settings.timeoutMs, &loop, &QEventLoop::quit);
    timer.start();
    page->load(url);
    loop.exec();
    // The page must go before its profile.
    page.reset();
    profile.reset();
    return elapsed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("rounds to time"), QStringLiteral("N"),
                                   QStringLiteral("5"));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("wait for this document title"),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption timeout(QStringLiteral("timeout-ms"), QStringLiteral("give up on a load after T ms"),
                                     QStringLiteral("T"), QStringLiteral("30000"));
    parser.addOptions({count, title, timeout});
    parser.addPositionalArgument(QStringLiteral("URL"), QStringLiteral("pages to load"));
    parser.process(app);
    const QStringList urls = parser.positionalArguments();
    const int rounds = parser.value(count).toInt();
    if (urls.isEmpty() || rounds < 1)
        parser.showHelp(2);
    const LoadSettings settings{parser.value(title), parser.value(timeout).toInt()};

    for (int round = 0; round <= rounds; ++round) {
        for (int i = 0; i < urls.size(); ++i) {
            const int index = round % 2 == 0 ? i : int(urls.size()) - 1 - i;
            const std::optional<double> elapsed = loadOnce(QUrl(urls.at(index)), settings);
            if (round == 0)
                continue; // warm-up: renderer process start, code caches
            if (elapsed)
                std::printf("%d %.1f\n", index, *elapsed);
            else
                std::printf("%d fail\n", index);
            std::fflush(stdout);
        }
    }
    return 0;
}
