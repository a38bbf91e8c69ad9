// SPDX-License-Identifier: GPL-3.0-or-later
// The launch form's "Refresh from Server" and "Validate on Server" clicked
// offscreen on a ServerPage connected over a real sshd to the simulated GPU
// host, whose container has the verl stand-in: a key only the server's verl
// knows becomes valid after Refresh; Validate reports Hydra's own verdict.
#include "MapSecretStore.h"
#include "RefusingPrompter.h"
#include "SimHostShell.h"
#include "SshServerFixture.h"

#include "launch/LaunchForm.h"
#include "profiles/MessageBox.h"
#include "remote/CommandLog.h"
#include "server/ServerPage.h"
#include "session/SessionPrompter.h"
#include "settings/AppSettings.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {
bool hasIssueAbout(const LaunchForm &form, const QString &key)
{
    for (const ValidationIssue &issue : form.issues()) {
        if (issue.isError() && (issue.key == key || issue.message.contains(key)))
            return true;
    }
    return false;
}
} // namespace

class TestLaunchFormServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void refreshPicksUpAKeyTheBundledSchemaLacks();
    void validateShowsHydrasVerdict();
    void missingVerlIsExplained();

private:
    QString lastMessage() const { return MessageBox::shownMessages().value(MessageBox::shownMessages().size() - 1); }

    QTemporaryDir m_home;
    SshServerFixture m_server;
    std::unique_ptr<SimHostShell> m_shell;
    RefusingPrompter m_prompter;
    MapSecretStore m_secrets;
    CommandLog m_log;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ServerPage> m_page;
};

void TestLaunchFormServer::initTestCase()
{
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.path() + u"/config"_s));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_shell = std::make_unique<SimHostShell>(m_server);
    QVERIFY(m_server.trustHostKeyIn(m_home.path()));
    MessageBox::setRecordOnly(true);
    ServerProfile profile = m_shell->containerProfile(u"verl-gui"_s, u"verl-gui"_s);
    profile.id = u"verl-gui"_s;
    m_settings = std::make_unique<AppSettings>(m_home.filePath(u"settings.ini"_s));
    m_page = std::make_unique<ServerPage>(profile, &m_secrets, &m_prompter, &m_log, m_settings.get());
    m_page->resize(1400, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->state(), ServerState::Connected, 180000);
}

void TestLaunchFormServer::cleanupTestCase()
{
    m_page.reset();
    if (m_shell)
        m_shell->stopDaemons();
}

void TestLaunchFormServer::init()
{
    MessageBox::clearShownMessages();
    m_shell->removeSetting(u"verl-installed"_s);
}

void TestLaunchFormServer::refreshPicksUpAKeyTheBundledSchemaLacks()
{
    // The server runs a newer verl with a key RayDeck's bundled schema does not know.
    const QString newKey = u"trainer.raydeck_future_option"_s;
    m_shell->writeSetting(u"verl-extra-keys"_s, newKey + u"=0.25"_s);
    LaunchForm *form = m_page->launchForm();
    form->applyPreset(u"ppo-gsm8k"_s);
    form->findChild<QPlainTextEdit *>(u"extraOverridesPlainTextEdit"_s)->setPlainText(newKey + u"=0.5"_s);
    form->revalidate();
    QVERIFY(hasIssueAbout(*form, newKey));
    QVERIFY(!form->findChild<QPushButton *>(u"launchPushButton"_s)->isEnabled());

    auto *label = form->findChild<QLabel *>(u"schemaLabel"_s);
    const QString before = label->text();
    QTest::mouseClick(form->findChild<QPushButton *>(u"refreshSchemaPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(label->text() != before, 60000);
    QVERIFY2(label->text().contains(u"read from the server"_s), qPrintable(label->text()));
    QVERIFY2(MessageBox::shownMessages().isEmpty(), qPrintable(MessageBox::shownMessages().join(u'\n')));
    QVERIFY(!hasIssueAbout(*form, newKey));
    QVERIFY(form->findChild<QPushButton *>(u"launchPushButton"_s)->isEnabled());
}

void TestLaunchFormServer::validateShowsHydrasVerdict()
{
    LaunchForm *form = m_page->launchForm();
    form->applyPreset(u"grpo-gsm8k"_s);
    auto *extra = form->findChild<QPlainTextEdit *>(u"extraOverridesPlainTextEdit"_s);
    auto *validate = form->findChild<QPushButton *>(u"validateOnServerPushButton"_s);
    extra->setPlainText(u"trainer.total_epochs=2\n+trainer.raydeck_note=\"a, b\""_s);
    QTest::mouseClick(validate, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(MessageBox::shownMessages().size(), 1, 60000);
    QCOMPARE(lastMessage(), u"verl's Hydra accepted every override."_s);

    // A key verl does not have: Hydra's own words reach the user.
    extra->setPlainText(u"trainer.no_such_option=1"_s);
    QTest::mouseClick(validate, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(MessageBox::shownMessages().size(), 2, 60000);
    QVERIFY2(lastMessage().contains(u"Could not override 'trainer.no_such_option'.\nTo append to your config use "
                                    u"+trainer.no_such_option=1\nKey 'no_such_option' is not in struct"_s),
             qPrintable(lastMessage()));
}

void TestLaunchFormServer::missingVerlIsExplained()
{
    m_shell->writeSetting(u"verl-installed"_s, u"no"_s);
    QTest::mouseClick(m_page->launchForm()->findChild<QPushButton *>(u"refreshSchemaPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(MessageBox::shownMessages().size(), 1, 60000);
    QVERIFY2(lastMessage().contains(u"verl is not installed in the container"_s), qPrintable(lastMessage()));
}

QTEST_MAIN(TestLaunchFormServer)
#include "tst_launchformserver.moc"
