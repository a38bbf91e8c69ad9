// SPDX-License-Identifier: GPL-3.0-or-later
// The profile UI against the real Secret Service and the real profiles file
// under a private HOME (with-keyring.sh): secrets entered in the editor and
// with raydeck-cli end up in the keychain, move with renames, leave with the
// profile, and appear in no file anywhere under HOME.
#include "MainWindow.h"
#include "MessageBox.h"
#include "ProfileController.h"
#include "ProfileEditorDialog.h"
#include "TestEnvironment.h"

#include "profiles/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"

#include <QComboBox>
#include <QCheckBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {

/// Every file under @p root that holds one of @p secrets as UTF-8, base64 or UTF-16.
QStringList filesContaining(const QString &root, const QList<QByteArray> &secrets)
{
    QList<QByteArray> needles;
    for (const QByteArray &secret : secrets) {
        const QString text = QString::fromUtf8(secret);
        needles << secret << secret.toBase64()
                << QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    }
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray &needle : std::as_const(needles)) {
            if (content.contains(needle)) {
                hits << file.fileName();
                break;
            }
        }
    }
    return hits;
}

QByteArray randomSecret(const char *prefix)
{
    return QByteArray(prefix) + '-' + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
}

} // namespace

class TestProfileUiKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secretsLiveOnlyInTheKeychain();

private:
    Result<SecureBytes> read(const QString &profileId, SecretKind kind, const QString &variable = {});
    ProfileEditorDialog *waitForEditor(MainWindow &window);
    static void type(QWidget *parent, const QString &name, const QString &text);

    std::unique_ptr<KeychainSecretStore> m_keychain;
};

void TestProfileUiKeychain::initTestCase()
{
    if (!QDir::homePath().contains(u"raydeck-test-home"_s))
        QSKIP("needs the private Secret Service session of with-keyring.sh (label KEYCHAIN)");
    if (TestEnvironment::cliPath().isEmpty())
        QSKIP("RAYDECK_CLI is not set; run through ctest");
    m_keychain = std::make_unique<KeychainSecretStore>();
    MessageBox::setRecordOnly(true);
}

Result<SecureBytes> TestProfileUiKeychain::read(const QString &profileId, SecretKind kind, const QString &variable)
{
    std::optional<Result<SecureBytes>> outcome;
    m_keychain->readSecret(SecretRef{profileId, kind, variable}, m_keychain.get(),
                           [&outcome](Result<SecureBytes> r) { outcome = r; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000))
        return Error(Error::Code::Timeout, u"keychain did not answer"_s);
    return *outcome;
}

ProfileEditorDialog *TestProfileUiKeychain::waitForEditor(MainWindow &window)
{
    ProfileEditorDialog *editor = nullptr;
    const bool found = QTest::qWaitFor([&] {
        editor = window.findChild<ProfileEditorDialog *>();
        return editor && editor->isVisible();
    });
    return found ? editor : nullptr;
}

void TestProfileUiKeychain::type(QWidget *parent, const QString &name, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(name);
    QVERIFY2(edit, qPrintable(name));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestProfileUiKeychain::secretsLiveOnlyInTheKeychain()
{
    const QByteArray password = randomSecret("ui-password");
    const QByteArray token = randomSecret("ui-token");
    const QByteArray wandb = randomSecret("ui-wandb");
    const QByteArray hfToken = randomSecret("cli-hf");
    const QByteArray cliToken = randomSecret("cli-token");

    ProfileStore store; // the real default location under the private HOME
    MainWindow window(&store, m_keychain.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Add through the editor, typing every kind of secret.
    window.profileController()->addProfile();
    ProfileEditorDialog *editor = waitForEditor(window);
    QVERIFY(editor);
    type(editor, u"nameLineEdit"_s, u"leak-check"_s);
    type(editor, u"hostLineEdit"_s, u"gpu.example.org"_s);
    editor->findChild<QComboBox *>(u"authComboBox"_s)->setCurrentIndex(2);
    type(editor, u"secretLineEdit"_s, QString::fromUtf8(password));
    QTest::mouseClick(editor->findChild<QCheckBox *>(u"dashboardTokenCheckBox"_s), Qt::LeftButton);
    type(editor, u"rayTokenLineEdit"_s, QString::fromUtf8(token));
    QTest::mouseClick(editor->findChild<QPushButton *>(u"addVariablePushButton"_s), Qt::LeftButton);
    type(editor, u"environmentNameLineEdit"_s, u"WANDB_API_KEY"_s);
    QTest::mouseClick(editor->findChild<QCheckBox *>(u"environmentSecretCheckBox"_s), Qt::LeftButton);
    type(editor, u"environmentValueLineEdit"_s, QString::fromUtf8(wandb));
    QSignalSpy saved(window.profileController(), &ProfileController::profileSaved);
    auto *save = editor->findChild<QPushButton *>(u"savePushButton"_s);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait(20000));
    const QString id = saved.first().first().toString();
    QCOMPARE(read(id, SecretKind::Password)->bytes(), password);
    QCOMPARE(read(id, SecretKind::RayToken)->bytes(), token);
    QCOMPARE(read(id, SecretKind::EnvironmentVariable, u"WANDB_API_KEY"_s)->bytes(), wandb);
    QVERIFY(MessageBox::shownMessages().isEmpty()); // no keychain complaint
    // Checked now as well: later saves rewrite the file and could hide a leak.
    const QStringList earlyLeaks = filesContaining(QDir::homePath(), {password, token, wandb});
    QVERIFY2(earlyLeaks.isEmpty(), qPrintable(earlyLeaks.join(u", "_s)));

    // Rename the profile and the variable in the editor: the value moves.
    window.selectProfile(id);
    window.profileController()->editProfile(id);
    editor = waitForEditor(window);
    QVERIFY(editor);
    type(editor, u"nameLineEdit"_s, u"leak-check-renamed"_s);
    type(editor, u"environmentNameLineEdit"_s, u"WANDB_KEY"_s);
    saved.clear();
    QTest::mouseClick(editor->findChild<QPushButton *>(u"savePushButton"_s), Qt::LeftButton);
    QVERIFY(saved.wait(20000));
    QCOMPARE(read(id, SecretKind::EnvironmentVariable, u"WANDB_KEY"_s)->bytes(), wandb);
    QCOMPARE(read(id, SecretKind::EnvironmentVariable, u"WANDB_API_KEY"_s).error().code(), Error::Code::NotFound);
    QCOMPARE(read(id, SecretKind::Password)->bytes(), password); // untouched

    // More secrets through the command line, on the same profile.
    TestEnvironment::CliRun run =
        TestEnvironment::runCli({u"secret"_s, u"set"_s, u"leak-check-renamed"_s, u"env:HF_TOKEN"_s}, hfToken);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = TestEnvironment::runCli({u"secret"_s, u"set"_s, u"leak-check-renamed"_s, u"ray-token"_s}, cliToken + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(read(id, SecretKind::EnvironmentVariable, u"HF_TOKEN"_s)->bytes(), hfToken);
    QCOMPARE(read(id, SecretKind::RayToken)->bytes(), cliToken);
    // The window follows the CLI's change to the profile.
    QTRY_VERIFY_WITH_TIMEOUT(store.profileWithId(id)->jobEnvironment.size() == 2, 10000);

    // The scan must be able to find a secret where one is.
    const QList<QByteArray> secrets{password, token, wandb, hfToken, cliToken};
    QTemporaryDir control;
    QFile canary(control.path() + u"/canary"_s);
    QVERIFY(canary.open(QIODevice::WriteOnly));
    canary.write("prefix " + wandb.toBase64() + " suffix");
    canary.close();
    QCOMPARE(filesContaining(control.path(), secrets), QStringList{canary.fileName()});

    // Nothing RayDeck, QtKeychain or the keyring wrote under HOME holds a secret.
    QVERIFY(store.filePath().startsWith(QDir::homePath()));
    QVERIFY(QFile::exists(store.filePath()));
    QVERIFY(!QDir(QDir::homePath()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    const QStringList leaks = filesContaining(QDir::homePath(), secrets);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));

    // Deleting the profile in the UI leaves no keychain entry behind.
    QSignalSpy deleted(window.profileController(), &ProfileController::profileDeleted);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    window.profileController()->deleteProfile(id);
    QVERIFY(deleted.wait(20000));
    for (SecretKind kind : {SecretKind::Password, SecretKind::KeyPassphrase, SecretKind::RayToken})
        QCOMPARE(read(id, kind).error().code(), Error::Code::NotFound);
    QCOMPARE(read(id, SecretKind::EnvironmentVariable, u"WANDB_KEY"_s).error().code(), Error::Code::NotFound);
    QCOMPARE(read(id, SecretKind::EnvironmentVariable, u"HF_TOKEN"_s).error().code(), Error::Code::NotFound);
    QProcess tool;
    tool.start(QStandardPaths::findExecutable(u"secret-tool"_s),
               {u"search"_s, u"--all"_s, u"server"_s, KeychainSecretStore::serviceName()});
    QVERIFY(tool.waitForFinished(20000));
    QVERIFY(!QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError()).contains(id));
}

QTEST_MAIN(TestProfileUiKeychain)
#include "tst_profileuikeychain.moc"
