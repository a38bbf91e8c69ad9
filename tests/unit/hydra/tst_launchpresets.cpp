// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped presets: their ids, and overrides that read back unchanged and
// fit verl's schema. (tst_jobsubmission compares them with verl's commands.)
#include "HydraTestSupport.h"
#include "hydra/ConfigSchema.h"
#include "hydra/HydraOverrideParser.h"
#include "hydra/LaunchPresets.h"

#include <QTest>

using namespace RayDeck;
using namespace Qt::StringLiterals;

class TestLaunchPresets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ids();
    void overridesReadBackAndFitTheSchema_data();
    void overridesReadBackAndFitTheSchema();
};

void TestLaunchPresets::ids()
{
    QStringList ids;
    for (const LaunchPreset &preset : LaunchPresets::all()) {
        ids << preset.id;
        QVERIFY(!preset.title.isEmpty());
        QVERIFY(!preset.description.isEmpty());
    }
    QCOMPARE(ids, (QStringList{u"ppo-gsm8k"_s, u"grpo-gsm8k"_s}));
    QVERIFY(!LaunchPresets::find(u"nope"_s));
    QCOMPARE(LaunchPresets::find(u"grpo-gsm8k"_s)->overrideTexts.size(), 37);
    QCOMPARE(LaunchPresets::find(u"ppo-gsm8k"_s)->overrideTexts.size(), 25);
}

void TestLaunchPresets::overridesReadBackAndFitTheSchema_data()
{
    QTest::addColumn<QString>("id");
    for (const LaunchPreset &preset : LaunchPresets::all())
        QTest::newRow(qPrintable(preset.id)) << preset.id;
}

void TestLaunchPresets::overridesReadBackAndFitTheSchema()
{
    QFETCH(QString, id);
    const LaunchPreset preset = *LaunchPresets::find(id);
    const QList<HydraOverride> overrides = preset.overrides();
    QCOMPARE(overrides.size(), preset.overrideTexts.size());
    for (const HydraOverride &override : overrides) {
        const Result<QString> text = HydraFormatter::formatOverride(override);
        QVERIFY(text.isOk());
        QCOMPARE(HydraOverrideParser::parse(text.value()).value(), override);
    }
    QCOMPARE(ConfigSchema::bundled().checkOverrides(overrides).size(), 0);
    QCOMPARE(ConfigSchema::bundled().effectiveValue(u"actor_rollout_ref.rollout.name"_s, overrides),
             std::optional(HydraTest::s(u"vllm"_s)));
}

QTEST_GUILESS_MAIN(TestLaunchPresets)
#include "tst_launchpresets.moc"
