// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportSshConfigDialog.h"

#include "ProfileListModel.h"

#include "profiles/SshConfigParser.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace RayDeck {

using namespace Qt::StringLiterals;

namespace {
constexpr int CandidateIndexRole = Qt::UserRole + 1;
}

ImportSshConfigDialog::ImportSshConfigDialog(QList<ServerProfile> existingProfiles, const QString &configPath,
                                             SshConfigEnvironment environment, QWidget *parent)
    : QDialog(parent)
    , m_existing(std::move(existingProfiles))
    , m_environment(std::move(environment))
{
    setObjectName(u"importSshConfigDialog"_s);
    setWindowTitle(tr("Import from SSH Config"));
    setAccessibleName(windowTitle());
    setAccessibleDescription(tr("Create server profiles from the Host entries of an OpenSSH configuration file"));
    m_defaultPath = SshConfigParser(m_environment).defaultUserConfigPath();

    m_path = new QLineEdit(configPath.isEmpty() ? m_defaultPath : configPath, this);
    m_path->setObjectName(u"configPathLineEdit"_s);
    m_path->setAccessibleName(tr("SSH config file"));
    m_path->setAccessibleDescription(tr("The OpenSSH configuration to read; press Enter or Reload after changing it"));
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setObjectName(u"configPathLabel"_s);
    pathLabel->setBuddy(m_path);
    m_browse = new QPushButton(tr("&Browse\u2026"), this);
    m_browse->setObjectName(u"browseConfigPushButton"_s);
    m_browse->setAccessibleName(tr("Browse for SSH config"));
    m_browse->setAccessibleDescription(tr("Choose another configuration file in a file dialog"));
    m_reload = new QPushButton(tr("&Reload"), this);
    m_reload->setObjectName(u"reloadConfigPushButton"_s);
    m_reload->setAccessibleName(tr("Reload"));
    m_reload->setAccessibleDescription(tr("Read the configuration file again"));

    m_status = new QLabel(this);
    m_status->setObjectName(u"importStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Import status"));

    m_hosts = new QListWidget(this);
    m_hosts->setObjectName(u"hostsListWidget"_s);
    m_hosts->setAccessibleName(tr("Hosts"));
    m_hosts->setAccessibleDescription(tr("Hosts found in the file; check the ones to import. Space toggles the "
                                         "current host."));
    auto *hostsLabel = new QLabel(tr("&Hosts to import:"), this);
    hostsLabel->setObjectName(u"hostsLabel"_s);
    hostsLabel->setBuddy(m_hosts);

    m_selectAll = new QPushButton(tr("Select &All"), this);
    m_selectAll->setObjectName(u"selectAllPushButton"_s);
    m_selectAll->setAccessibleName(tr("Select all hosts"));
    m_selectAll->setAccessibleDescription(tr("Check every host that is not a server profile yet"));
    m_selectNone = new QPushButton(tr("Select &None"), this);
    m_selectNone->setObjectName(u"selectNonePushButton"_s);
    m_selectNone->setAccessibleName(tr("Select no hosts"));
    m_selectNone->setAccessibleDescription(tr("Uncheck every host"));

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(u"notesPlainTextEdit"_s);
    m_notes->setReadOnly(true);
    m_notes->setTabChangesFocus(true);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setAccessibleDescription(tr("Settings of the file that RayDeck could not take over"));
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 5 + 12);
    auto *notesLabel = new QLabel(tr("N&otes:"), this);
    notesLabel->setObjectName(u"notesLabel"_s);
    notesLabel->setBuddy(m_notes);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"importDialogButtonBox"_s);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importPushButton"_s);
    m_import->setAccessibleName(tr("Import checked hosts"));
    m_import->setAccessibleDescription(tr("Create a server profile for every checked host"));
    m_import->setDefault(true);
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelPushButton"_s);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAccessibleDescription(tr("Close without importing"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QGridLayout(this);
    layout->addWidget(pathLabel, 0, 0);
    layout->addWidget(m_path, 0, 1);
    layout->addWidget(m_browse, 0, 2);
    layout->addWidget(m_reload, 0, 3);
    layout->addWidget(m_status, 1, 0, 1, 4);
    layout->addWidget(hostsLabel, 2, 0, 1, 4);
    layout->addWidget(m_hosts, 3, 0, 1, 4);
    auto *selection = new QHBoxLayout;
    selection->addWidget(m_selectAll);
    selection->addWidget(m_selectNone);
    selection->addStretch();
    layout->addLayout(selection, 4, 0, 1, 4);
    layout->addWidget(notesLabel, 5, 0, 1, 4);
    layout->addWidget(m_notes, 6, 0, 1, 4);
    layout->addWidget(m_buttons, 7, 0, 1, 4);

    setTabOrder(m_path, m_browse);
    setTabOrder(m_browse, m_reload);
    setTabOrder(m_reload, m_hosts);
    setTabOrder(m_hosts, m_selectAll);
    setTabOrder(m_selectAll, m_selectNone);
    setTabOrder(m_selectNone, m_notes);

    connect(m_reload, &QPushButton::clicked, this, &ImportSshConfigDialog::reload);
    connect(m_path, &QLineEdit::returnPressed, this, &ImportSshConfigDialog::reload);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        auto *chooser = new QFileDialog(this, tr("Choose SSH Config"), QFileInfo(m_path->text()).absolutePath());
        chooser->setObjectName(u"configFileDialog"_s);
        chooser->setFileMode(QFileDialog::ExistingFile);
        chooser->setFilter(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        connect(chooser, &QFileDialog::fileSelected, this, [this](const QString &file) {
            m_path->setText(file);
            reload();
        });
        chooser->open();
    });
    connect(m_selectAll, &QPushButton::clicked, this, [this] { setAllChecked(Qt::Checked); });
    connect(m_selectNone, &QPushButton::clicked, this, [this] { setAllChecked(Qt::Unchecked); });
    connect(m_hosts, &QListWidget::itemChanged, this, &ImportSshConfigDialog::updateImportButton);
    auto *checkAll = new QShortcut(QKeySequence::SelectAll, m_hosts);
    checkAll->setContext(Qt::WidgetShortcut);
    connect(checkAll, &QShortcut::activated, this, [this] { setAllChecked(Qt::Checked); });

    resize(640, 520);
    reload();
    m_hosts->setFocus();
}

ImportSshConfigDialog::~ImportSshConfigDialog() = default;

void ImportSshConfigDialog::reload()
{
    m_hosts->clear();
    m_candidates.clear();
    m_notes->clear();
    SshConfigImporter importer(m_environment);
    const QString path = m_path->text().trimmed();
    // The default file is read the way plain `ssh` reads it, any other the way `ssh -F` does.
    Result<void> loaded = importer.load(path == m_defaultPath ? QString() : path);
    if (!loaded) {
        m_status->setText(loaded.error().message());
        updateImportButton();
        return;
    }

    QStringList notes = importer.notes();
    const QSignalBlocker blocker(m_hosts);
    for (const QString &alias : importer.hosts()) {
        SshImportCandidate candidate = importer.candidate(alias);
        for (const QString &note : std::as_const(candidate.notes)) {
            if (!notes.contains(note))
                notes << note;
        }
        const bool exists = std::any_of(m_existing.cbegin(), m_existing.cend(), [&alias](const ServerProfile &p) {
            return p.name.compare(alias, Qt::CaseInsensitive) == 0;
        });
        QString text = alias + u"  \u2014  "_s + ProfileListModel::targetOf(candidate.profile);
        if (!candidate.profile.jumpHosts.isEmpty())
            text += tr(" via %1").arg(candidate.profile.jumpHosts.join(u", "_s));
        if (exists)
            text += tr("  (already a server)");
        auto *item = new QListWidgetItem(text, m_hosts);
        item->setData(CandidateIndexRole, int(m_candidates.size()));
        item->setFlags(exists ? Qt::ItemIsSelectable : Qt::ItemIsUserCheckable | Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        item->setCheckState(exists ? Qt::Unchecked : Qt::Checked);
        QString details = candidate.profile.authMethod == AuthMethod::KeyFile
            ? tr("Key file %1").arg(candidate.profile.identityFile)
            : tr("ssh-agent");
        if (!candidate.notes.isEmpty())
            details += u'\n' + candidate.notes.join(u'\n');
        item->setToolTip(details);
        m_candidates.append(std::move(candidate));
    }
    m_notes->setPlainText(notes.join(u'\n'));
    m_status->setText(m_candidates.isEmpty() ? tr("%1 has no Host entries that name a single host.").arg(path)
                                             : tr("%n host(s) found in %1.", nullptr, int(m_candidates.size())).arg(path));
    if (m_hosts->count() > 0)
        m_hosts->setCurrentRow(0);
    updateImportButton();
}

void ImportSshConfigDialog::setAllChecked(Qt::CheckState state)
{
    for (int row = 0; row < m_hosts->count(); ++row) {
        QListWidgetItem *item = m_hosts->item(row);
        if (item->flags().testFlag(Qt::ItemIsUserCheckable))
            item->setCheckState(state);
    }
    updateImportButton();
}

void ImportSshConfigDialog::updateImportButton()
{
    const qsizetype count = selectedProfiles().size();
    m_import->setEnabled(count > 0);
    m_import->setText(count > 0 ? tr("&Import %n Server(s)", nullptr, int(count)) : tr("&Import"));
}

QList<ServerProfile> ImportSshConfigDialog::selectedProfiles() const
{
    QList<ServerProfile> profiles;
    for (int row = 0; row < m_hosts->count(); ++row) {
        const QListWidgetItem *item = m_hosts->item(row);
        if (item->checkState() == Qt::Checked && item->flags().testFlag(Qt::ItemIsUserCheckable))
            profiles.append(m_candidates.at(item->data(CandidateIndexRole).toInt()).profile);
    }
    return profiles;
}

} // namespace RayDeck
