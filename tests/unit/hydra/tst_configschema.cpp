// SPDX-License-Identifier: GPL-3.0-or-later
// verl's PPO config schema: the shipped table, type checks, "did you mean",
// the checks before launch, and the schema read from `--cfg job` YAML.
#include "HydraTestSupport.h"
#include "hydra/ConfigSchema.h"
#include "hydra/HydraOverrideParser.h"

#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace RayDeck;
using namespace HydraTest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ConfigSchema::KeyKind)
Q_DECLARE_METATYPE(ValidationIssue::Kind)

class TestConfigSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledSchemaIsComplete();
    void everyDefaultReadsBackAndFitsItsType();
    void lookup();
    void kindOf_data();
    void kindOf();
    void checkValue_data();
    void checkValue();
    void suggestions_data();
    void suggestions();
    void checkOverrides_data();
    void checkOverrides();
    void unknownKeyMessage();
    void effectiveValue();
    void yamlGeneratedFromTheTable();
    void yamlWithoutHintsInfersTypes();
    void yamlOddCases();
    void yamlErrors_data();
    void yamlErrors();
    void yamlRandomInputNeverCrashes();
};

namespace {

QList<HydraOverride> parseAll(const QStringList &texts)
{
    QList<HydraOverride> overrides;
    for (const QString &text : texts) {
        const HydraParseResult<HydraOverride> parsed = HydraOverrideParser::parse(text);
        if (!parsed)
            qFatal("test override does not parse: %s", qPrintable(text));
        overrides << parsed.value();
    }
    return overrides;
}

// Nested YAML from dotted keys, each default written as the table has it (YAML flow text).
void writeYaml(QString &out, const QList<ConfigSchemaEntry> &entries, const QString &prefix, int indent)
{
    QMap<QString, QList<ConfigSchemaEntry>> children;
    QStringList order;
    for (const ConfigSchemaEntry &entry : entries) {
        const QString rest = entry.key.mid(prefix.size());
        const QString head = rest.section(u'.', 0, 0);
        if (!children.contains(head))
            order << head;
        children[head].append(entry);
    }
    for (const QString &head : std::as_const(order)) {
        const QList<ConfigSchemaEntry> &group = children[head];
        if (group.size() == 1 && group.first().key == prefix + head) {
            out += QString(indent, u' ') + head + u": "_s + group.first().defaultText + u'\n';
        } else {
            out += QString(indent, u' ') + head + u":\n"_s;
            writeYaml(out, group, prefix + head + u'.', indent + 2);
        }
    }
}

} // namespace

void TestConfigSchema::bundledSchemaIsComplete()
{
    const ConfigSchema &schema = ConfigSchema::bundled();
    QCOMPARE(schema.size(), 826);
    QVERIFY(schema.source().contains(u"_generated_ppo_trainer.yaml"_s));
    int perGroup = 0;
    for (ConfigGroup group : allConfigGroups())
        perGroup += int(schema.entries(group).size());
    QCOMPARE(perGroup, 826);
    QSet<QString> keys;
    for (const ConfigSchemaEntry &entry : schema.entries()) {
        QCOMPARE(entry.group, configGroupForKey(entry.key));
        keys.insert(entry.key);
    }
    QCOMPARE(keys.size(), 826);
    QCOMPARE(schema.entries(ConfigGroup::Data).size(), 35);
    QCOMPARE(schema.entries(ConfigGroup::Rollout).size(), 115);
}

void TestConfigSchema::everyDefaultReadsBackAndFitsItsType()
{
    for (const ConfigSchemaEntry &entry : ConfigSchema::bundled().entries()) {
        const HydraParseResult<HydraValue> parsed = HydraOverrideParser::parseValue(entry.defaultText);
        QVERIFY2(parsed.isOk(), qPrintable(entry.key));
        QCOMPARE(parsed.value(), entry.defaultValue);
        const Result<void> fits = ConfigSchema::bundled().checkValue(entry.key, entry.defaultValue);
        QVERIFY2(fits.isOk(), qPrintable(entry.key + u": "_s + (fits ? QString() : fits.error().message())));
    }
}

void TestConfigSchema::lookup()
{
    const ConfigSchema &schema = ConfigSchema::bundled();
    const ConfigSchemaEntry *lr = schema.entry(u"actor_rollout_ref.actor.optim.lr"_s);
    QVERIFY(lr);
    QCOMPARE(lr->types, ConfigTypes(ConfigType::Float));
    QCOMPARE(lr->defaultValue, f(1e-6));
    QCOMPARE(lr->group, ConfigGroup::Actor);
    QVERIFY(!lr->note.isEmpty());

    const ConfigSchemaEntry *name = schema.entry(u"actor_rollout_ref.rollout.name"_s);
    QVERIFY(name);
    QVERIFY(name->isMandatory());
    QCOMPARE(name->group, ConfigGroup::Rollout);

    const ConfigSchemaEntry *logger = schema.entry(u"trainer.logger"_s);
    QVERIFY(logger);
    QCOMPARE(logger->defaultValue, list({s(u"console"_s), s(u"wandb"_s)}));
    QCOMPARE(configTypesDisplayName(logger->types), u"str or list"_s);

    QCOMPARE(schema.entry(u"data.train_files"_s)->defaultValue, s(u"~/data/rlhf/gsm8k/train.parquet"_s));
    QCOMPARE(schema.entry(u"critic.enable"_s)->defaultValue, null());
    QVERIFY(!schema.entry(u"trainer"_s));
    QVERIFY(!schema.entry(u"nope"_s));
}

void TestConfigSchema::kindOf_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<ConfigSchema::KeyKind>("kind");
    using K = ConfigSchema::KeyKind;
    QTest::newRow("leaf") << u"trainer.total_epochs"_s << K::Value;
    QTest::newRow("top section") << u"trainer"_s << K::Section;
    QTest::newRow("inner section") << u"actor_rollout_ref.actor.optim"_s << K::Section;
    QTest::newRow("inside free dict") << u"actor_rollout_ref.rollout.engine_kwargs.vllm.max_model_len"_s
                                      << K::InsideFreeDict;
    QTest::newRow("list element") << u"actor_rollout_ref.actor.optim.betas.0"_s << K::ListElement;
    QTest::newRow("below an int") << u"trainer.total_epochs.x"_s << K::Unknown;
    QTest::newRow("unknown") << u"trainer.nope"_s << K::Unknown;
    QTest::newRow("prefix of a word") << u"train"_s << K::Unknown;
}

void TestConfigSchema::kindOf()
{
    QFETCH(QString, key);
    QFETCH(ConfigSchema::KeyKind, kind);
    QCOMPARE(ConfigSchema::bundled().kindOf(key), kind);
}

void TestConfigSchema::checkValue_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("valueText");
    QTest::addColumn<QString>("messagePart"); // empty: must pass

    QTest::newRow("int ok") << u"trainer.total_epochs"_s << u"15"_s << QString();
    QTest::newRow("int from text") << u"trainer.total_epochs"_s << u"abc"_s << u"expects int, but abc is text"_s;
    QTest::newRow("int from whole float") << u"data.train_batch_size"_s << u"256.0"_s << u"256"_s;
    // The hint once cast the double to qint64, undefined beyond its range.
    QTest::newRow("int from huge whole float") << u"data.train_batch_size"_s << u"1e300"_s
                                               << u"without the decimal point: 1000000000000000"_s;
    QTest::newRow("int from quoted number") << u"data.train_batch_size"_s << u"'256'"_s << u"without quotes"_s;
    QTest::newRow("int from bool") << u"trainer.total_epochs"_s << u"true"_s << u"a bool"_s;
    QTest::newRow("float takes int") << u"actor_rollout_ref.actor.optim.lr"_s << u"0"_s << QString();
    QTest::newRow("float ok") << u"actor_rollout_ref.actor.optim.lr"_s << u"1e-5"_s << QString();
    QTest::newRow("float from list") << u"actor_rollout_ref.actor.optim.lr"_s << u"[1]"_s << u"expects float"_s;
    QTest::newRow("bool ok") << u"trainer.val_before_train"_s << u"False"_s << QString();
    QTest::newRow("bool from quoted") << u"trainer.val_before_train"_s << u"'True'"_s << u"true or false"_s;
    QTest::newRow("str takes number") << u"trainer.experiment_name"_s << u"2024"_s << QString();
    QTest::newRow("str from bool") << u"trainer.experiment_name"_s << u"true"_s << u"expects str"_s;
    QTest::newRow("logger as text") << u"trainer.logger"_s << u"console"_s << QString();
    QTest::newRow("logger as list") << u"trainer.logger"_s << u"[console,wandb]"_s << QString();
    QTest::newRow("logger as bool") << u"trainer.logger"_s << u"true"_s << u"str or list"_s;
    QTest::newRow("files as list") << u"data.train_files"_s << u"[a.parquet,b.parquet]"_s << QString();
    QTest::newRow("null anywhere") << u"trainer.total_epochs"_s << u"null"_s << QString();
    QTest::newRow("interpolation anywhere") << u"trainer.total_epochs"_s << u"${oc.env:EPOCHS}"_s << QString();
    QTest::newRow("quoted interpolation") << u"trainer.total_epochs"_s << u"'${x}'"_s << QString();
    QTest::newRow("dict leaf") << u"actor_rollout_ref.rollout.engine_kwargs.vllm"_s << u"{max_model_len:4096}"_s
                               << QString();
    QTest::newRow("section dict") << u"actor_rollout_ref.actor.optim"_s << u"{lr:1e-5,weight_decay:0}"_s << QString();
    QTest::newRow("section dict bad type") << u"actor_rollout_ref.actor.optim"_s << u"{lr:fast}"_s
                                           << u"actor_rollout_ref.actor.optim.lr expects float"_s;
    QTest::newRow("section dict unknown") << u"trainer"_s << u"{epochs:1}"_s << u"no setting named epochs"_s;
    QTest::newRow("section scalar") << u"trainer"_s << u"1"_s << u"expects a dict"_s;
    QTest::newRow("list element") << u"actor_rollout_ref.actor.optim.betas.0"_s << u"0.8"_s << QString();
    QTest::newRow("unknown key") << u"trainer.nope"_s << u"1"_s << u"not a key"_s;
}

void TestConfigSchema::checkValue()
{
    QFETCH(QString, key);
    QFETCH(QString, valueText);
    QFETCH(QString, messagePart);
    const HydraParseResult<HydraValue> value = HydraOverrideParser::parseValue(valueText);
    QVERIFY(value.isOk());
    const Result<void> checked = ConfigSchema::bundled().checkValue(key, value.value());
    if (messagePart.isEmpty()) {
        QVERIFY2(checked.isOk(), qPrintable(checked ? QString() : checked.error().message()));
    } else {
        QVERIFY(!checked.isOk());
        QVERIFY2(checked.error().message().contains(messagePart), qPrintable(checked.error().message()));
    }
}

void TestConfigSchema::suggestions_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected"); // empty: no suggestion at all
    QTest::newRow("missing letter") << u"trainer.total_epoch"_s << u"trainer.total_epochs"_s;
    QTest::newRow("case") << u"Trainer.Logger"_s << u"trainer.logger"_s;
    QTest::newRow("missing word") << u"actor_rollout_ref.rollout.tensor_parallel_size"_s
                                  << u"actor_rollout_ref.rollout.tensor_model_parallel_size"_s;
    QTest::newRow("swapped letters") << u"data.trian_files"_s << u"data.train_files"_s;
    QTest::newRow("section typo") << u"trainr"_s << u"trainer"_s;
    QTest::newRow("last part only") << u"trainer.lr"_s << u"critic.optim.lr"_s;
    QTest::newRow("nothing near") << u"zzzzzzzzzzzz.qqqqq"_s << QString();
}

void TestConfigSchema::suggestions()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const QStringList near = ConfigSchema::bundled().suggestions(key);
    QVERIFY(near.size() <= 3);
    if (expected.isEmpty())
        QVERIFY2(near.isEmpty(), qPrintable(near.join(u", "_s)));
    else
        QVERIFY2(near.contains(expected), qPrintable(near.join(u", "_s)));
}

void TestConfigSchema::checkOverrides_data()
{
    QTest::addColumn<QStringList>("overrides");
    QTest::addColumn<QList<ValidationIssue::Kind>>("expected");
    using K = ValidationIssue::Kind;
    const QString rollout = u"actor_rollout_ref.rollout.name=vllm"_s;

    QTest::newRow("nothing set") << QStringList() << QList<K>{K::MissingMandatory};
    QTest::newRow("engine set") << QStringList{rollout} << QList<K>{};
    QTest::newRow("engine set through its section") << QStringList{u"actor_rollout_ref.rollout={name:sglang}"_s}
                                                    << QList<K>{};
    QTest::newRow("engine set to ???") << QStringList{u"actor_rollout_ref.rollout.name=???"_s}
                                       << QList<K>{K::MissingMandatory};
    QTest::newRow("reward model switched on") << QStringList{rollout, u"reward.reward_model.enable=true"_s}
                                              << QList<K>{K::MissingMandatory};
    QTest::newRow("engine deleted") << QStringList{rollout, u"~actor_rollout_ref.rollout.name"_s}
                                    << QList<K>{K::MissingMandatory};
    QTest::newRow("typo") << QStringList{rollout, u"trainer.total_epoch=3"_s} << QList<K>{K::UnknownKey};
    QTest::newRow("add existing") << QStringList{rollout, u"+trainer.total_epochs=3"_s} << QList<K>{K::AlreadyExists};
    QTest::newRow("add new") << QStringList{rollout, u"+trainer.note=x"_s} << QList<K>{};
    QTest::newRow("force add existing, bad type") << QStringList{rollout, u"++trainer.total_epochs=x"_s}
                                                  << QList<K>{K::TypeMismatch};
    QTest::newRow("force add new") << QStringList{rollout, u"++trainer.note=x"_s} << QList<K>{};
    QTest::newRow("delete unknown") << QStringList{rollout, u"~trainer.nope"_s} << QList<K>{K::NothingToDelete};
    QTest::newRow("delete known") << QStringList{rollout, u"~trainer.rollout_data_dir"_s} << QList<K>{};
    QTest::newRow("type") << QStringList{rollout, u"trainer.total_epochs=abc"_s} << QList<K>{K::TypeMismatch};
    QTest::newRow("twice") << QStringList{rollout, u"trainer.nnodes=1"_s, u"trainer.nnodes=2"_s}
                           << QList<K>{K::DuplicateKey};
    QTest::newRow("group choice") << QStringList{rollout, u"actor@actor_rollout_ref.actor=megatron_actor"_s}
                                  << QList<K>{K::NotChecked};
    QTest::newRow("free dict needs +")
        << QStringList{rollout, u"actor_rollout_ref.rollout.engine_kwargs.vllm.max_model_len=1"_s}
        << QList<K>{K::UnknownKey};
    QTest::newRow("free dict with +")
        << QStringList{rollout, u"+actor_rollout_ref.rollout.engine_kwargs.vllm.max_model_len=1"_s} << QList<K>{};
    QTest::newRow("empty key") << QStringList{rollout, u"=1"_s} << QList<K>{K::EmptyKey};
    QTest::newRow("several") << QStringList{u"trainer.nnodes=x"_s, u"trainr.nnodes=1"_s}
                             << QList<K>{K::TypeMismatch, K::UnknownKey, K::MissingMandatory};
}

void TestConfigSchema::checkOverrides()
{
    QFETCH(QStringList, overrides);
    QFETCH(QList<ValidationIssue::Kind>, expected);
    const QList<ValidationIssue> issues = ConfigSchema::bundled().checkOverrides(parseAll(overrides));
    QList<ValidationIssue::Kind> kinds;
    QStringList messages;
    for (const ValidationIssue &issue : issues) {
        kinds << issue.kind;
        messages << issue.message;
        QVERIFY(!issue.message.isEmpty());
        const bool warning = issue.kind == ValidationIssue::Kind::DuplicateKey
            || issue.kind == ValidationIssue::Kind::NotChecked;
        QCOMPARE(issue.isError(), !warning);
    }
    QVERIFY2(kinds == expected, qPrintable(messages.join(u'\n')));
}

void TestConfigSchema::unknownKeyMessage()
{
    const QList<ValidationIssue> issues = ConfigSchema::bundled().checkOverrides(
        parseAll({u"actor_rollout_ref.rollout.name=vllm"_s, u"trainer.total_epoch=3"_s}));
    QCOMPARE(issues.size(), 1);
    const ValidationIssue &issue = issues.first();
    QCOMPARE(issue.overrideIndex, 1);
    QCOMPARE(issue.key, u"trainer.total_epoch"_s);
    QCOMPARE(issue.suggestions.value(0), u"trainer.total_epochs"_s);
    QVERIFY(issue.message.contains(u"Did you mean trainer.total_epochs"_s));
    QVERIFY(issue.message.contains(u"+trainer.total_epoch="_s));

    const QList<ValidationIssue> missing = ConfigSchema::bundled().checkOverrides({});
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().key, u"actor_rollout_ref.rollout.name"_s);
    QVERIFY(missing.first().message.contains(u"vllm"_s));
}

void TestConfigSchema::effectiveValue()
{
    const ConfigSchema &schema = ConfigSchema::bundled();
    const QString logger = u"trainer.logger"_s;
    QCOMPARE(schema.effectiveValue(logger, {}), std::optional(list({s(u"console"_s), s(u"wandb"_s)})));
    QCOMPARE(schema.effectiveValue(logger, parseAll({u"trainer.logger=console"_s})), std::optional(s(u"console"_s)));
    QCOMPARE(schema.effectiveValue(logger, parseAll({u"trainer={logger:[a]}"_s})), std::optional(list({s(u"a"_s)})));
    QCOMPARE(schema.effectiveValue(logger, parseAll({u"trainer={nnodes:2}"_s})),
             std::optional(list({s(u"console"_s), s(u"wandb"_s)})));
    QCOMPARE(schema.effectiveValue(logger, parseAll({u"~trainer.logger"_s})), std::nullopt);
    QCOMPARE(schema.effectiveValue(u"trainer.new"_s, parseAll({u"+trainer.new=1"_s})), std::optional(i(1)));
    QCOMPARE(schema.effectiveValue(u"trainer.new"_s, {}), std::nullopt);
}

void TestConfigSchema::yamlGeneratedFromTheTable()
{
    const ConfigSchema &table = ConfigSchema::bundled();
    QString yaml = u"# @package _global_\n"_s;
    writeYaml(yaml, table.entries(), QString(), 0);

    const Result<ConfigSchema> read = ConfigSchema::fromCfgJobYaml(yaml.toUtf8(), table);
    QVERIFY2(read.isOk(), qPrintable(read ? QString() : read.error().toDisplayString()));
    QCOMPARE(read->size(), table.size());
    for (const ConfigSchemaEntry &expected : table.entries()) {
        const ConfigSchemaEntry *got = read->entry(expected.key);
        QVERIFY2(got, qPrintable(expected.key));
        QVERIFY2(got->defaultValue == expected.defaultValue, qPrintable(expected.key + u' ' + expected.defaultText));
        QCOMPARE(got->types, expected.types);
        QCOMPARE(got->group, expected.group);
        QCOMPARE(got->note, expected.note);
        QCOMPARE(got->isMandatory(), expected.isMandatory());
    }
}

void TestConfigSchema::yamlWithoutHintsInfersTypes()
{
    QString yaml;
    writeYaml(yaml, ConfigSchema::bundled().entries(), QString(), 0);
    const Result<ConfigSchema> read = ConfigSchema::fromCfgJobYaml(yaml.toUtf8());
    QVERIFY(read.isOk());
    QCOMPARE(read->entry(u"actor_rollout_ref.actor.optim.lr"_s)->types, ConfigTypes(ConfigType::Float));
    QCOMPARE(read->entry(u"trainer.val_before_train"_s)->types, ConfigTypes(ConfigType::Bool));
    QCOMPARE(read->entry(u"trainer.total_epochs"_s)->types, ConfigType::Int | ConfigType::Float);
    QCOMPARE(read->entry(u"trainer.project_name"_s)->types, ConfigTypes(ConfigType::String));
    QCOMPARE(read->entry(u"trainer.logger"_s)->types, ConfigTypes(ConfigType::List));
    QCOMPARE(read->entry(u"data.val_batch_size"_s)->types, anyConfigType);
    QVERIFY(read->entry(u"actor_rollout_ref.rollout.name"_s)->isMandatory());
    QVERIFY(read->entry(u"trainer.total_epochs"_s)->note.isEmpty());
    QVERIFY(!read->checkValue(u"trainer.val_before_train"_s, s(u"yes"_s)).isOk());
}

void TestConfigSchema::yamlOddCases()
{
    const QByteArray yaml = R"(# printed by --cfg job
data:
  train_files: ~/data/gsm8k/train.parquet
  tokenizer: null
  nothing: ~
  empty:
  quoted_number: '512'
  plain_number: 512
  underscored: 1_000
  exponent: 1e-6
  big: .inf
  small: -.Inf
  not_a_number: .nan
  yes_text: "true"
actor_rollout_ref:
  rollout:
    name: ???
    engine_kwargs: {}
    nested_lists: [[1, 2], [3, [4, five]]]
    list_of_dicts:
      - {a: 1, b: [x]}
      - c: null
    block_list:
      - one
      - 2
    interp: ${actor_rollout_ref.actor.strategy}
    nested_interp: '${oc.select:a,${oc.select:b,null}}'
    in_text: checkpoints/${trainer.project_name}/run
    multi: |
      line one
      line two
anchors:
  base: &base {lr: 0.1}
  copy: *base
)";
    const Result<ConfigSchema> read = ConfigSchema::fromCfgJobYaml(yaml);
    QVERIFY2(read.isOk(), qPrintable(read ? QString() : read.error().toDisplayString()));
    const ConfigSchema &schema = read.value();
    auto value = [&](const QString &key) {
        const ConfigSchemaEntry *entry = schema.entry(key);
        if (!entry)
            qFatal("missing key %s", qPrintable(key));
        return entry->defaultValue;
    };
    QCOMPARE(value(u"data.train_files"_s), s(u"~/data/gsm8k/train.parquet"_s));
    QCOMPARE(value(u"data.tokenizer"_s), null());
    QCOMPARE(value(u"data.nothing"_s), null());
    QCOMPARE(value(u"data.empty"_s), null());
    QCOMPARE(value(u"data.quoted_number"_s), s(u"512"_s));
    QCOMPARE(value(u"data.plain_number"_s), i(512));
    QCOMPARE(value(u"data.underscored"_s), i(1000));
    QCOMPARE(value(u"data.exponent"_s), f(1e-6));
    QCOMPARE(value(u"data.big"_s), f(std::numeric_limits<double>::infinity()));
    QCOMPARE(value(u"data.small"_s), f(-std::numeric_limits<double>::infinity()));
    QCOMPARE(value(u"data.not_a_number"_s).kind(), HydraValue::Kind::Float);
    QCOMPARE(value(u"data.yes_text"_s), s(u"true"_s));
    QVERIFY(schema.entry(u"actor_rollout_ref.rollout.name"_s)->isMandatory());
    QCOMPARE(schema.entry(u"actor_rollout_ref.rollout.name"_s)->types, anyConfigType);
    QCOMPARE(value(u"actor_rollout_ref.rollout.engine_kwargs"_s), dict({}));
    QCOMPARE(schema.kindOf(u"actor_rollout_ref.rollout.engine_kwargs.x"_s), ConfigSchema::KeyKind::InsideFreeDict);
    QCOMPARE(value(u"actor_rollout_ref.rollout.nested_lists"_s),
             list({list({i(1), i(2)}), list({i(3), list({i(4), s(u"five"_s)})})}));
    QCOMPARE(value(u"actor_rollout_ref.rollout.list_of_dicts"_s),
             list({dict({{u"a"_s, i(1)}, {u"b"_s, list({s(u"x"_s)})}}), dict({{u"c"_s, null()}})}));
    QCOMPARE(value(u"actor_rollout_ref.rollout.block_list"_s), list({s(u"one"_s), i(2)}));
    QCOMPARE(value(u"actor_rollout_ref.rollout.interp"_s), interp(u"${actor_rollout_ref.actor.strategy}"_s));
    QCOMPARE(schema.entry(u"actor_rollout_ref.rollout.interp"_s)->types, anyConfigType);
    QCOMPARE(value(u"actor_rollout_ref.rollout.nested_interp"_s), s(u"${oc.select:a,${oc.select:b,null}}"_s));
    QCOMPARE(value(u"actor_rollout_ref.rollout.in_text"_s), s(u"checkpoints/${trainer.project_name}/run"_s));
    QCOMPARE(value(u"actor_rollout_ref.rollout.multi"_s), s(u"line one\nline two\n"_s));
    QCOMPARE(value(u"anchors.copy.lr"_s), f(0.1));

    // Every default is written as Hydra text that reads back as the same value.
    for (const ConfigSchemaEntry &entry : schema.entries()) {
        const HydraParseResult<HydraValue> back = HydraOverrideParser::parseValue(entry.defaultText);
        QVERIFY2(back.isOk() && back.value() == entry.defaultValue, qPrintable(entry.key));
    }
    QCOMPARE(schema.entry(u"data.train_files"_s)->group, ConfigGroup::Data);
    QCOMPARE(schema.entry(u"anchors.copy.lr"_s)->group, ConfigGroup::Other);
}

void TestConfigSchema::yamlErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only a comment") << QByteArray("# nothing\n");
    QTest::newRow("a list") << QByteArray("- a\n- b\n");
    QTest::newRow("a scalar") << QByteArray("hello");
    QTest::newRow("unclosed flow") << QByteArray("a: [1, 2\n");
    QTest::newRow("bad indentation") << QByteArray("a:\n  b: 1\n c: 2\n");
    QTest::newRow("tab indentation") << QByteArray("a:\n\tb: 1\n");
    QTest::newRow("unknown alias") << QByteArray("a: *nowhere\n");
    QTest::newRow("python traceback") << QByteArray("Traceback (most recent call last):\n  File \"x\", line 1\n"
                                                    "ModuleNotFoundError: No module named 'verl'\n");
    QTest::newRow("deep nesting") << QByteArray("a: ") + QByteArray(100000, '[');
}

void TestConfigSchema::yamlErrors()
{
    QFETCH(QByteArray, yaml);
    const Result<ConfigSchema> read = ConfigSchema::fromCfgJobYaml(yaml);
    QVERIFY(!read.isOk());
    QCOMPARE(read.error().code(), Error::Code::CorruptData);
    QVERIFY(!read.error().message().isEmpty());
}

void TestConfigSchema::yamlRandomInputNeverCrashes()
{
    const QByteArray alphabet("ab: -[]{},'\"\n  #&*!|>?%@`~0.1e$");
    QRandomGenerator random(7);
    for (int round = 0; round < 3000; ++round) {
        QByteArray input;
        const int length = int(random.bounded(60));
        for (int n = 0; n < length; ++n)
            input += alphabet.at(int(random.bounded(int(alphabet.size()))));
        (void)ConfigSchema::fromCfgJobYaml(input);
    }
}

QTEST_GUILESS_MAIN(TestConfigSchema)
#include "tst_configschema.moc"
