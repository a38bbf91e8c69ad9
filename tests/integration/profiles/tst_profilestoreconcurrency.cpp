// SPDX-License-Identifier: GPL-3.0-or-later
// Several processes change the same profiles file at the same time (the app
// and the CLI, or two windows): no process may lose another's edits.
#include "TestEnvironment.h"
#include "profiles/ProfileStore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestProfileStoreConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parallelWritersKeepEveryEdit();
    void parallelCliInvocations();
};

void TestProfileStoreConcurrency::parallelWritersKeepEveryEdit()
{
    QTemporaryDir dir;
    const QString file = dir.path() + u"/raydeck/profiles.json"_s;
    constexpr int writers = 4;
    constexpr int perWriter = 60;

    std::vector<std::unique_ptr<QProcess>> processes;
    for (int w = 0; w < writers; ++w) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QStringLiteral(RAYDECK_PROFILESTORE_HAMMER),
                       {file, u"writer"_s + QString::number(w), QString::number(perWriter)});
        processes.push_back(std::move(process));
    }
    for (const auto &process : processes) {
        QVERIFY(process->waitForFinished(120000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(process->exitCode(), 0);
    }

    ProfileStore store(file);
    QVERIFY(store.load());
    QVERIFY(!store.loadWarning());
    QCOMPARE(store.profiles().size(), writers * perWriter);
    for (int w = 0; w < writers; ++w) {
        for (int i = 0; i < perWriter; ++i) {
            QString name = u"writer%1-%2"_s.arg(w).arg(i);
            if (i % 3 == 0)
                name += u"-renamed"_s;
            QVERIFY2(store.profileNamed(name), qPrintable(name + u" was lost"_s));
        }
    }
}

void TestProfileStoreConcurrency::parallelCliInvocations()
{
    if (TestEnvironment::cliPath().isEmpty())
        QSKIP("RAYDECK_CLI is not set; run through ctest");
    QTemporaryDir dir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, dir.path());
    constexpr int shells = 3;
    constexpr int perShell = 12;

    std::vector<std::unique_ptr<QProcess>> processes;
    for (int s = 0; s < shells; ++s) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const QString script = uR"(i=0; while [ $i -lt %1 ]; do "$0" profiles add "cli%2-$i" --host h.example >/dev/null || exit 1; i=$((i+1)); done)"_s
                                   .arg(perShell)
                                   .arg(s);
        process->start(u"/bin/sh"_s, {u"-c"_s, script, TestEnvironment::cliPath()});
        processes.push_back(std::move(process));
    }
    for (const auto &process : processes) {
        QVERIFY(process->waitForFinished(120000));
        QCOMPARE(process->exitCode(), 0);
    }
    ProfileStore store(dir.path() + u"/raydeck/profiles.json"_s);
    QVERIFY(store.load());
    QCOMPARE(store.profiles().size(), shells * perShell);
}

QTEST_GUILESS_MAIN(TestProfileStoreConcurrency)
#include "tst_profilestoreconcurrency.moc"
