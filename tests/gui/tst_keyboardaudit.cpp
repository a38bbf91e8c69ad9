// SPDX-License-Identifier: GPL-3.0-or-later
// Every window and dialog, page by page: no two visible widgets claim the
// same Alt+letter, and every control has a name a screen reader can announce.
// A clash is easy to add by accident (a new button called "&Save" on a tab
// under the "&Server" menu) and makes the key useless for both.
#include "MainWindow.h"
#include "MapSecretStore.h"
#include "WidgetAudit.h"

#include "cluster/ClusterEditorDialog.h"
#include "cluster/ClusterPage.h"
#include "cluster/ClusterProfile.h"
#include "cluster/ClusterStore.h"
#include "profiles/ImportSshConfigDialog.h"
#include "profiles/MessageBox.h"
#include "profiles/ProfileEditorDialog.h"
#include "profiles/ProfileStore.h"
#include "session/CredentialDialog.h"
#include "session/HostKeyDialog.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"

#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestKeyboardAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void emptyMainWindow();
    void serverPageOnEveryTab();
    void clusterPage();
    void profileEditorOnEveryTab();
    void otherDialogs();

private:
    /// Audits @p window as shown, then once more for each page of each tab widget in it.
    static void auditEveryPage(QWidget *window, const QString &what);
    static ServerProfile server(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    MapSecretStore m_secrets;
};

void TestKeyboardAudit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"config"_s)));
    MessageBox::setRecordOnly(true);
}

void TestKeyboardAudit::init()
{
    QFile::remove(m_dir.filePath(u"profiles.json"_s));
    QFile::remove(m_dir.filePath(u"clusters.json"_s));
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(u"profiles.json"_s));
}

ServerProfile TestKeyboardAudit::server(const QString &name)
{
    ServerProfile profile;
    profile.name = name;
    profile.host = u"127.0.0.1"_s;
    profile.user = u"nobody"_s;
    return profile;
}

void TestKeyboardAudit::auditEveryPage(QWidget *window, const QString &what)
{
    auto audit = [window](const QString &page) {
        const QStringList clashes = WidgetAudit::mnemonicClashes(window);
        QVERIFY2(clashes.isEmpty(), qPrintable(page + u": "_s + clashes.join(u"; "_s)));
        const QStringList unnamed = WidgetAudit::unnamedControls(window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(page + u": unnamed "_s + unnamed.join(u", "_s)));
    };
    audit(what);
    if (QTest::currentTestFailed())
        return;
    const QList<QTabWidget *> tabWidgets = window->findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        if (!tabs->isVisibleTo(window))
            continue;
        const int shown = tabs->currentIndex();
        for (int index = 0; index < tabs->count(); ++index) {
            tabs->setCurrentIndex(index);
            audit(what + u" / "_s + tabs->tabText(index).remove(u'&'));
            if (QTest::currentTestFailed())
                return;
        }
        tabs->setCurrentIndex(shown);
    }
}

void TestKeyboardAudit::emptyMainWindow()
{
    MainWindow window(m_profiles.get(), &m_secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auditEveryPage(&window, u"main window without servers"_s);
}

void TestKeyboardAudit::serverPageOnEveryTab()
{
    const ServerProfile profile = m_profiles->add(server(u"gpu-box"_s)).value();
    MainWindow window(m_profiles.get(), &m_secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectProfile(profile.id);
    QVERIFY(window.currentServerPage() && window.currentServerPage()->isVisible());
    // The page's tab widget is audited tab by tab, with the launch form and
    // dashboard beside it: all of it is on screen at once.
    QVERIFY(window.findChild<QTabWidget *>(u"serverTabWidget"_s));
    auditEveryPage(&window, u"server page"_s);
}

void TestKeyboardAudit::clusterPage()
{
    const QList<ServerProfile> nodes{m_profiles->add(server(u"head"_s)).value(),
                                     m_profiles->add(server(u"w1"_s)).value()};
    ClusterStore seed(m_dir.filePath(u"clusters.json"_s)); // next to the profiles, where MainWindow looks
    ClusterProfile cluster;
    cluster.name = u"lab"_s;
    cluster.headProfile = u"head"_s;
    cluster.workerProfiles = {u"w1"_s};
    QVERIFY(seed.add(cluster, m_profiles->profiles()));

    MainWindow window(m_profiles.get(), &m_secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ClusterPage *page = window.showCluster(*window.clusterStore()->clusterNamed(u"lab"_s));
    QVERIFY(page && page->isVisible());
    auditEveryPage(&window, u"cluster page"_s);

    ClusterEditorDialog editor(nodes);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auditEveryPage(&editor, u"cluster editor"_s);
}

void TestKeyboardAudit::profileEditorOnEveryTab()
{
    for (const AuthMethod method : {AuthMethod::Agent, AuthMethod::KeyFile, AuthMethod::Password}) {
        ServerProfile profile = server(u"gpu-box"_s);
        profile.authMethod = method;
        ProfileEditorDialog dialog(ProfileEditorDialog::Mode::Add, profile, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auditEveryPage(&dialog, u"profile editor, auth method "_s + QString::number(int(method)));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestKeyboardAudit::otherDialogs()
{
    AppSettings settings(m_dir.filePath(u"settings.ini"_s));
    SettingsDialog settingsDialog(&settings);
    settingsDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settingsDialog));
    auditEveryPage(&settingsDialog, u"settings"_s);

    QFile config(m_dir.filePath(u"ssh_config"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("Host gpu\n  HostName 10.0.0.5\n  User alice\n");
    config.close();
    ImportSshConfigDialog import(m_profiles->profiles(), config.fileName());
    import.show();
    QVERIFY(QTest::qWaitForWindowExposed(&import));
    auditEveryPage(&import, u"import from ssh config"_s);

    HostKeyInfo key;
    key.host = u"gpu.example.org"_s;
    key.keyType = u"ssh-ed25519"_s;
    key.fingerprint = u"SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU"_s;
    key.knownHostsPath = m_dir.filePath(u"known_hosts"_s);
    HostKeyDialog hostKey(key);
    hostKey.show();
    QVERIFY(QTest::qWaitForWindowExposed(&hostKey));
    auditEveryPage(&hostKey, u"host key"_s);

    for (const auto kind : {CredentialRequest::Kind::Password, CredentialRequest::Kind::KeyPassphrase,
                            CredentialRequest::Kind::KeyboardInteractive}) {
        CredentialRequest request;
        request.kind = kind;
        CredentialDialog credential(request);
        credential.show();
        QVERIFY(QTest::qWaitForWindowExposed(&credential));
        auditEveryPage(&credential, u"credential, kind "_s + QString::number(int(kind)));
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_MAIN(TestKeyboardAudit)
#include "tst_keyboardaudit.moc"
