// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClusterCommand.h"

#include "CliSession.h"
#include "TerminalInput.h"
#include "TerminationSignal.h"
#include "cluster/AddressScope.h"
#include "cluster/ClusterSession.h"
#include "cluster/ClusterStore.h"
#include "cluster/ClusterValidator.h"
#include "profiles/ProfileStore.h"
#include "remote/CommandLog.h"
#include "remote/ConnectChain.h"
#include "secrets/KeychainSecretStore.h"
#include "util/ShellQuote.h"

#include <QCommandLineParser>

namespace RayDeck {

using namespace Qt::StringLiterals;

ClusterCommand::ClusterCommand(QObject *parent)
    : CliCommand(parent)
{
}

ClusterCommand::~ClusterCommand() = default;

void ClusterCommand::printUsage(QTextStream &stream) const
{
    stream << "Usage: raydeck-cli cluster add NAME --head PROFILE --worker PROFILE... [--head-address A] [--gcs-port P]\n"
              "       raydeck-cli cluster up NAME [--accept-new-host-key]\n"
              "       raydeck-cli cluster status NAME\n"
              "       raydeck-cli cluster down NAME [--stop-ray] [--stop-container]\n"
              "       raydeck-cli cluster list\n\n"
              "Clusters are stored in "
           << ClusterStore::defaultFilePath() << ".\n"
           << AddressScope::noAuthenticationNotice() << '\n';
}

void ClusterCommand::run(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        printUsage(err());
        return finishLater(UsageError);
    }
    const QString verb = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (verb == u"--help" || verb == u"-h" || verb == u"help") {
        printUsage(out());
        finishLater(Success);
    } else if (verb == u"add") {
        add(rest);
    } else if (verb == u"up") {
        up(rest);
    } else if (verb == u"status") {
        status(rest);
    } else if (verb == u"down") {
        down(rest);
    } else if (verb == u"list") {
        list(rest);
    } else {
        finishWithUsageError(u"cluster"_s, tr("unknown sub-command '%1'").arg(verb));
    }
}

void ClusterCommand::add(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Add a cluster: one server runs the Ray head, the others join it as workers."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"NAME"_s, tr("Cluster name"));
    const QCommandLineOption head(u"head"_s, tr("Server profile that runs the Ray head."), u"PROFILE"_s);
    const QCommandLineOption worker(u"worker"_s, tr("Server profile that joins as a worker (repeat for each)."),
                                    u"PROFILE"_s);
    const QCommandLineOption headAddress(u"head-address"_s,
                                         tr("Address the workers reach the head on; suggested from the head's "
                                            "interfaces and routes at the first connect when not given."),
                                         u"A"_s);
    const QCommandLineOption gcsPort(u"gcs-port"_s, tr("Ray's GCS port on the head (default %1).")
                                                         .arg(ClusterProfile::defaultGcsPort),
                                     u"P"_s);
    parser.addOptions({head, worker, headAddress, gcsPort});
    if (!parseOrFinish(parser, u"cluster add"_s, arguments))
        return;
    if (parser.positionalArguments().size() != 1)
        return finishWithUsageError(u"cluster add"_s, tr("give exactly one cluster NAME"));
    if (!parser.isSet(head))
        return finishWithUsageError(u"cluster add"_s, tr("--head PROFILE is required"));
    if (!parser.isSet(worker))
        return finishWithUsageError(u"cluster add"_s, tr("give at least one --worker PROFILE"));

    ClusterProfile cluster;
    cluster.name = parser.positionalArguments().first();
    cluster.headProfile = parser.value(head);
    cluster.workerProfiles = parser.values(worker);
    cluster.headAddress = parser.value(headAddress);
    if (parser.isSet(gcsPort)) {
        bool ok = false;
        const uint port = parser.value(gcsPort).toUInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return finishWithUsageError(u"cluster add"_s,
                                        tr("--gcs-port must be a port number from 1 to 65535, not '%1'")
                                            .arg(parser.value(gcsPort)));
        cluster.gcsPort = quint16(port);
    }

    ProfileStore profiles;
    if (Result<void> loaded = profiles.load(); !loaded)
        return finishWithError(loaded.error());
    ClusterStore store;
    if (Result<void> loaded = store.load(); !loaded)
        return finishWithError(loaded.error());
    if (const std::optional<Error> &warning = store.loadWarning())
        err() << "raydeck-cli: warning: " << warning->message() << Qt::endl;
    if (Result<void> added = store.add(cluster, profiles.profiles()); !added)
        return finishWithError(added.error());

    out() << tr("Added cluster %1: head %2, workers %3.")
                 .arg(cluster.name, cluster.headProfile, cluster.workerProfiles.join(u", "_s))
          << Qt::endl;
    if (cluster.headAddress.isEmpty())
        out() << tr("The head address will be suggested from the head when the cluster first connects.") << Qt::endl;
    else if (const std::optional<QString> warning = AddressScope::warningFor(cluster.headAddress))
        err() << "raydeck-cli: warning: " << *warning << Qt::endl;
    err() << AddressScope::noAuthenticationNotice() << Qt::endl;
    finishLater(Success);
}

bool ClusterCommand::openCluster(const QString &name, bool acceptNewHostKey)
{
    ClusterStore store;
    if (Result<void> loaded = store.load(); !loaded) {
        finishWithError(loaded.error());
        return false;
    }
    if (const std::optional<Error> &warning = store.loadWarning())
        err() << "raydeck-cli: warning: " << warning->message() << Qt::endl;
    const std::optional<ClusterProfile> cluster = store.clusterNamed(name);
    if (!cluster) {
        finishWithError(Error(Error::Code::NotFound,
                              tr("There is no cluster called \"%1\". See raydeck-cli cluster list.").arg(name)));
        return false;
    }
    ProfileStore profiles;
    if (Result<void> loaded = profiles.load(); !loaded) {
        finishWithError(loaded.error());
        return false;
    }
    // The profiles may have changed since the cluster was saved.
    if (Result<void> valid = ClusterValidator::check(*cluster, profiles.profiles()); !valid) {
        finishWithError(valid.error());
        return false;
    }
    const ServerProfile head = *ClusterValidator::findProfile(profiles.profiles(), cluster->headProfile);
    QList<ServerProfile> workers;
    for (const QString &worker : cluster->workerProfiles)
        workers << *ClusterValidator::findProfile(profiles.profiles(), worker);

    m_secrets = new KeychainSecretStore(this);
    m_log = new CommandLog(this);
    m_cluster = new ClusterSession(*cluster, head, workers, m_secrets, this, m_log, this);
    for (const QString &node : cluster->allProfiles()) {
        if (ServerSession *server = m_cluster->session(node))
            server->connectionSettings().hostKeyPolicy = acceptNewHostKey ? HostKeyPolicy::AcceptNew
                                                                          : HostKeyPolicy::Strict;
    }
    return true;
}

void ClusterCommand::up(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Connect a cluster: the head as for one server (with Ray's GCS on the cluster's port), then every worker "
           "in parallel. Prints one line per node step, the dashboard URL and how many nodes joined, and keeps the "
           "tunnel open until interrupted (Ray keeps running)."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"NAME"_s, tr("Cluster name"));
    const QCommandLineOption acceptNew = acceptNewHostKeyOption();
    parser.addOption(acceptNew);
    if (!parseOrFinish(parser, u"cluster up"_s, arguments))
        return;
    if (parser.positionalArguments().size() != 1)
        return finishWithUsageError(u"cluster up"_s, tr("give exactly one cluster NAME"));
    if (!openCluster(parser.positionalArguments().first(), parser.isSet(acceptNew)))
        return;

    connect(m_cluster, &ClusterSession::nodeChainStarted, this,
            [](const QString &node, ClusterNodeRole, ConnectChain *chain) {
                connect(chain, &ConnectChain::stepChanged, chain, [node](int, const ConnectStep &step) {
                    if (!step.isFinished() || step.status == ConnectStep::Status::Skipped)
                        return;
                    out() << node << ": " << CliSession::stepLine(step) << Qt::endl;
                });
            });
    connect(m_cluster, &ClusterSession::headAddressChosen, this, [](const QString &address, const QString &reason) {
        out() << tr("Head address: %1 (suggested: %2)").arg(address, reason) << Qt::endl;
    });
    connect(m_cluster, &ClusterSession::headAddressWarning, this,
            [](const QString &warning) { err() << "raydeck-cli: warning: " << warning << Qt::endl; });
    connect(m_cluster, &ClusterSession::upFinished, this, [this](const ClusterUpReport &report) {
        if (!report.dashboardUrl.isEmpty())
            out() << "Dashboard: " << report.dashboardUrl.toString() << Qt::endl;
        if (report.status) {
            out() << "Nodes: " << report.status->activeNodes << '/' << report.expectedNodes << Qt::endl;
            out() << tr("Resources: %1 CPUs, %2 GPUs").arg(report.status->cpus).arg(report.status->gpus) << Qt::endl;
        }
        bool failed = false;
        for (const ClusterNode &node : report.nodes) {
            if (node.state == ClusterNode::State::Failed && node.failure) {
                err() << tr("raydeck-cli: %1 %2 failed: %3")
                             .arg(node.role == ClusterNodeRole::Head ? tr("head") : tr("worker"), node.profileName,
                                  node.failure->message())
                      << Qt::endl;
                failed = true;
            }
        }
        if (report.failure) {
            finishWithError(*report.failure);
            return;
        }
        if (failed || !report.allJoined()) {
            if (!failed && report.status)
                err() << tr("raydeck-cli: only %1 of %2 nodes joined the head.")
                             .arg(report.status->activeNodes)
                             .arg(report.expectedNodes)
                      << Qt::endl;
            err() << tr("Ray keeps running on the nodes that came up; fix the failure and run raydeck-cli cluster up "
                        "%1 again (nodes already up are kept).")
                         .arg(shellQuote(m_cluster->cluster().name))
                  << Qt::endl;
            return finishLater(Failure);
        }
        // Like `up`: the tunnel stays open until interrupted.
        auto *termination = new TerminationSignal(this);
        connect(termination, &TerminationSignal::received, this, [this] {
            connect(m_cluster, &ClusterSession::downFinished, this, [this] { finishLater(Success); });
            m_cluster->down(DownOptions{});
        });
    });
    m_cluster->up(ConnectMode::StartWhatIsMissing);
}

void ClusterCommand::status(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show how many nodes of a cluster joined its head, with CPUs and GPUs."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"NAME"_s, tr("Cluster name"));
    const QCommandLineOption acceptNew = acceptNewHostKeyOption();
    parser.addOption(acceptNew);
    if (!parseOrFinish(parser, u"cluster status"_s, arguments))
        return;
    if (parser.positionalArguments().size() != 1)
        return finishWithUsageError(u"cluster status"_s, tr("give exactly one cluster NAME"));
    if (!openCluster(parser.positionalArguments().first(), parser.isSet(acceptNew)))
        return;
    connect(m_cluster, &ClusterSession::membershipChecked, this, [this](const Result<RayClusterStatus> &status) {
        if (!status)
            return finishWithError(status.error().withContext(
                tr("Could not read the status of the cluster (start it with: raydeck-cli cluster up %1)")
                    .arg(shellQuote(m_cluster->cluster().name))));
        const int expected = int(m_cluster->nodes().size());
        out() << tr("Cluster: %1").arg(m_cluster->cluster().name) << Qt::endl;
        out() << tr("Head: %1").arg(m_cluster->cluster().headProfile) << Qt::endl;
        out() << tr("Workers: %1").arg(m_cluster->cluster().workerProfiles.join(u", "_s)) << Qt::endl;
        out() << "Nodes: " << status->activeNodes << '/' << expected << Qt::endl;
        out() << tr("Resources: %1 CPUs, %2 GPUs").arg(status->cpus).arg(status->gpus) << Qt::endl;
        if (!status->nodeAddresses.isEmpty())
            out() << tr("Node addresses: %1").arg(status->nodeAddresses.join(u", "_s)) << Qt::endl;
        if (status->activeNodes < expected) {
            err() << tr("raydeck-cli: %n node(s) of the cluster have not joined the head.", nullptr,
                        expected - status->activeNodes)
                  << Qt::endl;
            return finishLater(Failure);
        }
        finishLater(Success);
    });
    m_cluster->checkMembership();
}

void ClusterCommand::down(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Stop what RayDeck started on a cluster's servers: workers first, then the head. Without options nothing "
           "is stopped."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"NAME"_s, tr("Cluster name"));
    const QCommandLineOption stopRay(u"stop-ray"_s, tr("Run ray stop on every node."));
    const QCommandLineOption stopContainer(u"stop-container"_s, tr("Run docker stop on every node's container."));
    const QCommandLineOption acceptNew = acceptNewHostKeyOption();
    parser.addOptions({stopRay, stopContainer, acceptNew});
    if (!parseOrFinish(parser, u"cluster down"_s, arguments))
        return;
    if (parser.positionalArguments().size() != 1)
        return finishWithUsageError(u"cluster down"_s, tr("give exactly one cluster NAME"));
    const DownOptions options{parser.isSet(stopRay), parser.isSet(stopContainer)};
    if (!openCluster(parser.positionalArguments().first(), parser.isSet(acceptNew)))
        return;
    if (!options.stopRay && !options.stopContainer) {
        out() << tr("Nothing to stop: Ray and the containers keep running. Give --stop-ray and/or --stop-container.")
              << Qt::endl;
        return finishLater(Success);
    }
    connect(m_cluster, &ClusterSession::downFinished, this, [this, options](const Result<void> &result) {
        if (!result)
            return finishWithError(result.error());
        QStringList order = m_cluster->cluster().workerProfiles;
        order << m_cluster->cluster().headProfile;
        if (options.stopRay)
            out() << tr("Ray stopped on %1.").arg(order.join(u", "_s)) << Qt::endl;
        if (options.stopContainer)
            out() << tr("Containers stopped on %1.").arg(order.join(u", "_s)) << Qt::endl;
        finishLater(Success);
    });
    m_cluster->down(options);
}

void ClusterCommand::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    if (!parseOrFinish(parser, u"cluster list"_s, arguments))
        return;
    if (!parser.positionalArguments().isEmpty())
        return finishWithUsageError(u"cluster list"_s,
                                    tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    ClusterStore store;
    if (Result<void> loaded = store.load(); !loaded)
        return finishWithError(loaded.error());
    if (const std::optional<Error> &warning = store.loadWarning())
        err() << "raydeck-cli: warning: " << warning->message() << Qt::endl;
    const QList<ClusterProfile> clusters = store.clusters();
    if (clusters.isEmpty()) {
        err() << tr("No clusters yet. Add one with 'raydeck-cli cluster add NAME --head PROFILE --worker PROFILE'.")
              << Qt::endl;
        return finishLater(Success);
    }
    qsizetype nameWidth = 4;
    qsizetype headWidth = 4;
    for (const ClusterProfile &cluster : clusters) {
        nameWidth = qMax(nameWidth, cluster.name.size());
        headWidth = qMax(headWidth, cluster.headProfile.size());
    }
    out() << u"NAME"_s.leftJustified(nameWidth) << "  " << u"HEAD"_s.leftJustified(headWidth)
          << "  HEAD ADDRESS          WORKERS\n";
    for (const ClusterProfile &cluster : clusters) {
        const QString address = cluster.headAddress.isEmpty()
            ? tr("(suggested):%1").arg(cluster.gcsPort)
            : cluster.headAddress + u':' + QString::number(cluster.gcsPort);
        out() << cluster.name.leftJustified(nameWidth) << "  " << cluster.headProfile.leftJustified(headWidth) << "  "
              << address.leftJustified(20) << "  " << cluster.workerProfiles.join(u", "_s) << '\n';
    }
    finishLater(Success);
}

void ClusterCommand::askHostKey(const HostKeyInfo &info, std::function<void(HostKeyDecision)> answer)
{
    err() << tr("The host key of %1 is not known: %2 %3. Check it, then run again with --accept-new-host-key to "
                "trust it.")
                 .arg(info.host, info.keyType, info.fingerprint)
          << Qt::endl;
    answer(HostKeyDecision::Reject);
}

void ClusterCommand::askCredential(const CredentialRequest &request,
                                   std::function<void(std::optional<CredentialAnswer>)> answer)
{
    if (!TerminalInput::isInteractive()) {
        err() << tr("%1@%2 needs a secret that is not in the keychain, and there is no terminal to ask. Store it "
                    "first with raydeck-cli secret set.")
                     .arg(request.user, request.host)
              << Qt::endl;
        answer(std::nullopt);
        return;
    }
    if (!request.previousError.isEmpty())
        err() << request.previousError << Qt::endl;
    CredentialAnswer typed;
    typed.secret = TerminalInput::readHiddenLine(request.prompt + u' ');
    answer(std::move(typed));
}

} // namespace RayDeck
