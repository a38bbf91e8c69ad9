// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the ssh_config parser and resolver.
//
// The input becomes ~/.ssh/config of a throwaway home (next to one more file
// that Include can reach), is parsed, and every concrete host plus a fixed
// alias is resolved. Nothing may crash or hang; every resolved host must have
// a host name. Includes are kept inside the throwaway home: inputs that could
// name a file elsewhere (an Include with '/', '~' or "..") are skipped, so the
// search stays deterministic and never reads this machine's files.
#include "FuzzCheck.h"
#include "profiles/SshConfigParser.h"
#include "profiles/SshConfigResolver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {

QTemporaryDir &home()
{
    static QTemporaryDir directory;
    static const bool prepared = [] {
        QDir(directory.path()).mkpath(u".ssh"_s);
        QFile extra(directory.path() + u"/.ssh/extra"_s);
        if (extra.open(QIODevice::WriteOnly))
            extra.write("Host extra *.example.org\n  HostName %h.internal\n  User ops\n  IdentityFile ~/.ssh/id_%r\n");
        return true;
    }();
    Q_UNUSED(prepared);
    return directory;
}

SshConfigEnvironment environment()
{
    SshConfigEnvironment env;
    env.homeDirectory = home().path();
    env.includeHomeDirectory = home().path();
    env.localUser = u"fuzzer"_s;
    env.localHostName = u"workstation.example.net"_s;
    env.userId = u"1000"_s;
    env.variables.insert(u"PROJECT"_s, u"rl"_s);
    env.homeOfUser = [](const QString &user) { return user == u"bob" ? u"/home/bob"_s : QString(); };
    return env;
}

bool mayLeaveTheSandbox(const QByteArray &input)
{
    const QByteArray lower = input.toLower();
    if (!lower.contains("include"))
        return false;
    return input.contains('/') || input.contains('~') || input.contains("..");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 16384)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (mayLeaveTheSandbox(input))
        return 0;
    Fuzz::check(home().isValid(), "no temporary directory");

    const QString path = home().path() + u"/.ssh/config"_s;
    {
        QFile file(path);
        Fuzz::check(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "cannot write the config");
        file.write(input);
    }
    const SshConfigEnvironment env = environment();
    Result<SshConfigDocument> document = SshConfigParser(env).parse(path);
    Fuzz::check(document.isOk(), "an existing config file must parse", document ? QString() : document.error().message());

    const SshConfigResolver resolver(std::move(document).value(), env);
    QStringList aliases = resolver.concreteHosts().mid(0, 16);
    aliases << u"gpu-box"_s << u"extra"_s;
    for (const QString &alias : std::as_const(aliases)) {
        const SshHostConfig host = resolver.resolve(alias);
        Fuzz::check(host.alias == alias, "resolve changed the alias", alias);
        Fuzz::check(!host.hostName.isEmpty() || alias.isEmpty(), "a resolved host has no host name", alias);
    }
    // Splitting any line must not crash either.
    for (const QByteArray &line : input.split('\n'))
        (void)SshConfigParser::splitArguments(QString::fromUtf8(line));
    return 0;
}
