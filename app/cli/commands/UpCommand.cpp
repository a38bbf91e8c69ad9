// SPDX-License-Identifier: GPL-3.0-or-later
#include "UpCommand.h"

#include "CliSession.h"
#include "TerminationSignal.h"
#include "session/ServerSession.h"

#include <QCommandLineParser>

namespace RayDeck {

void UpCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Connect to a server: SSH, Docker, container, Ray head, tunnel. Prints one line per step, then the "
           "dashboard URL, and keeps the tunnel open until interrupted (Ray and the container keep running)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Server profile"));
    const QCommandLineOption acceptNew = acceptNewHostKeyOption();
    const QCommandLineOption attachOnly(QStringLiteral("attach-only"),
                                        tr("Never create or start anything; fail if the container or head is missing."));
    parser.addOptions({acceptNew, attachOnly});
    if (!parseOrFinish(parser, QStringLiteral("up"), arguments))
        return;
    if (parser.positionalArguments().size() != 1)
        return finishWithUsageError(QStringLiteral("up"), tr("expected exactly one server name"));

    m_session = new CliSession(this);
    if (Result<void> opened = m_session->open(parser.positionalArguments().first(), parser.isSet(acceptNew)); !opened)
        return finishWithError(opened.error());
    const ConnectMode mode = parser.isSet(attachOnly) ? ConnectMode::AttachOnly : ConnectMode::StartWhatIsMissing;
    auto *termination = new TerminationSignal(this);
    connect(termination, &TerminationSignal::received, this, [this] {
        // Interrupted: close the tunnel, leave Ray and the container running.
        connect(m_session->session(), &ServerSession::downFinished, this, [this] { finishLater(Success); });
        m_session->session()->down(DownOptions{});
    });
    m_session->bringUp(mode, StepOutput::OneLinePerStep, [this](Result<ConnectResult> result) {
        if (!result)
            return finishWithError(result.error());
        out() << "Dashboard: " << result->dashboardUrl.toString() << Qt::endl;
        for (const auto &[forward, port] : result->extraForwards)
            out() << forward.name << ": http://127.0.0.1:" << port << "/" << Qt::endl;
    });
}

} // namespace RayDeck
