// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshConfigParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <glob.h>
#endif

namespace RayDeck {

using namespace Qt::StringLiterals;

namespace {

// OpenSSH gives up on deeper nesting, which also stops include loops.
constexpr int maximumIncludeDepth = 16;

bool isDelimiterSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

QStringView skipSpaces(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && isDelimiterSpace(text.at(i)))
        ++i;
    return text.mid(i);
}

/// The next word of a config line the way OpenSSH finds the keyword: it ends at
/// white space, "=" or a quote, and one "=" between keyword and value is skipped.
std::optional<QString> takeKeyword(QStringView &text)
{
    qsizetype end = 0;
    while (end < text.size() && !isDelimiterSpace(text.at(end)) && text.at(end) != u'"' && text.at(end) != u'=')
        ++end;
    if (end == text.size()) {
        const QString word = text.toString();
        text = {};
        return word;
    }
    if (text.at(end) == u'"') {
        const qsizetype close = text.indexOf(u'"', end + 1);
        if (close < 0)
            return std::nullopt;
        const QString word = text.left(end).toString() + text.mid(end + 1, close - end - 1).toString();
        text = skipSpaces(text.mid(close + 1));
        return word;
    }
    const bool sawEquals = text.at(end) == u'=';
    const QString word = text.left(end).toString();
    text = skipSpaces(text.mid(end + 1));
    if (!sawEquals && text.startsWith(u'='))
        text = skipSpaces(text.mid(1));
    return word;
}

QString trimmedRight(QString line)
{
    while (!line.isEmpty()
           && (line.back() == u' ' || line.back() == u'\t' || line.back() == u'\r' || line.back() == u'\n'
               || line.back() == u'\f'))
        line.chop(1);
    return line;
}

} // namespace

SshConfigParser::SshConfigParser(SshConfigEnvironment environment)
    : m_environment(std::move(environment))
{
}

QString SshConfigParser::defaultUserConfigPath() const
{
    return m_environment.includeHomeDirectory + u"/.ssh/config"_s;
}

QString SshConfigParser::defaultSystemConfigPath()
{
    return u"/etc/ssh/ssh_config"_s;
}

std::optional<QStringList> SshConfigParser::splitArguments(const QString &text)
{
    QStringList arguments;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (text.at(i) == u' ' || text.at(i) == u'\t') {
            ++i;
            continue;
        }
        if (text.at(i) == u'#')
            break;
        QString argument;
        QChar quote;
        for (; i < size; ++i) {
            const QChar c = text.at(i);
            if (c == u'\\') {
                const QChar next = i + 1 < size ? text.at(i + 1) : QChar();
                if (next == u'\'' || next == u'"' || next == u'\\' || (quote.isNull() && next == u' ')) {
                    ++i;
                    argument += next;
                } else {
                    argument += c;
                }
            } else if (quote.isNull() && (c == u' ' || c == u'\t')) {
                break;
            } else if (quote.isNull() && (c == u'"' || c == u'\'')) {
                quote = c;
            } else if (!quote.isNull() && c == quote) {
                quote = QChar();
            } else {
                argument += c;
            }
        }
        if (i >= size && !quote.isNull())
            return std::nullopt;
        arguments << argument;
    }
    return arguments;
}

Result<SshConfigDocument> SshConfigParser::parse(const QString &userConfigPath, const QString &systemConfigPath) const
{
    const QFileInfo info(userConfigPath);
    if (!info.exists()) {
        return Error(Error::Code::NotFound,
                     tr("There is no SSH configuration file at %1. Choose another file, or add servers by hand.")
                         .arg(userConfigPath));
    }
    QFile probe(userConfigPath);
    if (!info.isFile() || !probe.open(QIODevice::ReadOnly)) {
        return Error(Error::Code::Io,
                     tr("Cannot read the SSH configuration file %1: %2").arg(userConfigPath, probe.errorString()));
    }
    probe.close();

    SshConfigDocument document;
    ReadState state{document.notes};
    document.files.push_back(parseFile(userConfigPath, Scope::User, 0, state));
    if (!systemConfigPath.isEmpty() && QFileInfo(systemConfigPath).isFile())
        document.files.push_back(parseFile(systemConfigPath, Scope::System, 0, state));
    return document;
}

SshConfigFile SshConfigParser::parseFile(const QString &path, Scope scope, int depth, ReadState &state) const
{
    QStringList &notes = state.notes;
    SshConfigFile file;
    file.path = path;
    const QFileInfo info(path);
    if (info.isDir()) {
        notes << tr("%1 is a folder; its settings were not applied.").arg(path);
        return file;
    }
    // Opening a FIFO would block and reading /dev/zero would never end.
    if (info.exists() && !info.isFile()) {
        notes << tr("%1 is not a regular file; its settings were not applied.").arg(path);
        return file;
    }
    if (info.size() > maximumFileSize) {
        notes << tr("%1 is larger than %2 KiB, too large for an SSH configuration; its settings were not applied.")
                     .arg(path)
                     .arg(maximumFileSize / 1024);
        return file;
    }
    // Every Include of a file re-reads it, and a file that includes itself twice
    // would be read 2^16 times before the depth limit: cap the total instead.
    if (state.filesRead >= maximumFilesRead) {
        if (!state.toldAboutFileLimit) {
            notes << tr("More than %1 files were included; %2 and later includes were not read. Check the Include "
                        "lines for a file that includes itself.")
                         .arg(maximumFilesRead)
                         .arg(path);
            state.toldAboutFileLimit = true;
        }
        return file;
    }
    ++state.filesRead;
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        notes << tr("%1 cannot be read (%2); its settings were not applied.").arg(path, input.errorString());
        return file;
    }
    const QStringList lines = QString::fromUtf8(input.read(maximumFileSize)).split(u'\n');
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNumber = int(index + 1);
        const QString line = trimmedRight(lines.at(index));
        QStringView rest(line);
        std::optional<QString> keyword = takeKeyword(rest);
        if (keyword && keyword->isEmpty())
            keyword = takeKeyword(rest);
        if (!keyword) {
            notes << tr("%1 line %2: unclosed quote; the line was ignored.").arg(path).arg(lineNumber);
            continue;
        }
        if (keyword->isEmpty() || keyword->startsWith(u'#'))
            continue;
        rest = skipSpaces(rest);

        SshConfigDirective directive;
        directive.keyword = keyword->toLower();
        directive.line = lineNumber;
        qsizetype skip = 0;
        while (skip < rest.size() && (isDelimiterSpace(rest.at(skip)) || rest.at(skip) == u'='))
            ++skip;
        directive.rawValue = rest.mid(skip).toString();
        std::optional<QStringList> arguments = splitArguments(rest.toString());
        if (!arguments) {
            notes << tr("%1 line %2: unclosed quote; the line was ignored.").arg(path).arg(lineNumber);
            continue;
        }
        directive.arguments = std::move(*arguments);
        // "HostName # later" has no value either: the comment takes the rest
        // of the line. OpenSSH refuses such a line; applying it as an empty
        // value would leave a host with no name to connect to. ProxyCommand
        // alone takes the rest of the line as written, as OpenSSH does.
        const bool takesRawRest = directive.keyword == u"proxycommand" && !directive.rawValue.isEmpty();
        if (directive.arguments.isEmpty() && !takesRawRest) {
            notes << tr("%1 line %2: \"%3\" has no value; the line was ignored.").arg(path).arg(lineNumber).arg(*keyword);
            continue;
        }

        if (directive.keyword == u"include") {
            for (const QString &pattern : std::as_const(directive.arguments)) {
                if (scope == Scope::System && pattern.startsWith(u'~')) {
                    notes << tr("%1 line %2: a system file cannot include \"%3\"; ignored.")
                                 .arg(path)
                                 .arg(lineNumber)
                                 .arg(pattern);
                    continue;
                }
                const QString systemDirectory = QFileInfo(path).absolutePath();
                for (const QString &match : expandInclude(pattern, scope, systemDirectory)) {
                    if (depth + 1 > maximumIncludeDepth) {
                        notes << tr("%1 line %2: includes nest deeper than %3 levels; %4 was not read.")
                                     .arg(path)
                                     .arg(lineNumber)
                                     .arg(maximumIncludeDepth)
                                     .arg(match);
                        continue;
                    }
                    directive.included.push_back(parseFile(match, scope, depth + 1, state));
                }
            }
        }
        file.directives.push_back(std::move(directive));
    }
    return file;
}

QStringList SshConfigParser::expandInclude(const QString &pattern, Scope scope, const QString &systemDirectory) const
{
    QString full = pattern;
    if (!full.startsWith(u'/') && !full.startsWith(u'~')) {
        // The folder of the system file stands in for OpenSSH's compiled-in /etc/ssh.
        full = (scope == Scope::User ? u"~/.ssh/"_s : systemDirectory + u'/') + full;
    }
    if (full.startsWith(u'~')) {
        const qsizetype slash = full.indexOf(u'/');
        const QString user = full.mid(1, (slash < 0 ? full.size() : slash) - 1);
        const QString home = user.isEmpty() ? m_environment.includeHomeDirectory
                                            : (m_environment.homeOfUser ? m_environment.homeOfUser(user) : QString());
        if (home.isEmpty())
            return {};
        full = home + (slash < 0 ? QString() : full.mid(slash));
    }

    QStringList matches;
#ifdef Q_OS_UNIX
    glob_t found{};
    if (::glob(QFile::encodeName(full).constData(), 0, nullptr, &found) == 0) {
        QList<QByteArray> paths;
        for (size_t i = 0; i < found.gl_pathc; ++i)
            paths << QByteArray(found.gl_pathv[i]);
        // OpenSSH's own glob sorts byte-wise, independent of the locale.
        std::sort(paths.begin(), paths.end());
        for (const QByteArray &path : std::as_const(paths))
            matches << QFile::decodeName(path);
    }
    ::globfree(&found);
#else
    if (QFileInfo::exists(full))
        matches << full;
#endif
    return matches;
}

} // namespace RayDeck
