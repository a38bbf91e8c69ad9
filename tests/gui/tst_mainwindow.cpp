// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyStateOffersAddAndImport();
};

void TestMainWindow::emptyStateOffersAddAndImport()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *stack = window.findChild<QStackedWidget *>(u"centralStackedWidget"_s);
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget()->objectName(), u"emptyStateWidget"_s);

    auto *add = window.findChild<QPushButton *>(u"addServerPushButton"_s);
    auto *import = window.findChild<QPushButton *>(u"importSshConfigPushButton"_s);
    QVERIFY(add && add->isVisible());
    QVERIFY(import && import->isVisible());
    QVERIFY(!add->accessibleName().isEmpty());
    QVERIFY(!import->accessibleName().isEmpty());

    QSignalSpy addSpy(&window, &MainWindow::addServerRequested);
    QSignalSpy importSpy(&window, &MainWindow::importSshConfigRequested);
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(addSpy.count(), 1);
    QCOMPARE(importSpy.count(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
