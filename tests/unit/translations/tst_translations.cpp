// SPDX-License-Identifier: GPL-3.0-or-later
// Fails when a user-visible string has no finished Simplified Chinese
// translation, when a translation drops a %1 placeholder, or when lupdate
// cannot tell which context a tr() call belongs to (a string that would then
// never be translated at run time); and when a %n string lacks its English
// singular and plural, as compiled and loaded the way the programs load them.
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; ///< one, or several numerus forms
    bool finished = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open "_s + path;
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message")
                current = Message{context, {}, {}, false};
            else if (xml.name() == u"source")
                current.source = xml.readElementText();
            else if (xml.name() == u"translation") {
                const QString type = xml.attributes().value(u"type"_s).toString();
                current.finished = type.isEmpty();
                // Numerus translations hold <numerusform> children; read them in the loop.
                if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace())
                    current.translations << xml.text().toString();
            } else if (xml.name() == u"numerusform") {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%(\\d+|n)"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.insert(match.captured(0));
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simplifiedChineseIsComplete();
    void englishPluralsAreComplete();
};

void TestTranslations::simplifiedChineseIsComplete()
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(u"fresh_zh_CN.ts"_s);
    QProcess lupdate;
    lupdate.start(QStringLiteral(RAYDECK_LUPDATE), {u"-no-obsolete"_s, u"-locations"_s, u"none"_s,
                                                    u"@"_s + QStringLiteral(RAYDECK_SOURCES_LIST), u"-ts"_s, fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    const QString diagnostics = QString::fromUtf8(lupdate.readAllStandardError() + lupdate.readAllStandardOutput());
    QCOMPARE(lupdate.exitCode(), 0);
    QVERIFY2(!diagnostics.contains(u"lacks Q_OBJECT"_s),
             qPrintable(u"tr() used where lupdate cannot find its context:\n"_s + diagnostics));

    QString error;
    const QList<Message> wanted = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(wanted.size() > 50); // the scan really found the app's strings
    const QList<Message> committed = readTs(QStringLiteral(RAYDECK_ZH_CN_TS), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QHash<QString, Message> translated;
    for (const Message &message : committed)
        translated.insert(message.context + u'\x1f' + message.source, message);

    QStringList problems;
    for (const Message &message : wanted) {
        const auto it = translated.constFind(message.context + u'\x1f' + message.source);
        if (it == translated.cend()) {
            problems << u"missing in raydeck_zh_CN.ts: [%1] %2"_s.arg(message.context, message.source);
            continue;
        }
        const bool empty = it->translations.isEmpty()
            || std::any_of(it->translations.begin(), it->translations.end(), [](const QString &t) { return t.trimmed().isEmpty(); });
        if (!it->finished || empty) {
            problems << u"untranslated: [%1] %2"_s.arg(message.context, message.source);
            continue;
        }
        for (const QString &translation : it->translations) {
            QSet<QString> expected = placeholders(message.source);
            expected.remove(u"%n"_s); // a numerus form may spell the number out
            QSet<QString> actual = placeholders(translation);
            actual.remove(u"%n"_s);
            if (expected != actual)
                problems << u"placeholders differ: [%1] %2 -> %3"_s.arg(message.context, message.source, translation);
        }
    }
    if (!problems.isEmpty()) {
        const QString report = problems.mid(0, 40).join(u'\n')
            + (problems.size() > 40 ? u"\n... and %1 more"_s.arg(problems.size() - 40) : QString());
        QFAIL(qPrintable(u"%1 problem(s); run the update_translations target and translate:\n"_s.arg(problems.size())
                         + report));
    }
}

void TestTranslations::englishPluralsAreComplete()
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(u"fresh_en.ts"_s);
    QProcess lupdate;
    lupdate.start(QStringLiteral(RAYDECK_LUPDATE), {u"-pluralonly"_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s,
                                                    u"@"_s + QStringLiteral(RAYDECK_SOURCES_LIST), u"-ts"_s, fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    const QList<Message> wanted = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(wanted.size() >= 10); // the %n strings really were found

    // Compiled as the build does, loaded as raydeck and raydeck-cli do.
    const QString qm = dir.filePath(u"raydeck_en.qm"_s);
    QProcess lrelease;
    lrelease.start(QStringLiteral(RAYDECK_LRELEASE), {QStringLiteral(RAYDECK_EN_TS), u"-qm"_s, qm});
    QVERIFY(lrelease.waitForFinished(60000));
    QCOMPARE(lrelease.exitCode(), 0);
    QTranslator english;
    QVERIFY(english.load(u"raydeck_en"_s, dir.path()));

    QStringList problems;
    for (const Message &message : wanted) {
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QString one = english.translate(context.constData(), source.constData(), nullptr, 1);
        const QString two = english.translate(context.constData(), source.constData(), nullptr, 2);
        if (one.isEmpty() || two.isEmpty()) {
            problems << u"no English plural forms: [%1] %2"_s.arg(message.context, message.source);
            continue;
        }
        for (const QString &form : {one, two}) {
            if (form.contains(u"(s)"_s) || !form.contains(u"%n"_s) || placeholders(form) != placeholders(message.source))
                problems << u"bad English form: [%1] %2 -> %3"_s.arg(message.context, message.source, form);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // One that users see: the tray's summary.
    QCOMPARE(english.translate("RayDeck::MainWindow", "%n server(s) connected", nullptr, 1), u"%n server connected"_s);
    QCOMPARE(english.translate("RayDeck::MainWindow", "%n server(s) connected", nullptr, 3), u"%n servers connected"_s);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
