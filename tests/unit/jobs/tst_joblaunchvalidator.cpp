// SPDX-License-Identifier: GPL-3.0-or-later
// Checks before a launch: schema problems come through, job options are
// checked, and wandb without a key is a warning.
#include "hydra/HydraOverrideParser.h"
#include "hydra/LaunchPresets.h"
#include "jobs/JobLaunchValidator.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace RayDeck;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ValidationIssue::Kind)

class TestJobLaunchValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void presetsValidate_data();
    void presetsValidate();
};

namespace {

QList<HydraOverride> parseAll(const QStringList &texts)
{
    QList<HydraOverride> overrides;
    for (const QString &text : texts)
        overrides << HydraOverrideParser::parse(text).value();
    return overrides;
}

const QString engine = u"actor_rollout_ref.rollout.name=vllm"_s;
const QString console = u"trainer.logger=console"_s;

} // namespace

void TestJobLaunchValidator::validate_data()
{
    QTest::addColumn<JobLaunch>("launch");
    QTest::addColumn<QList<ValidationIssue::Kind>>("expected");
    using K = ValidationIssue::Kind;

    JobLaunch clean;
    clean.overrides = parseAll({engine, console});
    QTest::newRow("clean") << clean << QList<K>{};

    JobLaunch defaultLogger;
    defaultLogger.overrides = parseAll({engine});
    QTest::newRow("default logger has wandb, no key") << defaultLogger << QList<K>{K::WandbWithoutApiKey};

    JobLaunch secretKey = defaultLogger;
    secretKey.environment = {{u"WANDB_API_KEY"_s, QString(), true}};
    QTest::newRow("wandb with secret key") << secretKey << QList<K>{};

    JobLaunch plainKey = defaultLogger;
    plainKey.environment = {{u"WANDB_API_KEY"_s, u"abc"_s, false}};
    QTest::newRow("wandb with plain key") << plainKey << QList<K>{};

    JobLaunch emptyKey = defaultLogger;
    emptyKey.environment = {{u"WANDB_API_KEY"_s, QString(), false}};
    QTest::newRow("wandb with empty key") << emptyKey << QList<K>{K::WandbWithoutApiKey};

    JobLaunch wandbList;
    wandbList.overrides = parseAll({engine, u"trainer.logger=[\"console\",\"wandb\"]"_s});
    QTest::newRow("wandb in list") << wandbList << QList<K>{K::WandbWithoutApiKey};

    JobLaunch wandbText;
    wandbText.overrides = parseAll({engine, u"trainer.logger=wandb"_s});
    QTest::newRow("wandb as text") << wandbText << QList<K>{K::WandbWithoutApiKey};

    JobLaunch schemaProblems;
    schemaProblems.overrides = parseAll({console, u"trainer.total_epoch=3"_s, u"trainer.nnodes=two"_s});
    QTest::newRow("schema problems") << schemaProblems
                                     << QList<K>{K::UnknownKey, K::TypeMismatch, K::MissingMandatory};

    JobLaunch options = clean;
    options.submissionId = u"-bad id"_s;
    options.workingDirectory = u"~/verl"_s;
    options.environment = {{u"1BAD"_s, u"x"_s, false}, {u"OK"_s, u"1"_s, false}, {u"OK"_s, u"2"_s, false}};
    options.entrypointNumCpus = -1;
    options.entrypointNumGpus = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("bad options") << options
                                 << QList<K>{K::InvalidSubmissionId, K::InvalidWorkingDirectory,
                                             K::InvalidEnvironmentName, K::DuplicateEnvironmentName,
                                             K::InvalidResources, K::InvalidResources};

    JobLaunch goodOptions = clean;
    goodOptions.submissionId = u"gsm8k-20250601-120000"_s;
    goodOptions.workingDirectory = u"/workspace/verl"_s;
    goodOptions.environment = {{u"HF_HOME"_s, u"/data/hf"_s, false}, {u"_X1"_s, QString(), true}};
    goodOptions.entrypointNumCpus = 0;
    goodOptions.entrypointNumGpus = 0.5;
    QTest::newRow("good options") << goodOptions << QList<K>{};
}

void TestJobLaunchValidator::validate()
{
    QFETCH(JobLaunch, launch);
    QFETCH(QList<ValidationIssue::Kind>, expected);
    const QList<ValidationIssue> issues = JobLaunchValidator::validate(launch);
    QList<ValidationIssue::Kind> kinds;
    QStringList messages;
    for (const ValidationIssue &issue : issues) {
        kinds << issue.kind;
        messages << issue.message;
        QVERIFY(!issue.message.isEmpty());
        QCOMPARE(issue.isError(), issue.kind != ValidationIssue::Kind::WandbWithoutApiKey);
    }
    QVERIFY2(kinds == expected, qPrintable(messages.join(u'\n')));
    for (const ValidationIssue &issue : issues) {
        if (issue.kind == ValidationIssue::Kind::WandbWithoutApiKey)
            QVERIFY(issue.message.contains(u"WANDB_API_KEY"_s) && issue.message.contains(u"trainer.logger=[console]"_s));
    }
}

void TestJobLaunchValidator::presetsValidate_data()
{
    QTest::addColumn<QString>("presetId");
    QTest::addColumn<QList<ValidationIssue::Kind>>("expected");
    QTest::newRow("ppo-gsm8k") << u"ppo-gsm8k"_s << QList<ValidationIssue::Kind>{};
    QTest::newRow("grpo-gsm8k logs to wandb")
        << u"grpo-gsm8k"_s << QList<ValidationIssue::Kind>{ValidationIssue::Kind::WandbWithoutApiKey};
}

void TestJobLaunchValidator::presetsValidate()
{
    QFETCH(QString, presetId);
    QFETCH(QList<ValidationIssue::Kind>, expected);
    JobLaunch launch;
    launch.presetId = presetId;
    launch.overrides = LaunchPresets::find(presetId)->overrides();
    QList<ValidationIssue::Kind> kinds;
    for (const ValidationIssue &issue : JobLaunchValidator::validate(launch))
        kinds << issue.kind;
    QCOMPARE(kinds, expected);
}

QTEST_GUILESS_MAIN(TestJobLaunchValidator)
#include "tst_joblaunchvalidator.moc"
