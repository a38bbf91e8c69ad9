// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace RayDeck {

/**
 * A FIFO of bytes that is appended at the back and consumed from the front
 * without moving the rest on every consume. Memory is released as soon as it
 * runs empty, so idle connections hold nothing.
 */
class ByteQueue
{
public:
    qsizetype size() const { return m_data.size() - m_head; }
    bool isEmpty() const { return size() == 0; }
    const char *data() const { return m_data.constData() + m_head; }

    void append(const char *bytes, qsizetype count);
    void consume(qsizetype count);
    void clear();

private:
    QByteArray m_data;
    qsizetype m_head = 0;
};

} // namespace RayDeck
