// SPDX-License-Identifier: GPL-3.0-or-later
// The cluster UI offscreen: the editor's validation and public-address warning, the
// "Clusters" sidebar section saving through the editor, a cluster page with one step
// list per node (its head refused for real, so the workers are not started), the
// disconnect confirmation with "leave running" as the default, the launch form's
// cluster capacity hook, and an accessible name on every control.
#include "MapSecretStore.h"
#include "RefusingPrompter.h"

#include "MainWindow.h"
#include "cluster/ClusterEditorDialog.h"
#include "cluster/ClusterListPanel.h"
#include "cluster/ClusterPage.h"
#include "cluster/ClusterStore.h"
#include "connect/ConnectProgressWidget.h"
#include "launch/LaunchForm.h"
#include "profiles/MessageBox.h"
#include "profiles/ProfileStore.h"
#include "remote/CommandLog.h"
#include "session/SessionPrompter.h"

#include "WidgetAudit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {

ServerProfile server(const QString &name, quint16 port = 22)
{
    ServerProfile profile;
    profile.id = name + u"-id"_s;
    profile.name = name;
    profile.host = u"127.0.0.1"_s;
    profile.port = port;
    profile.user = u"nobody"_s;
    return profile;
}

} // namespace

class TestClusterWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void editorRefusesInvalidAndWarnsAboutPublicAddress();
    void sidebarSectionSavesThroughTheEditor();
    void pageShowsNodesAndHeadFailureSkipsWorkers();
    void disconnectAsksWithLeaveRunningAsDefault();
    void launchFormTakesClusterCapacity();
    void mainWindowHasClustersSection();

private:
    QList<ServerProfile> m_profiles{server(u"head"_s), server(u"w1"_s), server(u"w2"_s)};
    RefusingPrompter m_prompter;
    CommandLog m_log;
};

void TestClusterWidgets::initTestCase()
{
    MessageBox::setRecordOnly(true);
}

void TestClusterWidgets::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget))
            widget->close();
    }
}

void TestClusterWidgets::editorRefusesInvalidAndWarnsAboutPublicAddress()
{
    ClusterEditorDialog dialog(m_profiles);
    dialog.show();
    QVERIFY2(WidgetAudit::unnamedControls(&dialog).isEmpty(), qPrintable(WidgetAudit::unnamedControls(&dialog).join(u", "_s)));
    auto *name = dialog.findChild<QLineEdit *>(u"clusterNameLineEdit"_s);
    auto *head = dialog.findChild<QComboBox *>(u"headProfileComboBox"_s);
    auto *workers = dialog.findChild<QListWidget *>(u"workerProfilesListWidget"_s);
    auto *address = dialog.findChild<QLineEdit *>(u"headAddressLineEdit"_s);
    QVERIFY(name && head && workers && address);
    QTest::keyClicks(name, u"lab"_s);
    head->setCurrentText(u"head"_s);
    workers->item(0)->setCheckState(Qt::Checked); // the head itself
    workers->item(1)->setCheckState(Qt::Checked);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(u"cannot also be one of its workers"_s), qPrintable(dialog.errorText()));

    workers->item(0)->setCheckState(Qt::Unchecked);
    QTest::keyClicks(address, u"8.8.8.8"_s);
    QVERIFY2(dialog.warningText().contains(u"no authentication"_s), qPrintable(dialog.warningText()));
    address->clear();
    QTest::keyClicks(address, u"10.0.0.5"_s);
    QVERIFY(dialog.warningText().isEmpty());
    address->clear();
    QTest::keyClicks(address, u"10.0.0.5;reboot"_s);
    dialog.accept();
    QVERIFY(dialog.errorText().contains(u"not an IP address or host name"_s));
    address->clear();
    QTest::keyClicks(address, u"10.0.0.5"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const ClusterProfile cluster = dialog.cluster();
    QCOMPARE(cluster.headProfile, u"head"_s);
    QCOMPARE(cluster.workerProfiles, QStringList{u"w1"_s});
    QCOMPARE(cluster.headAddress, u"10.0.0.5"_s);
    QCOMPARE(cluster.gcsPort, ClusterProfile::defaultGcsPort);
}

void TestClusterWidgets::sidebarSectionSavesThroughTheEditor()
{
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(u"profiles.json"_s));
    for (const ServerProfile &profile : m_profiles)
        QVERIFY(profiles.add(profile));
    ClusterStore clusters(dir.filePath(u"clusters.json"_s));
    ClusterListPanel panel(&clusters, &profiles);
    panel.show();
    QVERIFY(WidgetAudit::unnamedControls(&panel).isEmpty());
    QVERIFY(panel.clusterNames().isEmpty());
    panel.findChild<QPushButton *>(u"addClusterPushButton"_s)->click();
    ClusterEditorDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = panel.findChild<ClusterEditorDialog *>()) != nullptr && dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"clusterNameLineEdit"_s), u"lab"_s);
    dialog->findChild<QComboBox *>(u"headProfileComboBox"_s)->setCurrentText(u"head"_s);
    auto *workers = dialog->findChild<QListWidget *>(u"workerProfilesListWidget"_s);
    workers->item(1)->setCheckState(Qt::Checked);
    workers->item(2)->setCheckState(Qt::Checked);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(panel.clusterNames(), QStringList{u"lab"_s});
    ClusterStore reread(dir.filePath(u"clusters.json"_s));
    QVERIFY(reread.load());
    QCOMPARE(reread.clusterNamed(u"lab"_s)->workerProfiles, (QStringList{u"w1"_s, u"w2"_s}));

    QSignalSpy activated(&panel, &ClusterListPanel::clusterActivated);
    auto *list = panel.findChild<QListWidget *>(u"clusterListWidget"_s);
    list->setCurrentRow(0);
    panel.findChild<QPushButton *>(u"openClusterPushButton"_s)->click();
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().value<ClusterProfile>().name, u"lab"_s);
}

void TestClusterWidgets::pageShowsNodesAndHeadFailureSkipsWorkers()
{
    // A head whose SSH port refuses connections, for real.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    ClusterProfile cluster;
    cluster.name = u"lab"_s;
    cluster.headProfile = u"head"_s;
    cluster.workerProfiles = {u"w1"_s, u"w2"_s};
    ServerProfile head = server(u"head"_s, closedPort);
    head.docker.enabled = false;
    ClusterPage page(cluster, head, m_profiles.mid(1), nullptr, &m_prompter, &m_log);
    page.show();
    QVERIFY2(WidgetAudit::unnamedControls(&page).isEmpty(), qPrintable(WidgetAudit::unnamedControls(&page).join(u", "_s)));
    QVERIFY(page.stepList(u"head"_s) && page.stepList(u"w1"_s) && page.stepList(u"w2"_s));
    QVERIFY(!page.retryButton(u"head"_s));
    QVERIFY(page.retryButton(u"w1"_s) && !page.retryButton(u"w1"_s)->isEnabled());

    QSignalSpy finished(page.session(), &ClusterSession::upFinished);
    page.findChild<QPushButton *>(u"connectClusterPushButton"_s)->click();
    QVERIFY(finished.wait(60000));
    QVERIFY(page.nodeStateText(u"head"_s).startsWith(u"Failed: "_s));
    QVERIFY2(page.nodeStateText(u"w1"_s).contains(u"did not come up"_s), qPrintable(page.nodeStateText(u"w1"_s)));
    QVERIFY(page.summaryText().contains(u"head"_s));
    QVERIFY(page.stepList(u"head"_s)->stepCount() > 0);
    QVERIFY(page.stepList(u"head"_s)->stepText(0).contains(u"Connect to"_s));
    // A worker can be retried alone only while the head is up.
    QVERIFY(!page.retryButton(u"w1"_s)->isEnabled());
}

void TestClusterWidgets::disconnectAsksWithLeaveRunningAsDefault()
{
    ClusterProfile cluster;
    cluster.name = u"lab"_s;
    cluster.headProfile = u"head"_s;
    cluster.workerProfiles = {u"w1"_s};
    ClusterPage page(cluster, m_profiles[0], {m_profiles[1]}, nullptr, &m_prompter, &m_log);
    page.show();
    auto *mode = page.findChild<QComboBox *>(u"disconnectModeComboBox"_s);
    QVERIFY(mode);
    QCOMPARE(mode->currentIndex(), 0);
    QVERIFY(mode->currentText().contains(u"Leave running"_s));
    QSignalSpy down(page.session(), &ClusterSession::downFinished);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    page.findChild<QPushButton *>(u"disconnectClusterPushButton"_s)->click();
    QCOMPARE(down.size(), 0);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page.findChild<QPushButton *>(u"disconnectClusterPushButton"_s)->click();
    QTRY_COMPARE(down.size(), 1);
    QVERIFY(down.first().first().value<Result<void>>());
    QCOMPARE(page.summaryText(), u"Disconnected"_s);
}

void TestClusterWidgets::launchFormTakesClusterCapacity()
{
    LaunchForm form;
    form.show();
    form.applyPreset(u"ppo-gsm8k"_s);
    form.setClusterCapacity(3, 2);
    QCOMPARE(form.fieldFor(u"trainer.nnodes"_s)->text(), u"3"_s);
    QCOMPARE(form.fieldFor(u"trainer.n_gpus_per_node"_s)->text(), u"2"_s);
    const auto capacityWarnings = [&form] {
        QStringList found;
        for (const ValidationIssue &issue : form.issues()) {
            if (issue.message.contains(u"connected cluster"_s))
                found << issue.message;
        }
        return found;
    };
    QVERIFY(capacityWarnings().isEmpty());
    QLineEdit *perNode = form.fieldFor(u"trainer.n_gpus_per_node"_s);
    perNode->clear();
    QTest::keyClicks(perNode, u"8"_s);
    form.revalidate();
    QCOMPARE(capacityWarnings().size(), 1);
    QVERIFY2(capacityWarnings().first().contains(u"asks for: 24 (trainer.nnodes=3 × trainer.n_gpus_per_node=8)"_s)
                 && capacityWarnings().first().contains(u"cluster has: 6 (nodes: 3, GPUs per node: 2)"_s),
             qPrintable(capacityWarnings().first()));
    QVERIFY(!form.hasErrors()); // a warning: the user may still launch
    form.setClusterCapacity(0, 0);
    QVERIFY(capacityWarnings().isEmpty());
}

void TestClusterWidgets::mainWindowHasClustersSection()
{
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(u"profiles.json"_s));
    for (const ServerProfile &profile : m_profiles)
        QVERIFY(profiles.add(profile));
    ClusterStore seed(dir.filePath(u"clusters.json"_s));
    ClusterProfile cluster;
    cluster.name = u"lab"_s;
    cluster.headProfile = u"head"_s;
    cluster.workerProfiles = {u"w1"_s, u"w2"_s};
    QVERIFY(seed.add(cluster, profiles.profiles()));
    MapSecretStore secrets;
    MainWindow window(&profiles, &secrets);
    window.show();
    auto *dock = window.findChild<QDockWidget *>(u"clustersDockWidget"_s);
    QVERIFY(dock);
    auto *panel = dock->findChild<ClusterListPanel *>();
    QVERIFY(panel);
    QCOMPARE(panel->clusterNames(), QStringList{u"lab"_s});
    ClusterPage *page = window.showCluster(*window.clusterStore()->clusterNamed(u"lab"_s));
    QVERIFY(page);
    QVERIFY(page->isVisible());
    QVERIFY(page->stepList(u"w2"_s));
}

QTEST_MAIN(TestClusterWidgets)
#include "tst_clusterwidgets.moc"
