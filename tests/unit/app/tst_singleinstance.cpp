// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/SingleInstance.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondInstanceHandsOverItsArguments();
};

void TestSingleInstance::secondInstanceHandsOverItsArguments()
{
    const QString key = QUuid::createUuid().toString();
    SingleInstance first(key);
    QVERIFY(!first.forwardToRunningInstanceOrListen({u"raydeck"_s}));
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);

    SingleInstance second(key);
    QCOMPARE(second.serverName(), first.serverName());
    QVERIFY(second.forwardToRunningInstanceOrListen({u"raydeck"_s, u"--connect"_s, u"GPU box ✓"_s}));
    QVERIFY(received.wait(5000));
    QCOMPARE(received.first().first().toStringList(),
             (QStringList{u"raydeck"_s, u"--connect"_s, u"GPU box ✓"_s}));

    // Another key is another instance.
    SingleInstance other(key + u"-other"_s);
    QVERIFY(!other.forwardToRunningInstanceOrListen({}));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
