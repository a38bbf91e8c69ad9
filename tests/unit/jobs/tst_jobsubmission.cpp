// SPDX-License-Identifier: GPL-3.0-or-later
// From a launch to what Ray gets: the entrypoint run through a real /bin/sh
// with a stub python3 (every override must arrive as one intact argument), the
// presets against verl's documented commands, the JSON body, masking, and the
// equivalent `ray job submit` line.
#include "../hydra/HydraTestSupport.h"
#include "hydra/HydraOverrideParser.h"
#include "hydra/LaunchPresets.h"
#include "jobs/JobLaunchValidator.h"
#include "jobs/JobSubmissionBuilder.h"
#include "util/ShellQuote.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace RayDeck;
using namespace HydraTest;
using namespace Qt::StringLiterals;

class TestJobSubmission : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void entrypointKeepsEveryOverrideIntact_data();
    void entrypointKeepsEveryOverrideIntact();
    void nothingInAValueRunsInTheShell();
    void presetsMatchTheReferenceCommands_data();
    void presetsMatchTheReferenceCommands();
    void requestBodyShape();
    void requestBodyLeavesOutWhatIsNotSet();
    void secretsArriveExactlyAndOnlyInTheBody_data();
    void secretsArriveExactlyAndOnlyInTheBody();
    void missingSecretIsAnError();
    void commandLinePreviewText();
    void commandLinePreviewRunsTheSameCommand_data();
    void commandLinePreviewRunsTheSameCommand();
    void defaultSubmissionId_data();
    void defaultSubmissionId();
    void unwritableOverrideFailsEverything();

private:
    struct Run
    {
        QString workingDirectory;
        QStringList arguments;
    };
    /// Runs @p command with /bin/sh -c, with the stub python3 and ray first on PATH.
    Run runShell(const QString &command, const QString &home = QString()) const;

    QTemporaryDir m_dir;
    QString m_binDir;
};

namespace {

const QString secretValue = u"s3cr3t \"quoted\" \\ back\n☃ value"_s;

JobLaunch launchWith(const QList<HydraOverride> &overrides)
{
    JobLaunch launch;
    launch.profileId = u"profile-1"_s;
    launch.overrides = overrides;
    return launch;
}

JobLaunch fullLaunch()
{
    JobLaunch launch = launchWith({HydraOverride::change(u"actor_rollout_ref.rollout.name"_s, s(u"vllm"_s)),
                                   HydraOverride::change(u"trainer.logger"_s, list({s(u"console"_s)}))});
    launch.presetId = u"ppo-gsm8k"_s;
    launch.submissionId = u"gsm8k-20250601-120000"_s;
    launch.workingDirectory = u"/workspace/verl"_s;
    launch.environment = {{u"HF_HOME"_s, u"/data/hf"_s, false}, {u"WANDB_API_KEY"_s, QString(), true}};
    launch.entrypointNumCpus = 1;
    launch.entrypointNumGpus = 0.5;
    launch.metadata.insert(u"owner"_s, u"ana"_s);
    return launch;
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        qFatal("not a JSON object: %s", qPrintable(error.errorString()));
    return document.object();
}

// verl's documented commands (quickstart and examples/grpo_trainer/run_qwen2-7b.sh), as a user types them.
const QString ppoReference = uR"(PYTHONUNBUFFERED=1 python3 -m verl.trainer.main_ppo \
 data.train_files=$HOME/data/gsm8k/train.parquet data.val_files=$HOME/data/gsm8k/test.parquet \
 data.train_batch_size=256 data.max_prompt_length=512 data.max_response_length=512 \
 actor_rollout_ref.model.path=Qwen/Qwen2.5-0.5B-Instruct actor_rollout_ref.actor.optim.lr=1e-6 \
 actor_rollout_ref.actor.ppo_mini_batch_size=64 actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=4 \
 actor_rollout_ref.rollout.name=vllm actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=8 \
 actor_rollout_ref.rollout.tensor_model_parallel_size=1 actor_rollout_ref.rollout.gpu_memory_utilization=0.4 \
 actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=4 critic.optim.lr=1e-5 \
 critic.model.path=Qwen/Qwen2.5-0.5B-Instruct critic.ppo_micro_batch_size_per_gpu=4 \
 algorithm.kl_ctrl.kl_coef=0.001 trainer.logger=console trainer.val_before_train=False \
 trainer.n_gpus_per_node=1 trainer.nnodes=1 trainer.save_freq=10 trainer.test_freq=10 trainer.total_epochs=15)"_s;

const QString grpoReference = uR"(python3 -m verl.trainer.main_ppo algorithm.adv_estimator=grpo \
 data.train_files=$HOME/data/gsm8k/train.parquet data.val_files=$HOME/data/gsm8k/test.parquet \
 data.train_batch_size=1024 data.max_prompt_length=512 data.max_response_length=1024 \
 data.filter_overlong_prompts=True data.truncation='error' actor_rollout_ref.model.path=Qwen/Qwen2-7B-Instruct \
 actor_rollout_ref.actor.optim.lr=1e-6 actor_rollout_ref.model.use_remove_padding=True \
 actor_rollout_ref.actor.ppo_mini_batch_size=256 actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=40 \
 actor_rollout_ref.actor.use_kl_loss=True actor_rollout_ref.actor.kl_loss_coef=0.001 \
 actor_rollout_ref.actor.kl_loss_type=low_var_kl actor_rollout_ref.actor.entropy_coeff=0 \
 actor_rollout_ref.model.enable_gradient_checkpointing=True actor_rollout_ref.actor.fsdp_config.param_offload=False \
 actor_rollout_ref.actor.fsdp_config.optimizer_offload=False actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=40 \
 actor_rollout_ref.rollout.tensor_model_parallel_size=2 actor_rollout_ref.rollout.name=vllm \
 actor_rollout_ref.rollout.gpu_memory_utilization=0.6 actor_rollout_ref.rollout.n=5 \
 actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=40 actor_rollout_ref.ref.fsdp_config.param_offload=True \
 algorithm.use_kl_in_reward=False trainer.critic_warmup=0 trainer.logger='["console","wandb"]' \
 trainer.project_name='verl_grpo_example_gsm8k' trainer.experiment_name='qwen2_7b_function_rm' \
 trainer.n_gpus_per_node=8 trainer.nnodes=1 trainer.save_freq=20 trainer.test_freq=5 trainer.total_epochs=15)"_s;

} // namespace

void TestJobSubmission::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_binDir = m_dir.filePath(u"bin"_s);
    QVERIFY(QDir().mkpath(m_binDir));
    // Stubs that print where they run and what they got, one NUL after each item.
    const QByteArray stub = "#!/bin/sh\nprintf '%s\\0' \"$(pwd)\"\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done\n";
    for (const QString &name : {u"python3"_s, u"ray"_s}) {
        QFile file(m_binDir + u'/' + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(stub);
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }
}

TestJobSubmission::Run TestJobSubmission::runShell(const QString &command, const QString &home) const
{
    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PATH"_s, m_binDir + u':' + environment.value(u"PATH"_s));
    if (!home.isEmpty())
        environment.insert(u"HOME"_s, home);
    shell.setProcessEnvironment(environment);
    shell.setWorkingDirectory(m_dir.path());
    shell.start(u"/bin/sh"_s, {u"-c"_s, command});
    if (!shell.waitForFinished(20000) || shell.exitCode() != 0)
        return {u"<failed: "_s + QString::fromUtf8(shell.readAllStandardError()) + u'>', {}};
    QStringList parts = QString::fromUtf8(shell.readAllStandardOutput()).split(QChar(0));
    parts.removeLast();
    if (parts.isEmpty())
        return {};
    const QString workingDirectory = parts.takeFirst();
    return {workingDirectory, parts};
}

void TestJobSubmission::entrypointKeepsEveryOverrideIntact_data()
{
    QTest::addColumn<HydraValue>("value");
    QTest::addColumn<QString>("workingDirectory");
    const QString plainDir;
    QTest::newRow("plain") << s(u"vllm"_s) << plainDir;
    QTest::newRow("single quotes") << s(u"it's 'quoted'"_s) << plainDir;
    QTest::newRow("double quotes") << s(u"say \"hi\""_s) << plainDir;
    QTest::newRow("command substitution") << s(u"$(id)"_s) << plainDir;
    QTest::newRow("backticks") << s(u"`id`"_s) << plainDir;
    QTest::newRow("variables") << s(u"$HOME ${PATH}"_s) << plainDir;
    QTest::newRow("newlines") << s(u"line1\nline2\n"_s) << plainDir;
    QTest::newRow("spaces and tabs") << s(u"  a \t b  "_s) << plainDir;
    QTest::newRow("non-ascii") << s(u"数据/训练 ✓ é"_s) << plainDir;
    QTest::newRow("commas") << s(u"a,b,c"_s) << plainDir;
    QTest::newRow("list with commas") << list({s(u"a,b"_s), s(u"c d"_s), i(3)}) << plainDir;
    QTest::newRow("shell operators") << s(u"; rm -rf ~ && echo x | cat > y"_s) << plainDir;
    QTest::newRow("backslashes") << s(u"\\\\server\\share\\"_s) << plainDir;
    QTest::newRow("glob and tilde") << s(u"~/* ?"_s) << plainDir;
    QTest::newRow("leading dash") << s(u"-n"_s) << plainDir;
    QTest::newRow("everything at once") << s(u"it's \"$(id)\" `x` \\ ,\n数据"_s) << plainDir;
    QTest::newRow("dict") << dict({{u"a b"_s, s(u"x;y"_s)}, {u"k"_s, list({})}}) << plainDir;
    QTest::newRow("plain dir") << s(u"x"_s) << u"work"_s;
    QTest::newRow("hostile dir") << s(u"x"_s) << u"it's $(id) dir"_s;
}

void TestJobSubmission::entrypointKeepsEveryOverrideIntact()
{
    QFETCH(HydraValue, value);
    QFETCH(QString, workingDirectory);

    HydraOverride add = HydraOverride::change(u"trainer.note"_s, value);
    add.type = HydraOverride::Type::Add;
    JobLaunch launch = launchWith({HydraOverride::change(u"trainer.project_name"_s, value), add,
                                   HydraOverride::change(u"trainer.total_epochs"_s, i(3))});
    QString expectedDirectory = m_dir.path();
    if (!workingDirectory.isEmpty()) {
        expectedDirectory = m_dir.filePath(workingDirectory);
        QVERIFY(QDir().mkpath(expectedDirectory));
        launch.workingDirectory = expectedDirectory;
    }

    const Result<QString> entrypoint = JobSubmissionBuilder::entrypoint(launch);
    QVERIFY(entrypoint.isOk());
    const Run run = runShell(entrypoint.value());
    QCOMPARE(run.workingDirectory, expectedDirectory);
    QCOMPARE(run.arguments.size(), 2 + launch.overrides.size());
    QCOMPARE(run.arguments.mid(0, 2), (QStringList{u"-m"_s, u"verl.trainer.main_ppo"_s}));
    for (int n = 0; n < launch.overrides.size(); ++n) {
        const HydraParseResult<HydraOverride> back = HydraOverrideParser::parse(run.arguments.at(2 + n));
        QVERIFY2(back.isOk(), qPrintable(run.arguments.at(2 + n)));
        QCOMPARE(back.value(), launch.overrides.at(n));
    }
}

void TestJobSubmission::nothingInAValueRunsInTheShell()
{
    const QString canary = m_dir.filePath(u"pwned"_s);
    const QString payloads[] = {u"$(touch "_s + canary + u")"_s, u"`touch "_s + canary + u"`"_s,
                                u"'; touch "_s + canary + u"; '"_s, u"\"; touch "_s + canary + u"; \""_s,
                                u"\n touch "_s + canary + u'\n'};
    for (const QString &payload : payloads) {
        JobLaunch launch = launchWith({HydraOverride::change(u"trainer.project_name"_s, s(payload))});
        launch.workingDirectory = m_dir.path() + u"/$(touch "_s + canary + u')';
        QVERIFY(QDir().mkpath(launch.workingDirectory));
        const Result<QString> entrypoint = JobSubmissionBuilder::entrypoint(launch);
        QVERIFY(entrypoint.isOk());
        const Run run = runShell(entrypoint.value());
        QCOMPARE(run.arguments.size(), 3);
    }
    QVERIFY(!QFile::exists(canary));
}

void TestJobSubmission::presetsMatchTheReferenceCommands_data()
{
    QTest::addColumn<QString>("presetId");
    QTest::addColumn<QString>("reference");
    QTest::newRow("ppo-gsm8k") << u"ppo-gsm8k"_s << ppoReference;
    QTest::newRow("grpo-gsm8k") << u"grpo-gsm8k"_s << grpoReference;
}

void TestJobSubmission::presetsMatchTheReferenceCommands()
{
    QFETCH(QString, presetId);
    QFETCH(QString, reference);
    const QString home = u"/home/tester"_s;

    const std::optional<LaunchPreset> preset = LaunchPresets::find(presetId);
    QVERIFY(preset);
    QCOMPARE(preset->id, presetId);
    QCOMPARE(preset->overrides().size(), preset->overrideTexts.size());

    // What verl's own command gives python3, after the shell expanded $HOME and removed quotes...
    const Run expected = runShell(reference, home);
    // ...and what RayDeck's entrypoint gives it; ${oc.env:HOME} is OmegaConf's $HOME, resolved in the job.
    JobLaunch launch = launchWith(preset->overrides());
    launch.presetId = presetId;
    const Run got = runShell(JobSubmissionBuilder::entrypoint(launch).value(), home);

    QCOMPARE(got.arguments.size(), expected.arguments.size());
    QCOMPARE(got.arguments.mid(0, 2), expected.arguments.mid(0, 2));
    for (int n = 2; n < expected.arguments.size(); ++n) {
        QString ours = got.arguments.at(n);
        ours.replace(u"${oc.env:HOME}"_s, home);
        const HydraParseResult<HydraOverride> a = HydraOverrideParser::parse(expected.arguments.at(n));
        const HydraParseResult<HydraOverride> b = HydraOverrideParser::parse(ours);
        QVERIFY2(a.isOk() && b.isOk(), qPrintable(expected.arguments.at(n)));
        QVERIFY2(a.value() == b.value(), qPrintable(expected.arguments.at(n) + u" vs "_s + got.arguments.at(n)));
    }
    // The data paths really are left to OmegaConf rather than baked in.
    QVERIFY(got.arguments.join(u' ').contains(u"data.train_files=\"${oc.env:HOME}/data/gsm8k/train.parquet\""_s));
}

void TestJobSubmission::requestBodyShape()
{
    const JobLaunch launch = fullLaunch();
    JobSecretValues secrets;
    secrets.insert(u"WANDB_API_KEY"_s, SecureBytes(QByteArray("wandb-key-123")));
    const Result<SecureBytes> body = JobSubmissionBuilder::requestBody(launch, secrets);
    QVERIFY(body.isOk());
    const QJsonObject object = parseObject(body.value().bytes());

    QCOMPARE(object.keys(), (QStringList{u"entrypoint"_s, u"entrypoint_num_cpus"_s, u"entrypoint_num_gpus"_s,
                                        u"metadata"_s, u"runtime_env"_s, u"submission_id"_s}));
    QCOMPARE(object.value(u"entrypoint"_s).toString(), JobSubmissionBuilder::entrypoint(launch).value());
    QCOMPARE(object.value(u"entrypoint"_s).toString(),
             u"cd /workspace/verl && python3 -m verl.trainer.main_ppo 'actor_rollout_ref.rollout.name=vllm' "
             "'trainer.logger=[console]'"_s);
    QCOMPARE(object.value(u"submission_id"_s).toString(), u"gsm8k-20250601-120000"_s);
    QCOMPARE(object.value(u"entrypoint_num_cpus"_s).toDouble(), 1.0);
    QCOMPARE(object.value(u"entrypoint_num_gpus"_s).toDouble(), 0.5);
    const QJsonObject runtimeEnv = object.value(u"runtime_env"_s).toObject();
    QCOMPARE(runtimeEnv.keys(), QStringList{u"env_vars"_s});
    const QJsonObject variables = runtimeEnv.value(u"env_vars"_s).toObject();
    QCOMPARE(variables.value(u"HF_HOME"_s).toString(), u"/data/hf"_s);
    QCOMPARE(variables.value(u"WANDB_API_KEY"_s).toString(), u"wandb-key-123"_s);
    const QJsonObject metadata = object.value(u"metadata"_s).toObject();
    QCOMPARE(metadata.value(u"app"_s).toString(), u"raydeck"_s);
    QCOMPARE(metadata.value(u"preset"_s).toString(), u"ppo-gsm8k"_s);
    QCOMPARE(metadata.value(u"owner"_s).toString(), u"ana"_s);
    for (const QJsonValue &value : metadata)
        QVERIFY(value.isString());
    QVERIFY(!body.value().bytes().contains('\n'));

    // The preview is the same body with the secret masked.
    const Result<QJsonObject> preview = JobSubmissionBuilder::previewBody(launch);
    QVERIFY(preview.isOk());
    QJsonObject expected = object;
    QJsonObject maskedEnv = runtimeEnv;
    QJsonObject maskedVariables = variables;
    maskedVariables.insert(u"WANDB_API_KEY"_s, u"••••••"_s);
    maskedEnv.insert(u"env_vars"_s, maskedVariables);
    expected.insert(u"runtime_env"_s, maskedEnv);
    QCOMPARE(preview.value(), expected);
}

void TestJobSubmission::requestBodyLeavesOutWhatIsNotSet()
{
    JobLaunch launch = launchWith({HydraOverride::change(u"actor_rollout_ref.rollout.name"_s, s(u"vllm"_s))});
    launch.metadata.insert(u"empty"_s, QString());
    launch.environment = {{QString(), u"x"_s, false}};
    const Result<SecureBytes> body = JobSubmissionBuilder::requestBody(launch, {});
    QVERIFY(body.isOk());
    const QJsonObject object = parseObject(body.value().bytes());
    QCOMPARE(object.keys(), (QStringList{u"entrypoint"_s, u"metadata"_s}));
    QCOMPARE(object.value(u"metadata"_s).toObject(), (QJsonObject{{u"app"_s, u"raydeck"_s}}));
    QVERIFY(!body.value().bytes().contains("null"));

    launch.entrypointNumGpus = 0;
    QCOMPARE(parseObject(JobSubmissionBuilder::requestBody(launch, {}).value().bytes()).value(u"entrypoint_num_gpus"_s),
             QJsonValue(0));
}

void TestJobSubmission::secretsArriveExactlyAndOnlyInTheBody_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("mixed") << secretValue;
    QTest::newRow("control characters") << u"a\tb\u0001c\u001f"_s;
    QTest::newRow("looks like json") << u"\",\"x\":\"y"_s;
    QTest::newRow("empty") << QString();
}

void TestJobSubmission::secretsArriveExactlyAndOnlyInTheBody()
{
    QFETCH(QString, secret);
    JobLaunch launch = fullLaunch();
    launch.environment.append({u"OTHER_SECRET"_s, QString(), true});
    JobSecretValues secrets;
    secrets.insert(u"WANDB_API_KEY"_s, SecureBytes(secret.toUtf8()));
    secrets.insert(u"OTHER_SECRET"_s, SecureBytes(QByteArray("other-42")));

    const Result<SecureBytes> body = JobSubmissionBuilder::requestBody(launch, secrets);
    QVERIFY(body.isOk());
    const QJsonObject variables =
        parseObject(body.value().bytes()).value(u"runtime_env"_s).toObject().value(u"env_vars"_s).toObject();
    QCOMPARE(variables.value(u"WANDB_API_KEY"_s).toString(), secret);
    QCOMPARE(variables.value(u"OTHER_SECRET"_s).toString(), u"other-42"_s);
    QVERIFY(!body.value().bytes().contains("@@raydeck-secret"));

    const QString preview = QString::fromUtf8(QJsonDocument(JobSubmissionBuilder::previewBody(launch).value()).toJson());
    const QString line = JobSubmissionBuilder::commandLinePreview(launch, 8265).value();
    for (const QString &shown : {preview, line}) {
        if (!secret.isEmpty())
            QVERIFY(!shown.contains(secret));
        QVERIFY(!shown.contains(u"other-42"_s));
        QVERIFY(shown.contains(u"••••••"_s));
    }
}

void TestJobSubmission::missingSecretIsAnError()
{
    const Result<SecureBytes> body = JobSubmissionBuilder::requestBody(fullLaunch(), {});
    QVERIFY(!body.isOk());
    QCOMPARE(body.error().code(), Error::Code::NotFound);
    QVERIFY(body.error().message().contains(u"WANDB_API_KEY"_s));
}

void TestJobSubmission::commandLinePreviewText()
{
    JobLaunch launch = launchWith({HydraOverride::change(u"actor_rollout_ref.rollout.name"_s, s(u"vllm"_s)),
                                   HydraOverride::change(u"trainer.project_name"_s, s(u"it's mine"_s))});
    launch.submissionId = u"gsm8k-20250601-120000"_s;
    launch.environment = {{u"WANDB_API_KEY"_s, QString(), true}};
    launch.entrypointNumCpus = 2;
    const Result<QString> line = JobSubmissionBuilder::commandLinePreview(launch, 18265);
    QVERIFY(line.isOk());
    QCOMPARE(line.value(),
             u"ray job submit --address http://127.0.0.1:18265 --submission-id gsm8k-20250601-120000 "
             "--runtime-env-json '{\"env_vars\":{\"WANDB_API_KEY\":\"••••••\"}}' "
             "--metadata-json '{\"app\":\"raydeck\"}' --entrypoint-num-cpus 2 -- "
             "python3 -m verl.trainer.main_ppo 'actor_rollout_ref.rollout.name=vllm' "
             "'trainer.project_name=\"it'\\''s mine\"'"_s);
}

void TestJobSubmission::commandLinePreviewRunsTheSameCommand_data()
{
    QTest::addColumn<QString>("workingDirectory");
    QTest::newRow("no working directory") << QString();
    QTest::newRow("working directory") << u"it's a dir"_s;
}

void TestJobSubmission::commandLinePreviewRunsTheSameCommand()
{
    QFETCH(QString, workingDirectory);
    JobLaunch launch = fullLaunch();
    launch.overrides.append(HydraOverride::change(u"trainer.project_name"_s, s(u"$(id) 'x' \"y\"\n,z"_s)));
    launch.workingDirectory.clear();
    if (!workingDirectory.isEmpty()) {
        launch.workingDirectory = m_dir.filePath(workingDirectory);
        QVERIFY(QDir().mkpath(launch.workingDirectory));
    }

    // The preview line, run in a shell, hands `ray` these words...
    const Result<QString> line = JobSubmissionBuilder::commandLinePreview(launch, 8265);
    QVERIFY(line.isOk());
    const Run ray = runShell(line.value());
    const qsizetype separator = ray.arguments.indexOf(u"--"_s);
    QVERIFY(separator > 0);
    QCOMPARE(ray.arguments.mid(0, 4), (QStringList{u"job"_s, u"submit"_s, u"--address"_s, u"http://127.0.0.1:8265"_s}));
    const qsizetype runtimeEnv = ray.arguments.indexOf(u"--runtime-env-json"_s);
    QVERIFY(runtimeEnv > 0);
    QCOMPARE(parseObject(ray.arguments.at(runtimeEnv + 1).toUtf8()),
             JobSubmissionBuilder::previewBody(launch).value().value(u"runtime_env"_s).toObject());

    // ...and `ray job submit` quotes the words after "--" into the entrypoint that
    // Ray runs with sh -c: the same program, place and arguments as ours.
    const Run viaRay = runShell(shellJoin(ray.arguments.mid(separator + 1)));
    const Run direct = runShell(JobSubmissionBuilder::entrypoint(launch).value());
    QCOMPARE(viaRay.workingDirectory, direct.workingDirectory);
    QCOMPARE(viaRay.arguments, direct.arguments);
    QCOMPARE(direct.arguments.size(), 2 + launch.overrides.size());
}

void TestJobSubmission::defaultSubmissionId_data()
{
    QTest::addColumn<QStringList>("overrides");
    QTest::addColumn<QString>("expected");
    QTest::newRow("schema default") << QStringList() << u"gsm8k-20250601-120000"_s;
    QTest::newRow("set") << QStringList{u"trainer.experiment_name=qwen2_7b_function_rm"_s}
                         << u"qwen2_7b_function_rm-20250601-120000"_s;
    QTest::newRow("unsafe characters") << QStringList{u"trainer.experiment_name=\"-my exp/1 ✓\""_s}
                                       << u"my-exp-1---20250601-120000"_s;
    QTest::newRow("number") << QStringList{u"trainer.experiment_name=2024"_s} << u"2024-20250601-120000"_s;
    QTest::newRow("interpolation") << QStringList{u"trainer.experiment_name=${oc.env:USER}"_s}
                                   << u"verl-20250601-120000"_s;
    QTest::newRow("set through section") << QStringList{u"trainer={experiment_name:run7}"_s}
                                         << u"run7-20250601-120000"_s;
}

void TestJobSubmission::defaultSubmissionId()
{
    QFETCH(QStringList, overrides);
    QFETCH(QString, expected);
    QList<HydraOverride> parsed;
    for (const QString &text : std::as_const(overrides))
        parsed << HydraOverrideParser::parse(text).value();
    const QDateTime now(QDate(2025, 6, 1), QTime(12, 0, 0));
    JobLaunch launch = launchWith(parsed);
    QCOMPARE(JobSubmissionBuilder::defaultSubmissionId(launch, now), expected);
    QVERIFY(JobLaunchValidator::isValidSubmissionId(expected));

    QCOMPARE(JobSubmissionBuilder::withDefaults(launch, now).submissionId, expected);
    launch.submissionId = u"mine"_s;
    QCOMPARE(JobSubmissionBuilder::withDefaults(launch, now).submissionId, u"mine"_s);
}

void TestJobSubmission::unwritableOverrideFailsEverything()
{
    JobLaunch launch = launchWith({HydraOverride::change(u"a"_s, dict({{u"ключ"_s, i(1)}}))});
    QVERIFY(!JobSubmissionBuilder::entrypoint(launch).isOk());
    QVERIFY(!JobSubmissionBuilder::requestBody(launch, {}).isOk());
    QVERIFY(!JobSubmissionBuilder::previewBody(launch).isOk());
    QVERIFY(!JobSubmissionBuilder::commandLinePreview(launch, 1).isOk());
}

QTEST_GUILESS_MAIN(TestJobSubmission)
#include "tst_jobsubmission.moc"
