// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/HeadAddressSuggester.h"
#include "cluster/RayClusterStatus.h"
#include "remote/CommandRunner.h"
#include "util/ShellQuote.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {

/// Runs argument vectors through this machine's /bin/sh exactly as they would go to a server: shellJoin()ed.
class LocalShellRunner : public CommandRunner
{
public:
    QStringList commands;

    void runCommand(const QStringList &argv, const CommandRunOptions &, QObject *context, Done done,
                    Progress) override
    {
        commands << shellJoin(argv);
        auto *process = new QProcess(context);
        QObject::connect(process, &QProcess::finished, context, [process, done](int exitCode) {
            CommandOutcome outcome;
            outcome.exitStatus = exitCode;
            outcome.standardOutput = process->readAllStandardOutput();
            outcome.standardError = process->readAllStandardError();
            process->deleteLater();
            done(outcome);
        });
        process->start(u"/bin/sh"_s, {u"-c"_s, shellJoin(argv)});
    }
};

// As the simulated head prints it (and Ray 2.x with "Total Usage").
const char *simStatus = R"(======== Autoscaler status: 2026-12-04 23:30:01.123456 ========
Node status
---------------------------------------------------------------
Active:
 1 node_aaaa
 1 node_bbbb
 1 node_cccc
Pending:
 (no pending nodes)
Recent failures:
 (no failures)

Resources
---------------------------------------------------------------
Total Usage:
 0.0/96.0 CPU
 0.0/6.0 GPU
 0B/372.53GiB memory
 0B/18.63GiB object_store_memory

Total Constraints:
 (no request_resources() constraints)
Total Demands:
 (no resource demands)

Node: aaaa (10.77.0.2)
 Usage:
  0.0/32.0 CPU
  0.0/2.0 GPU
 Activity:
  (no activity)

Node: bbbb (10.77.0.3)
 Usage:
  0.0/32.0 CPU
  0.0/2.0 GPU
)";

// The layout of recent Ray releases ("Usage:", node types with counts).
const char *rayStatus = R"(======== Autoscaler status: 2025-01-01 10:00:00.000000 ========
Node status
---------------------------------------------------------------
Active:
 1 head_node
 2 gpu_worker
Idle:
 (no idle nodes)
Pending:
 (no pending nodes)
Recent failures:
 (no failures)

Resources
---------------------------------------------------------------
Usage:
 4.0/48.0 CPU
 2.0/24.0 GPU
 0B/500.00GiB memory

Demands:
 (no resource demands)
)";

} // namespace

class TestClusterParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rayStatusOfTheSimulatedHead();
    void rayStatusOfRecentRay();
    void rayStatusWithoutActiveSection();
    void ipAddrLines();
    void hostnameI();
    void routeSource();
    void choosePrefersTheRouteMostWorkersUse();
    void chooseFallsBackToPrivateThenAny();
    void chooseFailsWithOnlyLoopback();
    void suggestRunsQuotedCommandsOnARealShell();
};

void TestClusterParsers::rayStatusOfTheSimulatedHead()
{
    bool ok = false;
    const RayClusterStatus status = RayClusterStatus::parse(QString::fromUtf8(simStatus), &ok);
    QVERIFY(ok);
    QCOMPARE(status.activeNodes, 3);
    QCOMPARE(status.cpus, 96.0);
    QCOMPARE(status.gpus, 6.0);
    QCOMPARE(status.gpusPerNode(), 2);
    QCOMPARE(status.nodeAddresses, (QStringList{u"10.77.0.2"_s, u"10.77.0.3"_s}));
}

void TestClusterParsers::rayStatusOfRecentRay()
{
    bool ok = false;
    const RayClusterStatus status = RayClusterStatus::parse(QString::fromUtf8(rayStatus), &ok);
    QVERIFY(ok);
    QCOMPARE(status.activeNodes, 3);
    QCOMPARE(status.cpus, 48.0);
    QCOMPARE(status.gpus, 24.0);
    QCOMPARE(status.gpusPerNode(), 8);
}

void TestClusterParsers::rayStatusWithoutActiveSection()
{
    bool ok = true;
    const RayClusterStatus status =
        RayClusterStatus::parse(u"ConnectionError: Could not find any running Ray instance."_s, &ok);
    QVERIFY(!ok);
    QCOMPARE(status.activeNodes, 0);
}

void TestClusterParsers::ipAddrLines()
{
    const QString text = u"1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever\n"
                         "4: eth0    inet 192.0.2.2/24 brd 192.0.2.255 scope global eth0\\       valid_lft forever\n"
                         "7: rdv-h@if6    inet 10.77.0.2/24 scope global rdv-h\\ valid_lft forever\n"_s;
    const QList<InterfaceAddress> found = HeadAddressSuggester::parseIpAddr(text);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(0), (InterfaceAddress{u"lo"_s, u"127.0.0.1"_s}));
    QCOMPARE(found.at(1), (InterfaceAddress{u"eth0"_s, u"192.0.2.2"_s}));
    QCOMPARE(found.at(2), (InterfaceAddress{u"rdv-h"_s, u"10.77.0.2"_s}));
}

void TestClusterParsers::hostnameI()
{
    const QList<InterfaceAddress> found = HeadAddressSuggester::parseHostnameI(u"192.0.2.2 10.0.0.4 fd00::2 \n"_s);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(1).address, u"10.0.0.4"_s);
}

void TestClusterParsers::routeSource()
{
    QCOMPARE(HeadAddressSuggester::parseRouteSource(u"10.0.0.7 dev eth1 src 10.0.0.5 uid 0 \\    cache "_s),
             u"10.0.0.5"_s);
    QCOMPARE(HeadAddressSuggester::parseRouteSource(u"local 127.0.0.1 dev lo src 127.0.0.1 uid 0"_s), u"127.0.0.1"_s);
    QCOMPARE(HeadAddressSuggester::parseRouteSource(u"RTNETLINK answers: Network is unreachable"_s), QString());
}

void TestClusterParsers::choosePrefersTheRouteMostWorkersUse()
{
    const QList<InterfaceAddress> interfaces{{u"eth0"_s, u"203.0.113.4"_s}, {u"eth1"_s, u"10.0.0.5"_s},
                                             {u"ib0"_s, u"192.168.50.5"_s}};
    const Result<HeadAddressSuggestion> chosen = HeadAddressSuggester::choose(
        interfaces, {{u"192.168.50.6"_s, u"192.168.50.5"_s}, {u"10.0.0.7"_s, u"10.0.0.5"_s}, {u"10.0.0.8"_s, u"10.0.0.5"_s}});
    QVERIFY(chosen);
    QCOMPARE(chosen->address, u"10.0.0.5"_s);
    QVERIFY(chosen->reason.contains(u"10.0.0.7"_s));
    QCOMPARE(chosen->interfaces, interfaces);
}

void TestClusterParsers::chooseFallsBackToPrivateThenAny()
{
    Result<HeadAddressSuggestion> chosen = HeadAddressSuggester::choose(
        {{u"lo"_s, u"127.0.0.1"_s}, {u"eth0"_s, u"203.0.113.4"_s}, {u"eth1"_s, u"172.20.0.3"_s}}, {});
    QVERIFY(chosen);
    QCOMPARE(chosen->address, u"172.20.0.3"_s);
    chosen = HeadAddressSuggester::choose({{u"lo"_s, u"127.0.0.1"_s}, {u"eth0"_s, u"203.0.113.4"_s}}, {});
    QVERIFY(chosen);
    QCOMPARE(chosen->address, u"203.0.113.4"_s);
}

void TestClusterParsers::chooseFailsWithOnlyLoopback()
{
    const Result<HeadAddressSuggestion> chosen = HeadAddressSuggester::choose({{u"lo"_s, u"127.0.0.1"_s}}, {});
    QVERIFY(!chosen);
    QVERIFY(chosen.error().message().contains(u"head address by hand"_s));
    // A route via loopback (workers on the head's machine) is still an answer.
    QCOMPARE(HeadAddressSuggester::choose({{u"lo"_s, u"127.0.0.1"_s}}, {{u"127.0.0.1"_s, u"127.0.0.1"_s}})->address,
             u"127.0.0.1"_s);
}

void TestClusterParsers::suggestRunsQuotedCommandsOnARealShell()
{
    // This machine plays the head: its own `ip` answers, every word arrives quoted.
    LocalShellRunner shell;
    QObject context;
    HeadAddressSuggester suggester(&shell, &context);
    std::optional<Result<HeadAddressSuggestion>> answer;
    suggester.suggest({u"127.0.0.1"_s, u"gpu-worker.lan"_s, u"10.0.0.1;touch /tmp/x"_s},
                      [&answer](Result<HeadAddressSuggestion> result) { answer = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
    QVERIFY2(shell.commands.value(0) == u"ip -o -4 addr show"_s, qPrintable(shell.commands.join(u'|')));
    // Only IPv4 literals are asked about; a host name or hostile text never reaches `ip route get`.
    QVERIFY(shell.commands.contains(u"ip -o -4 route get 127.0.0.1"_s));
    for (const QString &command : std::as_const(shell.commands))
        QVERIFY2(!command.contains(u"touch"_s) && !command.contains(u"gpu-worker"_s), qPrintable(command));
    QVERIFY2(answer->isOk(), qPrintable(answer->isOk() ? QString() : answer->error().message()));
    QCOMPARE((*answer)->address, u"127.0.0.1"_s); // the route toward the only routable worker
    QVERIFY(!(*answer)->interfaces.isEmpty());
}

QTEST_GUILESS_MAIN(TestClusterParsers)
#include "tst_clusterparsers.moc"
