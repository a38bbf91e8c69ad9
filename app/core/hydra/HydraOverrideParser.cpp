// SPDX-License-Identifier: GPL-3.0-or-later
#include "HydraOverrideParser.h"

#include "HydraFunctions.h"
#include "HydraLexer.h"
#include "HydraNumbers.h"

namespace RayDeck {

namespace {

using Type = HydraToken::Type;

bool isPrimitiveToken(Type type)
{
    switch (type) {
    case Type::Id:
    case Type::Null:
    case Type::Int:
    case Type::Float:
    case Type::Bool:
    case Type::Interpolation:
    case Type::UnquotedChar:
    case Type::Colon:
    case Type::Escape:
    case Type::Whitespace:
        return true;
    default:
        return false;
    }
}

// dictKey in the grammar: a primitive without ':' and interpolations.
bool isDictKeyToken(Type type)
{
    return isPrimitiveToken(type) && type != Type::Colon && type != Type::Interpolation;
}

// ESC is a run of backslash pairs; the escaped character is the second of each pair.
QString unescape(QStringView escapes)
{
    QString result;
    for (qsizetype i = 1; i < escapes.size(); i += 2)
        result += escapes[i];
    return result;
}

// Inside quotes only backslashes right before a quote of the same kind (or the
// closing quote) are escapes: such a run is halved, and an odd one leaves the quote literal.
QString unquote(QStringView token)
{
    const QChar quote = token.front();
    const QStringView content = token.mid(1, token.size() - 2);
    QString result;
    result.reserve(content.size());
    qsizetype i = 0;
    while (i < content.size()) {
        if (content[i] != u'\\') {
            result += content[i++];
            continue;
        }
        qsizetype run = 0;
        while (i + run < content.size() && content[i + run] == u'\\')
            ++run;
        const qsizetype after = i + run;
        if (after == content.size()) {
            result += QString(run / 2, u'\\');
            i = after;
        } else if (content[after] == quote) {
            result += QString(run / 2, u'\\');
            result += quote;
            i = after + 1;
        } else {
            result += QString(run, u'\\');
            i = after;
        }
    }
    return result;
}

class ValueParser
{
    Q_DECLARE_TR_FUNCTIONS(RayDeck::HydraOverrideParser)

public:
    ValueParser(QStringView input, const QList<HydraToken> &tokens, qsizetype position, QString key)
        : m_input(input)
        , m_tokens(tokens)
        , m_pos(position)
        , m_key(std::move(key))
    {
    }

    HydraParseResult<HydraValue> parseValue()
    {
        const int valueStart = peek().start;
        if (peek().type == Type::End)
            return HydraValue::fromString(QString());

        HydraParseResult<HydraValue> first = element(0);
        if (!first)
            return first;
        if (peek().type == Type::Comma) {
            const int commaColumn = peek().symbolColumn(m_input);
            while (peek().type == Type::Comma) {
                const HydraToken comma = next();
                if (peek().type == Type::End)
                    return HydraParseError(comma.symbolColumn(m_input), tr("A value is missing after this ','."));
                HydraParseResult<HydraValue> more = element(0);
                if (!more)
                    return more;
            }
            if (peek().type != Type::End)
                return unexpected(peek());
            return sweepError(commaColumn, m_input.mid(valueStart).trimmed().toString());
        }
        if (peek().type != Type::End)
            return unexpected(peek());
        return first;
    }

private:
    const HydraToken &peek(qsizetype ahead = 0) const
    {
        const qsizetype index = std::min(m_pos + ahead, m_tokens.size() - 1);
        return m_tokens.at(index);
    }

    HydraToken next()
    {
        const HydraToken token = peek();
        if (m_pos < m_tokens.size() - 1)
            ++m_pos;
        return token;
    }

    QString symbolText(const HydraToken &token) const
    {
        const int column = token.symbolColumn(m_input);
        return m_input.mid(column, token.end - column).toString();
    }

    HydraParseError sweepError(int column, const QString &valueText) const
    {
        const QString key = m_key.isEmpty() ? QStringLiteral("key") : m_key;
        return HydraParseError(column, tr("A comma outside brackets makes Hydra sweep over several values, which "
                                          "only works with --multirun; a single run fails with \"Ambiguous value\". "
                                          "For a list write %1=[%2]; for text with a comma quote it: %1=\"%2\"; to "
                                          "try each value, launch one job per value.")
                                           .arg(key, valueText));
    }

    HydraParseError unexpected(const HydraToken &token) const
    {
        const int column = token.symbolColumn(m_input);
        switch (token.type) {
        case Type::End:
            return HydraParseError(column, tr("The value ends too early."));
        case Type::Equal:
            return HydraParseError(column, tr("'=' inside a value must be escaped as \\= or the value quoted."));
        case Type::ParenOpen:
            return HydraParseError(column, tr("'(' inside a value must be escaped as \\( or the value quoted."));
        case Type::ParenClose:
        case Type::BracketClose:
        case Type::BraceClose: {
            const QString symbol = symbolText(token);
            return HydraParseError(column, tr("'%1' has no opening bracket to close; escape it as \\%1 or quote "
                                              "the value.")
                                               .arg(symbol));
        }
        case Type::BraceOpen:
            if (token.start > 0 && m_input[token.start - 1] == u'$')
                return HydraParseError(token.start - 1, tr("The interpolation '${' has no closing '}'."));
            Q_FALLTHROUGH();
        case Type::BracketOpen: {
            const QString symbol = m_input.mid(token.start, 1).toString();
            return HydraParseError(column, tr("'%1' cannot follow other text; escape it as \\%1 or quote the "
                                              "value.")
                                               .arg(symbol));
        }
        case Type::Quoted:
            return HydraParseError(column, tr("Quoted text must be a whole value (or a whole list item); put all "
                                              "of the text inside the quotes."));
        case Type::Comma:
            return HydraParseError(column, tr("A value is missing before this ','."));
        case Type::Colon:
            return HydraParseError(column, tr("':' is not expected here; escape it as \\: or quote the value."));
        default:
            return HydraParseError(column, tr("'%1' is not expected here; quote the value if it is text.")
                                               .arg(symbolText(token)));
        }
    }

    HydraParseResult<HydraValue> element(int depth)
    {
        if (depth >= HydraOverrideParser::maxNesting)
            return HydraParseError(peek().start, tr("Lists, dicts and functions are nested too deeply here."));
        const HydraToken &token = peek();
        switch (token.type) {
        case Type::BracketOpen:
            return list(depth);
        case Type::BraceOpen:
            return dict(depth);
        case Type::Quoted: {
            const HydraToken quoted = next();
            if (peek().type == Type::Whitespace && peek(1).type == Type::End)
                return HydraParseError(peek().start, tr("Remove the blanks after the closing quote."));
            if (isPrimitiveToken(peek().type) || peek().type == Type::Quoted) {
                const HydraToken &offending = peek().type == Type::Whitespace ? peek(1) : peek();
                return HydraParseError(offending.start, tr("Quoted text must be a whole value (or a whole list "
                                                           "item); put all of the text inside the quotes."));
            }
            return HydraValue::fromString(unquote(quoted.text(m_input)));
        }
        case Type::Id:
            if (peek(1).type == Type::ParenOpen)
                return function(depth);
            return primitive();
        default:
            if (isPrimitiveToken(token.type))
                return primitive();
            return unexpected(token);
        }
    }

    HydraParseResult<HydraValue> primitive()
    {
        const qsizetype first = m_pos;
        while (isPrimitiveToken(peek().type))
            next();
        qsizetype begin = first;
        qsizetype end = m_pos;
        if (peek().type == Type::Quoted)
            return unexpected(peek());

        // Blanks around the value are dropped, blanks inside it are kept.
        if (m_tokens.at(begin).type == Type::Whitespace) {
            if (end - begin == 1)
                return HydraParseError(m_tokens.at(begin).start, tr("A value cannot be only blanks; quote it."));
            ++begin;
        }
        if (m_tokens.at(end - 1).type == Type::Whitespace)
            --end;

        if (end - begin > 1) {
            QString text;
            for (qsizetype i = begin; i < end; ++i) {
                const HydraToken &token = m_tokens.at(i);
                if (token.type == Type::Escape)
                    text += unescape(token.text(m_input));
                else
                    text += token.text(m_input);
            }
            return HydraValue::fromString(text);
        }

        const HydraToken &token = m_tokens.at(begin);
        const QStringView text = token.text(m_input);
        switch (token.type) {
        case Type::Null:
            return HydraValue();
        case Type::Bool:
            return HydraValue::fromBool(text.compare(u"true", Qt::CaseInsensitive) == 0);
        case Type::Int: {
            const std::optional<qint64> value = HydraNumbers::parseInt(text);
            if (!value)
                return HydraParseError(token.start, tr("%1 does not fit in a 64-bit integer; quote it if it is "
                                                       "meant as text.")
                                                        .arg(text));
            return HydraValue::fromInt(*value);
        }
        case Type::Float: {
            const std::optional<double> value = HydraNumbers::parseFloat(text);
            if (!value)
                return HydraParseError(token.start, tr("%1 is not a number RayDeck can read.").arg(text));
            return HydraValue::fromFloat(*value);
        }
        case Type::Interpolation:
            return HydraValue::fromInterpolation(text.toString());
        case Type::Escape:
            return HydraValue::fromString(unescape(text));
        default:
            return HydraValue::fromString(text.toString());
        }
    }

    HydraParseResult<HydraValue> list(int depth)
    {
        const HydraToken open = next();
        HydraValue result = HydraValue::fromList({});
        if (peek().type == Type::BracketClose) {
            next();
            return result;
        }
        for (;;) {
            if (peek().type == Type::End)
                return missingClose(u']', open);
            HydraParseResult<HydraValue> item = element(depth + 1);
            if (!item)
                return item;
            result.append(std::move(item).value());
            const HydraToken &after = peek();
            if (after.type == Type::BracketClose) {
                next();
                return result;
            }
            if (after.type == Type::End)
                return missingClose(u']', open);
            if (after.type != Type::Comma)
                return unexpected(after);
            const HydraToken comma = next();
            if (peek().type == Type::Comma || peek().type == Type::BracketClose)
                return HydraParseError(comma.symbolColumn(m_input), tr("A list item is missing after this ','."));
        }
    }

    HydraParseResult<HydraValue> dict(int depth)
    {
        const HydraToken open = next();
        HydraValue result = HydraValue::emptyDict();
        if (peek().type == Type::BraceClose) {
            next();
            return result;
        }
        for (;;) {
            if (peek().type == Type::End)
                return missingClose(u'}', open);
            HydraParseResult<QString> key = dictKey();
            if (!key)
                return key.error();
            if (peek().type == Type::End)
                return missingClose(u'}', open);
            if (peek().type != Type::Colon)
                return HydraParseError(peek().symbolColumn(m_input),
                                       tr("Expected ':' after the dict key '%1', as in {%1:value}.").arg(key.value()));
            next();
            if (peek().type == Type::End)
                return missingClose(u'}', open);
            HydraParseResult<HydraValue> item = element(depth + 1);
            if (!item)
                return item;
            result.insert(key.value(), std::move(item).value());
            const HydraToken &after = peek();
            if (after.type == Type::BraceClose) {
                next();
                return result;
            }
            if (after.type == Type::End)
                return missingClose(u'}', open);
            if (after.type != Type::Comma)
                return unexpected(after);
            const HydraToken comma = next();
            if (peek().type == Type::Comma || peek().type == Type::BraceClose)
                return HydraParseError(comma.symbolColumn(m_input), tr("A dict entry is missing after this ','."));
        }
    }

    HydraParseResult<QString> dictKey()
    {
        const HydraToken &first = peek();
        if (!isDictKeyToken(first.type)) {
            if (first.type == Type::Colon)
                return HydraParseError(first.symbolColumn(m_input), tr("A dict key is missing before this ':'."));
            if (first.type == Type::Quoted || first.type == Type::Interpolation)
                return HydraParseError(first.start, tr("A dict key cannot be quoted or contain ${...}; write it "
                                                       "bare, escaping blanks and ()[]{}:=, with a backslash."));
            return HydraParseError(first.symbolColumn(m_input), tr("Expected a dict key, as in {name:value}."));
        }
        qsizetype begin = m_pos;
        while (isDictKeyToken(peek().type))
            next();
        qsizetype end = m_pos;
        if (peek().type == Type::Interpolation || peek().type == Type::Quoted)
            return HydraParseError(peek().start, tr("A dict key cannot be quoted or contain ${...}; write it bare, "
                                                    "escaping blanks and ()[]{}:=, with a backslash."));
        if (m_tokens.at(begin).type == Type::Whitespace)
            ++begin;
        if (end > begin && m_tokens.at(end - 1).type == Type::Whitespace)
            --end;
        if (end <= begin)
            return HydraParseError(first.start, tr("A dict key cannot be only blanks."));
        QString key;
        for (qsizetype i = begin; i < end; ++i) {
            const HydraToken &token = m_tokens.at(i);
            key += token.type == Type::Escape ? unescape(token.text(m_input)) : token.text(m_input).toString();
        }
        return key;
    }

    HydraParseResult<HydraValue> function(int depth)
    {
        const HydraToken nameToken = next();
        const QString name = nameToken.text(m_input).toString();
        const HydraToken open = next();
        QList<HydraValue> positional;
        QList<HydraFunctions::NamedArgument> named;

        if (peek().type == Type::ParenClose) {
            next();
            return HydraFunctions::call(name, positional, named, nameToken.start);
        }
        for (;;) {
            if (peek().type == Type::End)
                return missingClose(u')', open);
            const bool isNamed = peek().type == Type::Id && peek(1).type == Type::Equal;
            QString argumentName;
            if (isNamed) {
                argumentName = next().text(m_input).toString();
                next();
                for (const HydraFunctions::NamedArgument &argument : std::as_const(named)) {
                    if (argument.name == argumentName)
                        return HydraParseError(peek().start, tr("The argument %1= is given twice.").arg(argumentName));
                }
            } else if (!named.isEmpty()) {
                return HydraParseError(peek().symbolColumn(m_input),
                                       tr("A positional argument cannot follow a named one."));
            }
            if (peek().type == Type::End)
                return missingClose(u')', open);
            HydraParseResult<HydraValue> argument = element(depth + 1);
            if (!argument)
                return argument;
            if (isNamed)
                named.append({argumentName, std::move(argument).value()});
            else
                positional.append(std::move(argument).value());

            const HydraToken &after = peek();
            if (after.type == Type::ParenClose) {
                next();
                return HydraFunctions::call(name, positional, named, nameToken.start);
            }
            if (after.type == Type::End)
                return missingClose(u')', open);
            if (after.type != Type::Comma)
                return unexpected(after);
            const HydraToken comma = next();
            if (peek().type == Type::Comma || peek().type == Type::ParenClose)
                return HydraParseError(comma.symbolColumn(m_input), tr("An argument is missing after this ','."));
        }
    }

    HydraParseError missingClose(QChar close, const HydraToken &open) const
    {
        const int openColumn = open.symbolColumn(m_input);
        return HydraParseError(int(m_input.size()), tr("Missing '%1' to close the '%2' at column %3.")
                                                        .arg(close)
                                                        .arg(m_input.at(openColumn))
                                                        .arg(openColumn));
    }

    QStringView m_input;
    const QList<HydraToken> &m_tokens;
    qsizetype m_pos;
    QString m_key;
};

} // namespace

HydraParseResult<HydraOverride> HydraOverrideParser::parse(QStringView text)
{
    if (text.isEmpty())
        return HydraParseError(0, tr("The override is empty; write key=value."));

    HydraParseResult<QList<HydraToken>> lexed = HydraLexer::tokenize(text, HydraLexer::StartMode::Key);
    if (!lexed)
        return lexed.error();
    const QList<HydraToken> &tokens = lexed.value();

    HydraOverride result;
    qsizetype pos = 0;
    auto at = [&](qsizetype index) -> const HydraToken & { return tokens.at(std::min(index, tokens.size() - 1)); };

    if (at(pos).type == Type::Tilde) {
        result.type = HydraOverride::Type::Delete;
        ++pos;
    } else if (at(pos).type == Type::Plus) {
        result.type = HydraOverride::Type::Add;
        ++pos;
        if (at(pos).type == Type::Plus) {
            result.type = HydraOverride::Type::ForceAdd;
            ++pos;
        }
    }

    // key: packageOrGroup ('@' package)?, where packageOrGroup is a package or ID ('/' ID)+
    // and a package is empty, an ID, a KEY_SPECIAL or a DOT_PATH.
    auto isPackageToken = [](Type type) { return type == Type::Id || type == Type::KeySpecial || type == Type::DotPath; };
    const int keyStart = at(pos).start;
    if (at(pos).type == Type::Id && at(pos + 1).type == Type::Slash) {
        ++pos;
        while (at(pos).type == Type::Slash) {
            if (at(pos + 1).type != Type::Id)
                return HydraParseError(at(pos + 1).start, tr("A config group path is names joined by '/', such as "
                                                             "hydra/launcher; a name is missing or invalid here."));
            pos += 2;
        }
    } else if (isPackageToken(at(pos).type)) {
        ++pos;
    }
    result.key = text.mid(keyStart, at(pos).start - keyStart).toString();
    if (at(pos).type == Type::At) {
        ++pos;
        const int packageStart = at(pos).start;
        if (isPackageToken(at(pos).type))
            ++pos;
        result.package = text.mid(packageStart, at(pos).start - packageStart).toString();
    }

    const HydraToken &afterKey = at(pos);
    if (afterKey.type == Type::End) {
        if (result.type == HydraOverride::Type::Delete)
            return result;
        return HydraParseError(afterKey.start, tr("Expected '=' after the key: write %1=value (or ~%1 to delete it).")
                                                   .arg(result.fullKey().isEmpty() ? QStringLiteral("key")
                                                                                   : result.fullKey()));
    }
    if (afterKey.type != Type::Equal) {
        const QString symbol = text.mid(afterKey.start, afterKey.end - afterKey.start).toString();
        switch (afterKey.type) {
        case Type::Plus:
        case Type::Tilde:
            return HydraParseError(afterKey.start, tr("'%1' may only stand at the start: +key, ++key or ~key.")
                                                       .arg(symbol));
        case Type::Colon:
            return HydraParseError(afterKey.start, tr("':' cannot appear in a key."));
        default:
            return HydraParseError(afterKey.start, tr("'%1' is not expected in the key here; keys look like "
                                                      "a.b.c, group/name or group@package.")
                                                       .arg(symbol));
        }
    }
    ++pos;

    ValueParser parser(text, tokens, pos, result.fullKey());
    HydraParseResult<HydraValue> value = parser.parseValue();
    if (!value)
        return value.error();
    result.value = std::move(value).value();
    return result;
}

HydraParseResult<HydraOverride> HydraOverrideParser::parseUtf8(const QByteArray &bytes)
{
    return parse(QString::fromUtf8(bytes));
}

HydraParseResult<HydraValue> HydraOverrideParser::parseValue(QStringView text, const QString &keyForMessages)
{
    // After '=' Hydra's lexer swallows the blanks, so a form field does the same.
    qsizetype start = 0;
    while (start < text.size() && (text[start] == u' ' || text[start] == u'\t'))
        ++start;
    HydraParseResult<QList<HydraToken>> lexed = HydraLexer::tokenize(text.mid(start), HydraLexer::StartMode::Value);
    if (!lexed)
        return HydraParseError(lexed.error().column() + int(start), lexed.error().message());

    // Columns from the lexer are relative to the trimmed text; shift them back.
    QList<HydraToken> tokens = lexed.value();
    for (HydraToken &token : tokens) {
        token.start += int(start);
        token.end += int(start);
    }
    ValueParser parser(text, tokens, 0, keyForMessages);
    return parser.parseValue();
}

} // namespace RayDeck
