// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshConfigResolver.h"

#include <QCryptographicHash>
#include <QHash>
#include <QHostAddress>

#include <optional>

namespace RayDeck {

using namespace Qt::StringLiterals;

namespace {

/// OpenSSH's glob: "*" any run of characters, "?" exactly one; nothing else is special.
bool matchPattern(QStringView text, QStringView pattern)
{
    qsizetype t = 0;
    qsizetype p = 0;
    qsizetype starPattern = -1;
    qsizetype starText = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern.at(p) == u'?' || pattern.at(p) == text.at(t))) {
            ++t;
            ++p;
        } else if (p < pattern.size() && pattern.at(p) == u'*') {
            starPattern = p++;
            starText = t;
        } else if (starPattern >= 0) {
            p = starPattern + 1;
            t = ++starText;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == u'*')
        ++p;
    return p == pattern.size();
}

/// A comma-separated pattern list: 1 if a pattern matches, -1 if a negated one does, 0 otherwise.
int matchPatternList(const QString &text, const QString &list, Qt::CaseSensitivity sensitivity)
{
    int result = 0;
    for (QString pattern : list.split(u',')) {
        const bool negated = pattern.startsWith(u'!');
        if (negated)
            pattern.remove(0, 1);
        if (sensitivity == Qt::CaseInsensitive)
            pattern = pattern.toLower();
        if (matchPattern(text, pattern)) {
            if (negated)
                return -1;
            result = 1;
        }
    }
    return result;
}

int matchHostname(const QString &host, const QString &list)
{
    return matchPatternList(host.toLower(), list, Qt::CaseInsensitive);
}

/// OpenSSH treats these as addresses and neither lower-cases nor resolves them as names.
bool looksLikeAddress(const QString &host)
{
    if (host.contains(u'%') || host.contains(u':'))
        return true;
    return std::all_of(host.cbegin(), host.cend(), [](QChar c) { return c.isDigit() || c == u'.'; });
}

struct JumpHop
{
    QString user;
    QString host;
    int port = -1;

    QString toString() const
    {
        QString text;
        if (!user.isEmpty())
            text += user + u'@';
        text += host.contains(u':') ? u'[' + host + u']' : host;
        if (port > 0)
            text += u':' + QString::number(port);
        return text;
    }
};

std::optional<int> parsePortNumber(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port <= 0 || port > 65535 || !std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt;
    return port;
}

/// One ProxyJump element: "ssh://[user@]host[:port][/]" or "[user@]host[:port]" with
/// "[addr]" for IPv6 (OpenSSH 9 accepts brackets only in the second form).
std::optional<JumpHop> parseJumpHop(QString text)
{
    JumpHop hop;
    const bool isUri = text.startsWith(u"ssh://");
    if (isUri) {
        text = text.mid(6);
        if (text.endsWith(u'/'))
            text.chop(1);
        if (text.contains(u'/') || text.contains(u'['))
            return std::nullopt;
    }
    const qsizetype at = text.lastIndexOf(u'@');
    if (at >= 0) {
        hop.user = text.left(at);
        if (hop.user.isEmpty())
            return std::nullopt;
        text = text.mid(at + 1);
    }
    QString portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return std::nullopt;
        hop.host = text.mid(1, close - 1);
        const QString after = text.mid(close + 1);
        if (!after.isEmpty()) {
            if (after.at(0) != u':')
                return std::nullopt;
            portText = after.mid(1);
        }
    } else {
        const qsizetype colon = text.indexOf(u':');
        hop.host = colon < 0 ? text : text.left(colon);
        if (colon >= 0)
            portText = text.mid(colon + 1);
    }
    if (hop.host.isEmpty())
        return std::nullopt;
    if (!portText.isEmpty()) {
        const std::optional<int> port = parsePortNumber(portText);
        if (!port)
            return std::nullopt;
        hop.port = *port;
    }
    return hop;
}

/// The options collected while walking the configuration; first value wins.
struct ResolveState
{
    std::optional<QString> hostName;
    std::optional<QString> user;
    std::optional<int> port;
    std::optional<QString> hostKeyAlias;
    std::optional<QString> proxyCommand;
    QStringList identityFiles;

    bool jumpSet = false;
    bool jumpIsNone = false;
    JumpHop jumpLast;       // OpenSSH keeps the hop nearest the target separately ...
    QString jumpExtra;      // ... and the hops before it as written
    QStringList jumpHops;   // every hop, normalised, first first

    bool wantFinalPass = false;
    QStringList notes;
};

struct PassContext
{
    QString alias;
    bool finalPass = false;
    QString finalHost;
};

} // namespace

SshConfigResolver::SshConfigResolver(SshConfigDocument document, SshConfigEnvironment environment)
    : m_document(std::move(document))
    , m_environment(std::move(environment))
{
}

QStringList SshConfigResolver::concreteHosts() const
{
    QStringList hosts;
    const std::function<void(const SshConfigFile &)> collect = [&](const SshConfigFile &file) {
        for (const SshConfigDirective &directive : file.directives) {
            if (directive.keyword == u"host") {
                for (const QString &pattern : directive.arguments) {
                    if (pattern.isEmpty() || pattern.contains(u'*') || pattern.contains(u'?') || pattern.startsWith(u'!'))
                        continue;
                    if (!hosts.contains(pattern))
                        hosts << pattern;
                }
            } else if (directive.keyword == u"include") {
                for (const SshConfigFile &included : directive.included)
                    collect(included);
            }
        }
    };
    if (!m_document.files.empty())
        collect(m_document.files.front());
    return hosts;
}

SshHostConfig SshConfigResolver::resolve(const QString &alias) const
{
    ResolveState state;
    PassContext context;
    context.alias = alias;
    const SshConfigEnvironment &env = m_environment;

    // HostName may only use %h and %% (OpenSSH refuses anything else).
    const auto expandHostName = [&state](const QString &pattern, const QString &host) {
        QString result;
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            if (pattern.at(i) != u'%') {
                result += pattern.at(i);
                continue;
            }
            const QChar next = i + 1 < pattern.size() ? pattern.at(i + 1) : QChar();
            if (next == u'h') {
                result += host;
            } else if (next == u'%') {
                result += u'%';
            } else {
                state.notes << tr("HostName \"%1\" uses a token other than %h or %%; it was left as written.")
                                   .arg(pattern);
                return pattern;
            }
            ++i;
        }
        return result;
    };

    const auto evaluateMatch = [&](const SshConfigFile &file, const SshConfigDirective &directive) {
        const QString host = context.finalPass ? context.finalHost
            : state.hostName                   ? expandHostName(*state.hostName, alias)
                                               : alias;
        const QString remoteUser = state.user.value_or(env.localUser);
        const QStringList &words = directive.arguments;
        bool result = true;
        int attributes = 0;
        for (qsizetype i = 0; i < words.size(); ++i) {
            QString attribute = words.at(i);
            const bool negate = attribute.startsWith(u'!');
            if (negate)
                attribute.remove(0, 1);
            attribute = attribute.toLower();
            if (attribute == u"all") {
                if (attributes > 1 || i + 1 < words.size()) {
                    state.notes << tr("%1 line %2: \"Match all\" cannot be combined with other criteria; the block "
                                      "was skipped.")
                                       .arg(file.path)
                                       .arg(directive.line);
                    return false;
                }
                return result && !negate;
            }
            ++attributes;
            if (attribute == u"canonical" || attribute == u"final") {
                if (attribute == u"final")
                    state.wantFinalPass = true;
                if (context.finalPass == negate)
                    result = false;
                continue;
            }
            if (i + 1 >= words.size()) {
                state.notes << tr("%1 line %2: \"Match %3\" has no value; the block was skipped.")
                                   .arg(file.path)
                                   .arg(directive.line)
                                   .arg(attribute);
                return false;
            }
            const QString &criteria = words.at(++i);
            bool matched = false;
            if (attribute == u"host") {
                matched = matchHostname(host, criteria) == 1;
            } else if (attribute == u"originalhost") {
                matched = matchHostname(alias, criteria) == 1;
            } else if (attribute == u"user") {
                matched = matchPatternList(remoteUser, criteria, Qt::CaseSensitive) == 1;
            } else if (attribute == u"localuser") {
                matched = matchPatternList(env.localUser, criteria, Qt::CaseSensitive) == 1;
            } else {
                // OpenSSH runs "exec" only while the other criteria still hold; only then it matters.
                if (result) {
                    state.notes << tr("%1 line %2: RayDeck does not evaluate \"Match %3\"; the settings of that "
                                      "block were not applied. Check them by hand.")
                                       .arg(file.path)
                                       .arg(directive.line)
                                       .arg(attribute);
                }
                result = false;
                continue;
            }
            if (matched == negate)
                result = false;
        }
        if (attributes == 0) {
            state.notes << tr("%1 line %2: \"Match\" needs criteria; the block was skipped.")
                               .arg(file.path)
                               .arg(directive.line);
            return false;
        }
        return result;
    };

    const auto applyJump = [&](const SshConfigFile &file, const SshConfigDirective &directive, bool active) {
        QString cleaned = directive.rawValue;
        if (const qsizetype hash = cleaned.indexOf(u'#'); hash >= 0)
            cleaned.truncate(hash);
        cleaned = cleaned.trimmed();
        const bool isNone = directive.rawValue.compare(u"none"_s, Qt::CaseInsensitive) == 0;
        QList<JumpHop> hops;
        if (!isNone) {
            for (const QString &element : cleaned.split(u',')) {
                const std::optional<JumpHop> hop = parseJumpHop(element);
                if (!hop) {
                    state.notes << tr("%1 line %2: ProxyJump \"%3\" is not valid; it was ignored.")
                                       .arg(file.path)
                                       .arg(directive.line)
                                       .arg(cleaned);
                    return;
                }
                hops << *hop;
            }
        }
        if (!active || state.proxyCommand || state.jumpSet)
            return;
        state.jumpSet = true;
        if (isNone) {
            state.jumpIsNone = true;
            return;
        }
        state.jumpLast = hops.last();
        // Like OpenSSH, the earlier hops are kept as written, up to the last comma of the line.
        const qsizetype comma = directive.rawValue.lastIndexOf(u',');
        if (comma > 0)
            state.jumpExtra = directive.rawValue.left(comma);
        for (const JumpHop &hop : std::as_const(hops))
            state.jumpHops << hop.toString();
    };

    std::function<void(const SshConfigFile &, bool, bool &)> processFile;
    processFile = [&](const SshConfigFile &file, bool neverMatch, bool &active) {
        for (const SshConfigDirective &directive : file.directives) {
            const QString &keyword = directive.keyword;
            const QString value = directive.arguments.value(0);
            if (keyword == u"host") {
                active = false;
                for (const QString &word : directive.arguments) {
                    if (neverMatch)
                        break;
                    const bool negated = word.startsWith(u'!');
                    if (matchPattern(alias, negated ? QStringView(word).mid(1) : QStringView(word))) {
                        if (negated) {
                            active = false;
                            break;
                        }
                        active = true;
                    }
                }
            } else if (keyword == u"match") {
                const bool matched = evaluateMatch(file, directive);
                active = !neverMatch && matched;
            } else if (keyword == u"include") {
                const bool outer = active;
                for (const SshConfigFile &included : directive.included) {
                    processFile(included, neverMatch || !outer, active);
                    // Host and Match lines inside an include do not leak out of it.
                    active = outer;
                }
            } else if (keyword == u"proxyjump") {
                applyJump(file, directive, active);
            } else if (!active) {
                continue;
            } else if (keyword == u"hostname") {
                if (!state.hostName)
                    state.hostName = value;
            } else if (keyword == u"user") {
                if (!state.user)
                    state.user = value;
            } else if (keyword == u"port") {
                const std::optional<int> port = parsePortNumber(value);
                if (!port) {
                    state.notes << tr("%1 line %2: \"%3\" is not a port number; it was ignored.")
                                       .arg(file.path)
                                       .arg(directive.line)
                                       .arg(value);
                } else if (!state.port) {
                    state.port = *port;
                }
            } else if (keyword == u"hostkeyalias") {
                if (!state.hostKeyAlias)
                    state.hostKeyAlias = value;
            } else if (keyword == u"identityfile") {
                if (!state.identityFiles.contains(value))
                    state.identityFiles << value;
            } else if (keyword == u"proxycommand") {
                if (!state.jumpSet && !state.proxyCommand)
                    state.proxyCommand = directive.rawValue;
            } else if (keyword == u"canonicalizehostname") {
                if (value.compare(u"no"_s, Qt::CaseInsensitive) != 0 && value.compare(u"false"_s, Qt::CaseInsensitive) != 0)
                    state.notes << tr("%1 line %2: CanonicalizeHostname is not applied by RayDeck; the host name "
                                      "is used as configured.")
                                       .arg(file.path)
                                       .arg(directive.line);
            }
        }
    };

    const auto runPass = [&] {
        for (const SshConfigFile &file : m_document.files) {
            bool active = true;
            processFile(file, false, active);
        }
    };

    runPass();
    QString host = state.hostName ? expandHostName(*state.hostName, alias) : alias;
    if (!looksLikeAddress(host))
        host = host.toLower();
    else if (const QHostAddress address(host); !address.isNull())
        host = address.toString();
    if (state.wantFinalPass) {
        // "Match final" asks for a second pass in which HostName is settled
        // and Match host sees it; values from the first pass still win.
        context.finalPass = true;
        context.finalHost = host;
        state.hostName = host;
        runPass();
    }

    SshHostConfig config;
    config.alias = alias;
    config.hostName = host;
    config.hasConfiguredUser = state.user.has_value();
    config.user = state.user.value_or(env.localUser);
    config.hasConfiguredPort = state.port.has_value();
    config.port = quint16(state.port.value_or(22));
    config.identityFiles = state.identityFiles;
    if (state.proxyCommand && state.proxyCommand->compare(u"none"_s, Qt::CaseInsensitive) != 0) {
        config.proxyCommand = *state.proxyCommand;
        state.notes << tr("%1 uses ProxyCommand, which RayDeck cannot use; set a jump host (ProxyJump) instead.")
                           .arg(alias);
    }
    if (state.jumpSet && !state.jumpIsNone) {
        const QString last = state.jumpLast.toString();
        config.proxyJump = state.jumpExtra.isEmpty() ? last : state.jumpExtra + u',' + last;
        config.jumpHosts = state.jumpHops;
    }

    const QString portText = QString::number(config.port);
    const QString keyAlias = state.hostKeyAlias ? state.hostKeyAlias->toLower() : alias;
    const QString shortHost = env.localHostName.section(u'.', 0, 0);
    const QString connectionHash = QString::fromLatin1(
        QCryptographicHash::hash((env.localHostName + host + portText + config.user).toUtf8(), QCryptographicHash::Sha1)
            .toHex());
    const QHash<QChar, QString> tokens{
        {u'C', connectionHash}, {u'L', shortHost},     {u'i', env.userId},   {u'k', keyAlias},
        {u'l', env.localHostName}, {u'n', alias},      {u'p', portText},     {u'd', env.homeDirectory},
        {u'h', host},           {u'r', config.user},   {u'u', env.localUser},
    };

    for (const QString &written : std::as_const(config.identityFiles)) {
        QString path = written;
        if (path.startsWith(u'~')) {
            const qsizetype slash = path.indexOf(u'/');
            const QString name = path.mid(1, (slash < 0 ? path.size() : slash) - 1);
            const QString home = name.isEmpty() ? env.homeDirectory
                                                : (env.homeOfUser ? env.homeOfUser(name) : QString());
            if (home.isEmpty()) {
                state.notes << tr("IdentityFile \"%1\": there is no user \"%2\"; the file was skipped.").arg(written, name);
                continue;
            }
            const QString rest = slash < 0 ? QString() : path.mid(slash + 1);
            path = home + (home.endsWith(u'/') ? QString() : u"/"_s) + rest;
        }
        QString expanded;
        QString problem;
        for (qsizetype i = 0; i < path.size() && problem.isEmpty(); ++i) {
            const QChar c = path.at(i);
            if (c == u'$' && i + 1 < path.size() && path.at(i + 1) == u'{') {
                const qsizetype close = path.indexOf(u'}', i + 2);
                if (close < 0) {
                    problem = tr("an unclosed ${");
                    break;
                }
                const QString name = path.mid(i + 2, close - i - 2);
                if (!env.variables.contains(name)) {
                    problem = tr("the environment variable %1 is not set").arg(name);
                    break;
                }
                expanded += env.variables.value(name);
                i = close;
            } else if (c == u'%') {
                const QChar key = i + 1 < path.size() ? path.at(i + 1) : QChar();
                if (key == u'%')
                    expanded += u'%';
                else if (tokens.contains(key))
                    expanded += tokens.value(key);
                else
                    problem = tr("the token %%1 is not supported").arg(key);
                ++i;
            } else {
                expanded += c;
            }
        }
        if (!problem.isEmpty()) {
            state.notes << tr("IdentityFile \"%1\" was skipped: %2.").arg(written, problem);
            continue;
        }
        config.expandedIdentityFiles << expanded;
    }

    state.notes.removeDuplicates();
    config.notes = state.notes;
    return config;
}

} // namespace RayDeck
