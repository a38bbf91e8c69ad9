// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MetricSeries.h"

#include <algorithm>
#include <limits>

namespace RayDeck {

MetricSeries::MetricSeries(QString name, qsizetype maxPoints)
    : m_name(std::move(name))
    , m_maxPoints(std::max<qsizetype>(maxPoints, 4))
    , m_latestValue(std::numeric_limits<double>::quiet_NaN())
{
}

std::optional<double> MetricSeries::valueAt(qint64 step) const
{
    const auto it = std::lower_bound(m_steps.begin(), m_steps.end(), step);
    if (it == m_steps.end() || *it != step)
        return std::nullopt;
    return m_values[std::size_t(it - m_steps.begin())];
}

qsizetype MetricSeries::memoryEstimate() const
{
    return qsizetype(sizeof(MetricSeries)) + qsizetype(m_steps.capacity() * sizeof(qint64))
        + qsizetype(m_values.capacity() * sizeof(double)) + m_name.capacity() * qsizetype(sizeof(QChar));
}

void MetricSeries::record(qint64 step, double value)
{
    ++m_revision;
    m_latestStep = step;
    m_latestValue = value;

    if (m_steps.empty() || step > m_steps.back()) {
        append(step, value);
        return;
    }

    ++m_layoutRevision;
    const auto it = std::lower_bound(m_steps.begin(), m_steps.end(), step);
    const auto index = qsizetype(it - m_steps.begin());
    if (*it == step) {
        m_values[std::size_t(index)] = value;
        return;
    }
    // An older step we never stored (a restarted run logging a metric it did not
    // log before): keep it; the size bound below still holds.
    insertAt(index, step, value);
    if (size() > m_maxPoints)
        thin();
}

void MetricSeries::append(qint64 step, double value)
{
    ++m_appendsSinceKept;
    const bool keepForGood = m_appendsSinceKept >= m_stride;
    if (keepForGood)
        m_appendsSinceKept = 0;

    if (m_lastIsProvisional) {
        // The previous newest point was off the stride grid; the new point takes its place.
        ++m_layoutRevision;
        m_steps.back() = step;
        m_values.back() = value;
    } else {
        reserveOneMore();
        m_steps.push_back(step);
        m_values.push_back(value);
    }
    m_lastIsProvisional = !keepForGood;

    if (size() > m_maxPoints)
        thin();
}

void MetricSeries::reserveOneMore()
{
    if (m_steps.size() < m_steps.capacity())
        return;
    // Grow geometrically, but never beyond the cap plus the one point that triggers
    // thinning, so a full series costs maxPoints() * 16 bytes and not up to twice that.
    const std::size_t limit = std::size_t(m_maxPoints) + 1;
    const std::size_t wanted = std::min(std::max<std::size_t>(m_steps.capacity() * 2, 16), limit);
    m_steps.reserve(std::max(wanted, m_steps.size() + 1));
    m_values.reserve(std::max(wanted, m_values.size() + 1));
}

void MetricSeries::insertAt(qsizetype index, qint64 step, double value)
{
    reserveOneMore();
    m_steps.insert(m_steps.begin() + index, step);
    m_values.insert(m_values.begin() + index, value);
}

void MetricSeries::thin()
{
    ++m_layoutRevision;
    const std::size_t last = m_steps.size() - 1;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < last; i += 2) {
        m_steps[kept] = m_steps[i];
        m_values[kept] = m_values[i];
        ++kept;
    }
    m_steps[kept] = m_steps[last];
    m_values[kept] = m_values[last];
    ++kept;
    m_steps.resize(kept);
    m_values.resize(kept);

    if (m_stride < std::numeric_limits<qint64>::max() / 2)
        m_stride *= 2;
    m_appendsSinceKept = 0;
    m_lastIsProvisional = false;
}

} // namespace RayDeck
