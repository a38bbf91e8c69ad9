// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsTestSupport.h"

#include "metrics/MetricCsvReader.h"
#include "metrics/MetricCsvWriter.h"
#include "metrics/MetricsLogParser.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace RayDeck;
using namespace RayDeck::TestSupport;
using namespace Qt::StringLiterals;

namespace {

void compareSets(const MetricSeriesSet &got, const MetricSeriesSet &expected)
{
    QCOMPARE(got.metricNames(), expected.metricNames());
    for (int i = 0; i < expected.metricCount(); ++i) {
        const MetricSeries &a = got.seriesAt(i);
        const MetricSeries &b = expected.seriesAt(i);
        QCOMPARE(a.size(), b.size());
        for (std::size_t p = 0; p < std::size_t(b.size()); ++p) {
            QCOMPARE(a.steps()[p], b.steps()[p]);
            QVERIFY2(sameDouble(a.values()[p], b.values()[p]),
                qPrintable(u"%1 at step %2: %3 vs %4"_s.arg(b.name())
                               .arg(b.steps()[p])
                               .arg(a.values()[p], 0, 'g', 17)
                               .arg(b.values()[p], 0, 'g', 17)));
        }
    }
}

} // namespace

class TestMetricCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesHeaderRowsAndEmptyCells();
    void quotesNamesPerRfc4180();
    void formatValueRoundTrips();
    void roundTripTrickyNamesAndValues();
    void roundTripRandomSparseSets();
    void roundTripThroughFileAndParsedLog();
    void chosenColumnsAndLineEndings();
    void readerAcceptsCrlfQuotedBreaksAndBom();
    void readerRejectsBrokenCsv_data();
    void readerRejectsBrokenCsv();
};

void TestMetricCsv::writesHeaderRowsAndEmptyCells()
{
    MetricSeriesSet set;
    set.record(u"critic/score/mean"_s, 1, 0.25);
    set.record(u"critic/score/mean"_s, 2, 0.4375);
    set.record(u"val-core/openai/gsm8k/reward/mean@1"_s, 0, 0.1);
    set.record(u"val-core/openai/gsm8k/reward/mean@1"_s, 2, 0.3);
    set.record(u"actor/grad_norm"_s, 1, std::numeric_limits<double>::quiet_NaN());
    set.record(u"actor/grad_norm"_s, 2, -std::numeric_limits<double>::infinity());
    const QByteArray expected = "step,critic/score/mean,val-core/openai/gsm8k/reward/mean@1,actor/grad_norm\r\n"
                                "0,,0.1,\r\n"
                                "1,0.25,,nan\r\n"
                                "2,0.4375,0.3,-inf\r\n";
    QCOMPARE(MetricCsvWriter::toCsv(set), expected);
    QCOMPARE(MetricCsvWriter::toCsv(MetricSeriesSet()), QByteArray("step\r\n"));
}

void TestMetricCsv::quotesNamesPerRfc4180()
{
    QCOMPARE(MetricCsvWriter::quoteField(u"plain/name@1"_s), QByteArray("plain/name@1"));
    QCOMPARE(MetricCsvWriter::quoteField(u"a,b"_s), QByteArray("\"a,b\""));
    QCOMPARE(MetricCsvWriter::quoteField(u"say \"hi\""_s), QByteArray("\"say \"\"hi\"\"\""));
    QCOMPARE(MetricCsvWriter::quoteField(u"two\nlines"_s), QByteArray("\"two\nlines\""));
    QCOMPARE(MetricCsvWriter::quoteField(u"cr\rhere"_s), QByteArray("\"cr\rhere\""));
    QCOMPARE(MetricCsvWriter::quoteField(u" spaced "_s), QByteArray(" spaced "));
    QCOMPARE(MetricCsvWriter::quoteField(u"gr\u00f6\u00dfe"_s),
        QByteArray("gr\xc3\xb6\xc3\x9f"
                   "e"));
}

void TestMetricCsv::formatValueRoundTrips()
{
    QCOMPARE(MetricCsvWriter::formatValue(0.4375), QByteArray("0.4375"));
    QCOMPARE(MetricCsvWriter::formatValue(0.1), QByteArray("0.1"));
    QCOMPARE(MetricCsvWriter::formatValue(3.0), QByteArray("3"));
    QCOMPARE(MetricCsvWriter::formatValue(-1e-05), QByteArray("-1e-05"));
    QCOMPARE(MetricCsvWriter::formatValue(-0.0), QByteArray("-0"));
    QCOMPARE(MetricCsvWriter::formatValue(std::numeric_limits<double>::infinity()), QByteArray("inf"));
    QCOMPARE(MetricCsvWriter::formatValue(0.1 + 0.2), QByteArray("0.30000000000000004"));
    // Any double, including subnormals and extremes, reads back to the same bits.
    QRandomGenerator random(99);
    for (int i = 0; i < 20000; ++i) {
        quint64 bits = random.generate64();
        double value;
        std::memcpy(&value, &bits, sizeof value);
        if (std::isnan(value))
            continue;
        const QByteArray text = MetricCsvWriter::formatValue(value);
        const std::optional<double> back = MetricsLogParser::parseValue(text);
        QVERIFY2(back && sameDouble(*back, value), text.constData());
    }
}

void TestMetricCsv::roundTripTrickyNamesAndValues()
{
    MetricSeriesSet set;
    const QStringList names {
        u"critic/score/mean"_s,
        u"a,b"_s,
        u"say \"hi\""_s,
        u"two\nlines"_s,
        u"crlf\r\nname"_s,
        u"gr\u00f6\u00dfe/\u00b5"_s,
        u"val-core/openai/gsm8k/reward/mean@1"_s,
        u"\"\""_s,
        u","_s,
    };
    const std::vector<double> values {
        0.1,
        1.0 / 3.0,
        1e-300,
        5e-324,
        -0.0,
        0.0,
        1.7976931348623157e308,
        -2.5e-7,
        std::numeric_limits<double>::quiet_NaN(),
        std::numeric_limits<double>::infinity(),
        -std::numeric_limits<double>::infinity(),
        12345678901234567890.0,
        0.30000000000000004,
    };
    for (int n = 0; n < names.size(); ++n) {
        for (std::size_t v = 0; v < values.size(); ++v) {
            if ((v + std::size_t(n)) % 3 != 0) // sparse: not every metric at every step
                set.record(names[n], qint64(v) * 10 - 20, values[(v + std::size_t(n)) % values.size()]);
        }
    }
    const QByteArray csv = MetricCsvWriter::toCsv(set);
    const Result<MetricSeriesSet> back = MetricCsvReader::read(csv);
    QVERIFY2(back.isOk(), back.isOk() ? "" : qPrintable(back.error().toDisplayString()));
    compareSets(*back, set);
    QCOMPARE(MetricCsvWriter::toCsv(*back), csv);
}

void TestMetricCsv::roundTripRandomSparseSets()
{
    QRandomGenerator random(31337);
    for (int round = 0; round < 50; ++round) {
        MetricSeriesSet set;
        const int metricCount = int(random.bounded(1, 12));
        for (int record = 0; record < 400; ++record) {
            const QString name = u"metric/%1"_s.arg(random.bounded(metricCount));
            set.record(name, qint64(random.bounded(1000)) - 100,
                (random.generateDouble() - 0.5) * std::pow(10.0, random.bounded(-30, 30)));
        }
        const Result<MetricSeriesSet> back = MetricCsvReader::read(MetricCsvWriter::toCsv(set));
        QVERIFY(back.isOk());
        compareSets(*back, set);
    }
}

void TestMetricCsv::roundTripThroughFileAndParsedLog()
{
    QByteArray log;
    for (int step = 1; step <= 300; ++step) {
        log += "(TaskRunner pid=4242) step:" + QByteArray::number(step) + " - critic/score/mean:np.float64("
            + QByteArray::number(step / 7.0, 'g', 17) + ")"
            + " - actor/entropy:" + QByteArray::number(1.0 / step, 'g', 17);
        if (step % 50 == 0)
            log += " - val-core/openai/gsm8k/reward/mean@1:np.float64(" + QByteArray::number(step / 300.0, 'g', 17)
                + ")";
        log += '\n';
    }
    MetricsLogParser parser;
    parser.feed(log);
    parser.finish();
    const MetricSeriesSet &parsed = parser.series();
    QCOMPARE(parsed.metricCount(), 3);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"curves.csv"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const Result<void> written = MetricCsvWriter::write(parsed, &file);
        QVERIFY(written.isOk());
    }
    const Result<MetricSeriesSet> back = MetricCsvReader::readFile(path);
    QVERIFY(back.isOk());
    compareSets(*back, parsed);
    QCOMPARE(back->series(u"critic/score/mean"_s)->valueAt(299), std::optional<double>(299 / 7.0));

    const Result<MetricSeriesSet> missing = MetricCsvReader::readFile(dir.filePath(u"missing.csv"_s));
    QVERIFY(!missing.isOk());
    QCOMPARE(missing.error().code(), Error::Code::Io);

    QFile readOnly(path);
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    const Result<void> refused = MetricCsvWriter::write(parsed, &readOnly);
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().code(), Error::Code::Io);
}

void TestMetricCsv::chosenColumnsAndLineEndings()
{
    MetricSeriesSet set;
    set.record(u"a"_s, 1, 1.0);
    set.record(u"b"_s, 2, 2.0);
    set.record(u"c"_s, 3, 3.0);
    MetricCsvWriter::Options options;
    options.metrics = QStringList { u"c"_s, u"missing"_s, u"a"_s };
    options.lineEnding = MetricCsvWriter::LineEnding::Lf;
    QCOMPARE(MetricCsvWriter::toCsv(set, options), QByteArray("step,c,missing,a\n1,,,1\n3,3,,\n"));
}

void TestMetricCsv::readerAcceptsCrlfQuotedBreaksAndBom()
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "step,\"a,b\",\"multi\r\nline\",\"q\"\"uote\"\n"
                           "1,0.5,,nan\r\n"
                           "\r\n"
                           "2,,-inf,\"3\"\n";
    const Result<MetricSeriesSet> read = MetricCsvReader::read(csv);
    QVERIFY2(read.isOk(), read.isOk() ? "" : qPrintable(read.error().toDisplayString()));
    QCOMPARE(read->metricNames(), (QStringList { u"a,b"_s, u"multi\r\nline"_s, u"q\"uote"_s }));
    QCOMPARE(read->series(u"a,b"_s)->valueAt(1), std::optional<double>(0.5));
    QCOMPARE(
        read->series(u"multi\r\nline"_s)->valueAt(2), std::optional<double>(-std::numeric_limits<double>::infinity()));
    QVERIFY(std::isnan(*read->series(u"q\"uote"_s)->valueAt(1)));
    QCOMPARE(read->series(u"q\"uote"_s)->valueAt(2), std::optional<double>(3.0));
    QCOMPARE(read->series(u"a,b"_s)->size(), 1);
}

void TestMetricCsv::readerRejectsBrokenCsv_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("lineMention");

    QTest::newRow("empty") << QByteArray() << u"line 1"_s;
    QTest::newRow("no step column") << QByteArray("time,a\n1,2\n") << u"line 1"_s;
    QTest::newRow("empty name") << QByteArray("step,a,\n1,2,3\n") << u"line 1"_s;
    QTest::newRow("duplicate name") << QByteArray("step,a,a\n1,2,3\n") << u"line 1"_s;
    QTest::newRow("too few cells") << QByteArray("step,a,b\n1,2,3\n2,3\n") << u"line 3"_s;
    QTest::newRow("too many cells") << QByteArray("step,a\n1,2,3\n") << u"line 2"_s;
    QTest::newRow("bad step") << QByteArray("step,a\n1.5,2\n") << u"line 2"_s;
    QTest::newRow("bad value") << QByteArray("step,a\n1,abc\n") << u"line 2"_s;
    QTest::newRow("unclosed quote") << QByteArray("step,a\n1,\"2\n") << u"line 2"_s;
    QTest::newRow("text after quote") << QByteArray("step,a\n1,\"2\"x\n") << u"line 2"_s;
    QTest::newRow("quote inside cell") << QByteArray("step,a\n1,2\"\n") << u"line 2"_s;
    QTest::newRow("line after quoted break") << QByteArray("step,\"a\nb\"\n1,x\n") << u"line 3"_s;
}

void TestMetricCsv::readerRejectsBrokenCsv()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, lineMention);
    const Result<MetricSeriesSet> read = MetricCsvReader::read(csv);
    QVERIFY(!read.isOk());
    QCOMPARE(read.error().code(), Error::Code::CorruptData);
    QVERIFY2(read.error().message().contains(lineMention), qPrintable(read.error().message()));
}

QTEST_GUILESS_MAIN(TestMetricCsv)
#include "tst_metriccsv.moc"
