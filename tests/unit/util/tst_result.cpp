// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Result.h"
#include "util/SecureBytes.h"

#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueAndError();
    void voidResult();
    void errorContext();
    void secureBytesWipesOnClear();
};

namespace {
Result<int> parsePort(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return Error(Error::Code::InvalidInput, u"Port must be 1-65535"_s, u"got '%1'"_s.arg(text));
    return port;
}
} // namespace

void TestResult::valueAndError()
{
    const Result<int> good = parsePort(u"8265"_s);
    QVERIFY(good.isOk());
    QCOMPARE(good.value(), 8265);
    const Result<int> bad = parsePort(u"99999"_s);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code(), Error::Code::InvalidInput);
    QCOMPARE(bad.error().message(), u"Port must be 1-65535"_s);
    QCOMPARE(bad.valueOr(22), 22);
    QVERIFY(bad.error().toDisplayString().contains(u"got '99999'"_s));
}

void TestResult::voidResult()
{
    Result<void> ok = Result<void>::ok();
    QVERIFY(ok.isOk());
    Result<void> failed = Error(Error::Code::Io, u"Disk full"_s);
    QVERIFY(!failed);
    QCOMPARE(failed.error().code(), Error::Code::Io);
}

void TestResult::errorContext()
{
    const Error error = Error(Error::Code::Io, u"No space left"_s).withContext(u"Saving profiles"_s);
    QCOMPARE(error.message(), u"Saving profiles: No space left"_s);
}

void TestResult::secureBytesWipesOnClear()
{
    SecureBytes secret(QByteArray("hunter2"));
    const char *data = secret.constData();
    QCOMPARE(QByteArray(data, 7), QByteArray("hunter2"));
    SecureBytes copy = secret;
    QCOMPARE(copy.bytes(), QByteArray("hunter2"));
    QVERIFY(copy.constData() != data); // a copy owns its own buffer
    secret.clear();
    QVERIFY(secret.isEmpty());
    QCOMPARE(copy.bytes(), QByteArray("hunter2"));
}

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
