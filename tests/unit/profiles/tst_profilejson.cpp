// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/ProfileJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestProfileJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
    void missingFieldsTakeDefaults();
    void namesOfEnums();
};

void TestProfileJson::decode_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("readable");
    QTest::addColumn<int>("problems");

    const int ok = int(ProfileFileContents::Status::Ok);
    const int corrupt = int(ProfileFileContents::Status::Corrupt);
    const int newer = int(ProfileFileContents::Status::NewerVersion);
    const QByteArray one = R"({"id":"1","name":"a","ssh":{"host":"h"}})";
    const QByteArray two = R"({"id":"2","name":"b","ssh":{"host":"h2","port":2200}})";

    QTest::newRow("empty document") << QByteArray() << corrupt << 0 << 0 << 1;
    QTest::newRow("not json") << QByteArray("profiles = []") << corrupt << 0 << 0 << 1;
    QTest::newRow("object without keys") << QByteArray("{}") << corrupt << 0 << 0 << 1;
    QTest::newRow("version is text") << QByteArray(R"({"schemaVersion":"1","profiles":[]})") << corrupt << 0 << 0 << 1;
    QTest::newRow("profiles not a list") << QByteArray(R"({"schemaVersion":1,"profiles":{}})") << corrupt << 1 << 0 << 1;
    QTest::newRow("current, empty") << QByteArray(R"({"schemaVersion":1,"profiles":[]})") << ok << 1 << 0 << 0;
    QTest::newRow("current, two") << (R"({"schemaVersion":1,"profiles":[)" + one + ',' + two + "]}") << ok << 1 << 2 << 0;
    QTest::newRow("schema 0 bare array") << ('[' + one + ']') << ok << 0 << 1 << 0;
    QTest::newRow("schema 0 object") << (R"({"profiles":[)" + one + "]}") << ok << 0 << 1 << 0;
    QTest::newRow("newer") << (R"({"schemaVersion":2,"profiles":[)" + one + "]}") << newer << 2 << 1 << 0;
    QTest::newRow("entry not an object") << QByteArray(R"({"schemaVersion":1,"profiles":[3]})") << ok << 1 << 0 << 1;
    QTest::newRow("missing host") << QByteArray(R"({"schemaVersion":1,"profiles":[{"id":"1","name":"a"}]})") << ok
                                  << 1 << 0 << 1;
    QTest::newRow("port out of range")
        << QByteArray(R"({"schemaVersion":1,"profiles":[{"id":"1","name":"a","ssh":{"host":"h","port":70000}}]})")
        << ok << 1 << 0 << 1;
    // Found by fuzzing: the integer check cast a double beyond qint64 (undefined behaviour).
    QTest::newRow("port beyond any integer")
        << QByteArray(R"({"schemaVersion":1,"profiles":[{"id":"1","name":"a","ssh":{"host":"h","port":7e71}}]})")
        << ok << 1 << 0 << 1;
    QTest::newRow("huge schema version") << QByteArray(R"({"schemaVersion":1e300,"profiles":[]})") << newer
                                         << 1000000000 << 0 << 0;
    QTest::newRow("unknown auth")
        << QByteArray(R"({"schemaVersion":1,"profiles":[{"id":"1","name":"a","ssh":{"host":"h","auth":"magic"}}]})")
        << ok << 1 << 0 << 1;
    QTest::newRow("duplicate name") << (R"({"schemaVersion":1,"profiles":[)" + one + ','
                                        + QByteArray(R"({"id":"9","name":"A","ssh":{"host":"x"}})") + "]}")
                                    << ok << 1 << 1 << 1;
    QTest::newRow("forward without port")
        << QByteArray(R"({"schemaVersion":1,"profiles":[{"id":"1","name":"a","ssh":{"host":"h"},)"
                      R"("ray":{"extraForwards":[{"name":"g"}]}}]})")
        << ok << 1 << 0 << 1;
}

void TestProfileJson::decode()
{
    QFETCH(QByteArray, data);
    QFETCH(int, status);
    QFETCH(int, version);
    QFETCH(int, readable);
    QFETCH(int, problems);

    const ProfileFileContents contents = ProfileJson::decode(data);
    QCOMPARE(int(contents.status), status);
    QCOMPARE(contents.schemaVersion, version);
    QCOMPARE(contents.profiles.size(), readable);
    QCOMPARE(contents.problems.size(), problems);
}

void TestProfileJson::missingFieldsTakeDefaults()
{
    const ProfileFileContents contents =
        ProfileJson::decode(R"({"schemaVersion":1,"profiles":[{"id":"1","name":"a","ssh":{"host":"h"}}]})");
    QCOMPARE(contents.profiles.size(), 1);
    ServerProfile expected;
    expected.id = u"1"_s;
    expected.name = u"a"_s;
    expected.host = u"h"_s;
    QCOMPARE(contents.profiles.first(), expected);
    // The seed's docker defaults survive a file that does not mention them.
    QCOMPARE(contents.profiles.first().docker.ulimits, (QStringList{u"memlock=-1"_s, u"stack=67108864"_s}));
    QCOMPARE(contents.profiles.first().ray.dashboardHost, u"127.0.0.1"_s);
}

void TestProfileJson::namesOfEnums()
{
    for (AuthMethod method : {AuthMethod::Agent, AuthMethod::KeyFile, AuthMethod::Password})
        QCOMPARE(ProfileJson::authMethodFromName(ProfileJson::authMethodName(method)), method);
    for (SecretPolicy policy : {SecretPolicy::Keychain, SecretPolicy::AskEveryTime})
        QCOMPARE(ProfileJson::secretPolicyFromName(ProfileJson::secretPolicyName(policy)), policy);
    QVERIFY(!ProfileJson::authMethodFromName(u"Agent"_s));
}

QTEST_GUILESS_MAIN(TestProfileJson)
#include "tst_profilejson.moc"
