// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobStatus.h"
#include "metrics/MetricsLogParser.h"
#include "util/Error.h"

#include <QObject>

namespace RayDeck {

class JobLogFollower;
class RayJobsClient;

/**
 * Training curves of one job, read from its own driver log: follows the log
 * (live, or replayed in full for a finished job) and feeds every piece to a
 * MetricsLogParser. metricsChanged() fires when new points arrive; the series
 * are in metrics(). Holds no log text.
 */
class JobMetricsTracker : public QObject
{
    Q_OBJECT

public:
    JobMetricsTracker(RayJobsClient *client, QString jobId, QObject *parent = nullptr);
    ~JobMetricsTracker() override;

    const QString &jobId() const { return m_jobId; }
    const MetricSeriesSet &metrics() const { return m_parser.series(); }
    bool isFinished() const { return m_finished; }

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void metricsChanged();
    /// The whole log has been read (the job ended).
    void finished(RayDeck::JobStatus status);
    void failed(const RayDeck::Error &error);

private:
    QString m_jobId;
    JobLogFollower *m_follower = nullptr;
    MetricsLogParser m_parser;
    bool m_finished = false;
};

} // namespace RayDeck
