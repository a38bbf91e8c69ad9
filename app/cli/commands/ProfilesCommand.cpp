// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfilesCommand.h"

#include "util/ShellQuote.h"

#include "profiles/ProfileJson.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfileValidator.h"
#include "profiles/SshConfigImporter.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProfileSecrets.h"
#include "secrets/SecretChangeRunner.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace RayDeck {

using namespace Qt::StringLiterals;

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("RayDeck::ProfilesCommand", text);
}

QString fieldOption(ProfileField field)
{
    switch (field) {
    case ProfileField::Name:
        return u"NAME"_s;
    case ProfileField::Host:
        return u"--host"_s;
    case ProfileField::Port:
        return u"--port"_s;
    case ProfileField::User:
        return u"--user"_s;
    case ProfileField::IdentityFile:
        return u"--identity"_s;
    case ProfileField::JumpHosts:
        return u"--jump"_s;
    case ProfileField::ContainerName:
        return u"--container"_s;
    case ProfileField::Image:
        return u"--image"_s;
    case ProfileField::Mounts:
        return u"--mount"_s;
    case ProfileField::DashboardPort:
        return u"--dashboard-port"_s;
    case ProfileField::LocalPort:
        return u"--local-port"_s;
    case ProfileField::DashboardHost:
    case ProfileField::Gpus:
    case ProfileField::Network:
    case ProfileField::Ulimits:
    case ProfileField::ShmSize:
    case ProfileField::ExtraForwards:
    case ProfileField::JobEnvironment:
        break;
    }
    return translated("profile");
}

QString describeTarget(const ServerProfile &profile)
{
    QString target = profile.host;
    if (!profile.user.isEmpty())
        target = profile.user + u'@' + target;
    if (profile.port != 22)
        target += u':' + QString::number(profile.port);
    return target;
}

QString describeAuth(const ServerProfile &profile)
{
    const QString stored = profile.secretPolicy == SecretPolicy::Keychain ? translated("stored in the keychain")
                                                                         : translated("asked every time");
    switch (profile.authMethod) {
    case AuthMethod::Agent:
        return translated("ssh-agent");
    case AuthMethod::KeyFile:
        return translated("key file %1 (passphrase %2)").arg(profile.identityFile, stored);
    case AuthMethod::Password:
        return translated("password (%1)").arg(stored);
    }
    return {};
}

} // namespace

ProfilesCommand::ProfilesCommand(QObject *parent)
    : CliCommand(parent)
{
}

ProfilesCommand::~ProfilesCommand() = default;

void ProfilesCommand::printUsage(QTextStream &stream) const
{
    stream << "Usage: raydeck-cli profiles list [--json]\n"
              "       raydeck-cli profiles show NAME [--json]\n"
              "       raydeck-cli profiles add NAME --host H [--port P] [--user U] [--auth agent|key|password]\n"
              "                 [--identity FILE] [--jump SPEC] [--ask-every-time] [--no-docker] [--container C]\n"
              "                 [--image I] [--mount HOST:CONTAINER[:ro|rw]]... [--dashboard-port P] [--local-port P]\n"
              "       raydeck-cli profiles remove NAME\n"
              "       raydeck-cli profiles import-ssh-config [--config FILE] [HOST...]\n\n"
              "Profiles are stored in "
           << ProfileStore::defaultFilePath()
           << ".\nSecrets are never part of them; see 'raydeck-cli secret --help'.\n";
}

void ProfilesCommand::run(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        printUsage(err());
        finishLater(UsageError);
        return;
    }
    const QString verb = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (verb == u"--help" || verb == u"-h" || verb == u"help") {
        printUsage(out());
        finishLater(Success);
    } else if (verb == u"list") {
        list(rest);
    } else if (verb == u"show") {
        show(rest);
    } else if (verb == u"add") {
        add(rest);
    } else if (verb == u"remove") {
        remove(rest);
    } else if (verb == u"import-ssh-config") {
        importSshConfig(rest);
    } else {
        finishWithUsageError(u"profiles"_s, tr("unknown sub-command '%1'").arg(verb));
    }
}

bool ProfilesCommand::parseSubcommand(QCommandLineParser &parser, const QString &usageName, const QStringList &arguments)
{
    // Every sub-command takes --help and prints the whole "profiles" usage,
    // which is short enough to show the sibling forms too.
    parser.addOption(QCommandLineOption(QStringList{u"h"_s, u"help"_s}));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{u"raydeck-cli"_s} + arguments)) {
        finishWithUsageError(usageName, parser.errorText());
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        printUsage(out());
        finishLater(Success);
        return false;
    }
    return true;
}

bool ProfilesCommand::openStore()
{
    m_store = std::make_unique<ProfileStore>();
    if (Result<void> loaded = m_store->load(); !loaded) {
        finishWithError(loaded.error());
        return false;
    }
    if (const std::optional<Error> &warning = m_store->loadWarning())
        err() << "raydeck-cli: warning: " << warning->message() << Qt::endl;
    return true;
}

void ProfilesCommand::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    parser.addOption(json);
    if (!parseSubcommand(parser, u"profiles list"_s, arguments))
        return;
    if (!parser.positionalArguments().isEmpty())
        return finishWithUsageError(u"profiles list"_s, tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (!openStore())
        return;

    const QList<ServerProfile> profiles = m_store->profiles();
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const ServerProfile &profile : profiles)
            list.append(ProfileJson::toJson(profile));
        const QJsonObject root{{u"schemaVersion"_s, ProfileJson::currentSchemaVersion}, {u"profiles"_s, list}};
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return finishLater(Success);
    }
    if (profiles.isEmpty()) {
        err() << tr("No server profiles yet. Add one with 'raydeck-cli profiles add NAME --host HOST' or import "
                    "them with 'raydeck-cli profiles import-ssh-config'.")
              << Qt::endl;
        return finishLater(Success);
    }
    qsizetype nameWidth = 4;
    qsizetype targetWidth = 6;
    for (const ServerProfile &profile : profiles) {
        nameWidth = qMax(nameWidth, profile.name.size());
        targetWidth = qMax(targetWidth, describeTarget(profile).size());
    }
    out() << u"NAME"_s.leftJustified(nameWidth) << "  " << u"TARGET"_s.leftJustified(targetWidth) << "  AUTH      DOCKER\n";
    for (const ServerProfile &profile : profiles) {
        out() << profile.name.leftJustified(nameWidth) << "  " << describeTarget(profile).leftJustified(targetWidth)
              << "  " << ProfileJson::authMethodName(profile.authMethod).leftJustified(8) << "  "
              << (profile.docker.enabled ? profile.docker.containerName : u"-"_s) << '\n';
    }
    finishLater(Success);
}

void ProfilesCommand::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    parser.addOption(json);
    if (!parseSubcommand(parser, u"profiles show"_s, arguments))
        return;
    if (parser.positionalArguments().size() != 1)
        return finishWithUsageError(u"profiles show"_s, tr("give exactly one profile NAME"));
    if (!openStore())
        return;
    const QString name = parser.positionalArguments().first();
    const std::optional<ServerProfile> found = m_store->profileNamed(name);
    if (!found)
        return finishWithError(Error(Error::Code::NotFound,
                                     tr("There is no server profile named \"%1\". 'raydeck-cli profiles list' shows "
                                        "the existing ones.")
                                         .arg(name)));
    const ServerProfile &p = *found;
    if (parser.isSet(json)) {
        out() << QString::fromUtf8(QJsonDocument(ProfileJson::toJson(p)).toJson(QJsonDocument::Indented));
        return finishLater(Success);
    }

    const auto line = [](const QString &label, const QString &value) {
        out() << (label + u':').leftJustified(20) << value << '\n';
    };
    line(tr("Name"), p.name);
    line(tr("Id"), p.id);
    line(tr("Host"), p.host);
    line(tr("Port"), QString::number(p.port));
    line(tr("User"), p.user.isEmpty() ? tr("(local user name)") : p.user);
    line(tr("Authentication"), describeAuth(p));
    line(tr("Jump hosts"), p.jumpHosts.isEmpty() ? tr("none") : p.jumpHosts.join(u", "_s));
    if (p.docker.enabled) {
        line(tr("Container"), p.docker.containerName);
        line(tr("Image"), p.docker.image.isEmpty() ? tr("(not set)") : p.docker.image);
        line(tr("GPUs"), p.docker.gpus);
        line(tr("Network"), p.docker.network);
        line(tr("Ulimits"), p.docker.ulimits.join(u' '));
        line(tr("Shared memory"), p.docker.shmSize.isEmpty() ? tr("docker default") : p.docker.shmSize);
        line(tr("Mounts"), p.docker.mounts.isEmpty() ? tr("none") : p.docker.mounts.join(u", "_s));
        if (!p.docker.extraRunArguments.isEmpty())
            line(tr("Extra run args"), p.docker.extraRunArguments.join(u' '));
        line(tr("Docker via sudo"), p.docker.useSudo ? tr("yes") : tr("no"));
    } else {
        line(tr("Container"), tr("none (Ray runs on the host)"));
    }
    line(tr("Dashboard"), p.ray.dashboardHost + u':' + QString::number(p.ray.dashboardPort));
    line(tr("Local port"), p.ray.localPort == 0 ? tr("any free port") : QString::number(p.ray.localPort));
    if (!p.ray.extraStartArguments.isEmpty())
        line(tr("Extra ray args"), p.ray.extraStartArguments.join(u' '));
    for (const PortForward &forward : p.ray.extraForwards) {
        line(tr("Forward"), tr("%1: local %2 -> %3:%4")
                                .arg(forward.name,
                                     forward.localPort == 0 ? tr("any") : QString::number(forward.localPort),
                                     forward.remoteHost, QString::number(forward.remotePort)));
    }
    line(tr("Dashboard token"), p.ray.hasDashboardToken ? tr("stored in the keychain") : tr("none"));
    QStringList variables;
    for (const JobEnvironmentVariable &variable : p.jobEnvironment)
        variables << (variable.isSecret ? tr("%1 (secret, in the keychain)").arg(variable.name)
                                        : variable.name + u'=' + variable.value);
    line(tr("Job environment"), variables.isEmpty() ? tr("none") : variables.join(u", "_s));
    finishLater(Success);
}

void ProfilesCommand::add(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption host(u"host"_s, tr("SSH host name or address"), u"H"_s);
    const QCommandLineOption port(u"port"_s, tr("SSH port"), u"P"_s);
    const QCommandLineOption user(u"user"_s, tr("SSH user"), u"U"_s);
    const QCommandLineOption auth(u"auth"_s, tr("agent, key or password"), u"METHOD"_s);
    const QCommandLineOption identity(u"identity"_s, tr("private key file"), u"FILE"_s);
    const QCommandLineOption jump(u"jump"_s, tr("ProxyJump chain"), u"SPEC"_s);
    const QCommandLineOption askEveryTime(u"ask-every-time"_s, tr("never store the password or passphrase"));
    const QCommandLineOption noDocker(u"no-docker"_s, tr("run Ray on the host, not in a container"));
    const QCommandLineOption container(u"container"_s, tr("container name"), u"C"_s);
    const QCommandLineOption image(u"image"_s, tr("container image"), u"I"_s);
    const QCommandLineOption mount(u"mount"_s, tr("bind mount host:container[:ro|rw]"), u"H:C"_s);
    const QCommandLineOption dashboardPort(u"dashboard-port"_s, tr("Ray dashboard port on the server"), u"P"_s);
    const QCommandLineOption localPort(u"local-port"_s, tr("local port of the dashboard tunnel"), u"P"_s);
    parser.addOptions({host, port, user, auth, identity, jump, askEveryTime, noDocker, container, image, mount,
                       dashboardPort, localPort});
    if (!parseSubcommand(parser, u"profiles add"_s, arguments))
        return;
    if (parser.positionalArguments().size() != 1)
        return finishWithUsageError(u"profiles add"_s, tr("give exactly one profile NAME"));
    if (!parser.isSet(host))
        return finishWithUsageError(u"profiles add"_s, tr("--host is required"));

    ServerProfile profile;
    profile.name = parser.positionalArguments().first();
    profile.host = parser.value(host);
    QStringList problems;
    const auto readPort = [&](const QCommandLineOption &option, quint16 &target, ProfileValidator::PortUse use) {
        if (!parser.isSet(option))
            return;
        if (const std::optional<quint16> value = ProfileValidator::parsePort(parser.value(option), use))
            target = *value;
        else
            problems << u"--"_s + option.names().first() + u": "_s
                    + ProfileValidator::checkPortText(parser.value(option), use);
    };
    readPort(port, profile.port, ProfileValidator::PortUse::Required);
    readPort(dashboardPort, profile.ray.dashboardPort, ProfileValidator::PortUse::Required);
    readPort(localPort, profile.ray.localPort, ProfileValidator::PortUse::ZeroMeansAny);
    profile.user = parser.value(user);
    if (parser.isSet(identity)) {
        // Relative to where the command runs now, not to wherever RayDeck runs later.
        const QString path = parser.value(identity);
        profile.identityFile = path.startsWith(u'~') ? path : QFileInfo(path).absoluteFilePath();
    }
    if (parser.isSet(auth)) {
        const std::optional<AuthMethod> method = ProfileJson::authMethodFromName(parser.value(auth));
        if (!method)
            return finishWithUsageError(u"profiles add"_s, tr("--auth must be agent, key or password"));
        profile.authMethod = *method;
    } else {
        profile.authMethod = profile.identityFile.isEmpty() ? AuthMethod::Agent : AuthMethod::KeyFile;
    }
    if (parser.isSet(askEveryTime))
        profile.secretPolicy = SecretPolicy::AskEveryTime;
    for (const QString &value : parser.values(jump)) {
        for (const QString &hop : value.split(u',', Qt::SkipEmptyParts))
            profile.jumpHosts << hop.trimmed();
    }
    profile.docker.enabled = !parser.isSet(noDocker);
    if (parser.isSet(container))
        profile.docker.containerName = parser.value(container);
    if (parser.isSet(image))
        profile.docker.image = parser.value(image);
    profile.docker.mounts = parser.values(mount);

    if (!openStore())
        return;
    const QList<FieldError> findings = ProfileValidator(m_store->profiles()).validate(profile);
    for (const FieldError &finding : findings) {
        const QString text = fieldOption(finding.field) + u": "_s + finding.message;
        if (finding.severity == FieldError::Severity::Error)
            problems << text;
        else
            err() << "raydeck-cli: warning: " << text << Qt::endl;
    }
    if (!problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems))
            err() << "raydeck-cli profiles add: " << problem << Qt::endl;
        return finishLater(Failure);
    }

    Result<ServerProfile> added = m_store->add(profile);
    if (!added)
        return finishWithError(added.error());
    out() << tr("Added server profile \"%1\" (%2).").arg(added->name, describeTarget(*added)) << Qt::endl;
    if (added->secretPolicy == SecretPolicy::Keychain && added->authMethod != AuthMethod::Agent) {
        const QString kind = added->authMethod == AuthMethod::Password ? u"password"_s : u"passphrase"_s;
        err() << tr("To store its %1 in the keychain: raydeck-cli secret set %2 %1").arg(kind, shellQuote(added->name))
              << Qt::endl;
    }
    finishLater(Success);
}

void ProfilesCommand::remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parseSubcommand(parser, u"profiles remove"_s, arguments))
        return;
    if (parser.positionalArguments().size() != 1)
        return finishWithUsageError(u"profiles remove"_s, tr("give exactly one profile NAME"));
    if (!openStore())
        return;
    const QString name = parser.positionalArguments().first();
    const std::optional<ServerProfile> found = m_store->profileNamed(name);
    if (!found)
        return finishWithError(Error(Error::Code::NotFound, tr("There is no server profile named \"%1\".").arg(name)));

    // Keychain entries first: if they cannot be deleted the profile stays, so
    // nothing is left in the keychain that no profile refers to.
    m_secrets = new KeychainSecretStore(this);
    const ServerProfile profile = *found;
    SecretChangeRunner::start(m_secrets, ProfileSecrets::forRemoval(profile), this, [this, profile](Result<void> cleared) {
        if (!cleared) {
            if (cleared.error().code() != Error::Code::KeychainUnavailable)
                return finishWithError(cleared.error().withContext(
                    tr("The profile \"%1\" was kept because its keychain entries could not be deleted").arg(profile.name)));
            if (!ProfileSecrets::usedRefs(profile).isEmpty()) {
                err() << "raydeck-cli: warning: "
                      << tr("The keychain could not be reached, so secrets stored for \"%1\" under the service %2 "
                            "(keys starting with %3/) could not be deleted.")
                             .arg(profile.name, KeychainSecretStore::serviceName(), profile.id)
                      << Qt::endl;
            }
        }
        if (Result<void> removed = m_store->remove(profile.name); !removed)
            return finishWithError(removed.error());
        out() << tr("Removed server profile \"%1\".").arg(profile.name) << Qt::endl;
        finishLater(Success);
    });
}

void ProfilesCommand::importSshConfig(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption config(u"config"_s, tr("SSH config file instead of ~/.ssh/config"), u"FILE"_s);
    parser.addOption(config);
    if (!parseSubcommand(parser, u"profiles import-ssh-config"_s, arguments))
        return;

    SshConfigImporter importer;
    if (Result<void> loaded = importer.load(parser.value(config)); !loaded)
        return finishWithError(loaded.error());
    if (!openStore())
        return;

    QStringList notes = importer.notes();
    const QStringList available = importer.hosts();
    QStringList wanted = parser.positionalArguments();
    bool failed = false;
    if (wanted.isEmpty()) {
        wanted = available;
        if (wanted.isEmpty())
            err() << tr("%1 has no Host entries naming a single host; nothing to import.").arg(importer.configPath())
                  << Qt::endl;
    }
    int imported = 0;
    for (const QString &alias : std::as_const(wanted)) {
        if (!available.contains(alias)) {
            err() << "raydeck-cli: " << tr("%1 has no \"Host %2\" entry.").arg(importer.configPath(), alias) << Qt::endl;
            failed = true;
            continue;
        }
        if (m_store->profileNamed(alias)) {
            err() << tr("Skipped %1: a server profile with that name already exists.").arg(alias) << Qt::endl;
            continue;
        }
        const SshImportCandidate candidate = importer.candidate(alias);
        for (const QString &note : candidate.notes) {
            if (!notes.contains(note))
                notes << note;
        }
        Result<ServerProfile> added = m_store->add(candidate.profile);
        if (!added) {
            err() << "raydeck-cli: " << tr("%1 was not imported: %2").arg(alias, added.error().message()) << Qt::endl;
            failed = true;
            continue;
        }
        ++imported;
        out() << tr("Imported %1 (%2).").arg(alias, describeTarget(*added)) << Qt::endl;
    }
    for (const QString &note : std::as_const(notes))
        err() << "note: " << note << Qt::endl;
    if (imported > 0)
        err() << tr("%n profile(s) imported.", nullptr, imported) << Qt::endl;
    finishLater(failed ? Failure : Success);
}

} // namespace RayDeck
