// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for tst_profilestoreconcurrency: one process that adds COUNT profiles
// named PREFIX-0 ... to FILE as fast as it can, and renames every third one.
#include "profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace RayDeck;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4)
        return 2;
    const QString prefix = arguments.at(2);
    const int count = arguments.at(3).toInt();
    ProfileStore store(arguments.at(1));
    if (!store.load())
        return 3;
    QTextStream err(stderr);
    for (int i = 0; i < count; ++i) {
        ServerProfile profile;
        profile.name = prefix + u'-' + QString::number(i);
        profile.host = prefix + QStringLiteral(".example.org");
        Result<ServerProfile> added = store.add(profile);
        if (!added) {
            err << added.error().toDisplayString() << Qt::endl;
            return 1;
        }
        if (i % 3 == 0) {
            ServerProfile renamed = added.value();
            renamed.name += QStringLiteral("-renamed");
            if (Result<void> updated = store.update(renamed); !updated) {
                err << updated.error().toDisplayString() << Qt::endl;
                return 1;
            }
        }
    }
    return 0;
}
