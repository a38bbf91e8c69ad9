// SPDX-License-Identifier: GPL-3.0-or-later
// "Validate on server" and "Refresh from server" for real: a ServerSession
// brings the simulated GPU host up over a real sshd, then VerlConfigCheck runs
// `python3 -m verl.trainer.main_ppo --cfg job [overrides]` in its container,
// where the verl stand-in composes the config with Hydra's semantics.
#include "RefusingPrompter.h"
#include "SimHostShell.h"
#include "SshServerFixture.h"

#include "hydra/ConfigSchema.h"
#include "hydra/HydraOverrideParser.h"
#include "hydra/LaunchPresets.h"
#include "jobs/VerlConfigCheck.h"
#include "remote/CommandLog.h"
#include "session/ServerSession.h"
#include "session/SessionPrompter.h"
#include "session/SshRemoteHost.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

namespace {
JobLaunch launchWith(const QStringList &overrides)
{
    JobLaunch launch;
    launch.profileId = u"verl-check"_s;
    for (const QString &text : overrides) {
        HydraParseResult<HydraOverride> parsed = HydraOverrideParser::parse(text);
        if (parsed)
            launch.overrides << parsed.value();
        else
            qWarning() << "test override does not parse:" << text;
    }
    return launch;
}
} // namespace

class TestVerlConfigOnServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void acceptedOverridesComposeTheConfig();
    void refusedOverridesCarryHydrasOwnText_data();
    void refusedOverridesCarryHydrasOwnText();
    void addForceAddAndDeleteFollowHydra();
    void refreshReadsTheInstalledVersion();
    void missingVerlIsAnError();

private:
    Result<VerlValidation> validate(const JobLaunch &launch);
    Result<VerlValidation> validateOverrides(const QStringList &overrides) { return validate(launchWith(overrides)); }
    Result<ConfigSchema> readSchema();

    QTemporaryDir m_home;
    SshServerFixture m_server;
    std::unique_ptr<SimHostShell> m_shell;
    RefusingPrompter m_prompter;
    CommandLog m_log;
    std::unique_ptr<ServerSession> m_session;
    ServerProfile m_profile;
};

void TestVerlConfigOnServer::initTestCase()
{
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_shell = std::make_unique<SimHostShell>(m_server);
    QVERIFY(m_server.trustHostKeyIn(m_home.path()));
    m_profile = m_shell->containerProfile(u"verl-check"_s, u"verl-check"_s);
    m_profile.id = u"verl-check"_s;
    m_session = std::make_unique<ServerSession>(m_profile, nullptr, &m_prompter, &m_log);
    m_session->connectionSettings().reconnect.mode = ReconnectPolicy::Mode::Never;
    QSignalSpy up(m_session.get(), &ServerSession::upFinished);
    m_session->up(ConnectMode::StartWhatIsMissing);
    QVERIFY(up.wait(180000));
    const auto result = up.first().first().value<Result<ConnectResult>>();
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toDisplayString()));
}

void TestVerlConfigOnServer::cleanupTestCase()
{
    m_session.reset();
    if (m_shell)
        m_shell->stopDaemons();
}

void TestVerlConfigOnServer::init()
{
    m_shell->removeSetting(u"verl-installed"_s);
    m_shell->removeSetting(u"verl-extra-keys"_s);
    m_shell->removeSetting(u"verl-removed-keys"_s);
}

Result<VerlValidation> TestVerlConfigOnServer::validate(const JobLaunch &launch)
{
    std::optional<Result<VerlValidation>> answer;
    VerlConfigCheck::validate(m_session->remoteHost(), m_profile.docker, launch, this,
                              [&answer](Result<VerlValidation> result) { answer = std::move(result); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 60000))
        return Error(Error::Code::Timeout, u"no answer from the server"_s);
    return *answer;
}

Result<ConfigSchema> TestVerlConfigOnServer::readSchema()
{
    std::optional<Result<ConfigSchema>> answer;
    VerlConfigCheck::readSchema(m_session->remoteHost(), m_profile.docker, ConfigSchema::bundled(), this,
                                [&answer](Result<ConfigSchema> result) { answer = std::move(result); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 60000))
        return Error(Error::Code::Timeout, u"no answer from the server"_s);
    return *answer;
}

void TestVerlConfigOnServer::acceptedOverridesComposeTheConfig()
{
    // The GSM8K quickstart plus values that need Hydra quoting, each one argument through docker exec.
    JobLaunch preset = launchWith({});
    preset.overrides = LaunchPresets::find(u"ppo-gsm8k"_s)->overrides();
    preset.overrides << launchWith({u"trainer.experiment_name=\"it's, quoted\""_s, u"trainer.logger=[console,wandb]"_s,
                                    u"trainer.total_epochs=3"_s})
                            .overrides;
    const Result<VerlValidation> result = validate(preset);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toDisplayString()));
    QVERIFY2(result->accepted, qPrintable(result->hydraMessage));
    const QString yaml = QString::fromUtf8(result->composedConfig);
    QVERIFY2(yaml.contains(u"\n  total_epochs: 3\n"_s), qPrintable(yaml.left(400)));
    QVERIFY(yaml.contains(u"\n  logger:\n  - console\n  - wandb\n"_s));
    QVERIFY(yaml.contains(u"\n    name: vllm\n"_s)); // the preset's rollout engine replaced verl's "???"
    QVERIFY(yaml.contains(u"\n  experiment_name: it's, quoted\n"_s));

    // What ran in the container: docker exec, the module, --cfg job, then one argument per override.
    const QList<QStringList> argv = m_shell->argvLog();
    QStringList exec;
    for (const QStringList &line : argv) {
        if (line.value(1) == u"exec"_s)
            exec = line;
    }
    const qsizetype module = exec.indexOf(u"verl.trainer.main_ppo"_s);
    QVERIFY2(module > 0, qPrintable(exec.join(u' ')));
    QCOMPARE(exec.mid(module + 1, 2), (QStringList{u"--cfg"_s, u"job"_s}));
    QCOMPARE(exec.size() - module - 3, preset.overrides.size());
}

void TestVerlConfigOnServer::refusedOverridesCarryHydrasOwnText_data()
{
    QTest::addColumn<QString>("override");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown key") << u"trainer.no_such_key=1"_s
                                 << u"Could not override 'trainer.no_such_key'.\nTo append to your config use "
                                    u"+trainer.no_such_key=1\nKey 'no_such_key' is not in struct\n    full_key: "
                                    u"trainer.no_such_key\n    object_type=dict"_s;
    QTest::newRow("unknown section") << u"nosection.key=x"_s
                                     << u"Could not override 'nosection.key'.\nTo append to your config use "
                                        u"+nosection.key=x\nKey 'nosection' is not in struct\n    full_key: "
                                        u"nosection\n    object_type=dict"_s;
    QTest::newRow("add existing") << u"+trainer.total_epochs=2"_s
                                  << u"Could not append to config. An item is already at 'trainer.total_epochs'."_s;
    QTest::newRow("delete missing") << u"~trainer.no_such_key"_s
                                    << u"Could not delete from config. 'trainer.no_such_key' does not exist."_s;
}

void TestVerlConfigOnServer::refusedOverridesCarryHydrasOwnText()
{
    QFETCH(QString, override);
    QFETCH(QString, message);
    const Result<VerlValidation> result = validateOverrides({override});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toDisplayString()));
    QVERIFY(!result->accepted);
    QCOMPARE(result->hydraMessage, message);
}

void TestVerlConfigOnServer::addForceAddAndDeleteFollowHydra()
{
    Result<VerlValidation> result = validateOverrides({u"+trainer.raydeck_note=hello"_s, u"++trainer.total_epochs=7"_s,
                                              u"++trainer.brand_new=1"_s, u"~trainer.device"_s,
                                              u"~trainer.nnodes=1"_s});
    QVERIFY2(result && result->accepted, qPrintable(result ? result->hydraMessage : result.error().message()));
    // Read the printed config back the way "Refresh from server" does.
    const Result<ConfigSchema> composed = ConfigSchema::fromCfgJobYaml(result->composedConfig);
    QVERIFY(composed);
    QCOMPARE(composed->entry(u"trainer.raydeck_note"_s)->defaultText, u"hello"_s);
    QCOMPARE(composed->entry(u"trainer.total_epochs"_s)->defaultText, u"7"_s);
    QCOMPARE(composed->entry(u"trainer.brand_new"_s)->defaultText, u"1"_s);
    QVERIFY(!composed->entry(u"trainer.device"_s));
    QVERIFY(!composed->entry(u"trainer.nnodes"_s));
    QCOMPARE(composed->size(), ConfigSchema::bundled().size() + 2 - 2);

    // Deleting with a value only when the value matches.
    result = validateOverrides({u"~trainer.nnodes=4"_s});
    QVERIFY(result && !result->accepted);
    QCOMPARE(result->hydraMessage, u"Could not delete from config. The value of 'trainer.nnodes' is 1 and not 4."_s);
}

void TestVerlConfigOnServer::refreshReadsTheInstalledVersion()
{
    Result<ConfigSchema> schema = readSchema();
    QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toDisplayString()));
    QCOMPARE(schema->size(), ConfigSchema::bundled().size());
    QVERIFY(schema->entry(u"actor_rollout_ref.rollout.gpu_memory_utilization"_s));

    // A newer verl on the server: a key the bundled schema lacks, and one it dropped.
    const QString newKey = u"trainer.raydeck_future_option"_s;
    QVERIFY(!ConfigSchema::bundled().entry(newKey));
    m_shell->writeSetting(u"verl-extra-keys"_s, newKey + u"=0.25"_s);
    m_shell->writeSetting(u"verl-removed-keys"_s, u"trainer.critic_warmup"_s);
    schema = readSchema();
    QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toDisplayString()));
    QCOMPARE(schema->size(), ConfigSchema::bundled().size());
    const ConfigSchemaEntry *entry = schema->entry(newKey);
    QVERIFY(entry);
    QVERIFY(entry->types & ConfigType::Float);
    QVERIFY(!schema->entry(u"trainer.critic_warmup"_s));

    // And that verl's Hydra accepts the new key without '+'.
    const Result<VerlValidation> result = validateOverrides({newKey + u"=0.5"_s});
    QVERIFY(result && result->accepted);
}

void TestVerlConfigOnServer::missingVerlIsAnError()
{
    m_shell->writeSetting(u"verl-installed"_s, u"no"_s);
    const Result<ConfigSchema> schema = readSchema();
    QVERIFY(!schema);
    QCOMPARE(schema.error().code(), Error::Code::NotFound);
    QVERIFY2(schema.error().message().contains(u"verl is not installed"_s), qPrintable(schema.error().message()));
    const Result<VerlValidation> result = validateOverrides({u"trainer.total_epochs=1"_s});
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestVerlConfigOnServer)
#include "tst_verlconfigonserver.moc"
