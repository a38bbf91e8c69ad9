// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <span>
#include <vector>

namespace RayDeck {

/**
 * One training metric over time: (step, value) points sorted by step, stored as
 * two flat arrays (8 bytes each per point) so that a series costs 16 bytes per
 * point and nothing else.
 *
 * Recording:
 * - a step above the last one is appended;
 * - a step that is already stored gets its value replaced (a restarted run that
 *   repeats steps: the latest value per step wins);
 * - an older step that is not stored is inserted in order.
 *
 * Bounded size: a series never holds more than maxPoints() points. When a record
 * would exceed it, the series keeps every second point of its history (always the
 * first point and always the newest point, exactly) and doubles its stride(); from
 * then on only every stride()-th new point is kept for good, while the newest point
 * is always present with its exact value (it is replaced when the next one arrives
 * between two kept points). So a long run keeps an evenly thinned curve whose end is
 * exact, and the cost is amortised O(1) per record. Values are never averaged:
 * every stored value is one the log really contained.
 *
 * Change tracking for live views: revision() changes on every record;
 * layoutRevision() changes only when something other than appending new points
 * happened (a value replaced, a point inserted, the history thinned, the provisional
 * newest point replaced). A view that remembers (layoutRevision(), size()) from its
 * last refresh can append points [oldSize, size()) when layoutRevision() did not
 * change, and must redraw the series otherwise.
 *
 * Value type, not thread-safe; use from one thread at a time.
 */
class MetricSeries
{
public:
    /// A series for @p name that keeps at most @p maxPoints points (at least 4).
    MetricSeries(QString name, qsizetype maxPoints);

    /// The metric key as the log wrote it, e.g. "critic/score/mean".
    const QString &name() const { return m_name; }

    qsizetype size() const { return qsizetype(m_steps.size()); }
    bool isEmpty() const { return m_steps.empty(); }
    qsizetype maxPoints() const { return m_maxPoints; }

    /// Steps in strictly increasing order; valid until the next record().
    std::span<const qint64> steps() const { return m_steps; }
    /// Values matching steps(); may hold NaN and ±infinity as logged.
    std::span<const double> values() const { return m_values; }

    /// The stored value at @p step, if that step is stored.
    std::optional<double> valueAt(qint64 step) const;

    /**
     * Step of the most recently recorded point (not necessarily the highest step:
     * after a restart it is the step the run is at now). -1 when nothing was recorded.
     */
    qint64 latestStep() const { return m_latestStep; }
    /// Value of the most recently recorded point; NaN when nothing was recorded.
    double latestValue() const { return m_latestValue; }

    /// 1 until the history was first thinned, then 2, 4, 8 ...
    qint64 stride() const { return m_stride; }
    bool isThinned() const { return m_stride > 1; }

    /// Changes on every record().
    quint64 revision() const { return m_revision; }
    /// Changes when stored points other than new trailing ones changed (see class doc).
    quint64 layoutRevision() const { return m_layoutRevision; }

    /// Approximate heap and object bytes used by this series.
    qsizetype memoryEstimate() const;

    /// Records @p value at @p step (see the class documentation for the rules).
    void record(qint64 step, double value);

private:
    void append(qint64 step, double value);
    void reserveOneMore();
    void insertAt(qsizetype index, qint64 step, double value);
    void thin();

    QString m_name;
    std::vector<qint64> m_steps;
    std::vector<double> m_values;
    qsizetype m_maxPoints;
    qint64 m_stride = 1;
    qint64 m_appendsSinceKept = 0; ///< appends since the last point kept for good
    bool m_lastIsProvisional = false; ///< last point is only there because it is the newest
    qint64 m_latestStep = -1;
    double m_latestValue;
    quint64 m_revision = 0;
    quint64 m_layoutRevision = 0;
};

} // namespace RayDeck
