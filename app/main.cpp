// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app's entry point. Thin: hardening, the application object,
// command-line options, the main window.
#include "MainWindow.h"

#include "util/ProcessHardening.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace RayDeck;

int main(int argc, char *argv[])
{
    disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RayDeck"));
    QApplication::setOrganizationName(QStringLiteral("RayDeck"));
    QApplication::setApplicationDisplayName(QStringLiteral("RayDeck"));
    QApplication::setApplicationVersion(QStringLiteral(RAYDECK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.raydeck.RayDeck"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Train LLMs with verl on remote GPU servers"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    MainWindow window;
    window.show();
    return app.exec();
}
