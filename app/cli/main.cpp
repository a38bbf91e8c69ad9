// SPDX-License-Identifier: GPL-3.0-or-later
// raydeck-cli: `raydeck-cli <command> [arguments]`. Thin: finds the command in
// the table, runs it on the event loop and exits with its code.
#include "CliCommand.h"
#include "CliCommandTable.h"

#include "util/ProcessHardening.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace RayDeck;

namespace {

void printUsage(QTextStream &stream)
{
    stream << "Usage: raydeck-cli <command> [arguments]\n"
              "       raydeck-cli --version\n\n"
              "Commands:\n";
    for (const CliCommandEntry &entry : cliCommands())
        stream << "  " << entry.name.leftJustified(10) << ' ' << entry.summary << '\n';
    stream << "\nRun 'raydeck-cli <command> --help' for a command's options.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("RayDeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("RayDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAYDECK_VERSION));
    // The CLI speaks English only (its output is read by scripts); the
    // translator supplies English plural forms ("1 profile", "2 profiles").
    QTranslator plurals;
    if (plurals.load(QStringLiteral("raydeck_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&plurals);

    QStringList arguments = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.isEmpty()) {
        printUsage(err);
        return CliCommand::UsageError;
    }
    const QString verb = arguments.takeFirst();
    if (verb == u"--version" || verb == u"-V") {
        out << "raydeck-cli " << RAYDECK_VERSION << Qt::endl;
        return CliCommand::Success;
    }
    if (verb == u"--help" || verb == u"-h" || verb == u"help") {
        printUsage(out);
        return CliCommand::Success;
    }

    for (const CliCommandEntry &entry : cliCommands()) {
        if (entry.name != verb)
            continue;
        std::unique_ptr<CliCommand> command = entry.create();
        QObject::connect(command.get(), &CliCommand::finished, &app, [](int exitCode) { QCoreApplication::exit(exitCode); });
        QTimer::singleShot(0, command.get(), [&command, arguments] { command->run(arguments); });
        return app.exec();
    }
    err << "raydeck-cli: unknown command '" << verb << "'\n\n";
    printUsage(err);
    return CliCommand::UsageError;
}
