// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClusterSession.h"

#include "cluster/AddressScope.h"
#include "cluster/HeadAddressSuggester.h"
#include "remote/ConnectChain.h"
#include "remote/DockerCommandBuilder.h"
#include "remote/RayCommandBuilder.h"
#include "session/SshRemoteHost.h"
#include "util/Logging.h"

#include <QHostAddress>
#include <QTimer>

#include <memory>

namespace RayDeck {

using namespace Qt::StringLiterals;

namespace {

/// The head's profile as the cluster runs it: its GCS on the cluster's port, advertised on the head address.
ServerProfile headProfileFor(ServerProfile head, const ClusterProfile &cluster)
{
    // Appended last: click takes the last value, so these win over the profile's own extra arguments.
    head.ray.extraStartArguments << u"--port="_s + QString::number(cluster.gcsPort);
    QHostAddress ip;
    if (!cluster.headAddress.isEmpty() && ip.setAddress(cluster.headAddress))
        head.ray.extraStartArguments << u"--node-ip-address="_s + cluster.headAddress;
    return head;
}

QString lastLine(const QByteArray &text)
{
    return QString::fromUtf8(text).trimmed().section(u'\n', -1).trimmed();
}

} // namespace

bool ClusterUpReport::allJoined() const
{
    if (failure || !status || status->activeNodes < expectedNodes)
        return false;
    return std::all_of(nodes.cbegin(), nodes.cend(),
                       [](const ClusterNode &node) { return node.state == ClusterNode::State::Up; });
}

QList<ClusterNode> ClusterUpReport::failedNodes() const
{
    QList<ClusterNode> failed;
    for (const ClusterNode &node : nodes) {
        if (node.state == ClusterNode::State::Failed)
            failed << node;
    }
    return failed;
}

ClusterSession::ClusterSession(ClusterProfile cluster, ServerProfile head, QList<ServerProfile> workers,
                               SecretStore *secrets, SessionPrompter *prompter, CommandLog *log, QObject *parent)
    : QObject(parent)
    , m_cluster(std::move(cluster))
    , m_headAddress(m_cluster.headAddress)
{
    m_profiles << headProfileFor(std::move(head), m_cluster);
    m_profiles << workers;
    for (int i = 0; i < m_profiles.size(); ++i) {
        m_sessions << new ServerSession(m_profiles[i], secrets, prompter, log, this);
        m_nodes << ClusterNode{m_profiles[i].name, i == 0 ? ClusterNodeRole::Head : ClusterNodeRole::Worker,
                               ClusterNode::State::Idle, std::nullopt};
        ServerSession *server = m_sessions.last();
        const ClusterNodeRole role = m_nodes.last().role;
        connect(server, &ServerSession::chainStarted, this, [this, server, role](ConnectChain *chain) {
            if (chain->isWorker())
                chain->setJoinRetry(m_joinAttempts, m_joinIntervalMs);
            Q_EMIT nodeChainStarted(server->profile().name, role, chain);
        });
    }
}

ClusterSession::~ClusterSession() = default;

ServerSession *ClusterSession::session(const QString &profileName) const
{
    const int index = indexOf(profileName);
    return index < 0 ? nullptr : m_sessions[index];
}

int ClusterSession::indexOf(const QString &profileName) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles[i].name == profileName)
            return i;
    }
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles[i].name.compare(profileName, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString ClusterSession::headGcsAddress() const
{
    if (m_headAddress.isEmpty())
        return {};
    // An IPv6 literal needs brackets before the port.
    const QString host = m_headAddress.contains(u':') ? u'[' + m_headAddress + u']' : m_headAddress;
    return host + u':' + QString::number(m_cluster.gcsPort);
}

void ClusterSession::setJoinRetry(int attempts, int intervalMs)
{
    m_joinAttempts = attempts;
    m_joinIntervalMs = intervalMs;
}

void ClusterSession::setMembershipWait(int attempts, int intervalMs)
{
    m_statusAttempts = qMax(1, attempts);
    m_statusIntervalMs = qMax(0, intervalMs);
}

void ClusterSession::setNodeState(int index, ClusterNode::State state, std::optional<Error> failure)
{
    ClusterNode &node = m_nodes[index];
    node.state = state;
    node.failure = std::move(failure);
    Q_EMIT nodeChanged(index, node);
}

void ClusterSession::up(ConnectMode headMode)
{
    m_status.reset();
    m_dashboardUrl.clear();
    for (int i = 0; i < m_nodes.size(); ++i)
        setNodeState(i, i == 0 ? ClusterNode::State::Connecting : ClusterNode::State::Idle);
    connect(headSession(), &ServerSession::upFinished, this, &ClusterSession::headUp, Qt::SingleShotConnection);
    headSession()->up(headMode);
}

void ClusterSession::headUp(const Result<ConnectResult> &result)
{
    if (!result) {
        setNodeState(0, ClusterNode::State::Failed, result.error());
        const Error skipped(Error::Code::Cancelled, tr("Not started: the head %1 did not come up.").arg(m_profiles[0].name));
        for (int i = 1; i < m_nodes.size(); ++i)
            setNodeState(i, ClusterNode::State::Skipped, skipped);
        return finishUp(result.error().withContext(tr("The head %1 did not come up").arg(m_profiles[0].name)));
    }
    setNodeState(0, ClusterNode::State::Up);
    m_dashboardUrl = result->dashboardUrl;
    if (!m_headAddress.isEmpty()) {
        if (const std::optional<QString> warning = AddressScope::warningFor(m_headAddress))
            Q_EMIT headAddressWarning(*warning);
        return startWorkers();
    }
    QStringList workerHosts;
    for (int i = 1; i < m_profiles.size(); ++i)
        workerHosts << m_profiles[i].host;
    auto *suggester = new HeadAddressSuggester(headSession()->remoteHost(), this);
    suggester->suggest(workerHosts, [this, suggester](Result<HeadAddressSuggestion> suggestion) {
        suggester->deleteLater();
        if (!suggestion) {
            const Error error = suggestion.error();
            for (int i = 1; i < m_nodes.size(); ++i)
                setNodeState(i, ClusterNode::State::Skipped, error);
            return finishUp(error);
        }
        m_headAddress = suggestion->address;
        Q_EMIT headAddressChosen(m_headAddress, suggestion->reason);
        if (const std::optional<QString> warning = AddressScope::warningFor(m_headAddress))
            Q_EMIT headAddressWarning(*warning);
        startWorkers();
    });
}

void ClusterSession::startWorkers()
{
    m_pendingWorkers = int(m_nodes.size()) - 1;
    if (m_pendingWorkers == 0)
        return finishUp(std::nullopt);
    for (int i = 1; i < m_nodes.size(); ++i) {
        startWorker(i, [this] {
            if (--m_pendingWorkers == 0)
                finishUp(std::nullopt);
        });
    }
}

void ClusterSession::startWorker(int index, std::function<void()> finished)
{
    setNodeState(index, ClusterNode::State::Connecting);
    ServerSession *worker = m_sessions[index];
    connect(
        worker, &ServerSession::upFinished, this,
        [this, index, finished](const Result<ConnectResult> &result) {
            if (result)
                setNodeState(index, ClusterNode::State::Up);
            else
                setNodeState(index, ClusterNode::State::Failed, result.error());
            if (!result)
                qCInfo(lcRemote) << "cluster worker failed:" << result.error().detail();
            finished();
        },
        Qt::SingleShotConnection);
    worker->upAsWorker(headGcsAddress());
}

int ClusterSession::expectedJoined() const
{
    return int(std::count_if(m_nodes.cbegin(), m_nodes.cend(),
                             [](const ClusterNode &node) { return node.state == ClusterNode::State::Up; }));
}

void ClusterSession::finishUp(std::optional<Error> failure)
{
    if (failure || m_nodes[0].state != ClusterNode::State::Up) {
        m_report = makeReport(failure);
        Q_EMIT upFinished(m_report);
        return;
    }
    pollStatus(expectedJoined(), 1, [this](Result<RayClusterStatus> status) {
        std::optional<Error> checkFailure;
        if (status)
            m_status = status.value();
        else
            checkFailure = status.error();
        Q_EMIT membershipChecked(status);
        m_report = makeReport(checkFailure);
        Q_EMIT upFinished(m_report);
    });
}

ClusterUpReport ClusterSession::makeReport(std::optional<Error> failure) const
{
    ClusterUpReport report;
    report.dashboardUrl = m_dashboardUrl;
    report.headGcsAddress = headGcsAddress();
    report.expectedNodes = int(m_nodes.size());
    report.status = m_status;
    report.nodes = m_nodes;
    report.failure = std::move(failure);
    return report;
}

void ClusterSession::retryWorker(const QString &profileName)
{
    const int index = indexOf(profileName);
    const auto fail = [this, profileName](const Error &error) {
        ClusterUpReport report = makeReport(error);
        Q_EMIT workerRetryFinished(profileName, report);
    };
    if (index <= 0)
        return fail(Error(Error::Code::NotFound, tr("%1 is not a worker of the cluster %2.").arg(profileName, m_cluster.name)));
    if (m_nodes[0].state != ClusterNode::State::Up || m_headAddress.isEmpty())
        return fail(Error(Error::Code::InvalidInput,
                          tr("Connect the cluster first: the head %1 is not up.").arg(m_profiles[0].name)));
    if (m_nodes[index].state == ClusterNode::State::Connecting)
        return fail(Error(Error::Code::InvalidInput, tr("%1 is connecting already.").arg(profileName)));
    startWorker(index, [this, index, profileName] {
        if (m_nodes[index].state != ClusterNode::State::Up) {
            m_report = makeReport(std::nullopt);
            Q_EMIT workerRetryFinished(profileName, m_report);
            return;
        }
        pollStatus(expectedJoined(), 1, [this, profileName](Result<RayClusterStatus> status) {
            std::optional<Error> failure;
            if (status)
                m_status = status.value();
            else
                failure = status.error();
            Q_EMIT membershipChecked(status);
            m_report = makeReport(failure);
            Q_EMIT workerRetryFinished(profileName, m_report);
        });
    });
}

void ClusterSession::withConnection(ServerSession *server, std::function<void(Result<void>)> done)
{
    if (!server->remoteHost())
        server->connectOnly();
    server->remoteHost()->ensureConnected(this, std::move(done));
}

void ClusterSession::readStatus(std::function<void(Result<RayClusterStatus>)> done)
{
    ServerSession *head = headSession();
    withConnection(head, [this, head, done](Result<void> connected) {
        if (!connected)
            return done(connected.error());
        const DockerCommandBuilder docker(m_profiles[0].docker);
        QStringList statusCommand = RayCommandBuilder(m_profiles[0].ray).status();
        statusCommand << u"-v"_s;
        head->remoteHost()->runCommand(docker.exec(statusCommand), CommandRunOptions{}, this, [this, done](CommandOutcome outcome) {
            if (outcome.failure)
                return done(*outcome.failure);
            bool parsed = false;
            const RayClusterStatus status = RayClusterStatus::parse(outcome.standardOutputText(), &parsed);
            if (!outcome.succeeded() || !parsed)
                return done(Error(Error::Code::RemoteCommandFailed,
                                  tr("ray status on the head %1 failed: %2")
                                      .arg(m_profiles[0].name,
                                           lastLine(outcome.standardError.isEmpty() ? outcome.standardOutput
                                                                                    : outcome.standardError))));
            done(status);
        });
    });
}

void ClusterSession::pollStatus(int expected, int attempt, std::function<void(Result<RayClusterStatus>)> done)
{
    // A worker's `ray start` returns once it registered, but the head may list it a moment later.
    readStatus([this, expected, attempt, done](Result<RayClusterStatus> status) {
        if (status && status->activeNodes < expected && attempt < m_statusAttempts) {
            QTimer::singleShot(m_statusIntervalMs, this,
                               [this, expected, attempt, done] { pollStatus(expected, attempt + 1, done); });
            return;
        }
        done(status);
    });
}

void ClusterSession::checkMembership()
{
    readStatus([this](Result<RayClusterStatus> status) {
        if (status)
            m_status = status.value();
        Q_EMIT membershipChecked(status);
    });
}

void ClusterSession::downNode(int index, DownOptions options, std::function<void(Result<void>)> done)
{
    ServerSession *server = m_sessions[index];
    const QString name = m_profiles[index].name;
    const auto stop = [this, server, name, options, done] {
        connect(
            server, &ServerSession::downFinished, this,
            [name, done](const Result<void> &result) {
                if (!result)
                    return done(result.error().withContext(tr("Stopping %1").arg(name)));
                done(Result<void>::ok());
            },
            Qt::SingleShotConnection);
        server->down(options);
    };
    // Leaving everything running needs no connection; stopping needs one.
    if (!options.stopRay && !options.stopContainer)
        return stop();
    withConnection(server, [name, stop, done](Result<void> connected) {
        if (!connected)
            return done(connected.error().withContext(tr("Stopping %1").arg(name)));
        stop();
    });
}

void ClusterSession::down(DownOptions options)
{
    // Workers first, in parallel, so none of them loses its head while it still runs tasks; then the head.
    auto pending = std::make_shared<int>(int(m_sessions.size()) - 1);
    auto firstError = std::make_shared<std::optional<Error>>();
    const auto stopHead = [this, options, firstError] {
        downNode(0, options, [this, firstError](Result<void> result) {
            if (!result && !*firstError)
                *firstError = result.error();
            for (int i = 0; i < m_nodes.size(); ++i)
                setNodeState(i, ClusterNode::State::Idle);
            if (*firstError)
                Q_EMIT downFinished(**firstError);
            else
                Q_EMIT downFinished(Result<void>::ok());
        });
    };
    if (*pending == 0)
        return stopHead();
    for (int i = 1; i < m_sessions.size(); ++i) {
        downNode(i, options, [pending, firstError, stopHead](Result<void> result) {
            if (!result && !*firstError)
                *firstError = result.error();
            if (--*pending == 0)
                stopHead();
        });
    }
}

} // namespace RayDeck
