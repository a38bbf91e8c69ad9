// SPDX-License-Identifier: GPL-3.0-or-later
// The quoting function is the only thing between a profile value and a remote
// shell; these tables pin it, and the round-trip test asks a real /bin/sh.
#include "util/ShellQuote.h"

#include <QProcess>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestShellQuote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quote_data();
    void quote();
    void roundTripThroughShell_data();
    void roundTripThroughShell();
    void joinKeepsArgumentsApart();
};

void TestShellQuote::quote_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain word") << u"docker"_s << u"docker"_s;
    QTest::newRow("path") << u"/data/gsm8k/train.parquet"_s << u"/data/gsm8k/train.parquet"_s;
    QTest::newRow("empty") << QString() << u"''"_s;
    QTest::newRow("space") << u"a b"_s << u"'a b'"_s;
    QTest::newRow("single quote") << u"it's"_s << u"'it'\\''s'"_s;
    QTest::newRow("only quote") << u"'"_s << u"''\\'''"_s;
    QTest::newRow("dollar paren") << u"$(id)"_s << u"'$(id)'"_s;
    QTest::newRow("backticks") << u"`id`"_s << u"'`id`'"_s;
    QTest::newRow("semicolon") << u"; rm -rf ~"_s << u"'; rm -rf ~'"_s;
    QTest::newRow("newline") << u"a\nb"_s << u"'a\nb'"_s;
    QTest::newRow("assignment stays quoted") << u"A=1"_s << u"'A=1'"_s;
    QTest::newRow("tilde") << u"~/x"_s << u"'~/x'"_s;
    QTest::newRow("glob") << u"*.py"_s << u"'*.py'"_s;
    QTest::newRow("non-ascii") << u"数据/训练"_s << u"'数据/训练'"_s;
    QTest::newRow("backslash") << u"a\\b"_s << u"'a\\b'"_s;
    QTest::newRow("double quote") << u"say \"hi\""_s << u"'say \"hi\"'"_s;
}

void TestShellQuote::quote()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(shellQuote(input), expected);
}

void TestShellQuote::roundTripThroughShell_data()
{
    QTest::addColumn<QString>("input");
    const QStringList hostile{u"; rm -rf ~"_s, u"$(id)"_s, u"`id`"_s, u"it's \"quoted\""_s, u"line1\nline2"_s,
                              u"tab\there"_s, u"${HOME}"_s, u"a\\'b"_s, u"数据 训练 ✓"_s, u"-n"_s,
                              u"*"_s, u"'"_s, u"''"_s, u"\\"_s, u"!event"_s, u"a|b&c>d<e"_s};
    for (const QString &value : hostile)
        QTest::newRow(qPrintable(value)) << value;
}

void TestShellQuote::roundTripThroughShell()
{
    QFETCH(QString, input);
    // printf %s prints its argument exactly as the shell delivered it.
    QProcess shell;
    shell.start(u"/bin/sh"_s, {u"-c"_s, u"printf %s "_s + shellQuote(input)});
    QVERIFY(shell.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()), input);
}

void TestShellQuote::joinKeepsArgumentsApart()
{
    const QStringList arguments{u"docker"_s, u"run"_s, u"-v"_s, u"/a b:/c"_s, u"$(id)"_s};
    QProcess shell;
    // Each argument printed on its own line, so a split or a merge shows up.
    shell.start(u"/bin/sh"_s, {u"-c"_s, u"printf '%s\\n' "_s + shellJoin(arguments)});
    QVERIFY(shell.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()), arguments.join(u'\n') + u'\n');
}

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
