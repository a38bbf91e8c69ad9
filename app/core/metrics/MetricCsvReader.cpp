// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MetricCsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QSet>

#include <charconv>

using namespace Qt::StringLiterals;

namespace RayDeck {

namespace {

Error corrupt(qint64 line, const QString &what)
{
    return Error(Error::Code::CorruptData,
        MetricCsvReader::tr("The metrics CSV is not valid at line %1: %2. Export it again from RayDeck "
                            "or fix that line.")
            .arg(QString::number(line), what));
}

// Splits RFC 4180 text into records. Quoted fields may hold commas, quotes ("") and
// line breaks; each record remembers the line it started on for error messages.
class CsvTokenizer
{
public:
    explicit CsvTokenizer(QByteArrayView text)
        : m_text(text)
    {
        if (m_text.startsWith("\xEF\xBB\xBF"))
            m_text = m_text.sliced(3);
    }

    bool atEnd() const { return m_position >= m_text.size(); }
    qint64 recordLine() const { return m_recordLine; }

    // Next record into @p fields; false with @p error set on malformed quoting.
    bool next(QList<QByteArray> &fields, QString &error)
    {
        fields.clear();
        m_recordLine = m_line;
        QByteArray field;
        bool quoted = false;
        bool afterQuote = false;
        while (m_position < m_text.size()) {
            const char c = m_text[m_position++];
            if (quoted) {
                if (c == '"') {
                    if (m_position < m_text.size() && m_text[m_position] == '"') {
                        field += '"';
                        ++m_position;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n')
                        ++m_line;
                    field += c;
                }
                continue;
            }
            if (c == ',') {
                fields.append(field);
                field.clear();
                afterQuote = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && m_position < m_text.size() && m_text[m_position] == '\n')
                    ++m_position;
                ++m_line;
                fields.append(field);
                return true;
            } else if (afterQuote) {
                error = MetricCsvReader::tr("unexpected text after a closing quote");
                return false;
            } else if (c == '"') {
                if (!field.isEmpty()) {
                    error = MetricCsvReader::tr("a quote inside an unquoted cell");
                    return false;
                }
                quoted = true;
            } else {
                field += c;
            }
        }
        if (quoted) {
            error = MetricCsvReader::tr("a quoted cell is not closed");
            return false;
        }
        fields.append(field);
        return true;
    }

private:
    QByteArrayView m_text;
    qsizetype m_position = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
};

bool isBlankRecord(const QList<QByteArray> &fields)
{
    return fields.size() == 1 && fields.front().isEmpty();
}

std::optional<qint64> parseStep(const QByteArray &text)
{
    qint64 step = 0;
    const char *const end = text.constData() + text.size();
    const auto [stop, error] = std::from_chars(text.constData(), end, step);
    if (text.isEmpty() || error != std::errc() || stop != end)
        return std::nullopt;
    return step;
}

std::optional<double> parseCell(const QByteArray &text)
{
    double value = 0;
    const char *const end = text.constData() + text.size();
    const auto [stop, error] = std::from_chars(text.constData(), end, value, std::chars_format::general);
    if (error != std::errc() || stop != end)
        return std::nullopt;
    return value;
}

} // namespace

Result<MetricSeriesSet> MetricCsvReader::read(QByteArrayView csv, const MetricSeriesLimits &limits)
{
    CsvTokenizer tokenizer(csv);
    QList<QByteArray> fields;
    QString error;

    if (tokenizer.atEnd() || !tokenizer.next(fields, error)) {
        return corrupt(tokenizer.recordLine(), error.isEmpty() ? MetricCsvReader::tr("the file is empty") : error);
    }
    if (fields.front() != "step")
        return corrupt(tokenizer.recordLine(), MetricCsvReader::tr("the first column must be called \"step\""));

    MetricSeriesSet set(limits);
    std::vector<int> indexes;
    QSet<QString> seen;
    for (qsizetype column = 1; column < fields.size(); ++column) {
        const QString name = QString::fromUtf8(fields[column]);
        if (name.isEmpty())
            return corrupt(tokenizer.recordLine(), MetricCsvReader::tr("column %1 has no metric name").arg(column + 1));
        if (seen.contains(name))
            return corrupt(tokenizer.recordLine(), MetricCsvReader::tr("the metric \"%1\" appears twice").arg(name));
        seen.insert(name);
        indexes.push_back(set.addMetric(name));
    }
    const qsizetype columnCount = fields.size();

    while (!tokenizer.atEnd()) {
        if (!tokenizer.next(fields, error))
            return corrupt(tokenizer.recordLine(), error);
        if (isBlankRecord(fields))
            continue;
        if (fields.size() != columnCount) {
            return corrupt(tokenizer.recordLine(),
                MetricCsvReader::tr("expected %1 cells, found %2").arg(columnCount).arg(fields.size()));
        }
        const std::optional<qint64> step = parseStep(fields.front());
        if (!step)
            return corrupt(tokenizer.recordLine(),
                MetricCsvReader::tr("the step \"%1\" is not a whole number")
                    .arg(QString::fromUtf8(fields.front().left(40))));
        for (qsizetype column = 1; column < columnCount; ++column) {
            const QByteArray &cell = fields[column];
            if (cell.isEmpty())
                continue;
            const std::optional<double> value = parseCell(cell);
            if (!value) {
                return corrupt(tokenizer.recordLine(),
                    MetricCsvReader::tr("\"%1\" is not a number").arg(QString::fromUtf8(cell.left(40))));
            }
            set.record(indexes[std::size_t(column - 1)], *step, *value);
        }
    }
    return set;
}

Result<MetricSeriesSet> MetricCsvReader::readFile(const QString &path, const MetricSeriesLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(Error::Code::Io,
            MetricCsvReader::tr("Cannot open the CSV file %1. Check that it exists and that you may read it.")
                .arg(path),
            file.errorString());
    }
    return read(file.readAll(), limits);
}

} // namespace RayDeck
