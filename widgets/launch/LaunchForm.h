// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hydra/ConfigSchema.h"
#include "hydra/ValidationIssue.h"
#include "jobs/JobLaunch.h"
#include "profiles/ServerProfile.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace RayDeck {

class LaunchTemplateBar;

/**
 * The PPO launcher: fields for the verl keys people set most (each showing its
 * default), a free list of extra Hydra overrides validated as you type with
 * the exact column of any error, job options, presets, and a live preview of
 * the equivalent `ray job submit` command and JSON body with secrets masked.
 * It cannot produce a broken command: Launch stays disabled while anything is
 * an error. It only builds the JobLaunch; submitting is the owner's job.
 */
class LaunchForm : public QWidget
{
    Q_OBJECT

public:
    explicit LaunchForm(QWidget *parent = nullptr);
    ~LaunchForm() override;

    void setProfile(const ServerProfile &profile);
    /// The tunnel's local port, for the `--address` of the preview.
    void setLocalPort(quint16 port);
    /// A schema read from the server's verl (`--cfg job`) replaces the bundled one.
    void setSchema(const ConfigSchema &schema);
    /// Fills the form from a launch (history's "launch again", presets).
    void setLaunch(const JobLaunch &launch);
    void applyPreset(const QString &presetId);

    /// The launch as the form describes it now (submission id defaulted when empty).
    JobLaunch launch() const;
    QList<ValidationIssue> issues() const { return m_issues; }
    bool hasErrors() const;
    QString previewText() const;
    /// The field editing @p key, if the form has one.
    QLineEdit *fieldFor(const QString &key) const;
    /// Keys that get their own field.
    static QStringList commonKeys();
    /// The row of the user's saved templates for this profile.
    LaunchTemplateBar *templateBar() const { return m_templateBar; }

public Q_SLOTS:
    void revalidate();

Q_SIGNALS:
    void launchRequested(const RayDeck::JobLaunch &launch);
    void validateOnServerRequested(const RayDeck::JobLaunch &launch);
    void refreshSchemaRequested();
    void validated(bool hasErrors);

private:
    void buildFields(QWidget *container);
    void updateFieldHints();
    quint16 previewPort() const;
    QList<HydraOverride> collectOverrides(QList<ValidationIssue> *issues) const;
    QList<JobEnvironmentVariable> collectEnvironment(QList<ValidationIssue> *issues) const;

    ServerProfile m_profile;
    quint16 m_localPort = 0; ///< the connected tunnel's port; 0 before connecting
    ConfigSchema m_schema;
    QList<ValidationIssue> m_issues;
    QString m_presetId;

    QComboBox *m_presetComboBox = nullptr;
    QHash<QString, QLineEdit *> m_fields;
    QPlainTextEdit *m_extraOverrides = nullptr;
    QLineEdit *m_submissionIdLineEdit = nullptr;
    QLineEdit *m_workingDirectoryLineEdit = nullptr;
    QPlainTextEdit *m_environmentEdit = nullptr;
    QDoubleSpinBox *m_cpusSpinBox = nullptr;
    QDoubleSpinBox *m_gpusSpinBox = nullptr;
    QListWidget *m_issueList = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QPushButton *m_launchButton = nullptr;
    QPushButton *m_validateButton = nullptr;
    QLabel *m_schemaLabel = nullptr;
    LaunchTemplateBar *m_templateBar = nullptr;
    QTimer m_debounce;

    // ---- Cluster capacity (the clusters feature) --------------------------------------------------
public:
    /**
     * The live cluster's size: fills trainer.nnodes and trainer.n_gpus_per_node, and from then on
     * warns when a run asks for more GPUs (nnodes × n_gpus_per_node) than the cluster has.
     * @p nodes 0 forgets the cluster (no warning).
     */
    void setClusterCapacity(int nodes, int gpusPerNode);

private:
    QList<ValidationIssue> clusterCapacityIssues() const;
    int m_clusterNodes = 0;
    int m_clusterGpusPerNode = 0;
    // ---- end of cluster capacity ------------------------------------------------------------------
};

} // namespace RayDeck
