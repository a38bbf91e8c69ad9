// SPDX-License-Identifier: GPL-3.0-or-later
#include "ssh/ByteQueue.h"

#include <QRandomGenerator>
#include <QTest>

using namespace RayDeck;

class TestByteQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fifoOrder();
    void randomisedAgainstReference();
};

void TestByteQueue::fifoOrder()
{
    ByteQueue queue;
    QVERIFY(queue.isEmpty());
    queue.append("hello ", 6);
    queue.append("world", 5);
    QCOMPARE(queue.size(), 11);
    QCOMPARE(QByteArray(queue.data(), queue.size()), QByteArray("hello world"));
    queue.consume(6);
    QCOMPARE(QByteArray(queue.data(), queue.size()), QByteArray("world"));
    queue.consume(100); // more than held: empties
    QVERIFY(queue.isEmpty());
    queue.append("again", 5);
    QCOMPARE(QByteArray(queue.data(), queue.size()), QByteArray("again"));
}

void TestByteQueue::randomisedAgainstReference()
{
    ByteQueue queue;
    QByteArray reference;
    QRandomGenerator random(42);
    for (int step = 0; step < 20000; ++step) {
        if (random.bounded(2) == 0) {
            QByteArray chunk(random.bounded(1, 5000), char(random.bounded(256)));
            queue.append(chunk.constData(), chunk.size());
            reference += chunk;
        } else {
            const qsizetype count = random.bounded(int(reference.size()) + 1);
            queue.consume(count);
            reference.remove(0, count);
        }
        QCOMPARE(queue.size(), reference.size());
    }
    QCOMPARE(QByteArray(queue.data(), queue.size()), reference);
}

QTEST_GUILESS_MAIN(TestByteQueue)
#include "tst_bytequeue.moc"
