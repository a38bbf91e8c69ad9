// SPDX-License-Identifier: GPL-3.0-or-later
#include "LaunchTemplateBar.h"

#include "jobs/JobTemplateStore.h"
#include "profiles/MessageBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>

namespace RayDeck {

LaunchTemplateBar::LaunchTemplateBar(std::function<JobLaunch()> currentLaunch, QWidget *parent)
    : QWidget(parent)
    , m_currentLaunch(std::move(currentLaunch))
    , m_filePath(JobTemplateStore::defaultFilePath())
{
    setObjectName(QStringLiteral("launchTemplateBar"));
    m_comboBox = new QComboBox(this);
    m_comboBox->setObjectName(QStringLiteral("templateComboBox"));
    m_comboBox->setAccessibleName(tr("Saved template"));
    m_comboBox->setAccessibleDescription(tr("Launches you saved for this server"));
    m_comboBox->setMinimumContentsLength(12);
    m_comboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *label = new QLabel(tr("Template:"), this);
    label->setBuddy(m_comboBox);
    m_loadButton = new QPushButton(tr("Load"), this);
    m_loadButton->setObjectName(QStringLiteral("loadTemplatePushButton"));
    m_loadButton->setAccessibleName(tr("Load the chosen template into the form"));
    m_saveButton = new QPushButton(tr("Save as Template…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveTemplatePushButton"));
    m_saveButton->setAccessibleName(tr("Save this launch as a template"));
    m_deleteButton = new QPushButton(tr("Delete"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteTemplatePushButton"));
    m_deleteButton->setAccessibleName(tr("Delete the chosen template"));
    connect(m_loadButton, &QPushButton::clicked, this, [this] { load(m_comboBox->currentText()); });
    connect(m_saveButton, &QPushButton::clicked, this, &LaunchTemplateBar::askNameAndSave);
    connect(m_deleteButton, &QPushButton::clicked, this, &LaunchTemplateBar::askAndDelete);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_comboBox, 1);
    layout->addWidget(m_loadButton);
    layout->addWidget(m_saveButton);
    layout->addWidget(m_deleteButton);
    updateButtons();
}

void LaunchTemplateBar::setProfileId(const QString &profileId)
{
    m_profileId = profileId;
    reload();
}

void LaunchTemplateBar::setFilePath(const QString &filePath)
{
    m_filePath = filePath;
    reload();
}

QStringList LaunchTemplateBar::templateNames() const
{
    QStringList names;
    for (const JobTemplate &item : m_templates)
        names << item.name;
    return names;
}

void LaunchTemplateBar::reload()
{
    const QString current = m_comboBox->currentText();
    m_templates.clear();
    if (!m_profileId.isEmpty()) {
        Result<QList<JobTemplate>> loaded = JobTemplateStore(m_filePath).templates(m_profileId);
        if (loaded)
            m_templates = loaded.value();
        else
            MessageBox::warning(this, tr("Templates"), loaded.error().message(), loaded.error().detail());
    }
    m_comboBox->clear();
    m_comboBox->addItems(templateNames());
    const int index = m_comboBox->findText(current);
    if (index >= 0)
        m_comboBox->setCurrentIndex(index);
    updateButtons();
}

void LaunchTemplateBar::updateButtons()
{
    const bool any = m_comboBox->count() > 0;
    m_loadButton->setEnabled(any);
    m_deleteButton->setEnabled(any);
    m_saveButton->setEnabled(!m_profileId.isEmpty());
}

bool LaunchTemplateBar::saveAs(const QString &name)
{
    JobTemplate item;
    item.name = name.trimmed();
    item.savedAt = QDateTime::currentDateTimeUtc();
    item.launch = m_currentLaunch();
    const Result<void> saved = JobTemplateStore(m_filePath).save(m_profileId, item);
    if (!saved) {
        MessageBox::warning(this, tr("Save Template"), saved.error().message(), saved.error().detail());
        return false;
    }
    reload();
    m_comboBox->setCurrentIndex(m_comboBox->findText(item.name));
    Q_EMIT statusMessage(tr("Saved the template \"%1\".").arg(item.name));
    return true;
}

bool LaunchTemplateBar::load(const QString &name)
{
    reload(); // another window may have changed it
    for (const JobTemplate &item : std::as_const(m_templates)) {
        if (item.name == name) {
            Q_EMIT loadRequested(item.launch);
            Q_EMIT statusMessage(tr("Loaded the template \"%1\".").arg(name));
            return true;
        }
    }
    return false;
}

bool LaunchTemplateBar::remove(const QString &name)
{
    const Result<void> removed = JobTemplateStore(m_filePath).remove(m_profileId, name);
    if (!removed) {
        MessageBox::warning(this, tr("Delete Template"), removed.error().message(), removed.error().detail());
        return false;
    }
    reload();
    return true;
}

void LaunchTemplateBar::askNameAndSave()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("templateNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save as Template"));
    dialog->setLabelText(tr("Template name:"));
    dialog->setAccessibleName(tr("Name of the new template"));
    dialog->setTextValue(m_comboBox->currentText());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QString name = text.trimmed();
        if (!templateNames().contains(name)) {
            saveAs(name);
            return;
        }
        MessageBox::question(this, tr("Save as Template"), tr("Replace the template \"%1\"?").arg(name),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, this,
                             [this, name](MessageBox::Button answer) {
                                 if (answer == QMessageBox::Yes)
                                     saveAs(name);
                             });
    });
    dialog->open();
}

void LaunchTemplateBar::askAndDelete()
{
    const QString name = m_comboBox->currentText();
    if (name.isEmpty())
        return;
    MessageBox::question(this, tr("Delete Template"), tr("Delete the template \"%1\"?").arg(name),
                         QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, this,
                         [this, name](MessageBox::Button answer) {
                             if (answer == QMessageBox::Yes)
                                 remove(name);
                         });
}

} // namespace RayDeck
