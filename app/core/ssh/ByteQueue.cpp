// SPDX-License-Identifier: GPL-3.0-or-later
#include "ByteQueue.h"

namespace RayDeck {

void ByteQueue::append(const char *bytes, qsizetype count)
{
    if (count <= 0)
        return;
    // Compact once the consumed front is at least half the buffer: amortised
    // O(1) per byte, and the buffer never grows past twice its live content.
    if (m_head > 0 && m_head >= m_data.size() / 2) {
        m_data.remove(0, m_head);
        m_head = 0;
    }
    m_data.append(bytes, count);
}

void ByteQueue::consume(qsizetype count)
{
    m_head += qMin(count, size());
    if (m_head >= m_data.size())
        clear();
}

void ByteQueue::clear()
{
    m_data.clear();
    m_head = 0;
}

} // namespace RayDeck
