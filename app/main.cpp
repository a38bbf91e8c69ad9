// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app's entry point. Thin: hardening, the application object,
// command-line options, the main window.
#include "MainWindow.h"

#include "app/SingleInstance.h"
#include "settings/AppSettings.h"
#include "theme/Theme.h"
#include "util/ProcessHardening.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace RayDeck;

namespace {

// The interface language: the one chosen in Settings, else the system's.
// Languages RayDeck has no translation for get English, whose own file holds
// only the plural forms ("1 server connected", "2 servers connected").
void installTranslators(QApplication &app, const AppSettings &settings)
{
    const QString chosen = settings.language();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("raydeck"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || appTranslator->load(QStringLiteral("raydeck_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(appTranslator);
    // Qt's own strings (standard buttons, file dialogs), when the system has them.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
}

} // namespace

int main(int argc, char *argv[])
{
    disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RayDeck"));
    QApplication::setOrganizationName(QStringLiteral("RayDeck"));
    QApplication::setApplicationDisplayName(QStringLiteral("RayDeck"));
    QApplication::setApplicationVersion(QStringLiteral(RAYDECK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.raydeck.RayDeck"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.raydeck.RayDeck"),
                                                 QIcon(QStringLiteral(":/icons/raydeck.svg"))));

    AppSettings settings;
    installTranslators(app, settings);
    // Before any window exists, so nothing is drawn twice.
    Theme::apply(settings.theme());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Train LLMs with verl on remote GPU servers"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption connectOption(
        QStringLiteral("connect"), QApplication::translate("main", "Connect the server profile NAME at once."),
        QStringLiteral("NAME"));
    const QCommandLineOption acceptNewHostKeyOption(
        QStringLiteral("accept-new-host-key"),
        QApplication::translate("main", "With --connect: save an unknown host key without asking (never a changed one)."));
    parser.addOption(connectOption);
    parser.addOption(acceptNewHostKeyOption);
    parser.process(app);

    // A second `raydeck --connect NAME` hands the request to the running window and exits.
    SingleInstance instance;
    if (instance.forwardToRunningInstanceOrListen(QApplication::arguments()))
        return 0;

    MainWindow window;
    const auto handleArguments = [&window, &connectOption, &acceptNewHostKeyOption](const QStringList &arguments) {
        QCommandLineParser received;
        received.addOption(connectOption);
        received.addOption(acceptNewHostKeyOption);
        received.addHelpOption();
        received.addVersionOption();
        if (!received.parse(arguments))
            return;
        window.showNormal();
        window.raise();
        window.activateWindow();
        if (received.isSet(connectOption))
            window.connectProfileNamed(received.value(connectOption), received.isSet(acceptNewHostKeyOption));
    };
    QObject::connect(&instance, &SingleInstance::argumentsReceived, &window, handleArguments);
    window.show();
    handleArguments(QApplication::arguments());
    return app.exec();
}
