// SPDX-License-Identifier: GPL-3.0-or-later
#include "HydraNumbers.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace RayDeck::HydraNumbers {

namespace {

// Underscores are allowed only between two digits, as in Python literals.
std::optional<QString> withoutUnderscores(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_') {
            const bool between = i > 0 && i + 1 < text.size() && text[i - 1].isDigit() && text[i + 1].isDigit();
            if (!between)
                return std::nullopt;
            continue;
        }
        result += text[i];
    }
    return result;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

std::optional<qint64> parseInt(QStringView text)
{
    const std::optional<QString> clean = withoutUnderscores(text.trimmed());
    if (!clean || clean->isEmpty())
        return std::nullopt;
    qsizetype start = (clean->front() == u'+' || clean->front() == u'-') ? 1 : 0;
    if (start >= clean->size())
        return std::nullopt;
    for (qsizetype i = start; i < clean->size(); ++i) {
        if (!isAsciiDigit(clean->at(i)))
            return std::nullopt;
    }
    bool ok = false;
    const qint64 value = clean->toLongLong(&ok, 10);
    if (!ok)
        return std::nullopt;
    return value;
}

std::optional<double> parseFloat(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    QStringView magnitude = trimmed;
    double sign = 1.0;
    if (!magnitude.isEmpty() && (magnitude.front() == u'+' || magnitude.front() == u'-')) {
        sign = magnitude.front() == u'-' ? -1.0 : 1.0;
        magnitude = magnitude.mid(1);
    }
    if (magnitude.compare(u"inf", Qt::CaseInsensitive) == 0 || magnitude.compare(u"infinity", Qt::CaseInsensitive) == 0)
        return sign * std::numeric_limits<double>::infinity();
    if (magnitude.compare(u"nan", Qt::CaseInsensitive) == 0)
        return std::copysign(std::numeric_limits<double>::quiet_NaN(), sign);

    const std::optional<QString> clean = withoutUnderscores(magnitude);
    static const QRegularExpression decimal(QStringLiteral("^(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"));
    if (!clean || !decimal.match(*clean).hasMatch())
        return std::nullopt;
    bool ok = false;
    double value = QLocale::c().toDouble(*clean, &ok);
    if (!ok) {
        // The format is valid, so only the range failed: Python gives inf for huge
        // values and 0.0 for tiny ones.
        const qsizetype e = clean->indexOf(u'e', 0, Qt::CaseInsensitive);
        const bool tiny = e >= 0 && clean->at(e + 1) == u'-';
        value = tiny ? 0.0 : std::numeric_limits<double>::infinity();
    }
    return sign * value;
}

QString pythonRepr(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value < 0 ? QStringLiteral("-inf") : QStringLiteral("inf");

    // The shortest digits that read back as the same double, laid out by Python's rules:
    // positional for exponents -4..15, scientific otherwise.
    // signbit, because Qt prints -0.0 without its sign.
    const bool negative = std::signbit(value);
    const QString scientific = QString::number(std::fabs(value), 'e', QLocale::FloatingPointShortest);
    const qsizetype ePos = scientific.indexOf(u'e');
    QString digits = scientific.left(ePos);
    const int exponent = scientific.mid(ePos + 1).toInt();
    digits.remove(u'.');

    QString result;
    if (exponent >= -4 && exponent < 16) {
        if (exponent >= 0) {
            QString integerPart = digits.left(exponent + 1);
            const QString fraction = digits.mid(exponent + 1);
            integerPart += QString(std::max<qsizetype>(0, exponent + 1 - integerPart.size()), u'0');
            result = integerPart + u'.' + (fraction.isEmpty() ? QStringLiteral("0") : fraction);
        } else {
            result = QStringLiteral("0.") + QString(-exponent - 1, u'0') + digits;
        }
    } else {
        QString mantissa = digits.left(1);
        if (digits.size() > 1)
            mantissa += u'.' + digits.mid(1);
        const QString exponentDigits = QString::number(std::abs(exponent)).rightJustified(2, u'0');
        result = mantissa + u'e' + (exponent < 0 ? u'-' : u'+') + exponentDigits;
    }
    return negative ? u'-' + result : result;
}

QString hydraLiteral(double value)
{
    QString text = pythonRepr(value);
    const qsizetype e = text.indexOf(u'e');
    if (e < 0)
        return text;
    QString exponent = text.mid(e + 1);
    const bool negative = exponent.startsWith(u'-');
    if (negative || exponent.startsWith(u'+'))
        exponent.remove(0, 1);
    while (exponent.size() > 1 && exponent.startsWith(u'0'))
        exponent.remove(0, 1);
    return text.left(e + 1) + (negative ? QStringLiteral("-") : QString()) + exponent;
}

} // namespace RayDeck::HydraNumbers
