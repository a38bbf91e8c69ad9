// SPDX-License-Identifier: GPL-3.0-or-later
// The override parser against Hydra 1.3's own behaviour: what Hydra's parser
// returns on known edge cases, the grammar's corners, and errors with the
// exact column.
#include "HydraTestSupport.h"
#include "hydra/HydraOverrideParser.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace RayDeck;
using namespace HydraTest;
using namespace Qt::StringLiterals;

using OverrideType = HydraOverride::Type;
Q_DECLARE_METATYPE(HydraOverride::Type)

class TestHydraOverrideParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hydraOwnResults_data();
    void hydraOwnResults();
    void values_data();
    void values();
    void keys_data();
    void keys();
    void errors_data();
    void errors();
    void valueOnlyColumns();
    void deepNestingIsAnErrorNotACrash();
    void randomInputNeverCrashes();
    void caretLine();
};

namespace {

void addOverrideColumns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<OverrideType>("type");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("hasValue");
    QTest::addColumn<HydraValue>("value");
}

void checkOverride()
{
    QFETCH(QString, input);
    QFETCH(OverrideType, type);
    QFETCH(QString, key);
    QFETCH(bool, hasValue);
    QFETCH(HydraValue, value);

    const HydraParseResult<HydraOverride> parsed = HydraOverrideParser::parse(input);
    QVERIFY2(parsed.isOk(), qPrintable(parsed.isOk() ? QString() : parsed.error().toDisplayString()));
    QCOMPARE(parsed.value().type, type);
    QCOMPARE(parsed.value().fullKey(), key);
    QCOMPARE(parsed.value().value.has_value(), hasValue);
    if (hasValue)
        QCOMPARE(*parsed.value().value, value);
}

} // namespace

void TestHydraOverrideParser::hydraOwnResults_data()
{
    // What Hydra 1.3.5's own OverridesParser returns for these inputs.
    addOverrideColumns();
    QTest::newRow("a=1") << u"a=1"_s << OverrideType::Change << u"a"_s << true << i(1);
    QTest::newRow("inner space kept") << u"a=hello world"_s << OverrideType::Change << u"a"_s << true
                                      << s(u"hello world"_s);
    QTest::newRow("quoted comma") << u"a='hello, world'"_s << OverrideType::Change << u"a"_s << true
                                  << s(u"hello, world"_s);
    QTest::newRow("list") << u"a=[1,2]"_s << OverrideType::Change << u"a"_s << true << list({i(1), i(2)});
    QTest::newRow("add") << u"+a.b=x"_s << OverrideType::Add << u"a.b"_s << true << s(u"x"_s);
    QTest::newRow("force add") << u"++a=1"_s << OverrideType::ForceAdd << u"a"_s << true << i(1);
    QTest::newRow("delete") << u"~a"_s << OverrideType::Delete << u"a"_s << false << HydraValue();
    QTest::newRow("dict") << u"a={k:1,j:[a,b]}"_s << OverrideType::Change << u"a"_s << true
                          << dict({{u"k"_s, i(1)}, {u"j"_s, list({s(u"a"_s), s(u"b"_s)})}});
    QTest::newRow("interpolation") << u"a=${foo.bar}"_s << OverrideType::Change << u"a"_s << true
                                   << interp(u"${foo.bar}"_s);
    QTest::newRow("logger list") << u"trainer.logger=[\"console\"]"_s << OverrideType::Change << u"trainer.logger"_s
                                 << true << list({s(u"console"_s)});
    QTest::newRow("hostile quoted") << u"+trainer.note=\"it's $(id) `x`\""_s << OverrideType::Add
                                    << u"trainer.note"_s << true << s(u"it's $(id) `x`"_s);
    QTest::newRow("hostile quoted, backslashes") << u"+trainer.note=\"it's $(id) \\`x\\`\""_s << OverrideType::Add
                                                 << u"trainer.note"_s << true << s(u"it's $(id) \\`x\\`"_s);
    QTest::newRow("escaped equal") << u"a=dir\\=x"_s << OverrideType::Change << u"a"_s << true << s(u"dir=x"_s);
    QTest::newRow("exponent float") << u"a=1e-6"_s << OverrideType::Change << u"a"_s << true << f(1e-6);
    QTest::newRow("empty value") << u"a="_s << OverrideType::Change << u"a"_s << true << s(QString());
    QTest::newRow("empty key") << u"=1"_s << OverrideType::Change << QString() << true << i(1);
}

void TestHydraOverrideParser::hydraOwnResults()
{
    checkOverride();
}

void TestHydraOverrideParser::values_data()
{
    addOverrideColumns();
    auto row = [](const char *name, const QString &valueText, const HydraValue &value) {
        QTest::newRow(name) << (u"k="_s + valueText) << OverrideType::Change << u"k"_s << true << value;
    };
    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();

    row("blanks around dropped", u"  x  y  "_s, s(u"x  y"_s));
    row("tab inside kept", u"x\ty"_s, s(u"x\ty"_s));
    row("TRUE", u"TRUE"_s, b(true));
    row("False", u"False"_s, b(false));
    row("NULL", u"NULL"_s, null());
    row("nan", u"nan"_s, f(nan));
    row("-inf", u"-inf"_s, f(-inf));
    row("+Inf", u"+Inf"_s, f(inf));
    row("infinity is text", u"infinity"_s, s(u"infinity"_s));
    row("true1 is text", u"true1"_s, s(u"true1"_s));
    row("underscore int", u"1_000"_s, i(1000));
    row("leading zeros are text", u"007"_s, s(u"007"_s));
    row("hex is text", u"0x10"_s, s(u"0x10"_s));
    row("negative int", u"-5"_s, i(-5));
    row("plus int", u"+5"_s, i(5));
    row("int64 max", u"9223372036854775807"_s, i(std::numeric_limits<qint64>::max()));
    row("trailing dot", u"1."_s, f(1.0));
    row("leading dot", u".5"_s, f(0.5));
    row("exponent with point", u"1.5e3"_s, f(1500.0));
    row("exponent without point", u"1e5"_s, f(100000.0));
    row("dot exponent", u"1.e2"_s, f(100.0));
    row("underscore float", u"1_000.5"_s, f(1000.5));
    row("huge float", u"1e999"_s, f(inf));
    row("tiny float", u"1e-999"_s, f(0.0));
    row("negative zero", u"-0.0"_s, f(-0.0));
    row("version is text", u"1.0.0"_s, s(u"1.0.0"_s));
    row("number then name", u"5abc"_s, s(u"5abc"_s));
    row("dash", u"-"_s, s(u"-"_s));
    row("dashed name", u"foo-bar"_s, s(u"foo-bar"_s));
    row("path", u"/data/gsm8k/train.parquet"_s, s(u"/data/gsm8k/train.parquet"_s));
    row("model id", u"Qwen/Qwen2.5-0.5B-Instruct"_s, s(u"Qwen/Qwen2.5-0.5B-Instruct"_s));
    row("url", u"http://x:8080/a"_s, s(u"http://x:8080/a"_s));
    row("colon with blanks", u"x : y"_s, s(u"x : y"_s));
    row("mandatory marker", u"???"_s, s(u"???"_s));
    row("pipe", u"a|b"_s, s(u"a|b"_s));
    row("shell variable stays text", u"$HOME/data"_s, s(u"$HOME/data"_s));
    row("interpolation in text", u"${oc.env:HOME}/data"_s, s(u"${oc.env:HOME}/data"_s));
    row("interpolation with comma", u"${oc.select:a,1}"_s, interp(u"${oc.select:a,1}"_s));
    row("two interpolations", u"c/${a}/${b}"_s, s(u"c/${a}/${b}"_s));
    row("quoted interpolation", u"'${a}'"_s, s(u"${a}"_s));
    row("nested interpolation quoted", u"'${oc.select:a,${b}}'"_s, s(u"${oc.select:a,${b}}"_s));
    row("escaped double quote", u"\"a\\\"b\""_s, s(u"a\"b"_s));
    row("escaped single quote", u"'it\\'s'"_s, s(u"it's"_s));
    row("trailing backslash", u"\"C:\\\\\""_s, s(u"C:\\"_s));
    row("backslashes not before a quote stay", u"\"a\\\\b\""_s, s(u"a\\\\b"_s));
    row("other quote kind is literal", u"'a\\\"b'"_s, s(u"a\\\"b"_s));
    row("escaped backslash and quote", u"\"\\\\\\\"\""_s, s(u"\\\""_s));
    row("quoted newline", u"\"a\nb\""_s, s(u"a\nb"_s));
    row("quoted non-ascii", u"\"数据 ✓\""_s, s(u"数据 ✓"_s));
    row("quoted number is text", u"'10'"_s, s(u"10"_s));
    row("empty quotes", u"''"_s, s(QString()));
    row("empty list", u"[]"_s, list({}));
    row("blank list", u"[ ]"_s, list({}));
    row("empty dict", u"{}"_s, dict({}));
    row("list with blanks", u"[ 1 , 2 ]"_s, list({i(1), i(2)}));
    row("list of text with blanks", u"[a b, c]"_s, list({s(u"a b"_s), s(u"c"_s)}));
    row("list of quoted", u"[\"a,b\", 'c']"_s, list({s(u"a,b"_s), s(u"c"_s)}));
    row("dict key with blank", u"{a b: 1}"_s, dict({{u"a b"_s, i(1)}}));
    row("dict key is text", u"{1:2, true:x}"_s, dict({{u"1"_s, i(2)}, {u"true"_s, s(u"x"_s)}}));
    row("dict escaped key", u"{a\\:b:1}"_s, dict({{u"a:b"_s, i(1)}}));
    row("dict value with colon", u"{k:a:b}"_s, dict({{u"k"_s, s(u"a:b"_s)}}));
    row("dict duplicate key keeps first position", u"{a:1,b:2,a:3}"_s, dict({{u"a"_s, i(3)}, {u"b"_s, i(2)}}));
    row("nested", u"[[1,[2]],{x:[]}]"_s, list({list({i(1), list({i(2)})}), dict({{u"x"_s, list({})}})}));
    row("escaped blanks kept", u"\\ x\\ "_s, s(u" x "_s));
    row("escaped comma", u"a\\,b"_s, s(u"a,b"_s));
    row("escaped backslash", u"\\\\"_s, s(u"\\"_s));
    row("lone backslash", u"a\\b"_s, s(u"a\\b"_s));
    row("escaped brackets", u"\\[1\\]"_s, s(u"[1]"_s));
    row("int()", u"int(3.7)"_s, i(3));
    row("int() of text", u"int('42')"_s, i(42));
    row("float()", u"float(1)"_s, f(1.0));
    row("str() of int", u"str(10)"_s, s(u"10"_s));
    row("str() of bool", u"str(true)"_s, s(u"true"_s));
    row("str() of small float", u"str(1.5e-7)"_s, s(u"1.5e-07"_s));
    row("str() of float", u"str(0.0001)"_s, s(u"0.0001"_s));
    row("str() of list", u"str([1,2])"_s, list({s(u"1"_s), s(u"2"_s)}));
    row("str() named", u"str(value=1)"_s, s(u"1"_s));
    row("bool() of text", u"bool(\"false\")"_s, b(false));
    row("bool() of number", u"bool(0)"_s, b(false));
    row("function with blank", u"int (2)"_s, i(2));
    row("sort()", u"sort([3,1,2])"_s, list({i(1), i(2), i(3)}));
    row("sort() reversed", u"sort([a,c,b], reverse=true)"_s, list({s(u"c"_s), s(u"b"_s), s(u"a"_s)}));
    row("sort() named list", u"sort(list=[2.5,1])"_s, list({i(1), f(2.5)}));
}

void TestHydraOverrideParser::values()
{
    checkOverride();
}

void TestHydraOverrideParser::keys_data()
{
    addOverrideColumns();
    QTest::newRow("dashes and index") << u"a-b.c_d.0=1"_s << OverrideType::Change << u"a-b.c_d.0"_s << true << i(1);
    QTest::newRow("dollar key") << u"$x=1"_s << OverrideType::Change << u"$x"_s << true << i(1);
    QTest::newRow("config group") << u"hydra/launcher=basic"_s << OverrideType::Change << u"hydra/launcher"_s << true
                                  << s(u"basic"_s);
    QTest::newRow("group@package") << u"actor@actor_rollout_ref.actor=dp_actor"_s << OverrideType::Change
                                   << u"actor@actor_rollout_ref.actor"_s << true << s(u"dp_actor"_s);
    QTest::newRow("empty package") << u"a@=1"_s << OverrideType::Change << u"a@"_s << true << i(1);
    QTest::newRow("conditional delete") << u"~a=1"_s << OverrideType::Delete << u"a"_s << true << i(1);
    QTest::newRow("delete empty value") << u"~a="_s << OverrideType::Delete << u"a"_s << true << s(QString());
    QTest::newRow("add empty value") << u"+a="_s << OverrideType::Add << u"a"_s << true << s(QString());
    QTest::newRow("blanks after =") << u"a=   7"_s << OverrideType::Change << u"a"_s << true << i(7);
}

void TestHydraOverrideParser::keys()
{
    checkOverride();
}

void TestHydraOverrideParser::errors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");

    // Inputs Hydra's own parser rejects or a single run fails on.
    QTest::newRow("sweep") << u"a=a,b"_s << 3 << u"--multirun"_s;
    QTest::newRow("unclosed list") << u"a=[1,2"_s << 6 << u"']'"_s;
    QTest::newRow("space in key") << u"a b=1"_s << 1 << u"spaces"_s;

    QTest::newRow("empty") << QString() << 0 << u"empty"_s;
    QTest::newRow("no equals") << u"a"_s << 1 << u"'='"_s;
    QTest::newRow("leading blank") << u" a=1"_s << 0 << u"spaces"_s;
    QTest::newRow("trailing dot in key") << u"a.=1"_s << 1 << u"'.'"_s;
    QTest::newRow("double dot in key") << u"a..b=1"_s << 1 << u"'.'"_s;
    QTest::newRow("colon in key") << u"a:b=1"_s << 1 << u"':'"_s;
    QTest::newRow("group then dotted") << u"a/b.c=1"_s << 2 << u"'/'"_s;
    QTest::newRow("triple plus") << u"+++a=1"_s << 2 << u"start"_s;
    QTest::newRow("non-ascii key") << u"é=1"_s << 0 << u"'é'"_s;
    QTest::newRow("sweep after blank") << u"a=x, y"_s << 3 << u"[x, y]"_s;
    QTest::newRow("sweep advice names key") << u"trainer.logger=console,wandb"_s << 22
                                            << u"trainer.logger=[console,wandb]"_s;
    QTest::newRow("trailing comma") << u"a=1,"_s << 3 << u"missing"_s;
    QTest::newRow("unclosed dict") << u"a={a:1"_s << 6 << u"'}'"_s;
    QTest::newRow("empty list item") << u"a=[1,,2]"_s << 4 << u"missing"_s;
    QTest::newRow("trailing list comma") << u"a=[1,]"_s << 4 << u"missing"_s;
    QTest::newRow("equal in value") << u"a=b=c"_s << 3 << u"\\="_s;
    QTest::newRow("hash") << u"a=x#y"_s << 3 << u"'#'"_s;
    QTest::newRow("tilde") << u"a=~/data"_s << 2 << u"'~'"_s;
    QTest::newRow("unterminated quote") << u"a='abc"_s << 2 << u"closing"_s;
    QTest::newRow("escaped closing quote") << u"a='abc\\'"_s << 2 << u"closing"_s;
    QTest::newRow("blank after quote") << u"a='x' "_s << 5 << u"blanks"_s;
    QTest::newRow("text after quote") << u"a='x'y"_s << 5 << u"whole value"_s;
    QTest::newRow("quote after text") << u"a=x'y'"_s << 3 << u"whole value"_s;
    QTest::newRow("two quoted items") << u"a=['x' 'y']"_s << 7 << u"whole value"_s;
    QTest::newRow("stray bracket") << u"a=]"_s << 2 << u"']'"_s;
    QTest::newRow("stray paren") << u"a=x)"_s << 3 << u"')'"_s;
    QTest::newRow("paren after text") << u"a=x y(1)"_s << 5 << u"\\("_s;
    QTest::newRow("unclosed interpolation") << u"a=${foo"_s << 2 << u"interpolation"_s;
    QTest::newRow("line break") << u"a=x\ny"_s << 3 << u"line break"_s;
    QTest::newRow("non-ascii value") << u"a=é"_s << 2 << u"quotes"_s;
    QTest::newRow("choice sweep") << u"a=choice(1,2)"_s << 2 << u"sweep"_s;
    QTest::newRow("range sweep") << u"a=range(1,5)"_s << 2 << u"sweep"_s;
    QTest::newRow("sort sweep") << u"a=sort(3,1)"_s << 2 << u"sweep"_s;
    QTest::newRow("shuffle") << u"a=shuffle([1,2])"_s << 2 << u"order"_s;
    QTest::newRow("unknown function") << u"a=foo(1)"_s << 2 << u"foo()"_s;
    QTest::newRow("bad cast") << u"a=int(abc)"_s << 2 << u"cannot convert"_s;
    QTest::newRow("positional after named") << u"a=sort(list=[1],2)"_s << 16 << u"positional"_s;
    QTest::newRow("unclosed call") << u"a=int(1"_s << 7 << u"')'"_s;
    QTest::newRow("int too big") << u"a=99999999999999999999"_s << 2 << u"64-bit"_s;
    QTest::newRow("quoted dict key") << u"a={'k':1}"_s << 3 << u"dict key"_s;
    QTest::newRow("missing dict colon") << u"a={k 1}"_s << 6 << u"':'"_s;
    QTest::newRow("missing dict key") << u"a={:1}"_s << 3 << u"key"_s;
}

void TestHydraOverrideParser::errors()
{
    QFETCH(QString, input);
    QFETCH(int, column);
    QFETCH(QString, messagePart);

    const HydraParseResult<HydraOverride> parsed = HydraOverrideParser::parse(input);
    QVERIFY2(!parsed.isOk(), qPrintable(u"accepted: "_s + input));
    QCOMPARE(parsed.error().column(), column);
    QVERIFY2(parsed.error().message().contains(messagePart), qPrintable(parsed.error().message()));
    QVERIFY(parsed.toResult().error().message().contains(QString::number(column)));
}

void TestHydraOverrideParser::valueOnlyColumns()
{
    HydraParseResult<HydraValue> value = HydraOverrideParser::parseValue(u"  [1, 2"_s);
    QVERIFY(!value.isOk());
    QCOMPARE(value.error().column(), 7);

    value = HydraOverrideParser::parseValue(u"  a#"_s);
    QVERIFY(!value.isOk());
    QCOMPARE(value.error().column(), 3);

    value = HydraOverrideParser::parseValue(u"console,wandb"_s, u"trainer.logger"_s);
    QVERIFY(!value.isOk());
    QCOMPARE(value.error().column(), 7);
    QVERIFY(value.error().message().contains(u"trainer.logger=[console,wandb]"_s));

    value = HydraOverrideParser::parseValue(u"  7 "_s);
    QVERIFY(value.isOk());
    QCOMPARE(value.value(), i(7));
}

void TestHydraOverrideParser::deepNestingIsAnErrorNotACrash()
{
    const int depth = 100000;
    const QString deep = u"a="_s + QString(depth, u'[') + QString(depth, u']');
    const HydraParseResult<HydraOverride> parsed = HydraOverrideParser::parse(deep);
    QVERIFY(!parsed.isOk());
    QCOMPARE(parsed.error().column(), 2 + HydraOverrideParser::maxNesting);
    QVERIFY(parsed.error().message().contains(u"nested"_s));

    // Just inside the limit still parses.
    const int ok = HydraOverrideParser::maxNesting;
    QVERIFY(HydraOverrideParser::parse(u"a="_s + QString(ok, u'[') + QString(ok, u']')).isOk());
}

void TestHydraOverrideParser::randomInputNeverCrashes()
{
    // A cheap stand-in for the fuzzer: random mixes of the grammar's own characters.
    const QString alphabet = u"ab1_.-+~@/=,:[]{}()$\\'\" \t\nxé0eE?|*%"_s;
    QRandomGenerator random(20260807);
    int accepted = 0;
    for (int round = 0; round < 20000; ++round) {
        QString input;
        const int length = int(random.bounded(24));
        for (int n = 0; n < length; ++n)
            input += alphabet.at(int(random.bounded(int(alphabet.size()))));
        const HydraParseResult<HydraOverride> parsed = HydraOverrideParser::parse(input);
        if (parsed.isOk()) {
            ++accepted;
        } else {
            QVERIFY(parsed.error().column() >= 0);
            QVERIFY(parsed.error().column() <= input.size());
            QVERIFY(!parsed.error().message().isEmpty());
        }
    }
    QVERIFY(accepted > 0);

    QByteArray bytes;
    for (int round = 0; round < 2000; ++round) {
        bytes.resize(int(random.bounded(32)));
        for (char &c : bytes)
            c = char(random.bounded(256));
        (void)HydraOverrideParser::parseUtf8(bytes);
    }
}

void TestHydraOverrideParser::caretLine()
{
    const HydraParseResult<HydraOverride> parsed = HydraOverrideParser::parse(u"a=[1,2"_s);
    QVERIFY(!parsed.isOk());
    QCOMPARE(parsed.error().caretLine(u"a=[1,2"_s), u"a=[1,2\n      ^"_s);
}

QTEST_GUILESS_MAIN(TestHydraOverrideParser)
#include "tst_hydraoverrideparser.moc"
