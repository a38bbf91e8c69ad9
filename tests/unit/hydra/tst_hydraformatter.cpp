// SPDX-License-Identifier: GPL-3.0-or-later
// The formatter writes what Hydra reads back as meant: fixed expectations for
// the common cases, a round trip over thousands of generated values, and the
// shell layer checked with a real /bin/sh.
#include "HydraTestSupport.h"
#include "hydra/HydraOverrideParser.h"
#include "util/ShellQuote.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>

using namespace RayDeck;
using namespace HydraTest;
using namespace Qt::StringLiterals;

class TestHydraFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatValue_data();
    void formatValue();
    void formatOverride_data();
    void formatOverride();
    void unwritable();
    void reparsedOverridesKeepTheirMeaning_data();
    void reparsedOverridesKeepTheirMeaning();
    void roundTripGeneratedValues();
    void shellWordsArriveIntact_data();
    void shellWordsArriveIntact();
};

void TestHydraFormatter::formatValue_data()
{
    QTest::addColumn<HydraValue>("value");
    QTest::addColumn<QString>("expected");
    const double inf = std::numeric_limits<double>::infinity();

    QTest::newRow("null") << null() << u"null"_s;
    QTest::newRow("true") << b(true) << u"true"_s;
    QTest::newRow("false") << b(false) << u"false"_s;
    QTest::newRow("int") << i(-5) << u"-5"_s;
    QTest::newRow("int64 min") << i(std::numeric_limits<qint64>::min()) << u"-9223372036854775808"_s;
    QTest::newRow("whole float") << f(1.0) << u"1.0"_s;
    QTest::newRow("small float") << f(1e-6) << u"1e-6"_s;
    QTest::newRow("big float") << f(1e16) << u"1e16"_s;
    QTest::newRow("float") << f(123.456) << u"123.456"_s;
    QTest::newRow("0.1") << f(0.1) << u"0.1"_s;
    QTest::newRow("negative zero") << f(-0.0) << u"-0.0"_s;
    QTest::newRow("nan") << f(std::nan("")) << u"nan"_s;
    QTest::newRow("inf") << f(inf) << u"inf"_s;
    QTest::newRow("-inf") << f(-inf) << u"-inf"_s;
    QTest::newRow("bare word") << s(u"hello"_s) << u"hello"_s;
    QTest::newRow("model id") << s(u"Qwen/Qwen2.5-0.5B-Instruct"_s) << u"Qwen/Qwen2.5-0.5B-Instruct"_s;
    QTest::newRow("shell variable") << s(u"$HOME/x"_s) << u"$HOME/x"_s;
    QTest::newRow("mandatory marker") << s(u"???"_s) << u"???"_s;
    QTest::newRow("blank") << s(u"hello world"_s) << u"\"hello world\""_s;
    QTest::newRow("number-like text") << s(u"10"_s) << u"\"10\""_s;
    QTest::newRow("float-like text") << s(u"1e-6"_s) << u"\"1e-6\""_s;
    QTest::newRow("bool-like text") << s(u"True"_s) << u"\"True\""_s;
    QTest::newRow("null-like text") << s(u"null"_s) << u"\"null\""_s;
    QTest::newRow("inf-like text") << s(u"-inf"_s) << u"\"-inf\""_s;
    QTest::newRow("empty") << s(QString()) << u"\"\""_s;
    QTest::newRow("comma") << s(u"a,b"_s) << u"\"a,b\""_s;
    QTest::newRow("tilde") << s(u"~/data"_s) << u"\"~/data\""_s;
    QTest::newRow("double quote") << s(u"a\"b"_s) << u"\"a\\\"b\""_s;
    QTest::newRow("single quote") << s(u"it's"_s) << u"\"it's\""_s;
    QTest::newRow("trailing backslash") << s(u"C:\\"_s) << u"\"C:\\\\\""_s;
    QTest::newRow("inner backslash") << s(u"a\\b"_s) << u"\"a\\b\""_s;
    QTest::newRow("backslash before quote") << s(u"a\\\""_s) << u"\"a\\\\\\\"\""_s;
    QTest::newRow("text with interpolation") << s(u"${x}"_s) << u"\"${x}\""_s;
    QTest::newRow("interpolation") << interp(u"${x.y}"_s) << u"${x.y}"_s;
    QTest::newRow("nested interpolation is text") << interp(u"${a,${b}}"_s) << u"\"${a,${b}}\""_s;
    QTest::newRow("list") << list({s(u"console"_s), s(u"wandb"_s)}) << u"[console,wandb]"_s;
    QTest::newRow("list of mixed") << list({i(1), s(u"a b"_s), null(), list({})}) << u"[1,\"a b\",null,[]]"_s;
    QTest::newRow("dict") << dict({{u"k"_s, i(1)}, {u"a b"_s, list({s(u"x"_s)})}}) << u"{k:1,a\\ b:[x]}"_s;
    QTest::newRow("dict escaped key") << dict({{u"a:b=c"_s, b(true)}}) << u"{a\\:b\\=c:true}"_s;
}

void TestHydraFormatter::formatValue()
{
    QFETCH(HydraValue, value);
    QFETCH(QString, expected);
    const Result<QString> text = HydraFormatter::formatValue(value);
    QVERIFY(text.isOk());
    QCOMPARE(text.value(), expected);
    const HydraParseResult<HydraValue> back = HydraOverrideParser::parseValue(text.value());
    QVERIFY2(back.isOk(), qPrintable(back.isOk() ? QString() : back.error().toDisplayString()));
    QCOMPARE(back.value(), value);
}

void TestHydraFormatter::formatOverride_data()
{
    QTest::addColumn<HydraOverride>("override");
    QTest::addColumn<QString>("expected");

    HydraOverride add = HydraOverride::change(u"trainer.note"_s, s(u"x"_s));
    add.type = HydraOverride::Type::Add;
    HydraOverride forceAdd = add;
    forceAdd.type = HydraOverride::Type::ForceAdd;
    HydraOverride remove;
    remove.type = HydraOverride::Type::Delete;
    remove.key = u"trainer.note"_s;
    HydraOverride removeIf = remove;
    removeIf.value = i(3);
    HydraOverride group = HydraOverride::change(u"actor"_s, s(u"dp_actor"_s));
    group.package = u"actor_rollout_ref.actor"_s;

    QTest::newRow("change") << HydraOverride::change(u"trainer.total_epochs"_s, i(15)) << u"trainer.total_epochs=15"_s;
    QTest::newRow("add") << add << u"+trainer.note=x"_s;
    QTest::newRow("force add") << forceAdd << u"++trainer.note=x"_s;
    QTest::newRow("delete") << remove << u"~trainer.note"_s;
    QTest::newRow("delete if") << removeIf << u"~trainer.note=3"_s;
    QTest::newRow("group@package") << group << u"actor@actor_rollout_ref.actor=dp_actor"_s;
    QTest::newRow("logger") << HydraOverride::change(u"trainer.logger"_s, list({s(u"console"_s), s(u"wandb"_s)}))
                            << u"trainer.logger=[console,wandb]"_s;
}

void TestHydraFormatter::formatOverride()
{
    QFETCH(HydraOverride, override);
    QFETCH(QString, expected);
    const Result<QString> text = HydraFormatter::formatOverride(override);
    QVERIFY(text.isOk());
    QCOMPARE(text.value(), expected);
    const HydraParseResult<HydraOverride> back = HydraOverrideParser::parse(text.value());
    QVERIFY(back.isOk());
    QCOMPARE(back.value(), override);
}

void TestHydraFormatter::unwritable()
{
    QVERIFY(!HydraFormatter::formatValue(dict({{u"é"_s, i(1)}})).isOk());
    QVERIFY(!HydraFormatter::formatValue(list({dict({{QString(), i(1)}})})).isOk());
    QVERIFY(!HydraFormatter::formatValue(dict({{u"it's"_s, i(1)}})).isOk());
    QVERIFY(HydraFormatter::formatValue(dict({{u" x "_s, i(1)}})).isOk());

    const Result<QString> badKey = HydraFormatter::formatOverride(HydraOverride::change(u"a b"_s, i(1)));
    QVERIFY(!badKey.isOk());
    QVERIFY(badKey.error().message().contains(u"a b"_s));

    HydraOverride noValue;
    noValue.key = u"a"_s;
    QVERIFY(!HydraFormatter::formatOverride(noValue).isOk());
}

void TestHydraFormatter::reparsedOverridesKeepTheirMeaning_data()
{
    QTest::addColumn<QString>("input");
    for (const QString &input : {u"a='hello, world'"_s, u"a=  x  y  "_s, u"a=${oc.env:HOME}/d"_s, u"a=\"C:\\\\\""_s,
                                 u"a='it\\'s'"_s, u"a={k:1,j:[a,b]}"_s, u"a=dir\\=x"_s, u"a=\\ x\\ "_s, u"a=str(1e-7)"_s,
                                 u"~a"_s, u"++a=1_000"_s, u"a=1."_s, u"a=-0.0"_s, u"a=NaN"_s, u"a=007"_s, u"a={1:x}"_s})
        QTest::newRow(qPrintable(input)) << input;
}

void TestHydraFormatter::reparsedOverridesKeepTheirMeaning()
{
    QFETCH(QString, input);
    const HydraParseResult<HydraOverride> first = HydraOverrideParser::parse(input);
    QVERIFY(first.isOk());
    const Result<QString> text = HydraFormatter::formatOverride(first.value());
    QVERIFY(text.isOk());
    const HydraParseResult<HydraOverride> second = HydraOverrideParser::parse(text.value());
    QVERIFY2(second.isOk(), qPrintable(text.value()));
    QCOMPARE(second.value(), first.value());
}

namespace {

class ValueGenerator
{
public:
    explicit ValueGenerator(quint32 seed)
        : m_random(seed)
    {
    }

    HydraValue value(int depth)
    {
        const int kind = int(m_random.bounded(depth > 0 ? 10 : 8));
        switch (kind) {
        case 0:
            return HydraValue();
        case 1:
            return HydraValue::fromBool(m_random.bounded(2) == 1);
        case 2:
            return HydraValue::fromInt(integer());
        case 3:
            return HydraValue::fromFloat(floating());
        case 4:
        case 5:
            return HydraValue::fromString(text(m_alphabet));
        case 6:
            return HydraValue::fromString(tricky());
        case 7:
            return HydraValue::fromInterpolation(u"${"_s + text(u"abc.:,_ 1[]'\"$"_s, 1) + u'}');
        case 8: {
            HydraValue result = HydraValue::fromList({});
            const int size = int(m_random.bounded(4));
            for (int n = 0; n < size; ++n)
                result.append(value(depth - 1));
            return result;
        }
        default: {
            HydraValue result = HydraValue::emptyDict();
            const int size = int(m_random.bounded(4));
            for (int n = 0; n < size; ++n)
                result.insert(text(u"ab_-1.$ :=,()[]{}\\\t"_s, 1), value(depth - 1));
            return result;
        }
        }
    }

private:
    qint64 integer()
    {
        switch (m_random.bounded(3)) {
        case 0:
            return qint64(m_random.bounded(200)) - 100;
        case 1:
            return qint64(m_random.generate64());
        default:
            return m_random.bounded(2) ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
        }
    }

    double floating()
    {
        static const double specials[] = {0.0, -0.0, 1.0, 0.1, 1e-6, 1e16, 1e-300, 1e300, 5e-324,
                                          std::numeric_limits<double>::max(), std::numeric_limits<double>::infinity(),
                                          -std::numeric_limits<double>::infinity(), std::nan("")};
        if (m_random.bounded(3) == 0)
            return specials[m_random.bounded(int(std::size(specials)))];
        // Any finite bit pattern, so every exponent and mantissa shows up.
        for (;;) {
            const quint64 bits = m_random.generate64();
            double value = 0;
            std::memcpy(&value, &bits, sizeof value);
            if (std::isfinite(value))
                return value;
        }
    }

    QString text(const QString &alphabet, int minimum = 0)
    {
        QString result;
        const int length = minimum + int(m_random.bounded(12));
        for (int n = 0; n < length; ++n)
            result += alphabet.at(int(m_random.bounded(int(alphabet.size()))));
        return result;
    }

    QString tricky()
    {
        static const QStringList words{u"10"_s, u"1e-6"_s, u"true"_s, u"FALSE"_s, u"null"_s, u"inf"_s, u"-nan"_s,
                                       u"???"_s, u"1_0"_s, u".5"_s, u"007"_s, u"a,b"_s, u"\\"_s, u"\\\\\""_s,
                                       u"\"'"_s, u"${"_s, u"}"_s, u"int(1)"_s, u"choice(a,b)"_s, u" "_s, u"x "_s};
        return words.at(int(m_random.bounded(int(words.size()))));
    }

    QRandomGenerator m_random;
    const QString m_alphabet = u"aZ09_-/.+$%*@?|\\'\" ,:=[]{}()#~!`;&<>\t\né数✓${}"_s;
};

} // namespace

void TestHydraFormatter::roundTripGeneratedValues()
{
    ValueGenerator generator(424242);
    int checked = 0;
    for (int round = 0; round < 20000; ++round) {
        const HydraValue value = generator.value(3);
        const Result<QString> text = HydraFormatter::formatValue(value);
        if (!text.isOk())
            QFAIL(qPrintable(u"cannot write a generated "_s + value.kindName() + u": "_s + text.error().message()));
        const HydraParseResult<HydraValue> back = HydraOverrideParser::parseValue(text.value());
        QVERIFY2(back.isOk(), qPrintable(text.value() + u"  "_s
                                         + (back.isOk() ? QString() : back.error().toDisplayString())));
        QCOMPARE(back.value(), value);

        // The same value as a whole override, as the job entrypoint carries it.
        const Result<QString> overrideText = HydraFormatter::formatOverride(HydraOverride::change(u"k.v"_s, value));
        QVERIFY(overrideText.isOk());
        const HydraParseResult<HydraOverride> overrideBack = HydraOverrideParser::parse(overrideText.value());
        QVERIFY(overrideBack.isOk());
        QCOMPARE(*overrideBack.value().value, value);
        ++checked;
    }
    QCOMPARE(checked, 20000);
}

void TestHydraFormatter::shellWordsArriveIntact_data()
{
    QTest::addColumn<HydraValue>("value");
    QTest::newRow("single quote and $(id)") << s(u"it's $(id) `id`"_s);
    QTest::newRow("newline") << s(u"line1\nline2"_s);
    QTest::newRow("comma list") << list({s(u"a,b"_s), s(u"c d"_s)});
    QTest::newRow("non-ascii") << s(u"数据 ✓"_s);
    QTest::newRow("backslashes and quotes") << s(u"\\\"'\\"_s);
    QTest::newRow("shell variable") << s(u"$HOME ${HOME}"_s);
    QTest::newRow("glob") << s(u"*"_s);
    QTest::newRow("dict") << dict({{u"a b"_s, s(u"x;y"_s)}});
}

void TestHydraFormatter::shellWordsArriveIntact()
{
    QFETCH(HydraValue, value);
    const HydraOverride override = HydraOverride::change(u"+trainer.note"_s.mid(1), value);
    const Result<QString> word = HydraFormatter::shellWord(override);
    QVERIFY(word.isOk());
    const QStringList seen = argumentsSeenByShell(u"stub "_s + word.value() + u' ' + word.value());
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.at(0), HydraFormatter::formatOverride(override).value());
    const HydraParseResult<HydraOverride> back = HydraOverrideParser::parse(seen.at(1));
    QVERIFY(back.isOk());
    QCOMPARE(back.value(), override);
}

QTEST_GUILESS_MAIN(TestHydraFormatter)
#include "tst_hydraformatter.moc"
