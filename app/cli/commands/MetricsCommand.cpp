// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsCommand.h"

#include "CliSession.h"
#include "metrics/LatestTrainingSummary.h"
#include "metrics/MetricCsvWriter.h"
#include "metrics/MetricsLogParser.h"
#include "ray/JobMetricsTracker.h"
#include "ray/RayJobsClient.h"

#include <QCommandLineParser>

namespace RayDeck {

namespace {
void printMetrics(const MetricSeriesSet &metrics, bool asCsv)
{
    QTextStream out(stdout);
    if (asCsv) {
        MetricCsvWriter::Options options;
        options.lineEnding = MetricCsvWriter::LineEnding::Lf;
        out << MetricCsvWriter::toCsv(metrics, options) << Qt::flush;
        return;
    }
    if (metrics.isEmpty()) {
        out << QCoreApplication::translate("cli", "No metric lines in this job's log (verl prints them when "
                                                  "trainer.logger includes console).")
            << Qt::endl;
        return;
    }
    for (const QString &name : metrics.metricNames()) {
        const MetricSeries *series = metrics.series(name);
        out << name.leftJustified(40) << QStringLiteral("  step %1  ").arg(series->latestStep()).leftJustified(14)
            << QString::number(series->latestValue(), 'g', 8) << Qt::endl;
    }
}
} // namespace

// raydeck-cli metrics NAME ID [--csv] [--follow]
void MetricsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Training metrics from a job's own log (verl's console logger). --csv prints a step column and one column "
           "per metric; --follow waits for the job to end, reporting progress on stderr."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Server profile"));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("Submission id"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Print CSV: step,<metric>,..."));
    const QCommandLineOption follow(QStringLiteral("follow"), tr("Follow the job until it ends, then print."));
    const QCommandLineOption acceptNew = acceptNewHostKeyOption();
    parser.addOptions({csv, follow, acceptNew});
    if (!parseOrFinish(parser, QStringLiteral("metrics"), arguments))
        return;
    if (parser.positionalArguments().size() != 2)
        return finishWithUsageError(QStringLiteral("metrics"), tr("expected a server name and a submission id"));
    auto *session = new CliSession(this);
    if (Result<void> opened = session->open(parser.positionalArguments().first(), parser.isSet(acceptNew)); !opened)
        return finishWithError(opened.error());
    const QString id = parser.positionalArguments().at(1);
    const bool asCsv = parser.isSet(csv);
    const bool following = parser.isSet(follow);
    session->attachToRay([this, id, asCsv, following](Result<RayJobsClient *> client) {
        if (!client)
            return finishWithError(client.error());
        if (!following) {
            client.value()->fetchLogs(id, this, [this, asCsv](Result<QString> logs) {
                if (!logs)
                    return finishWithError(logs.error());
                MetricsLogParser logParser;
                logParser.feed(logs.value().toUtf8());
                logParser.finish();
                printMetrics(logParser.series(), asCsv);
                finishLater(Success);
            });
            return;
        }
        auto *tracker = new JobMetricsTracker(client.value(), id, this);
        connect(tracker, &JobMetricsTracker::metricsChanged, this, [tracker] {
            err() << LatestTrainingSummary::from(tracker->metrics()).toDisplayString() << Qt::endl;
        });
        connect(tracker, &JobMetricsTracker::failed, this, [this](const Error &error) { finishWithError(error); });
        connect(tracker, &JobMetricsTracker::finished, this, [this, tracker, asCsv](JobStatus) {
            printMetrics(tracker->metrics(), asCsv);
            finishLater(Success);
        });
        tracker->start();
    });
}

} // namespace RayDeck
