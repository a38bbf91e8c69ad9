// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectChain.h"

#include "RemoteHost.h"
#include "ray/RayJobsClient.h"
#include "util/Logging.h"
#include "util/ShellQuote.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace RayDeck {

namespace {

// A step keeps the tail of what its commands printed; an image pull can print megabytes.
constexpr qsizetype maxStepOutput = 64 * 1024;
// Ray's dashboard comes up a few seconds after `ray start` returns.
constexpr int listeningRetryIntervalMs = 500;
constexpr int listeningMaxAttempts = 60;

QString lastLine(const QByteArray &text)
{
    return QString::fromUtf8(text).trimmed().section(u'\n', -1).trimmed();
}

} // namespace

ConnectChain::ConnectChain(ServerProfile profile, RemoteHost *host, ConnectMode mode, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_host(host)
    , m_mode(mode)
    , m_docker(m_profile.docker)
    , m_ray(m_profile.ray)
{
    const QString container = m_profile.docker.containerName;
    m_steps = {
        {Step::Ssh, ConnectStep::Status::Pending, tr("Connect to %1 over SSH").arg(m_host->displayName()), {}, {}, {}, 0},
        {Step::Docker, ConnectStep::Status::Pending, tr("Check Docker"), {}, {}, {}, 0},
        {Step::Container, ConnectStep::Status::Pending, tr("Container %1").arg(container), {}, {}, {}, 0},
        {Step::RayHead, ConnectStep::Status::Pending, tr("Ray head"), {}, {}, {}, 0},
        {Step::Listening, ConnectStep::Status::Pending, tr("Dashboard listening address"), {}, {}, {}, 0},
        {Step::Tunnel, ConnectStep::Status::Pending, tr("Tunnel to the dashboard"), {}, {}, {}, 0},
        {Step::Dashboard, ConnectStep::Status::Pending, tr("Ray dashboard answers"), {}, {}, {}, 0},
    };
    m_retryTimer.setSingleShot(true);
}

ConnectChain::~ConnectChain() = default;

void ConnectChain::configureAsWorker(const QString &headGcsAddress)
{
    m_headGcsAddress = headGcsAddress;
    m_steps.erase(std::remove_if(m_steps.begin(), m_steps.end(),
                                 [](const ConnectStep &s) {
                                     return s.kind == Step::RayHead || s.kind == Step::Listening
                                         || s.kind == Step::Tunnel || s.kind == Step::Dashboard;
                                 }),
                  m_steps.end());
    m_steps.append({Step::RayWorker, ConnectStep::Status::Pending, tr("Join the Ray head at %1").arg(headGcsAddress),
                    {}, {}, {}, 0});
}

void ConnectChain::setJoinRetry(int attempts, int intervalMs)
{
    m_joinAttempts = qMax(1, attempts);
    m_joinIntervalMs = qMax(0, intervalMs);
}

int ConnectChain::indexOf(Step kind) const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i].kind == kind)
            return i;
    }
    Q_UNREACHABLE();
    return 0;
}

void ConnectChain::start()
{
    ++m_generation;
    m_running = true;
    m_result = {};
    for (int i = 0; i < m_steps.size(); ++i) {
        ConnectStep &s = m_steps[i];
        s.status = ConnectStep::Status::Pending;
        s.commandLine.clear();
        s.output.clear();
        s.message.clear();
        s.durationMs = 0;
        Q_EMIT stepChanged(i, s);
    }
    runStep(Step::Ssh);
}

void ConnectChain::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_running = false;
    m_retryTimer.stop();
    for (int i = 0; i < m_steps.size(); ++i) {
        ConnectStep &s = m_steps[i];
        if (s.status == ConnectStep::Status::Running) {
            s.status = ConnectStep::Status::Cancelled;
            s.durationMs = m_stepTimer.elapsed();
            s.message = tr("Cancelled");
            Q_EMIT stepChanged(i, s);
        }
    }
    Q_EMIT failed(Error(Error::Code::Cancelled, tr("Connecting was cancelled.")));
}

void ConnectChain::runStep(Step kind)
{
    switch (kind) {
    case Step::Ssh:
        return runSsh();
    case Step::Docker:
        return runDockerCheck();
    case Step::Container:
        return runContainer();
    case Step::RayHead:
        return runRayHead();
    case Step::Listening:
        return runListeningCheck(0, AfterListening::AdvanceChain);
    case Step::Tunnel:
        return runTunnel();
    case Step::Dashboard:
        return runDashboardCheck();
    case Step::RayWorker:
        return runRayWorker(1);
    }
}

void ConnectChain::next(Step after)
{
    const int index = indexOf(after) + 1;
    if (index >= m_steps.size())
        return succeed();
    runStep(m_steps[index].kind);
}

void ConnectChain::beginStep(Step kind)
{
    ConnectStep &s = step(kind);
    s.status = ConnectStep::Status::Running;
    s.message.clear();
    m_stepTimer.start();
    Q_EMIT stepChanged(indexOf(kind), s);
}

void ConnectChain::recordCommand(Step kind, const QStringList &argv)
{
    ConnectStep &s = step(kind);
    s.commandLine = shellJoin(argv);
    Q_EMIT stepChanged(indexOf(kind), s);
}

void ConnectChain::appendOutput(Step kind, const QByteArray &output)
{
    if (output.isEmpty())
        return;
    ConnectStep &s = step(kind);
    s.output += QString::fromUtf8(output);
    if (s.output.size() > maxStepOutput)
        s.output = s.output.right(maxStepOutput);
}

void ConnectChain::finishStep(Step kind, ConnectStep::Status status, const QString &message)
{
    ConnectStep &s = step(kind);
    s.status = status;
    s.message = message;
    s.durationMs = m_stepTimer.elapsed();
    Q_EMIT stepChanged(indexOf(kind), s);
}

void ConnectChain::failStep(Step kind, const Error &error)
{
    finishStep(kind, ConnectStep::Status::Failed, error.message());
    m_running = false;
    // The steps after a failure did not run.
    for (int i = indexOf(kind) + 1; i < m_steps.size(); ++i) {
        if (m_steps[i].status == ConnectStep::Status::Pending) {
            m_steps[i].status = ConnectStep::Status::Skipped;
            Q_EMIT stepChanged(i, m_steps[i]);
        }
    }
    Q_EMIT failed(error);
}

void ConnectChain::run(Step kind, const QStringList &argv, std::function<void(const CommandOutcome &)> handle)
{
    recordCommand(kind, argv);
    const int generation = m_generation;
    m_host->runCommand(argv, CommandRunOptions{}, this,
                       [this, kind, generation, handle = std::move(handle)](CommandOutcome outcome) {
                           if (generation != m_generation)
                               return;
                           appendOutput(kind, outcome.standardOutput);
                           appendOutput(kind, outcome.standardError);
                           if (outcome.failure) {
                               failStep(kind, *outcome.failure);
                               return;
                           }
                           handle(outcome);
                       });
}

void ConnectChain::runSsh()
{
    beginStep(Step::Ssh);
    const int generation = m_generation;
    m_host->ensureConnected(this, [this, generation](Result<void> connected) {
        if (generation != m_generation)
            return;
        if (!connected)
            return failStep(Step::Ssh, connected.error());
        finishStep(Step::Ssh, ConnectStep::Status::Succeeded, tr("Connected"));
        next(Step::Ssh);
    });
}

Error ConnectChain::dockerUnavailableError(const CommandOutcome &outcome) const
{
    const QString error = outcome.standardErrorText();
    const QString user = m_profile.user.isEmpty() ? QStringLiteral("$USER") : m_profile.user;
    if (error.contains(u"a password is required") || error.contains(u"a terminal is required"))
        return Error(Error::Code::RemoteCommandFailed,
                     tr("sudo asks for a password on this server, and RayDeck never types passwords into sudo. "
                        "Allow %1 to run docker without a password (or add it to the docker group) and turn off "
                        "\"Run docker with sudo\" in the server's settings.")
                         .arg(user),
                     lastLine(outcome.standardError));
    if (error.contains(u"permission denied", Qt::CaseInsensitive))
        return Error(Error::Code::RemoteCommandFailed,
                     tr("%1 may not use Docker on this server. Add the user to the docker group "
                        "(sudo usermod -aG docker %1, then connect again) or turn on \"Run docker with sudo\" "
                        "in the server's settings.")
                         .arg(user),
                     lastLine(outcome.standardError));
    if (outcome.exitStatus == 127 || error.contains(u"command not found") || error.contains(u"not found"))
        return Error(Error::Code::RemoteCommandFailed,
                     tr("Docker is not installed on this server, or not on the PATH of SSH sessions. Install "
                        "Docker, or turn off \"Run the Ray head in a Docker container\" in the server's settings to run Ray on the host."),
                     lastLine(outcome.standardError));
    if (error.contains(u"Cannot connect to the Docker daemon") || error.contains(u"Is the docker daemon running"))
        return Error(Error::Code::RemoteCommandFailed,
                     tr("The Docker daemon is not running on this server. Start it (sudo systemctl start docker) "
                        "and connect again."),
                     lastLine(outcome.standardError));
    return Error(Error::Code::RemoteCommandFailed, tr("Docker did not answer: %1").arg(lastLine(outcome.standardError)));
}

void ConnectChain::runDockerCheck()
{
    beginStep(Step::Docker);
    if (!m_profile.docker.enabled) {
        finishStep(Step::Docker, ConnectStep::Status::Skipped,
                   tr("Docker is not used for this server; Ray runs on the host itself."));
        step(Step::Container).status = ConnectStep::Status::Skipped;
        Q_EMIT stepChanged(indexOf(Step::Container), step(Step::Container));
        return next(Step::Container);
    }
    run(Step::Docker, m_docker.version(), [this](const CommandOutcome &outcome) {
        if (!outcome.succeeded())
            return failStep(Step::Docker, dockerUnavailableError(outcome));
        finishStep(Step::Docker, ConnectStep::Status::Succeeded,
                   tr("Docker %1").arg(outcome.standardOutputText().trimmed()));
        next(Step::Docker);
    });
}

void ConnectChain::runContainer()
{
    beginStep(Step::Container);
    const QString name = m_profile.docker.containerName;
    m_result.containerName = name;
    run(Step::Container, m_docker.inspectContainer(), [this, name](const CommandOutcome &outcome) {
        Result<ContainerInspection> inspection = RemoteOutputParsers::parseContainerInspection(
            outcome.exitStatus, outcome.standardOutput, outcome.standardError);
        if (!inspection)
            return failStep(Step::Container, inspection.error());
        using State = ContainerInspection::State;
        switch (inspection->state) {
        case State::Running:
            m_result.containerImage = inspection->image;
            m_result.containerState = inspection->statusText;
            finishStep(Step::Container, ConnectStep::Status::Succeeded, tr("Container %1 is running").arg(name));
            return next(Step::Container);
        case State::Missing:
            if (m_mode == ConnectMode::AttachOnly)
                return failStep(Step::Container,
                                Error(Error::Code::NotFound,
                                      tr("Container %1 does not exist, and \"Attach only\" never creates one. "
                                         "Connect without \"Attach only\" to create it.")
                                          .arg(name)));
            return createContainer();
        case State::Created:
        case State::Exited:
            if (m_mode == ConnectMode::AttachOnly)
                return failStep(Step::Container,
                                Error(Error::Code::RemoteCommandFailed,
                                      tr("Container %1 is stopped, and \"Attach only\" never starts it.").arg(name)));
            m_result.containerImage = inspection->image;
            run(Step::Container, m_docker.startContainer(), [this, name](const CommandOutcome &started) {
                if (!started.succeeded())
                    return failStep(Step::Container,
                                    Error(Error::Code::RemoteCommandFailed,
                                          tr("Could not start container %1: %2").arg(name, lastLine(started.standardError))));
                m_result.containerState = QStringLiteral("running");
                finishStep(Step::Container, ConnectStep::Status::Succeeded, tr("Started container %1").arg(name));
                next(Step::Container);
            });
            return;
        default:
            return failStep(Step::Container,
                            Error(Error::Code::RemoteCommandFailed,
                                  tr("Container %1 is %2. Fix it on the server (docker start or docker rm) and "
                                     "connect again.")
                                      .arg(name, inspection->statusText)));
        }
    });
}

void ConnectChain::createContainer()
{
    const QString image = m_profile.docker.image;
    if (image.isEmpty())
        return failStep(Step::Container,
                        Error(Error::Code::InvalidInput,
                              tr("Container %1 does not exist and no image is set to create it from. Set an image "
                                 "in the server's settings.")
                                  .arg(m_profile.docker.containerName)));
    run(Step::Container, m_docker.inspectImage(), [this, image](const CommandOutcome &outcome) {
        if (!outcome.succeeded()) {
            failStep(Step::Container,
                     Error(Error::Code::NotFound,
                           tr("Image %1 is not on the server. Pull it (docker pull) and continue.").arg(image),
                           lastLine(outcome.standardError)));
            Q_EMIT imageMissing(image);
            return;
        }
        run(Step::Container, m_docker.runContainer(), [this](const CommandOutcome &created) {
            if (!created.succeeded())
                return failStep(Step::Container, Error(Error::Code::RemoteCommandFailed,
                                                       tr("docker run failed: %1").arg(lastLine(created.standardError))));
            m_result.containerImage = m_profile.docker.image;
            m_result.containerState = QStringLiteral("running");
            finishStep(Step::Container, ConnectStep::Status::Succeeded,
                       tr("Created and started container %1").arg(m_profile.docker.containerName));
            next(Step::Container);
        });
    });
}

void ConnectChain::pullImageAndContinue()
{
    if (m_profile.docker.image.isEmpty())
        return;
    ++m_generation;
    m_running = true;
    const int generation = m_generation;
    beginStep(Step::Container);
    const QStringList argv = m_docker.pullImage();
    recordCommand(Step::Container, argv);
    CommandRunOptions options;
    options.timeoutMs = 6 * 60 * 60 * 1000; // images for training are tens of GB
    m_host->runCommand(
        argv, options, this,
        [this, generation](CommandOutcome outcome) {
            if (generation != m_generation)
                return;
            appendOutput(Step::Container, outcome.standardError);
            if (outcome.failure)
                return failStep(Step::Container, *outcome.failure);
            if (!outcome.succeeded())
                return failStep(Step::Container, Error(Error::Code::RemoteCommandFailed,
                                                       tr("docker pull failed: %1").arg(lastLine(outcome.standardError))));
            createContainer();
        },
        [this, generation](const QByteArray &chunk) {
            if (generation != m_generation)
                return;
            appendOutput(Step::Container, chunk);
            const QStringList lines = QString::fromUtf8(chunk).split(u'\n', Qt::SkipEmptyParts);
            for (const QString &line : lines)
                Q_EMIT pullProgress(line.trimmed());
        });
}

QStringList ConnectChain::rayStartEnvironment() const
{
    // With a Grafana forward, the dashboard's Metrics tab must embed Grafana
    // from the address the local web view reaches: the forward's local end.
    for (const PortForward &forward : m_profile.ray.extraForwards) {
        if (forward.name.contains(u"grafana", Qt::CaseInsensitive))
            return RayCommandBuilder::grafanaEnvironment(forward.localPort != 0 ? forward.localPort : forward.remotePort);
    }
    return {};
}

void ConnectChain::runRayHead()
{
    beginStep(Step::RayHead);
    run(Step::RayHead, m_docker.exec(m_ray.status()), [this](const CommandOutcome &status) {
        if (status.succeeded()) {
            finishStep(Step::RayHead, ConnectStep::Status::Succeeded, tr("A Ray head is already running"));
            return next(Step::RayHead);
        }
        if (m_mode == ConnectMode::AttachOnly)
            return failStep(Step::RayHead, Error(Error::Code::NotFound,
                                                 tr("No Ray head runs on this server, and \"Attach only\" never starts "
                                                    "one. Connect without \"Attach only\" to start it.")));
        run(Step::RayHead, m_docker.exec(m_ray.startHead(), rayStartEnvironment()), [this](const CommandOutcome &started) {
            if (!started.succeeded())
                return failStep(Step::RayHead,
                                Error(Error::Code::RemoteCommandFailed,
                                      tr("ray start failed: %1. See the step's output for Ray's own message.")
                                          .arg(lastLine(started.standardError.isEmpty() ? started.standardOutput
                                                                                        : started.standardError))));
            rememberHeadAddress(started.standardOutput);
            finishStep(Step::RayHead, ConnectStep::Status::Succeeded, tr("Started the Ray head"));
            next(Step::RayHead);
        });
    });
}

void ConnectChain::rememberHeadAddress(const QByteArray &rayStartOutput)
{
    // `ray start --head` prints "Local node IP: <ip>" and, for joining workers,
    // "ray start --address='<ip>:<gcs port>'"; both are informational only.
    static const QRegularExpression nodeIp(QStringLiteral("Local node IP:\\s*(\\S+)"));
    static const QRegularExpression address(QStringLiteral("--address='?([^':\\s]+):(\\d+)"));
    const QString text = QString::fromUtf8(rayStartOutput);
    if (const QRegularExpressionMatch match = nodeIp.match(text); match.hasMatch())
        m_result.headNodeIp = match.captured(1);
    if (const QRegularExpressionMatch match = address.match(text); match.hasMatch()) {
        if (m_result.headNodeIp.isEmpty())
            m_result.headNodeIp = match.captured(1);
        m_result.gcsPort = quint16(match.captured(2).toUInt());
    }
}

void ConnectChain::runListeningCheck(int attempt, AfterListening after)
{
    if (attempt == 0)
        beginStep(Step::Listening);
    const quint16 port = m_profile.ray.dashboardPort;
    const QStringList ss{QStringLiteral("ss"), QStringLiteral("-H"), QStringLiteral("-t"), QStringLiteral("-l"),
                         QStringLiteral("-n")};
    run(Step::Listening, ss, [this, port, attempt, after](const CommandOutcome &outcome) {
        const auto fail = [this, after](const Error &error) {
            if (after == AfterListening::AdvanceChain)
                return failStep(Step::Listening, error);
            finishStep(Step::Listening, ConnectStep::Status::Failed, error.message());
            Q_EMIT rayRestarted(false);
        };
        const auto evaluate = [this, port, attempt, after, fail](const QList<ListeningSocket> &all) {
            QList<ListeningSocket> dashboard;
            for (const ListeningSocket &socket : all) {
                if (socket.port == port)
                    dashboard << socket;
            }
            if (dashboard.isEmpty()) {
                if (attempt + 1 >= listeningMaxAttempts)
                    return fail(Error(Error::Code::Network,
                                          tr("Nothing listens on the dashboard port %1 on the server. Check the Ray "
                                             "head's output (ray status) and the port in the server's settings.")
                                              .arg(port)));
                step(Step::Listening).message = tr("Waiting for the dashboard to listen on port %1…").arg(port);
                Q_EMIT stepChanged(indexOf(Step::Listening), step(Step::Listening));
                const int generation = m_generation;
                m_retryTimer.disconnect(this);
                connect(&m_retryTimer, &QTimer::timeout, this, [this, attempt, after, generation] {
                    if (generation == m_generation)
                        runListeningCheck(attempt + 1, after);
                });
                m_retryTimer.start(listeningRetryIntervalMs);
                return;
            }
            m_result.dashboardExposed = false;
            QString exposedOn;
            m_tunnelTargetHost = QStringLiteral("127.0.0.1");
            bool reachableOnLoopback = false;
            for (const ListeningSocket &socket : dashboard) {
                if (socket.isAllInterfaces()) {
                    m_result.dashboardExposed = true;
                    exposedOn = socket.address;
                    reachableOnLoopback = true;
                } else if (socket.address == u"127.0.0.1") {
                    reachableOnLoopback = true;
                }
            }
            // Bound to one specific address (a LAN interface, or only ::1): tunnel to that.
            if (!reachableOnLoopback)
                m_tunnelTargetHost = dashboard.first().address;
            if (m_result.dashboardExposed) {
                finishStep(Step::Listening, ConnectStep::Status::Warning,
                           tr("The Ray Dashboard listens on all interfaces (%1 port %2). The dashboard and its Jobs API "
                              "have no authentication: anyone who can reach this port can run code on your cluster. "
                              "Restart it bound to 127.0.0.1; RayDeck reaches it through the SSH tunnel.")
                               .arg(exposedOn)
                               .arg(port));
                Q_EMIT dashboardExposed(exposedOn);
            } else {
                finishStep(Step::Listening, ConnectStep::Status::Succeeded,
                           tr("Listening on %1 port %2 only").arg(dashboard.first().address).arg(port));
            }
            if (after == AfterListening::AdvanceChain)
                next(Step::Listening);
            else
                Q_EMIT rayRestarted(!m_result.dashboardExposed);
        };
        if (outcome.exitStatus == 127) {
            // No ss (minimal images): read the kernel's table directly.
            run(Step::Listening,
                {QStringLiteral("cat"), QStringLiteral("/proc/net/tcp"), QStringLiteral("/proc/net/tcp6")},
                [evaluate](const CommandOutcome &proc) {
                    evaluate(RemoteOutputParsers::parseProcNetTcp(proc.standardOutputText()));
                });
            return;
        }
        evaluate(RemoteOutputParsers::parseSsListening(outcome.standardOutputText()));
    });
}

void ConnectChain::restartRayOnLoopback()
{
    ++m_generation;
    const int generation = m_generation;
    beginStep(Step::Listening);
    run(Step::Listening, m_docker.exec(m_ray.stop()), [this, generation](const CommandOutcome &) {
        run(Step::Listening, m_docker.exec(m_ray.startHeadOnLoopback(), rayStartEnvironment()),
            [this, generation](const CommandOutcome &started) {
                if (generation != m_generation)
                    return;
                if (!started.succeeded()) {
                    finishStep(Step::Listening, ConnectStep::Status::Failed,
                               tr("Restarting the Ray head failed: %1").arg(lastLine(started.standardError)));
                    Q_EMIT rayRestarted(false);
                    return;
                }
                rememberHeadAddress(started.standardOutput);
                // Check again without moving the chain on: the tunnel already points at 127.0.0.1.
                m_profile.ray.dashboardHost = QStringLiteral("127.0.0.1");
                m_ray = RayCommandBuilder(m_profile.ray);
                runListeningCheck(1, AfterListening::StayOnStep);
            });
    });
}

void ConnectChain::runTunnel()
{
    beginStep(Step::Tunnel);
    ForwardRequest request;
    request.remoteHost = m_tunnelTargetHost;
    request.remotePort = m_profile.ray.dashboardPort;
    request.preferredLocalPort = m_profile.ray.localPort;
    const int generation = m_generation;
    m_host->openLocalForward(request, this, [this, generation, request](Result<quint16> bound) {
        if (generation != m_generation)
            return;
        if (!bound)
            return failStep(Step::Tunnel, bound.error());
        m_result.localPort = bound.value();
        m_result.dashboardUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(bound.value()));
        QString message = tr("%1 → %2 port %3 on the server")
                              .arg(m_result.dashboardUrl.toString(), request.remoteHost)
                              .arg(request.remotePort);
        if (request.preferredLocalPort != 0 && bound.value() != request.preferredLocalPort)
            message += u'\n' + tr("Local port %1 was taken; using %2.").arg(request.preferredLocalPort).arg(bound.value());
        finishStep(Step::Tunnel, ConnectStep::Status::Succeeded, message);
        // Extra forwards (Grafana, TensorBoard) are conveniences: a failure is
        // reported on the step but does not stop the chain.
        for (const PortForward &forward : m_profile.ray.extraForwards) {
            ForwardRequest extra{forward.remoteHost, forward.remotePort, forward.localPort};
            m_host->openLocalForward(extra, this, [this, generation, forward](Result<quint16> extraBound) {
                if (generation != m_generation)
                    return;
                ConnectStep &tunnel = step(Step::Tunnel);
                if (extraBound) {
                    m_result.extraForwards.append({forward, extraBound.value()});
                    tunnel.message += u'\n' + tr("%1: http://127.0.0.1:%2/").arg(forward.name).arg(extraBound.value());
                } else {
                    tunnel.status = ConnectStep::Status::Warning;
                    tunnel.message += u'\n' + tr("%1: %2").arg(forward.name, extraBound.error().message());
                }
                Q_EMIT stepChanged(indexOf(Step::Tunnel), tunnel);
            });
        }
        next(Step::Tunnel);
    });
}

void ConnectChain::runDashboardCheck()
{
    beginStep(Step::Dashboard);
    if (!m_rayClient)
        m_rayClient = new RayJobsClient(RayEndpoint{m_result.dashboardUrl, m_rayToken}, this);
    else
        m_rayClient->setEndpoint(RayEndpoint{m_result.dashboardUrl, m_rayToken});
    step(Step::Dashboard).commandLine = QStringLiteral("GET %1api/version").arg(m_result.dashboardUrl.toString());
    const int generation = m_generation;
    m_rayClient->fetchVersion(this, [this, generation](Result<RayVersion> version) {
        if (generation != m_generation)
            return;
        if (!version)
            return failStep(Step::Dashboard, version.error());
        m_result.rayVersion = version->rayVersion;
        finishStep(Step::Dashboard, ConnectStep::Status::Succeeded, tr("Ray %1").arg(version->rayVersion));
        next(Step::Dashboard);
    });
}

void ConnectChain::runRayWorker(int attempt)
{
    if (attempt == 1)
        beginStep(Step::RayWorker);
    run(Step::RayWorker, m_docker.exec(RayCommandBuilder::startWorker(m_headGcsAddress)),
        [this, attempt](const CommandOutcome &outcome) {
            if (outcome.succeeded()) {
                finishStep(Step::RayWorker, ConnectStep::Status::Succeeded, tr("Joined"));
                return next(Step::RayWorker);
            }
            const QString said = outcome.standardErrorText() + outcome.standardOutputText();
            if (said.contains(u"already running")) {
                // `ray start` refuses a second node; fine if it is ours, otherwise it belongs to someone else.
                if (said.contains(m_headGcsAddress)) {
                    finishStep(Step::RayWorker, ConnectStep::Status::Succeeded,
                               tr("Already joined: a Ray node of this cluster runs here"));
                    return next(Step::RayWorker);
                }
                return failStep(Step::RayWorker,
                                Error(Error::Code::RemoteCommandFailed,
                                      tr("Another Ray node already runs on this server, not joined to %1. Stop it "
                                         "(ray stop, or raydeck-cli down with --stop-ray) and retry this worker.")
                                          .arg(m_headGcsAddress),
                                      lastLine(outcome.standardError)));
            }
            const bool unreachable = said.contains(u"Unable to connect to GCS") || said.contains(u"ConnectionError")
                || said.contains(u"Failed to connect to GCS", Qt::CaseInsensitive);
            if (unreachable && attempt < m_joinAttempts) {
                // A head that is still starting, or a network path not up yet: try again.
                ConnectStep &s = step(Step::RayWorker);
                s.message = tr("The head at %1 is not reachable yet; trying again (attempt %2 of %3)…")
                                .arg(m_headGcsAddress)
                                .arg(attempt + 1)
                                .arg(m_joinAttempts);
                Q_EMIT stepChanged(indexOf(Step::RayWorker), s);
                const int generation = m_generation;
                m_retryTimer.disconnect(this);
                connect(&m_retryTimer, &QTimer::timeout, this, [this, attempt, generation] {
                    if (generation == m_generation)
                        runRayWorker(attempt + 1);
                });
                m_retryTimer.start(m_joinIntervalMs);
                return;
            }
            if (unreachable)
                return failStep(Step::RayWorker,
                                Error(Error::Code::Network,
                                      tr("This server cannot reach the Ray head at %1 (tried %2 times). Check that "
                                         "the cluster's head address is the head's address on a network this server "
                                         "shares, and that no firewall blocks the GCS port between the servers.")
                                          .arg(m_headGcsAddress)
                                          .arg(attempt),
                                      lastLine(outcome.standardError)));
            failStep(Step::RayWorker,
                     Error(Error::Code::RemoteCommandFailed,
                           tr("ray start failed: %1. See the step's output for Ray's own message.")
                               .arg(lastLine(outcome.standardError.isEmpty() ? outcome.standardOutput
                                                                             : outcome.standardError))));
        });
}

void ConnectChain::succeed()
{
    m_running = false;
    if (isWorker())
        qCInfo(lcRemote) << "worker joined the head";
    else
        qCInfo(lcRemote) << "connected; dashboard at" << m_result.dashboardUrl.toString();
    Q_EMIT succeeded(m_result);
}

} // namespace RayDeck
