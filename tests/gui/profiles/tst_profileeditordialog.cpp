// SPDX-License-Identifier: GPL-3.0-or-later
// The profile editor driven offscreen like a user: widgets found by object
// name, text typed with QTest::keyClicks, focus moved with Tab.
#include "ErrorLabel.h"
#include "MapSecretStore.h"
#include "ProfileEditorDialog.h"

#include "profiles/ProfileJson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestProfileEditorDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validatesAsTheUserTypes();
    void keyFileMustBeReadable();
    void mountSyntax();
    void fillsEveryFieldAndKeepsSecretsOut();
    void keyboardOnly();
    void everyControlIsNamedAndAccessible();
    void editKnowsStoredSecretsAndRenames();
    void warnsWithoutKeychain();
    void screenshot();

private:
    template<typename T>
    static T *child(QWidget *dialog, const QString &name)
    {
        T *widget = dialog->findChild<T *>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }
    static void type(QWidget *dialog, const QString &name, const QString &text)
    {
        auto *edit = child<QLineEdit>(dialog, name);
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    static ServerProfile existing()
    {
        ServerProfile p;
        p.id = u"existing-id"_s;
        p.name = u"Existing"_s;
        p.host = u"existing.example.org"_s;
        return p;
    }
};

void TestProfileEditorDialog::validatesAsTheUserTypes()
{
    ProfileEditorDialog dialog(ProfileEditorDialog::Mode::Add, ServerProfile{}, {existing()});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *save = child<QPushButton>(&dialog, u"savePushButton"_s);
    auto *hostError = child<ErrorLabel>(&dialog, u"hostErrorLabel"_s);
    auto *summary = child<QLabel>(&dialog, u"errorSummaryLabel"_s);
    QVERIFY(save && hostError && summary);
    QVERIFY(!save->isEnabled()); // nothing entered yet
    QVERIFY(hostError->isVisible());
    QVERIFY(summary->text().contains(u"Host"_s));

    type(&dialog, u"nameLineEdit"_s, u"gpu-box"_s);
    type(&dialog, u"hostLineEdit"_s, u"gpu.example.org"_s);
    QVERIFY(!hostError->isVisible());
    QVERIFY(save->isEnabled());

    type(&dialog, u"portLineEdit"_s, u"70000"_s);
    auto *portError = child<ErrorLabel>(&dialog, u"portErrorLabel"_s);
    QVERIFY(portError->isVisible());
    QVERIFY(portError->text().contains(u"65535"_s));
    QVERIFY(!save->isEnabled());
    // The message also reaches screen readers through the field's description.
    QVERIFY(child<QLineEdit>(&dialog, u"portLineEdit"_s)->accessibleDescription().contains(u"65535"_s));
    type(&dialog, u"portLineEdit"_s, u"2222"_s);
    QVERIFY(!portError->isVisible());
    QVERIFY(save->isEnabled());

    type(&dialog, u"nameLineEdit"_s, u"EXISTING"_s);
    QVERIFY(child<ErrorLabel>(&dialog, u"nameErrorLabel"_s)->text().contains(u"already exists"_s));
    QVERIFY(!save->isEnabled());
    type(&dialog, u"nameLineEdit"_s, u"gpu-box"_s);

    type(&dialog, u"hostLineEdit"_s, u"-oProxyCommand=evil"_s);
    QVERIFY(hostError->isVisible());
    type(&dialog, u"hostLineEdit"_s, u"gpu.example.org"_s);

    type(&dialog, u"jumpHostsLineEdit"_s, u"bastion:99999"_s);
    QVERIFY(child<ErrorLabel>(&dialog, u"jumpHostsErrorLabel"_s)->isVisible());
    type(&dialog, u"jumpHostsLineEdit"_s, u"alice@bastion:2200, inner"_s);
    QVERIFY(save->isEnabled());

    // The dashboard open to the network is allowed, with a warning that does not block saving.
    type(&dialog, u"dashboardHostLineEdit"_s, u"0.0.0.0"_s);
    QVERIFY(child<ErrorLabel>(&dialog, u"dashboardHostErrorLabel"_s)->text().contains(u"network"_s));
    QVERIFY(save->isEnabled());

    QSignalSpy saveRequested(&dialog, &ProfileEditorDialog::saveRequested);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saveRequested.count(), 1);
    QCOMPARE(dialog.profile().jumpHosts, (QStringList{u"alice@bastion:2200"_s, u"inner"_s}));
}

void TestProfileEditorDialog::keyFileMustBeReadable()
{
    QTemporaryDir dir;
    ProfileEditorDialog dialog(ProfileEditorDialog::Mode::Add, ServerProfile{}, {});
    dialog.show();
    type(&dialog, u"nameLineEdit"_s, u"k"_s);
    type(&dialog, u"hostLineEdit"_s, u"k.example"_s);
    auto *auth = child<QComboBox>(&dialog, u"authComboBox"_s);
    auth->setFocus();
    QTest::keyClick(auth, Qt::Key_Down); // ssh-agent -> Key file
    QCOMPARE(dialog.profile().authMethod, AuthMethod::KeyFile);
    auto *identityError = child<ErrorLabel>(&dialog, u"identityFileErrorLabel"_s);
    QVERIFY(identityError->isVisible());
    const QString key = dir.path() + u"/id_test"_s;
    type(&dialog, u"identityFileLineEdit"_s, key);
    QVERIFY(identityError->text().contains(u"does not exist"_s));
    QFile file(key);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("key");
    file.close();
    type(&dialog, u"identityFileLineEdit"_s, key);
    QVERIFY(!identityError->isVisible());
    QVERIFY(child<QPushButton>(&dialog, u"savePushButton"_s)->isEnabled());
    QCOMPARE(child<QLabel>(&dialog, u"secretLabel"_s)->text(), u"Ke&y passphrase:"_s);
}

void TestProfileEditorDialog::mountSyntax()
{
    ServerProfile profile = existing();
    profile.id.clear();
    profile.name = u"m"_s;
    ProfileEditorDialog dialog(ProfileEditorDialog::Mode::Add, profile, {});
    dialog.show();
    auto *mounts = child<QPlainTextEdit>(&dialog, u"mountsPlainTextEdit"_s);
    mounts->setFocus();
    QTest::keyClicks(mounts, u"/data:/data:ro"_s);
    QTest::keyClick(mounts, Qt::Key_Return);
    QTest::keyClicks(mounts, u"just-a-path"_s);
    auto *error = child<ErrorLabel>(&dialog, u"mountsErrorLabel"_s);
    QVERIFY(error->text().startsWith(u"Line 2"_s));
    QVERIFY(!child<QPushButton>(&dialog, u"savePushButton"_s)->isEnabled());
    QTest::keyClicks(mounts, u":/mnt"_s);
    QVERIFY(error->text().isEmpty());
    QCOMPARE(dialog.profile().docker.mounts, (QStringList{u"/data:/data:ro"_s, u"just-a-path:/mnt"_s}));

    // With docker off the docker fields do not block saving.
    QTest::keyClick(mounts, Qt::Key_Return);
    QTest::keyClicks(mounts, u"broken"_s);
    QVERIFY(!child<QPushButton>(&dialog, u"savePushButton"_s)->isEnabled());
    QTest::mouseClick(child<QCheckBox>(&dialog, u"dockerEnabledCheckBox"_s), Qt::LeftButton);
    QVERIFY(!mounts->isEnabled());
    QVERIFY(child<QPushButton>(&dialog, u"savePushButton"_s)->isEnabled());
}

void TestProfileEditorDialog::fillsEveryFieldAndKeepsSecretsOut()
{
    ProfileEditorDialog dialog(ProfileEditorDialog::Mode::Add, ServerProfile{}, {});
    dialog.show();
    type(&dialog, u"nameLineEdit"_s, u"full"_s);
    type(&dialog, u"hostLineEdit"_s, u"full.example.org"_s);
    type(&dialog, u"portLineEdit"_s, u"2201"_s);
    type(&dialog, u"userLineEdit"_s, u"trainer"_s);
    child<QComboBox>(&dialog, u"authComboBox"_s)->setCurrentIndex(2); // Password
    type(&dialog, u"secretLineEdit"_s, u"pw-typed-in-ui"_s);
    QCOMPARE(child<QLineEdit>(&dialog, u"secretLineEdit"_s)->echoMode(), QLineEdit::Password);
    type(&dialog, u"containerNameLineEdit"_s, u"ianli-verl"_s);
    type(&dialog, u"imageLineEdit"_s, u"ianli/verl:v1.0"_s);
    type(&dialog, u"gpusLineEdit"_s, u"device=0,1"_s);
    type(&dialog, u"shmSizeLineEdit"_s, u"16g"_s);
    type(&dialog, u"extraRunArgumentsLineEdit"_s, u"--ipc=host \"--label=a b\""_s);
    QTest::mouseClick(child<QCheckBox>(&dialog, u"useSudoCheckBox"_s), Qt::LeftButton);
    type(&dialog, u"dashboardPortLineEdit"_s, u"8266"_s);
    type(&dialog, u"localPortLineEdit"_s, u"0"_s);
    type(&dialog, u"extraStartArgumentsLineEdit"_s, u"--num-gpus=8"_s);
    QTest::mouseClick(child<QCheckBox>(&dialog, u"dashboardTokenCheckBox"_s), Qt::LeftButton);
    QVERIFY(!child<QPushButton>(&dialog, u"savePushButton"_s)->isEnabled()); // token missing
    type(&dialog, u"rayTokenLineEdit"_s, u"token-typed-in-ui"_s);

    QTest::mouseClick(child<QPushButton>(&dialog, u"addForwardPushButton"_s), Qt::LeftButton);
    auto forwardRows = dialog.findChildren<QWidget *>(u"forwardRowWidget"_s);
    QCOMPARE(forwardRows.size(), 1);
    QTest::keyClicks(forwardRows.first()->findChild<QLineEdit *>(u"forwardNameLineEdit"_s), u"Grafana"_s);
    QTest::keyClicks(forwardRows.first()->findChild<QLineEdit *>(u"forwardLocalPortLineEdit"_s), u"3000"_s);
    QTest::keyClicks(forwardRows.first()->findChild<QLineEdit *>(u"forwardRemotePortLineEdit"_s), u"3000"_s);

    for (int i = 0; i < 2; ++i)
        QTest::mouseClick(child<QPushButton>(&dialog, u"addVariablePushButton"_s), Qt::LeftButton);
    auto rows = dialog.findChildren<QWidget *>(u"environmentRowWidget"_s);
    QCOMPARE(rows.size(), 2);
    QTest::keyClicks(rows.at(0)->findChild<QLineEdit *>(u"environmentNameLineEdit"_s), u"WANDB_API_KEY"_s);
    QTest::mouseClick(rows.at(0)->findChild<QCheckBox *>(u"environmentSecretCheckBox"_s), Qt::LeftButton);
    QVERIFY(!child<QPushButton>(&dialog, u"savePushButton"_s)->isEnabled()); // a new secret needs its value
    QTest::keyClicks(rows.at(0)->findChild<QLineEdit *>(u"environmentValueLineEdit"_s), u"wandb-typed-in-ui"_s);
    QCOMPARE(rows.at(0)->findChild<QLineEdit *>(u"environmentValueLineEdit"_s)->echoMode(), QLineEdit::Password);
    QTest::keyClicks(rows.at(1)->findChild<QLineEdit *>(u"environmentNameLineEdit"_s), u"NCCL_DEBUG"_s);
    QTest::keyClicks(rows.at(1)->findChild<QLineEdit *>(u"environmentValueLineEdit"_s), u"WARN"_s);
    QVERIFY(child<QPushButton>(&dialog, u"savePushButton"_s)->isEnabled());

    const ServerProfile p = dialog.profile();
    QCOMPARE(p.port, quint16(2201));
    QCOMPARE(p.user, u"trainer"_s);
    QCOMPARE(p.authMethod, AuthMethod::Password);
    QCOMPARE(p.docker.containerName, u"ianli-verl"_s);
    QCOMPARE(p.docker.extraRunArguments, (QStringList{u"--ipc=host"_s, u"--label=a b"_s}));
    QVERIFY(p.docker.useSudo);
    QCOMPARE(p.ray.dashboardPort, quint16(8266));
    QCOMPARE(p.ray.localPort, quint16(0));
    QVERIFY(p.ray.hasDashboardToken);
    QCOMPARE(p.ray.extraForwards, (QList<PortForward>{PortForward{u"Grafana"_s, 3000, u"127.0.0.1"_s, 3000}}));
    QCOMPARE(p.jobEnvironment,
             (QList<JobEnvironmentVariable>{JobEnvironmentVariable{u"WANDB_API_KEY"_s, QString(), true},
                                            JobEnvironmentVariable{u"NCCL_DEBUG"_s, u"WARN"_s, false}}));

    const QByteArray json = QJsonDocument(ProfileJson::toJson(p)).toJson();
    for (const char *secret : {"pw-typed-in-ui", "token-typed-in-ui", "wandb-typed-in-ui"})
        QVERIFY2(!json.contains(secret), secret);

    QMap<QString, QByteArray> writes;
    for (const SecretChangeSet::Write &write : dialog.secretWrites())
        writes.insert(KeychainSecretStore::keyFor(write.ref), write.value.bytes());
    QCOMPARE(writes, (QMap<QString, QByteArray>{{u"/password"_s, "pw-typed-in-ui"},
                                                {u"/ray-token"_s, "token-typed-in-ui"},
                                                {u"/env/WANDB_API_KEY"_s, "wandb-typed-in-ui"}}));
    dialog.reject();
    QVERIFY(child<QLineEdit>(&dialog, u"secretLineEdit"_s)->text().isEmpty()); // wiped on close
}

void TestProfileEditorDialog::keyboardOnly()
{
    ProfileEditorDialog dialog(ProfileEditorDialog::Mode::Add, ServerProfile{}, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, u"nameLineEdit"_s));

    // Tab walks the connection page top to bottom (key and secret fields are
    // disabled, and skipped, while ssh-agent is chosen).
    const QStringList expected{u"hostLineEdit"_s, u"portLineEdit"_s, u"userLineEdit"_s, u"authComboBox"_s,
                               u"jumpHostsLineEdit"_s};
    QTest::keyClicks(QApplication::focusWidget(), u"kb"_s);
    for (const QString &name : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), name);
        if (name == u"hostLineEdit")
            QTest::keyClicks(QApplication::focusWidget(), u"kb.example.org"_s);
    }

    // Ctrl+Tab reaches the other pages.
    auto *tabs = child<QTabWidget>(&dialog, u"editorTabWidget"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 2);

    // Enter saves once everything is valid.
    QSignalSpy saveRequested(&dialog, &ProfileEditorDialog::saveRequested);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(saveRequested.count(), 1);
    QCOMPARE(dialog.profile().name, u"kb"_s);
    QCOMPARE(dialog.profile().host, u"kb.example.org"_s);
}

void TestProfileEditorDialog::everyControlIsNamedAndAccessible()
{
    ServerProfile profile = existing();
    profile.ray.extraForwards = {PortForward{u"g"_s, 3000, u"127.0.0.1"_s, 3000}};
    profile.jobEnvironment = {JobEnvironmentVariable{u"A"_s, u"1"_s, false}};
    ProfileEditorDialog dialog(ProfileEditorDialog::Mode::Edit, profile, {profile});
    dialog.show();
    int checked = 0;
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        // Parts Qt builds itself (the tab bar and its scroll buttons) are named by Qt.
        if (widget->focusPolicy() == Qt::NoFocus || widget->objectName().startsWith(u"qt_"_s)
            || qobject_cast<QTabBar *>(widget->parentWidget()))
            continue;
        QString className = QString::fromLatin1(widget->metaObject()->className());
        className = className.mid(className.lastIndexOf(u':') + 1);
        if (className.startsWith(u'Q'))
            className.remove(0, 1);
        const QString name = widget->objectName();
        QVERIFY2(name.endsWith(className), qPrintable(u"'%1' should end in %2"_s.arg(name, className)));
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name + u" has no accessible name"_s));
        QVERIFY2(!widget->accessibleDescription().isEmpty(), qPrintable(name + u" has no accessible description"_s));
        ++checked;
    }
    QVERIFY2(checked >= 35, qPrintable(QString::number(checked)));
}

void TestProfileEditorDialog::editKnowsStoredSecretsAndRenames()
{
    ServerProfile profile = existing();
    profile.authMethod = AuthMethod::Password;
    profile.jobEnvironment = {JobEnvironmentVariable{u"WANDB_API_KEY"_s, QString(), true}};
    ProfileEditorDialog dialog(ProfileEditorDialog::Mode::Edit, profile, {profile});
    dialog.show();
    QVERIFY(child<QLineEdit>(&dialog, u"secretLineEdit"_s)->placeholderText().contains(u"Stored"_s));
    auto *row = dialog.findChild<QWidget *>(u"environmentRowWidget"_s);
    auto *value = row->findChild<QLineEdit *>(u"environmentValueLineEdit"_s);
    QVERIFY(value->text().isEmpty());
    QVERIFY(value->placeholderText().contains(u"Stored"_s));
    // Keeping the stored value needs no typing.
    QVERIFY(child<QPushButton>(&dialog, u"savePushButton"_s)->isEnabled());

    auto *name = row->findChild<QLineEdit *>(u"environmentNameLineEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"WANDB_KEY"_s);
    QCOMPARE(dialog.renamedVariables(), (QHash<QString, QString>{{u"WANDB_API_KEY"_s, u"WANDB_KEY"_s}}));
    QVERIFY(dialog.secretWrites().isEmpty());
    QCOMPARE(dialog.profile().id, profile.id);
    QCOMPARE(dialog.profile().name, u"Existing"_s); // its own name is not a clash
    QVERIFY(child<QPushButton>(&dialog, u"savePushButton"_s)->isEnabled());
}

void TestProfileEditorDialog::warnsWithoutKeychain()
{
    MapSecretStore store;
    store.unavailable = true;
    ProfileEditorDialog dialog(ProfileEditorDialog::Mode::Add, ServerProfile{}, {});
    dialog.setSecretStore(&store);
    dialog.show();
    type(&dialog, u"nameLineEdit"_s, u"nk"_s);
    type(&dialog, u"hostLineEdit"_s, u"nk.example"_s);
    child<QComboBox>(&dialog, u"authComboBox"_s)->setCurrentIndex(2); // Password, stored in the keychain
    auto *status = child<QLabel>(&dialog, u"keychainStatusLabel"_s);
    QTRY_VERIFY(status->isVisible());
    QVERIFY(status->text().contains(u"Ask every time"_s));
    QVERIFY(child<QPushButton>(&dialog, u"savePushButton"_s)->isEnabled()); // nothing typed: nothing to lose
    type(&dialog, u"secretLineEdit"_s, u"would-be-lost"_s);
    QVERIFY(!child<QPushButton>(&dialog, u"savePushButton"_s)->isEnabled());

    child<QComboBox>(&dialog, u"secretPolicyComboBox"_s)->setCurrentIndex(1); // Ask every time
    QVERIFY(!status->isVisible());
    QVERIFY(child<QLineEdit>(&dialog, u"secretLineEdit"_s)->text().isEmpty());
    QVERIFY(child<QPushButton>(&dialog, u"savePushButton"_s)->isEnabled());
    QCOMPARE(dialog.profile().secretPolicy, SecretPolicy::AskEveryTime);
    QVERIFY(dialog.secretWrites().isEmpty());
}

void TestProfileEditorDialog::screenshot()
{
    const QString folder = qEnvironmentVariable("RAYDECK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("set RAYDECK_SCREENSHOT_DIR to save pictures of the editor");
    ServerProfile profile = existing();
    profile.jobEnvironment = {JobEnvironmentVariable{u"WANDB_API_KEY"_s, QString(), true}};
    profile.ray.extraForwards = {PortForward{u"Grafana"_s, 3000, u"127.0.0.1"_s, 3000}};
    ProfileEditorDialog dialog(ProfileEditorDialog::Mode::Edit, profile, {profile});
    dialog.show();
    auto *tabs = child<QTabWidget>(&dialog, u"editorTabWidget"_s);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        // Let the page lay itself out before taking the picture.
        QCoreApplication::processEvents();
        QVERIFY(dialog.grab().save(folder + u"/editor-%1.png"_s.arg(i)));
    }
}

QTEST_MAIN(TestProfileEditorDialog)
#include "tst_profileeditordialog.moc"
