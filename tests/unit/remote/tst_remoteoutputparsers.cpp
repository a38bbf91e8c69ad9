// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/RemoteOutputParsers.h"

#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestRemoteOutputParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void containerStates();
    void ssOutput();
    void procNetTcp();
    void nvidiaSmi();
    void publicAddresses_data();
    void publicAddresses();
};

void TestRemoteOutputParsers::containerStates()
{
    auto missing = RemoteOutputParsers::parseContainerInspection(1, "[]\n", "Error: No such object: verl\n");
    QVERIFY(missing);
    QCOMPARE(missing->state, ContainerInspection::State::Missing);

    auto running = RemoteOutputParsers::parseContainerInspection(
        0, R"([{"Id":"abc","State":{"Status":"running","Running":true},"Config":{"Image":"verlai/verl:latest"},
              "HostConfig":{"NetworkMode":"host"}}])",
        "");
    QVERIFY(running);
    QCOMPARE(running->state, ContainerInspection::State::Running);
    QCOMPARE(running->image, u"verlai/verl:latest"_s);
    QCOMPARE(running->networkMode, u"host"_s);

    auto exited = RemoteOutputParsers::parseContainerInspection(0, R"([{"State":{"Status":"exited"}}])", "");
    QCOMPARE(exited->state, ContainerInspection::State::Exited);

    QVERIFY(!RemoteOutputParsers::parseContainerInspection(0, "not json", ""));
    QVERIFY(!RemoteOutputParsers::parseContainerInspection(1, "", "permission denied while trying to connect"));
}

void TestRemoteOutputParsers::ssOutput()
{
    const QString output = u"LISTEN 0      511        127.0.0.1:8265      0.0.0.0:*\n"
                           "LISTEN 0      511          0.0.0.0:6379      0.0.0.0:*    users:((\"gcs\",pid=1,fd=3))\n"
                           "LISTEN 0      4096            [::]:3000         [::]:*\n"
                           "LISTEN 0      4096               *:9090            *:*\n"
                           "LISTEN 0      4096   127.0.0.1%lo:53      0.0.0.0:*\n"
                           "garbage line\n"_s;
    const QList<ListeningSocket> sockets = RemoteOutputParsers::parseSsListening(output);
    QCOMPARE(sockets.size(), 5);
    QCOMPARE(sockets[0].address, u"127.0.0.1"_s);
    QCOMPARE(sockets[0].port, quint16(8265));
    QVERIFY(sockets[0].isLoopback());
    QVERIFY(!sockets[0].isAllInterfaces());
    QVERIFY(sockets[1].isAllInterfaces());
    QCOMPARE(sockets[2].address, u"::"_s);
    QVERIFY(sockets[2].isAllInterfaces());
    QVERIFY(sockets[3].isAllInterfaces());
    QCOMPARE(sockets[4].address, u"127.0.0.1"_s);
}

void TestRemoteOutputParsers::procNetTcp()
{
    const QString output =
        u"  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
        "   0: 0100007F:2049 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1\n"
        "   1: 00000000:18EB 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 2 1\n"
        "   2: 0100007F:9C40 0100007F:2049 01 00000000:00000000 00:00000000 00000000     0        0 3 1\n"
        "   0: 00000000000000000000000000000000:0BB8 00000000000000000000000000000000:0000 0A 0 0 0 0 0 4 1\n"
        "   1: 00000000000000000000000001000000:1F90 00000000000000000000000000000000:0000 0A 0 0 0 0 0 5 1\n"_s;
    const QList<ListeningSocket> sockets = RemoteOutputParsers::parseProcNetTcp(output);
    QCOMPARE(sockets.size(), 4); // the ESTABLISHED line (01) is not listening
    QCOMPARE(sockets[0].address, u"127.0.0.1"_s);
    QCOMPARE(sockets[0].port, quint16(8265));
    QCOMPARE(sockets[1].address, u"0.0.0.0"_s);
    QCOMPARE(sockets[1].port, quint16(6379));
    QCOMPARE(sockets[2].address, u"::"_s);
    QCOMPARE(sockets[2].port, quint16(3000));
    QCOMPARE(sockets[3].address, u"::1"_s);
    QCOMPARE(sockets[3].port, quint16(8080));
}

void TestRemoteOutputParsers::nvidiaSmi()
{
    auto gpus = RemoteOutputParsers::parseNvidiaSmiCsv(u"NVIDIA A100-SXM4-80GB, 93, 61234, 81920\n"
                                                       "NVIDIA A100-SXM4-80GB, [N/A], 0, 81920\n"_s);
    QVERIFY(gpus);
    QCOMPARE(gpus->size(), 2);
    QCOMPARE(gpus->at(0).name, u"NVIDIA A100-SXM4-80GB"_s);
    QCOMPARE(gpus->at(0).utilizationPercent, 93);
    QCOMPARE(gpus->at(0).memoryUsedMiB, 61234);
    QCOMPARE(gpus->at(1).utilizationPercent, 0);
    QVERIFY(!RemoteOutputParsers::parseNvidiaSmiCsv(u"NVIDIA-SMI has failed because it couldn't communicate"_s));
}

void TestRemoteOutputParsers::publicAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("isPublic");
    QTest::newRow("rfc1918 10") << u"10.1.2.3"_s << false;
    QTest::newRow("rfc1918 172") << u"172.20.0.5"_s << false;
    QTest::newRow("rfc1918 192") << u"192.168.1.10"_s << false;
    QTest::newRow("cgnat") << u"100.100.1.1"_s << false;
    QTest::newRow("loopback") << u"127.0.0.1"_s << false;
    QTest::newRow("ula") << u"fd00::1"_s << false;
    QTest::newRow("public v4") << u"8.8.8.8"_s << true;
    QTest::newRow("172 outside /12") << u"172.32.0.1"_s << true;
    QTest::newRow("public v6") << u"2001:4860::8888"_s << true;
    QTest::newRow("hostname") << u"gpu-head.internal"_s << false;
}

void TestRemoteOutputParsers::publicAddresses()
{
    QFETCH(QString, address);
    QFETCH(bool, isPublic);
    QCOMPARE(RemoteOutputParsers::isPublicAddress(address), isPublic);
}

QTEST_GUILESS_MAIN(TestRemoteOutputParsers)
#include "tst_remoteoutputparsers.moc"
