// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobMetricsTracker.h"

#include "JobLogFollower.h"

namespace RayDeck {

JobMetricsTracker::JobMetricsTracker(RayJobsClient *client, QString jobId, QObject *parent)
    : QObject(parent)
    , m_jobId(std::move(jobId))
    , m_follower(new JobLogFollower(client, m_jobId, this))
{
    connect(m_follower, &JobLogFollower::logReceived, this, [this](const QString &text) {
        if (m_parser.feed(text.toUtf8()) > 0)
            Q_EMIT metricsChanged();
    });
    connect(m_follower, &JobLogFollower::finished, this, [this](JobStatus status) {
        const bool lastLineHadMetrics = m_parser.finish() > 0;
        m_finished = true;
        if (lastLineHadMetrics)
            Q_EMIT metricsChanged();
        Q_EMIT finished(status);
    });
    connect(m_follower, &JobLogFollower::failed, this, &JobMetricsTracker::failed);
}

JobMetricsTracker::~JobMetricsTracker() = default;

void JobMetricsTracker::start()
{
    m_follower->start();
}

void JobMetricsTracker::stop()
{
    m_follower->stop();
}

} // namespace RayDeck
