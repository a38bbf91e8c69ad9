// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MetricsLogParser.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QFile>

#include <charconv>
#include <cstring>

namespace RayDeck {

namespace {

constexpr QByteArrayView kStepTag("step:");
constexpr QByteArrayView kFieldSeparator(" - ");
constexpr qsizetype kFileChunkSize = 64 * 1024;
constexpr std::size_t kMaxRecentKeys = 4096;
constexpr char kEscape = '\x1b';

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\v' || c == '\f';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isIdentifierChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_';
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && isBlank(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isBlank(text.back()))
        text.chop(1);
    return text;
}

const char *findLineBreak(const char *begin, const char *end)
{
    const auto length = std::size_t(end - begin);
    const char *newline = static_cast<const char *>(std::memchr(begin, '\n', length));
    const char *searchEnd = newline ? newline : end;
    const char *carriageReturn = static_cast<const char *>(std::memchr(begin, '\r', std::size_t(searchEnd - begin)));
    return carriageReturn ? carriageReturn : newline;
}

// Drops terminal escape sequences: CSI (ESC [ params final), OSC (ESC ] ... BEL or
// ESC \) and two-byte escapes. Ray colours the "(TaskRunner pid=…)" prefix this way.
void stripEscapes(QByteArrayView in, QByteArray &out)
{
    out.resize(0);
    const char *p = in.data();
    const char *const end = p + in.size();
    while (p < end) {
        const char *escape = static_cast<const char *>(std::memchr(p, kEscape, std::size_t(end - p)));
        if (!escape) {
            out.append(p, end - p);
            break;
        }
        out.append(p, escape - p);
        p = escape + 1;
        if (p == end)
            break;
        if (*p == '[') {
            ++p;
            while (p < end && static_cast<unsigned char>(*p) >= 0x20 && static_cast<unsigned char>(*p) <= 0x3f)
                ++p;
            if (p < end && static_cast<unsigned char>(*p) >= 0x40 && static_cast<unsigned char>(*p) <= 0x7e)
                ++p;
        } else if (*p == ']') {
            ++p;
            while (p < end) {
                if (*p == '\a') {
                    ++p;
                    break;
                }
                if (*p == kEscape && p + 1 < end && p[1] == '\\') {
                    p += 2;
                    break;
                }
                ++p;
            }
        } else {
            ++p;
        }
    }
}

// Ray's log deduplication appends " [repeated 3x across cluster]" to a line that
// several workers printed; the metrics in front of it are still valid.
QByteArrayView withoutRepeatSuffix(QByteArrayView line)
{
    constexpr QByteArrayView kTail("x across cluster]");
    constexpr QByteArrayView kHead(" [repeated ");
    if (!line.endsWith(kTail))
        return line;
    const qsizetype head = line.lastIndexOf(kHead);
    if (head < 0)
        return line;
    const qsizetype digitsBegin = head + kHead.size();
    const qsizetype digitsEnd = line.size() - kTail.size();
    if (digitsEnd <= digitsBegin)
        return line;
    for (qsizetype i = digitsBegin; i < digitsEnd; ++i) {
        if (!isDigit(line[i]))
            return line;
    }
    return trimmed(line.first(head));
}

// Finds "step:<digits>" that starts a word and is followed by the end of the line or
// by " - ". On success @p fieldsBegin is the index right after the digits.
bool findStep(QByteArrayView line, qint64 &step, qsizetype &fieldsBegin)
{
    qsizetype from = 0;
    while (from < line.size()) {
        const qsizetype at = line.indexOf(kStepTag, from);
        if (at < 0)
            return false;
        from = at + 1;
        if (at > 0) {
            const char before = line[at - 1];
            // "global_step:3", "val/step:3", "x.step:3" are somebody else's numbers.
            if (isIdentifierChar(before) || before == '/' || before == '.' || before == '-' || before == '@')
                continue;
        }
        qsizetype i = at + kStepTag.size();
        const qsizetype digitsBegin = i;
        qint64 value = 0;
        // 18 digits always fit in a qint64; a longer "step" is not one verl wrote.
        while (i < line.size() && isDigit(line[i]) && i - digitsBegin < 18) {
            value = value * 10 + (line[i] - '0');
            ++i;
        }
        if (i == digitsBegin || (i < line.size() && isDigit(line[i])))
            continue;
        const QByteArrayView rest = line.sliced(i);
        if (!rest.isEmpty() && !rest.startsWith(kFieldSeparator))
            continue;
        step = value;
        fieldsBegin = i;
        return true;
    }
    return false;
}

bool isQualifiedIdentifier(QByteArrayView text)
{
    if (text.isEmpty() || text.front() == '.' || text.back() == '.' || isDigit(text.front()))
        return false;
    for (const char c : text) {
        if (!isIdentifierChar(c) && c != '.')
            return false;
    }
    return true;
}

bool isKeywordArgument(QByteArrayView argument)
{
    const qsizetype equals = argument.indexOf('=');
    return equals > 0 && isQualifiedIdentifier(trimmed(argument.first(equals)));
}

// The first positional argument of a call's argument text, provided every other
// argument is a keyword argument: "0.5, device='cuda:0'" gives "0.5";
// "1, 2" (Fraction) gives nothing.
std::optional<QByteArrayView> soleValueArgument(QByteArrayView arguments)
{
    std::optional<QByteArrayView> first;
    qsizetype argumentBegin = 0;
    int depth = 0;
    char quote = 0;
    for (qsizetype i = 0; i <= arguments.size(); ++i) {
        const bool atEnd = i == arguments.size();
        const char c = atEnd ? ',' : arguments[i];
        if (quote) {
            if (c == quote && !atEnd)
                quote = 0;
            if (!atEnd)
                continue;
            return std::nullopt; // unterminated quote
        }
        if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '(' || c == '[' || c == '{') {
            ++depth;
        } else if (c == ')' || c == ']' || c == '}') {
            if (--depth < 0)
                return std::nullopt;
        } else if (c == ',' && (depth == 0 || atEnd)) {
            const QByteArrayView argument = trimmed(arguments.sliced(argumentBegin, i - argumentBegin));
            argumentBegin = i + 1;
            if (!first) {
                first = argument;
            } else if (!argument.isEmpty() && !isKeywordArgument(argument)) {
                return std::nullopt;
            }
        }
    }
    if (depth != 0)
        return std::nullopt;
    return first;
}

QByteArrayView unquoted(QByteArrayView text)
{
    if (text.size() >= 2 && (text.front() == '\'' || text.front() == '"') && text.back() == text.front())
        return text.sliced(1, text.size() - 2);
    return text;
}

std::optional<double> parseNumber(QByteArrayView text)
{
    if (text == "True" || text == "np.True_" || text == "numpy.True_")
        return 1.0;
    if (text == "False" || text == "np.False_" || text == "numpy.False_")
        return 0.0;
    // from_chars refuses a leading '+' that Decimal('+1') or a hand-written log may have.
    if (text.size() >= 2 && text.front() == '+' && text[1] != '-' && text[1] != '+')
        text = text.sliced(1);
    if (text.isEmpty())
        return std::nullopt;
    double value = 0;
    const char *const end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value, std::chars_format::general);
    if (error != std::errc() || stop != end)
        return std::nullopt;
    return value;
}

bool isAcceptableKey(QByteArrayView key, qsizetype maxLength)
{
    if (key.isEmpty() || key.size() > maxLength)
        return false;
    for (const char c : key) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f)
            return false;
    }
    return true;
}

} // namespace

MetricsLogParser::MetricsLogParser()
    : MetricsLogParser(MetricsLogParserOptions())
{
}

MetricsLogParser::MetricsLogParser(const MetricsLogParserOptions &options)
    : m_options(options)
    , m_series(options.limits)
{
    m_options.maxLineLength = std::max<qsizetype>(m_options.maxLineLength, 64);
    m_options.maxNameLength = std::max<qsizetype>(m_options.maxNameLength, 1);
}

int MetricsLogParser::feed(QByteArrayView chunk)
{
    m_statistics.byteCount += chunk.size();
    int applied = 0;
    const char *p = chunk.data();
    const char *const end = p + chunk.size();
    while (p < end) {
        const char *lineBreak = findLineBreak(p, end);
        if (!lineBreak) {
            appendPartial(p, end);
            m_lastByteWasCr = false;
            break;
        }
        // The '\n' of a "\r\n" pair whose '\r' already ended the line.
        if (*lineBreak == '\n' && lineBreak == p && m_lastByteWasCr && m_partialLine.isEmpty()
            && !m_skippingOverlongLine) {
            m_lastByteWasCr = false;
            ++p;
            continue;
        }
        if (!m_partialLine.isEmpty() || m_skippingOverlongLine)
            appendPartial(p, lineBreak);
        if (m_skippingOverlongLine) {
            m_skippingOverlongLine = false;
            ++m_statistics.lineCount;
            ++m_statistics.overlongLineCount;
        } else if (!m_partialLine.isEmpty()) {
            applied += processLine(m_partialLine);
            m_partialLine.resize(0);
        } else {
            applied += processLine(QByteArrayView(p, lineBreak));
        }
        m_lastByteWasCr = *lineBreak == '\r';
        p = lineBreak + 1;
    }
    return applied;
}

int MetricsLogParser::finish()
{
    int applied = 0;
    if (m_skippingOverlongLine) {
        ++m_statistics.lineCount;
        ++m_statistics.overlongLineCount;
    } else if (!m_partialLine.isEmpty()) {
        applied = processLine(m_partialLine);
    }
    m_partialLine.clear();
    m_skippingOverlongLine = false;
    m_lastByteWasCr = false;
    return applied;
}

void MetricsLogParser::reset()
{
    m_series = MetricSeriesSet(m_options.limits);
    m_statistics = {};
    m_partialLine.clear();
    m_scratch.clear();
    m_skippingOverlongLine = false;
    m_lastByteWasCr = false;
    m_recentKeys.clear();
    m_indexByKey.clear();
}

MetricSeriesSet MetricsLogParser::takeSeries()
{
    MetricSeriesSet taken = std::move(m_series);
    m_series = MetricSeriesSet(m_options.limits);
    // Cached indexes point into the set that just left.
    m_recentKeys.clear();
    m_indexByKey.clear();
    return taken;
}

void MetricsLogParser::appendPartial(const char *begin, const char *end)
{
    if (m_skippingOverlongLine)
        return;
    const qsizetype length = end - begin;
    if (m_partialLine.size() + length > m_options.maxLineLength) {
        // Too long to be a metric line: skip to its end without keeping it.
        m_partialLine.clear();
        m_skippingOverlongLine = true;
        return;
    }
    m_partialLine.append(begin, length);
}

int MetricsLogParser::processLine(QByteArrayView line)
{
    ++m_statistics.lineCount;
    if (line.size() > m_options.maxLineLength) {
        ++m_statistics.overlongLineCount;
        return 0;
    }
    if (line.size() < kStepTag.size() + 1)
        return 0;

    QByteArrayView text = line;
    if (std::memchr(line.data(), kEscape, std::size_t(line.size()))) {
        stripEscapes(line, m_scratch);
        text = m_scratch;
    }
    text = withoutRepeatSuffix(trimmed(text));

    qint64 step = 0;
    qsizetype cursor = 0;
    if (!findStep(text, step, cursor))
        return 0;
    ++m_statistics.metricLineCount;

    int recorded = 0;
    std::size_t position = 0;
    qsizetype fieldBegin = -1;
    // Here text[cursor..] is empty or starts with " - ".
    while (cursor < text.size()) {
        const qsizetype start = cursor + kFieldSeparator.size();
        if (fieldBegin < 0)
            fieldBegin = start;
        qsizetype next = text.indexOf(kFieldSeparator, start);
        if (next < 0)
            next = text.size();
        cursor = next;
        // Look for the colon only in the new segment: earlier segments of this field
        // had none, and rescanning them would make a line of bare " - " quadratic.
        const qsizetype colonInSegment = text.sliced(start, next - start).indexOf(':');
        if (colonInSegment < 0) {
            // A key that itself contains " - ": the field goes on after the separator.
            if (next < text.size())
                continue;
            ++m_statistics.ignoredFieldCount;
            break;
        }
        const QByteArrayView field = text.sliced(fieldBegin, next - fieldBegin);
        const qsizetype colon = start + colonInSegment - fieldBegin;
        fieldBegin = -1;

        const QByteArrayView key = trimmed(field.first(colon));
        const std::optional<double> value = parseValue(field.sliced(colon + 1));
        if (!value || !isAcceptableKey(key, m_options.maxNameLength)) {
            ++m_statistics.ignoredFieldCount;
            continue;
        }
        m_series.record(metricIndexFor(key, position++), step, *value);
        ++m_statistics.valueCount;
        ++recorded;
    }
    return recorded > 0 ? 1 : 0;
}

int MetricsLogParser::metricIndexFor(QByteArrayView key, std::size_t position)
{
    if (position < m_recentKeys.size() && QByteArrayView(m_recentKeys[position].key) == key)
        return m_recentKeys[position].index;

    const QByteArray keyBytes = key.toByteArray();
    int index = m_indexByKey.value(keyBytes, -1);
    if (index < 0) {
        index = m_series.addMetric(QString::fromUtf8(key));
        // Several byte keys can decode to one name (invalid UTF-8 becomes U+FFFD), so
        // cap the aliases too; keys past the cap are simply looked up by name each time.
        if (index >= 0 && m_indexByKey.size() < 2 * qsizetype(m_series.limits().maxMetrics))
            m_indexByKey.insert(keyBytes, index);
    }
    if (position < kMaxRecentKeys) {
        if (position >= m_recentKeys.size())
            m_recentKeys.resize(position + 1);
        m_recentKeys[position] = KeySlot { keyBytes, index };
    }
    return index;
}

std::optional<double> MetricsLogParser::parseValue(QByteArrayView text)
{
    text = trimmed(text);
    // Unwrap np.float64(…), tensor(…, device=…), Decimal('…'); two levels are plenty.
    for (int depth = 0; depth < 3 && text.endsWith(')'); ++depth) {
        const qsizetype open = text.indexOf('(');
        if (open <= 0 || !isQualifiedIdentifier(text.first(open)))
            return std::nullopt;
        const std::optional<QByteArrayView> argument = soleValueArgument(text.sliced(open + 1, text.size() - open - 2));
        if (!argument)
            return std::nullopt;
        text = unquoted(trimmed(*argument));
    }
    return parseNumber(text);
}

Result<MetricSeriesSet> MetricsLogParser::parseFile(const QString &path)
{
    return parseFile(path, MetricsLogParserOptions());
}

Result<MetricSeriesSet> MetricsLogParser::parseFile(const QString &path, const MetricsLogParserOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(Error::Code::Io,
            QCoreApplication::translate("MetricsLogParser",
                "Cannot open the log file %1. Check that it exists and that "
                "you may read it.")
                .arg(path),
            file.errorString());
    }
    MetricsLogParser parser(options);
    QByteArray buffer(kFileChunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 count = file.read(buffer.data(), buffer.size());
        if (count < 0) {
            return Error(Error::Code::Io,
                QCoreApplication::translate(
                    "MetricsLogParser", "Reading the log file %1 failed. Check the disk and try again.")
                    .arg(path),
                file.errorString());
        }
        if (count == 0)
            break;
        parser.feed(QByteArrayView(buffer.constData(), count));
    }
    parser.finish();
    qCDebug(lcMetrics) << "parsed" << parser.statistics().lineCount << "lines," << parser.statistics().metricLineCount
                       << "metric lines";
    return parser.takeSeries();
}

} // namespace RayDeck
