// SPDX-License-Identifier: GPL-3.0-or-later
#include "LaunchForm.h"

#include "LaunchTemplateBar.h"

#include "hydra/HydraFormatter.h"
#include "hydra/HydraOverrideParser.h"
#include "hydra/LaunchPresets.h"
#include "jobs/JobLaunchValidator.h"
#include "jobs/JobSubmissionBuilder.h"
#include "theme/Theme.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace RayDeck {

namespace {

struct CommonField
{
    const char *key;
    const char *label;
};

// The keys people set most, by section, in the order of verl's quickstart.
const QList<std::pair<const char *, QList<CommonField>>> &commonFields()
{
    static const QList<std::pair<const char *, QList<CommonField>>> fields{
        {QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Data"),
         {{"data.train_files", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Training files")},
          {"data.val_files", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Validation files")},
          {"data.train_batch_size", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Batch size")},
          {"data.max_prompt_length", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Max prompt length")},
          {"data.max_response_length", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Max response length")}}},
        {QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Model and actor"),
         {{"actor_rollout_ref.model.path", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Model path")},
          {"actor_rollout_ref.actor.optim.lr", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Actor learning rate")},
          {"actor_rollout_ref.actor.ppo_mini_batch_size", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "PPO mini-batch size")},
          {"actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu",
           QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Micro-batch per GPU")},
          {"actor_rollout_ref.actor.use_kl_loss", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Use KL loss")},
          {"actor_rollout_ref.actor.kl_loss_coef", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "KL loss coefficient")}}},
        {QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Rollout"),
         {{"actor_rollout_ref.rollout.name", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Engine")},
          {"actor_rollout_ref.rollout.tensor_model_parallel_size",
           QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Tensor parallel size")},
          {"actor_rollout_ref.rollout.gpu_memory_utilization", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "GPU memory share")},
          {"actor_rollout_ref.rollout.n", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Samples per prompt")},
          {"actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu",
           QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Log-prob micro-batch per GPU")},
          {"actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu",
           QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Reference log-prob micro-batch")}}},
        {QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Critic and algorithm"),
         {{"critic.model.path", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Critic model path")},
          {"critic.optim.lr", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Critic learning rate")},
          {"critic.ppo_micro_batch_size_per_gpu", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Critic micro-batch per GPU")},
          {"algorithm.adv_estimator", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Advantage estimator")},
          {"algorithm.kl_ctrl.kl_coef", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "KL coefficient")},
          {"algorithm.use_kl_in_reward", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "KL in reward")}}},
        {QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Trainer"),
         {{"trainer.nnodes", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Nodes")},
          {"trainer.n_gpus_per_node", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "GPUs per node")},
          {"trainer.total_epochs", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Epochs")},
          {"trainer.logger", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Loggers")},
          {"trainer.project_name", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Project name")},
          {"trainer.experiment_name", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Experiment name")},
          {"trainer.save_freq", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Save every (steps)")},
          {"trainer.test_freq", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Test every (steps)")},
          {"trainer.val_before_train", QT_TRANSLATE_NOOP("RayDeck::LaunchForm", "Validate before training")}}},
    };
    return fields;
}

// "actor_rollout_ref.actor.optim.lr" -> "actorRolloutRefActorOptimLrLineEdit"
QString objectNameForKey(const QString &key)
{
    QString name;
    bool upper = false;
    for (QChar c : key) {
        if (c == u'.' || c == u'_') {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name + QStringLiteral("LineEdit");
}

QString issueText(const ValidationIssue &issue)
{
    QString text = issue.key.isEmpty() ? issue.message : issue.key + QStringLiteral(": ") + issue.message;
    if (!issue.suggestions.isEmpty())
        text += u' ' + LaunchForm::tr("Did you mean %1? To add a new key, write +key=value.").arg(issue.suggestions.join(QStringLiteral(", ")));
    return text;
}

} // namespace

QStringList LaunchForm::commonKeys()
{
    QStringList keys;
    for (const auto &[section, fields] : commonFields()) {
        for (const CommonField &field : fields)
            keys << QString::fromLatin1(field.key);
    }
    return keys;
}

LaunchForm::LaunchForm(QWidget *parent)
    : QWidget(parent)
    , m_schema(ConfigSchema::bundled())
{
    setObjectName(QStringLiteral("launchForm"));
    setAccessibleName(tr("Launch a PPO run"));

    m_presetComboBox = new QComboBox(this);
    m_presetComboBox->setObjectName(QStringLiteral("presetComboBox"));
    m_presetComboBox->setAccessibleName(tr("Preset"));
    m_presetComboBox->setAccessibleDescription(tr("Start from one of verl's examples"));
    m_presetComboBox->addItem(tr("(no preset)"), QString());
    for (const LaunchPreset &preset : LaunchPresets::all()) {
        m_presetComboBox->addItem(preset.title, preset.id);
        m_presetComboBox->setItemData(m_presetComboBox->count() - 1, preset.description, Qt::ToolTipRole);
    }
    connect(m_presetComboBox, &QComboBox::activated, this,
            [this](int index) { applyPreset(m_presetComboBox->itemData(index).toString()); });
    auto *refreshButton = new QPushButton(tr("Refresh from Server"), this);
    refreshButton->setObjectName(QStringLiteral("refreshSchemaPushButton"));
    refreshButton->setAccessibleName(tr("Read the config keys from the server's verl"));
    refreshButton->setAccessibleDescription(tr("Runs verl's trainer with --cfg job in the container; slower, exact"));
    connect(refreshButton, &QPushButton::clicked, this, &LaunchForm::refreshSchemaRequested);
    m_schemaLabel = new QLabel(tr("Keys: verl's PPO config as shipped with RayDeck"), this);
    m_schemaLabel->setObjectName(QStringLiteral("schemaLabel"));

    auto *fieldsContainer = new QWidget(this);
    buildFields(fieldsContainer);

    m_extraOverrides = new QPlainTextEdit(this);
    m_extraOverrides->setObjectName(QStringLiteral("extraOverridesPlainTextEdit"));
    m_extraOverrides->setAccessibleName(tr("Extra Hydra overrides"));
    m_extraOverrides->setAccessibleDescription(tr("One override per line, as key=value, +key=value, ++key=value or ~key"));
    m_extraOverrides->setPlaceholderText(tr("One per line, e.g. actor_rollout_ref.rollout.temperature=0.7"));
    m_extraOverrides->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_extraOverrides->setTabChangesFocus(true);
    m_extraOverrides->setMaximumHeight(120);

    m_submissionIdLineEdit = new QLineEdit(this);
    m_submissionIdLineEdit->setObjectName(QStringLiteral("submissionIdLineEdit"));
    m_submissionIdLineEdit->setAccessibleName(tr("Submission ID"));
    m_submissionIdLineEdit->setAccessibleDescription(tr("Ray's name for this job; empty uses the experiment and the time"));
    m_submissionIdLineEdit->setPlaceholderText(tr("<experiment>-<date-time>"));
    m_workingDirectoryLineEdit = new QLineEdit(this);
    m_workingDirectoryLineEdit->setObjectName(QStringLiteral("workingDirectoryLineEdit"));
    m_workingDirectoryLineEdit->setAccessibleName(tr("Working directory in the container"));
    m_workingDirectoryLineEdit->setAccessibleDescription(tr("Where the trainer starts inside the container"));
    m_workingDirectoryLineEdit->setPlaceholderText(QStringLiteral("/workspace/verl"));
    m_environmentEdit = new QPlainTextEdit(this);
    m_environmentEdit->setObjectName(QStringLiteral("environmentPlainTextEdit"));
    m_environmentEdit->setAccessibleName(tr("Environment variables"));
    m_environmentEdit->setAccessibleDescription(
        tr("NAME=value, one per line. Secrets such as WANDB_API_KEY belong in the server's settings, where they are "
           "kept in the keychain."));
    m_environmentEdit->setPlaceholderText(tr("NAME=value, one per line"));
    m_environmentEdit->setTabChangesFocus(true);
    m_environmentEdit->setMaximumHeight(70);
    m_cpusSpinBox = new QDoubleSpinBox(this);
    m_cpusSpinBox->setObjectName(QStringLiteral("entrypointCpusDoubleSpinBox"));
    m_cpusSpinBox->setAccessibleName(tr("CPUs for the entrypoint"));
    m_cpusSpinBox->setAccessibleDescription(tr("CPUs Ray reserves for the driver script; 0 keeps Ray's default"));
    m_cpusSpinBox->setRange(0, 1024);
    m_cpusSpinBox->setSpecialValueText(tr("Ray default"));
    m_gpusSpinBox = new QDoubleSpinBox(this);
    m_gpusSpinBox->setObjectName(QStringLiteral("entrypointGpusDoubleSpinBox"));
    m_gpusSpinBox->setAccessibleName(tr("GPUs for the entrypoint"));
    m_gpusSpinBox->setAccessibleDescription(tr("GPUs Ray reserves for the driver script; 0 keeps Ray's default"));
    m_gpusSpinBox->setRange(0, 64);
    m_gpusSpinBox->setSpecialValueText(tr("Ray default"));

    auto *jobBox = new QGroupBox(tr("Job"), this);
    auto *jobForm = new QFormLayout(jobBox);
    jobForm->addRow(tr("Submission &ID:"), m_submissionIdLineEdit);
    jobForm->addRow(tr("&Working directory:"), m_workingDirectoryLineEdit);
    jobForm->addRow(tr("Environment:"), m_environmentEdit);
    jobForm->addRow(tr("Entrypoint CPUs:"), m_cpusSpinBox);
    jobForm->addRow(tr("Entrypoint GPUs:"), m_gpusSpinBox);

    m_issueList = new QListWidget(this);
    m_issueList->setObjectName(QStringLiteral("launchIssuesListWidget"));
    m_issueList->setAccessibleName(tr("Problems with this launch"));
    m_issueList->setAccessibleDescription(tr("Errors block Launch; warnings do not"));
    m_issueList->setMaximumHeight(100);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("launchPreviewPlainTextEdit"));
    m_preview->setAccessibleName(tr("Equivalent command and request body"));
    m_preview->setAccessibleDescription(tr("The ray job submit command and JSON body this launch sends, secrets masked"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setMinimumHeight(120);

    auto *copyButton = new QPushButton(tr("Copy Command"), this);
    copyButton->setObjectName(QStringLiteral("copyCommandPushButton"));
    copyButton->setAccessibleName(tr("Copy the equivalent ray job submit command"));
    copyButton->setAccessibleDescription(tr("Puts the command on the clipboard"));
    connect(copyButton, &QPushButton::clicked, this, [this] {
        const Result<QString> command = JobSubmissionBuilder::commandLinePreview(launch(), previewPort());
        if (command && QApplication::clipboard())
            QApplication::clipboard()->setText(command.value());
    });
    m_validateButton = new QPushButton(tr("&Validate on Server"), this);
    m_validateButton->setObjectName(QStringLiteral("validateOnServerPushButton"));
    m_validateButton->setAccessibleName(tr("Let verl's Hydra check these overrides on the server"));
    m_validateButton->setAccessibleDescription(tr("Composes the config on the server without training"));
    connect(m_validateButton, &QPushButton::clicked, this, [this] { Q_EMIT validateOnServerRequested(launch()); });
    m_launchButton = new QPushButton(tr("&Launch"), this);
    m_launchButton->setObjectName(QStringLiteral("launchPushButton"));
    m_launchButton->setAccessibleName(tr("Submit this run as a Ray job"));
    m_launchButton->setAccessibleDescription(tr("Enabled when nothing is an error. Shortcut: Ctrl+Return"));
    m_launchButton->setDefault(true);
    connect(m_launchButton, &QPushButton::clicked, this, [this] {
        revalidate();
        if (!hasErrors())
            Q_EMIT launchRequested(launch());
    });
    // Launch from anywhere in the form without tabbing down to the button.
    auto *launchAction = new QAction(tr("Launch"), this);
    launchAction->setObjectName(QStringLiteral("launchAction"));
    launchAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    launchAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(launchAction, &QAction::triggered, m_launchButton, &QPushButton::click);
    addAction(launchAction);

    auto *presetRow = new QHBoxLayout;
    auto *presetLabel = new QLabel(tr("&Preset:"), this);
    presetLabel->setBuddy(m_presetComboBox);
    presetRow->addWidget(presetLabel);
    presetRow->addWidget(m_presetComboBox, 1);
    presetRow->addWidget(refreshButton);

    // The user's templates for this profile: Load fills the form like "launch again".
    m_templateBar = new LaunchTemplateBar([this] { return launch(); }, this);
    connect(m_templateBar, &LaunchTemplateBar::loadRequested, this, &LaunchForm::setLaunch);

    auto *scrollContent = new QWidget(this);
    auto *scrollLayout = new QVBoxLayout(scrollContent);
    scrollLayout->addWidget(fieldsContainer);
    auto *extraLabel = new QLabel(tr("E&xtra overrides:"), this);
    extraLabel->setBuddy(m_extraOverrides);
    scrollLayout->addWidget(extraLabel);
    scrollLayout->addWidget(m_extraOverrides);
    scrollLayout->addWidget(jobBox);
    scrollLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("launchSettingsScrollArea"));
    scroll->setAccessibleName(tr("Launch settings"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(scrollContent);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(copyButton);
    buttons->addStretch();
    buttons->addWidget(m_validateButton);
    buttons->addWidget(m_launchButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(presetRow);
    layout->addWidget(m_templateBar);
    layout->addWidget(m_schemaLabel);
    layout->addWidget(scroll, 3);
    layout->addWidget(m_issueList);
    layout->addWidget(m_preview, 1);
    layout->addLayout(buttons);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &LaunchForm::revalidate);
    const auto changed = [this] { m_debounce.start(); };
    for (QLineEdit *field : std::as_const(m_fields))
        connect(field, &QLineEdit::textChanged, this, changed);
    connect(m_extraOverrides, &QPlainTextEdit::textChanged, this, changed);
    connect(m_submissionIdLineEdit, &QLineEdit::textChanged, this, changed);
    connect(m_workingDirectoryLineEdit, &QLineEdit::textChanged, this, changed);
    connect(m_environmentEdit, &QPlainTextEdit::textChanged, this, changed);
    connect(m_cpusSpinBox, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_gpusSpinBox, &QDoubleSpinBox::valueChanged, this, changed);
    revalidate();
}

LaunchForm::~LaunchForm() = default;

void LaunchForm::buildFields(QWidget *container)
{
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const auto &[section, fields] : commonFields()) {
        auto *box = new QGroupBox(tr(section), container);
        auto *form = new QFormLayout(box);
        for (const CommonField &field : fields) {
            const QString key = QString::fromLatin1(field.key);
            auto *edit = new QLineEdit(box);
            edit->setObjectName(objectNameForKey(key));
            edit->setAccessibleName(tr(field.label));
            edit->setClearButtonEnabled(true);
            //: A form label: the field's name followed by this language's colon ("%1：" in Chinese).
            auto *label = new QLabel(tr("%1:", "form label").arg(tr(field.label)), box);
            label->setBuddy(edit);
            label->setToolTip(key);
            form->addRow(label, edit);
            m_fields.insert(key, edit);
        }
        layout->addWidget(box);
    }
    updateFieldHints();
}

void LaunchForm::updateFieldHints()
{
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const ConfigSchemaEntry *entry = m_schema.entry(it.key());
        const QString defaultText = entry ? entry->defaultText : QString();
        it.value()->setPlaceholderText(defaultText.isEmpty() ? QString() : tr("default: %1").arg(defaultText));
        QString description = it.key();
        if (entry) {
            description += u'\n' + tr("Type: %1").arg(configTypesDisplayName(entry->types));
            if (!entry->note.isEmpty())
                description += u'\n' + entry->note;
        }
        it.value()->setToolTip(description);
        it.value()->setAccessibleDescription(description);
    }
}

void LaunchForm::setProfile(const ServerProfile &profile)
{
    m_profile = profile;
    m_templateBar->setProfileId(profile.id);
    revalidate();
}

void LaunchForm::setLocalPort(quint16 port)
{
    m_localPort = port;
    revalidate();
}

void LaunchForm::setSchema(const ConfigSchema &schema)
{
    m_schema = schema;
    m_schemaLabel->setText(tr("Keys: read from the server's verl (%n keys)", nullptr, int(schema.entries().size())));
    updateFieldHints();
    revalidate();
}

void LaunchForm::applyPreset(const QString &presetId)
{
    m_presetId = presetId;
    const std::optional<LaunchPreset> preset = LaunchPresets::find(presetId);
    JobLaunch launch;
    launch.presetId = presetId;
    if (preset)
        launch.overrides = preset->overrides();
    launch.workingDirectory = m_workingDirectoryLineEdit->text();
    setLaunch(launch);
}

void LaunchForm::setLaunch(const JobLaunch &launch)
{
    m_presetId = launch.presetId;
    const int presetIndex = m_presetComboBox->findData(launch.presetId);
    m_presetComboBox->setCurrentIndex(presetIndex >= 0 ? presetIndex : 0);
    for (QLineEdit *field : std::as_const(m_fields))
        field->clear();
    QStringList extra;
    for (const HydraOverride &override : launch.overrides) {
        QLineEdit *field = override.type == HydraOverride::Type::Change && !override.package && override.value
            ? m_fields.value(override.key)
            : nullptr;
        if (field) {
            const Result<QString> text = HydraFormatter::formatValue(*override.value);
            if (text) {
                field->setText(text.value());
                continue;
            }
        }
        const Result<QString> text = HydraFormatter::formatOverride(override);
        if (text)
            extra << text.value();
    }
    m_extraOverrides->setPlainText(extra.join(u'\n'));
    m_submissionIdLineEdit->setText(launch.submissionId);
    m_workingDirectoryLineEdit->setText(launch.workingDirectory);
    QStringList environment;
    for (const JobEnvironmentVariable &variable : launch.environment) {
        // Secret variables and the profile's own come from the profile again (collectEnvironment()).
        if (!variable.isSecret && !m_profile.jobEnvironment.contains(variable))
            environment << variable.name + u'=' + variable.value;
    }
    m_environmentEdit->setPlainText(environment.join(u'\n'));
    m_cpusSpinBox->setValue(launch.entrypointNumCpus.value_or(0));
    m_gpusSpinBox->setValue(launch.entrypointNumGpus.value_or(0));
    revalidate();
}

QLineEdit *LaunchForm::fieldFor(const QString &key) const
{
    return m_fields.value(key);
}

QList<HydraOverride> LaunchForm::collectOverrides(QList<ValidationIssue> *issues) const
{
    QList<HydraOverride> overrides;
    // Fields in the form's order, so the command reads like verl's examples.
    for (const QString &key : commonKeys()) {
        QLineEdit *field = m_fields.value(key);
        const QString text = field->text().trimmed();
        field->setStyleSheet(QString());
        if (text.isEmpty())
            continue;
        const HydraParseResult<HydraValue> value = HydraOverrideParser::parseValue(text, key);
        if (!value) {
            field->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #d33; }"));
            ValidationIssue issue;
            issue.key = key;
            issue.message = tr("%1 (column %2)").arg(value.error().message()).arg(value.error().column() + 1);
            issues->append(issue);
            continue;
        }
        overrides << HydraOverride::change(key, value.value());
    }
    const QStringList lines = m_extraOverrides->toPlainText().split(u'\n');
    for (int line = 0; line < lines.size(); ++line) {
        const QString text = lines[line].trimmed();
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        const HydraParseResult<HydraOverride> override = HydraOverrideParser::parse(text);
        if (!override) {
            ValidationIssue issue;
            issue.message = tr("Extra overrides, line %1, column %2: %3")
                                .arg(line + 1)
                                .arg(override.error().column() + 1)
                                .arg(override.error().message());
            issues->append(issue);
            continue;
        }
        overrides << override.value();
    }
    return overrides;
}

QList<JobEnvironmentVariable> LaunchForm::collectEnvironment(QList<ValidationIssue> *issues) const
{
    // The profile's variables first (secret ones by name only), then the form's plain ones.
    QList<JobEnvironmentVariable> environment = m_profile.jobEnvironment;
    const QStringList lines = m_environmentEdit->toPlainText().split(u'\n');
    for (int line = 0; line < lines.size(); ++line) {
        const QString text = lines[line].trimmed();
        if (text.isEmpty())
            continue;
        const qsizetype equals = text.indexOf(u'=');
        if (equals <= 0) {
            ValidationIssue issue;
            issue.message = tr("Environment, line %1: write NAME=value").arg(line + 1);
            issues->append(issue);
            continue;
        }
        environment << JobEnvironmentVariable{text.left(equals), text.mid(equals + 1), false};
    }
    return environment;
}

JobLaunch LaunchForm::launch() const
{
    QList<ValidationIssue> ignored;
    JobLaunch launch;
    launch.profileId = m_profile.id;
    launch.presetId = m_presetId;
    launch.overrides = collectOverrides(&ignored);
    launch.submissionId = m_submissionIdLineEdit->text().trimmed();
    launch.workingDirectory = m_workingDirectoryLineEdit->text().trimmed();
    launch.environment = collectEnvironment(&ignored);
    if (m_cpusSpinBox->value() > 0)
        launch.entrypointNumCpus = m_cpusSpinBox->value();
    if (m_gpusSpinBox->value() > 0)
        launch.entrypointNumGpus = m_gpusSpinBox->value();
    return JobSubmissionBuilder::withDefaults(launch, QDateTime::currentDateTime());
}

bool LaunchForm::hasErrors() const
{
    return std::any_of(m_issues.begin(), m_issues.end(), [](const ValidationIssue &issue) { return issue.isError(); });
}

void LaunchForm::revalidate()
{
    m_issues.clear();
    JobLaunch current;
    current.profileId = m_profile.id;
    current.presetId = m_presetId;
    current.overrides = collectOverrides(&m_issues);
    current.environment = collectEnvironment(&m_issues);
    current = launch();
    m_issues += JobLaunchValidator::validate(current, m_schema);
    m_issues += clusterCapacityIssues();

    m_issueList->clear();
    for (const ValidationIssue &issue : std::as_const(m_issues)) {
        auto *item = new QListWidgetItem(issueText(issue), m_issueList);
        item->setData(Qt::AccessibleDescriptionRole, issue.isError() ? tr("Error") : tr("Warning"));
        item->setForeground(issue.isError() ? Theme::errorColor(m_issueList->palette())
                                            : Theme::warningColor(m_issueList->palette()));
        item->setText((issue.isError() ? QStringLiteral("✗ ") : QStringLiteral("⚠ ")) + item->text());
    }
    m_issueList->setVisible(!m_issues.isEmpty());

    const Result<QString> command = JobSubmissionBuilder::commandLinePreview(current, previewPort());
    const Result<QJsonObject> body = JobSubmissionBuilder::previewBody(current);
    QString preview;
    if (command)
        preview += command.value() + QStringLiteral("\n\n");
    if (body)
        preview += QString::fromUtf8(QJsonDocument(body.value()).toJson(QJsonDocument::Indented));
    m_preview->setPlainText(preview);
    const bool errors = hasErrors();
    m_launchButton->setEnabled(!errors);
    m_launchButton->setToolTip(errors ? tr("Fix the problems listed above first") : QString());
    Q_EMIT validated(errors);
}

quint16 LaunchForm::previewPort() const
{
    // The tunnel's actual port once connected; before that the profile's wish (0 means "any": show Ray's default).
    if (m_localPort != 0)
        return m_localPort;
    return m_profile.ray.localPort != 0 ? m_profile.ray.localPort : quint16(8265);
}

QString LaunchForm::previewText() const
{
    return m_preview->toPlainText();
}

// ---- Cluster capacity (the clusters feature) ------------------------------------------------------

void LaunchForm::setClusterCapacity(int nodes, int gpusPerNode)
{
    m_clusterNodes = qMax(0, nodes);
    m_clusterGpusPerNode = qMax(0, gpusPerNode);
    if (m_clusterNodes > 0) {
        if (QLineEdit *field = fieldFor(QStringLiteral("trainer.nnodes")))
            field->setText(QString::number(m_clusterNodes));
        if (QLineEdit *field = fieldFor(QStringLiteral("trainer.n_gpus_per_node")))
            field->setText(QString::number(m_clusterGpusPerNode));
    }
    revalidate();
}

QList<ValidationIssue> LaunchForm::clusterCapacityIssues() const
{
    if (m_clusterNodes <= 0)
        return {};
    // The form's value, or the config's default when the field is empty.
    const auto requested = [this](const QString &key) {
        const QLineEdit *field = fieldFor(key);
        QString text = field ? field->text().trimmed() : QString();
        if (text.isEmpty()) {
            const ConfigSchemaEntry *entry = m_schema.entry(key);
            text = entry ? entry->defaultText : QString();
        }
        bool ok = false;
        const int value = text.toInt(&ok);
        return ok ? value : -1;
    };
    const int nodes = requested(QStringLiteral("trainer.nnodes"));
    const int perNode = requested(QStringLiteral("trainer.n_gpus_per_node"));
    if (nodes <= 0 || perNode < 0)
        return {};
    const int available = m_clusterNodes * m_clusterGpusPerNode;
    QList<ValidationIssue> issues;
    if (nodes * perNode > available || nodes > m_clusterNodes || perNode > m_clusterGpusPerNode) {
        ValidationIssue issue;
        issue.severity = ValidationIssue::Severity::Warning;
        issue.kind = ValidationIssue::Kind::InvalidResources;
        issue.key = QStringLiteral("trainer.n_gpus_per_node");
        issue.message = tr("GPUs this run asks for: %3 (trainer.nnodes=%1 × trainer.n_gpus_per_node=%2); GPUs the "
                           "connected cluster has: %6 (nodes: %4, GPUs per node: %5). Ray would wait for resources "
                           "that never come.")
                            .arg(nodes)
                            .arg(perNode)
                            .arg(nodes * perNode)
                            .arg(m_clusterNodes)
                            .arg(m_clusterGpusPerNode)
                            .arg(available);
        issues << issue;
    }
    return issues;
}

// ---- end of cluster capacity ----------------------------------------------------------------------

} // namespace RayDeck
