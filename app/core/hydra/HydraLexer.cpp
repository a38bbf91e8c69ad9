// SPDX-License-Identifier: GPL-3.0-or-later
#include "HydraLexer.h"

#include <array>

namespace RayDeck {

namespace {

using Type = HydraToken::Type;

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// The characters of UNQUOTED_CHAR in Hydra 1.3.
bool isUnquotedChar(QChar c)
{
    return QStringView(u"/-\\+.$%*@?|").contains(c);
}

// The characters that may follow a backslash in ESC.
bool isEscapable(QChar c)
{
    return QStringView(u"\\()[]{}:=, \t").contains(c);
}

class Scanner
{
public:
    explicit Scanner(QStringView input)
        : m_s(input)
        , m_n(int(input.size()))
    {
    }

    QChar at(int i) const { return i < m_n ? m_s[i] : QChar(); }
    int size() const { return m_n; }

    int blanksEnd(int p) const
    {
        while (p < m_n && isBlank(m_s[p]))
            ++p;
        return p;
    }

    // DIGIT (('_')? DIGIT)*, or -1.
    int digitsEnd(int p) const
    {
        if (!isDigit(at(p)))
            return -1;
        ++p;
        for (;;) {
            if (isDigit(at(p)))
                ++p;
            else if (at(p) == u'_' && isDigit(at(p + 1)))
                p += 2;
            else
                return p;
        }
    }

    // INT_UNSIGNED: '0' | [1-9] (('_')? DIGIT)*, or -1.
    int intUnsignedEnd(int p) const
    {
        if (at(p) == u'0')
            return p + 1;
        if (!isDigit(at(p)))
            return -1;
        return digitsEnd(p);
    }

    // POINT_FLOAT: INT_UNSIGNED '.' | INT_UNSIGNED? '.' DIGIT (('_')? DIGIT)*, longest, or -1.
    int pointFloatEnd(int p) const
    {
        const int intEnd = intUnsignedEnd(p);
        const int dot = intEnd < 0 ? p : intEnd;
        if (at(dot) != u'.')
            return -1;
        const int fraction = digitsEnd(dot + 1);
        if (fraction >= 0)
            return fraction;
        return intEnd < 0 ? -1 : dot + 1;
    }

    // [eE] [+-]? DIGIT (('_')? DIGIT)* after a mantissa ending at p, or -1.
    int exponentEnd(int p) const
    {
        if (p < 0 || (at(p) != u'e' && at(p) != u'E'))
            return -1;
        ++p;
        if (at(p) == u'+' || at(p) == u'-')
            ++p;
        return digitsEnd(p);
    }

    bool matchesWordCaseless(int p, QStringView word) const
    {
        if (p + word.size() > m_n)
            return false;
        return m_s.mid(p, word.size()).compare(word, Qt::CaseInsensitive) == 0;
    }

    int floatEnd(int p) const
    {
        if (at(p) == u'+' || at(p) == u'-')
            ++p;
        int best = -1;
        const int point = pointFloatEnd(p);
        best = std::max(best, point);
        best = std::max(best, exponentEnd(point));
        best = std::max(best, exponentEnd(intUnsignedEnd(p)));
        if (matchesWordCaseless(p, u"inf") || matchesWordCaseless(p, u"nan"))
            best = std::max(best, p + 3);
        return best;
    }

    int intEnd(int p) const
    {
        if (at(p) == u'+' || at(p) == u'-')
            ++p;
        return intUnsignedEnd(p);
    }

    // ID: (CHAR|'_') (CHAR|DIGIT|'_'|'-')*
    int idEnd(int p) const
    {
        if (!isAsciiLetter(at(p)) && at(p) != u'_')
            return -1;
        ++p;
        while (isAsciiLetter(at(p)) || isDigit(at(p)) || at(p) == u'_' || at(p) == u'-')
            ++p;
        return p;
    }

    // KEY_SPECIAL: (CHAR|'_'|'$') (CHAR|DIGIT|'_'|'-'|'$')*
    int keySpecialEnd(int p) const
    {
        if (!isAsciiLetter(at(p)) && at(p) != u'_' && at(p) != u'$')
            return -1;
        ++p;
        while (isAsciiLetter(at(p)) || isDigit(at(p)) || at(p) == u'_' || at(p) == u'-' || at(p) == u'$')
            ++p;
        return p;
    }

    // DOT_PATH: (KEY_SPECIAL | INT_UNSIGNED) ('.' (KEY_SPECIAL | INT_UNSIGNED))+
    int dotPathEnd(int p) const
    {
        auto segmentEnd = [this](int q) {
            const int special = keySpecialEnd(q);
            return special >= 0 ? special : intUnsignedEnd(q);
        };
        int q = segmentEnd(p);
        if (q < 0)
            return -1;
        int segments = 1;
        while (at(q) == u'.') {
            const int next = segmentEnd(q + 1);
            if (next < 0)
                break;
            q = next;
            ++segments;
        }
        return segments >= 2 ? q : -1;
    }

    int wordCaselessEnd(int p, QStringView word) const { return matchesWordCaseless(p, word) ? p + int(word.size()) : -1; }

    int escapeEnd(int p) const
    {
        int q = p;
        while (at(q) == u'\\' && q + 1 < m_n && isEscapable(at(q + 1)))
            q += 2;
        return q > p ? q : -1;
    }

    // QUOTED_VALUE: the first matching quote preceded by an even run of backslashes closes it.
    int quotedEnd(int p) const
    {
        const QChar quote = at(p);
        if (quote != u'\'' && quote != u'"')
            return -1;
        int backslashes = 0;
        for (int q = p + 1; q < m_n; ++q) {
            const QChar c = m_s[q];
            if (c == quote && backslashes % 2 == 0)
                return q + 1;
            backslashes = c == u'\\' ? backslashes + 1 : 0;
        }
        return -1;
    }

    // INTERPOLATION: '${' ~('}')+ '}'
    int interpolationEnd(int p) const
    {
        if (at(p) != u'$' || at(p + 1) != u'{')
            return -1;
        int q = p + 2;
        while (q < m_n && m_s[q] != u'}')
            ++q;
        if (q >= m_n || q == p + 2)
            return -1;
        return q + 1;
    }

    // `WS? <c> WS?` style punctuation; trailingBlanks says whether blanks after it belong to the token.
    int punctuationEnd(int p, QChar c, bool leadingBlanks, bool trailingBlanks) const
    {
        const int q = leadingBlanks ? blanksEnd(p) : p;
        if (at(q) != c)
            return -1;
        return trailingBlanks ? blanksEnd(q + 1) : q + 1;
    }

private:
    QStringView m_s;
    int m_n;
};

QString describeChar(QChar c)
{
    if (c == u' ')
        return HydraLexer::tr("a space");
    if (c == u'\t')
        return HydraLexer::tr("a tab");
    if (c == u'\n' || c == u'\r')
        return HydraLexer::tr("a line break");
    if (c.unicode() < 0x20 || c.unicode() == 0x7f)
        return HydraLexer::tr("the control character U+%1").arg(c.unicode(), 4, 16, QChar(u'0'));
    return u'\'' + QString(c) + u'\'';
}

} // namespace

int HydraToken::symbolColumn(QStringView input) const
{
    int column = start;
    while (column < end - 1 && (input[column] == u' ' || input[column] == u'\t'))
        ++column;
    return column;
}

HydraParseResult<QList<HydraToken>> HydraLexer::tokenize(QStringView input, StartMode mode)
{
    const Scanner s(input);
    QList<HydraToken> tokens;
    bool valueMode = mode == StartMode::Value;
    int p = 0;

    while (p < s.size()) {
        const QChar c = s.at(p);
        if (!valueMode) {
            Type type = Type::End;
            int end = p + 1;
            switch (c.unicode()) {
            case u'=':
                type = Type::Equal;
                end = s.blanksEnd(p + 1);
                break;
            case u'~':
                type = Type::Tilde;
                break;
            case u'+':
                type = Type::Plus;
                break;
            case u'@':
                type = Type::At;
                break;
            case u':':
                type = Type::Colon;
                break;
            case u'/':
                type = Type::Slash;
                break;
            default: {
                // Longest of ID, KEY_SPECIAL, DOT_PATH; ID wins a tie with KEY_SPECIAL.
                const int id = s.idEnd(p);
                const int special = s.keySpecialEnd(p);
                const int dotPath = s.dotPathEnd(p);
                end = std::max({id, special, dotPath});
                if (end < 0) {
                    if (isBlank(c))
                        return HydraParseError(p, tr("A key cannot contain spaces or tabs; write key=value with no "
                                                     "blanks before the '='."));
                    return HydraParseError(p, tr("%1 cannot appear in a key. Keys are names joined by dots, "
                                                 "such as trainer.total_epochs.")
                                                  .arg(describeChar(c)));
                }
                type = dotPath == end ? Type::DotPath : id == end ? Type::Id : Type::KeySpecial;
                break;
            }
            }
            tokens.append({type, p, end});
            p = end;
            if (type == Type::Equal)
                valueMode = true;
            continue;
        }

        // Value mode: every rule's match length, the longest wins, ties go to the earlier rule.
        struct Candidate
        {
            Type type;
            int end;
        };
        const std::array<Candidate, 19> candidates{{
            {Type::ParenOpen, s.punctuationEnd(p, u'(', true, true)},
            {Type::Comma, s.punctuationEnd(p, u',', true, true)},
            {Type::ParenClose, s.punctuationEnd(p, u')', true, false)},
            {Type::BracketOpen, s.punctuationEnd(p, u'[', false, true)},
            {Type::BracketClose, s.punctuationEnd(p, u']', true, false)},
            {Type::BraceOpen, s.punctuationEnd(p, u'{', false, true)},
            {Type::BraceClose, s.punctuationEnd(p, u'}', true, false)},
            {Type::Colon, s.punctuationEnd(p, u':', true, true)},
            {Type::Equal, s.punctuationEnd(p, u'=', true, true)},
            {Type::Float, s.floatEnd(p)},
            {Type::Int, s.intEnd(p)},
            {Type::Bool, std::max(s.wordCaselessEnd(p, u"true"), s.wordCaselessEnd(p, u"false"))},
            {Type::Null, s.wordCaselessEnd(p, u"null")},
            {Type::UnquotedChar, isUnquotedChar(c) ? p + 1 : -1},
            {Type::Id, s.idEnd(p)},
            {Type::Escape, s.escapeEnd(p)},
            {Type::Whitespace, isBlank(c) ? s.blanksEnd(p) : -1},
            {Type::Quoted, s.quotedEnd(p)},
            {Type::Interpolation, s.interpolationEnd(p)},
        }};
        Candidate best{Type::End, -1};
        for (const Candidate &candidate : candidates) {
            if (candidate.end > best.end)
                best = candidate;
        }
        if (best.end <= p) {
            if (c == u'\'' || c == u'"')
                return HydraParseError(p, tr("The quoted text starting here has no closing %1. Add it, and write "
                                             "a %1 inside the text as \\%1.")
                                              .arg(c));
            return HydraParseError(p, tr("%1 cannot appear in an unquoted value. Put the whole value in double "
                                         "quotes, for example key=\"...\".")
                                          .arg(describeChar(c)));
        }
        tokens.append({best.type, p, best.end});
        p = best.end;
    }
    tokens.append({Type::End, int(input.size()), int(input.size())});
    return tokens;
}

} // namespace RayDeck
