// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileEditorDialog.h"

#include "EnvironmentVariableRow.h"
#include "ErrorLabel.h"
#include "PortForwardRow.h"

#include "profiles/ProfileValidator.h"
#include "secrets/ProfileSecrets.h"
#include "secrets/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace RayDeck {

using namespace Qt::StringLiterals;

namespace {

/// Joins arguments for display so that QProcess::splitCommand() gives them back.
QString joinArguments(const QStringList &arguments)
{
    QStringList parts;
    for (QString argument : arguments) {
        if (argument.isEmpty() || argument.contains(u' ') || argument.contains(u'"') || argument.contains(u'\t')) {
            argument.replace(u"\""_s, u"\"\"\""_s);
            argument = u'"' + argument + u'"';
        }
        parts << argument;
    }
    return parts.join(u' ');
}

QStringList nonEmptyLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines;
}

QStringList commaList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    }
    return items;
}

} // namespace

ProfileEditorDialog::ProfileEditorDialog(Mode mode, const ServerProfile &profile, QList<ServerProfile> existingProfiles,
                                         QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_original(profile)
    , m_existing(std::move(existingProfiles))
{
    setObjectName(u"profileEditorDialog"_s);
    switch (mode) {
    case Mode::Add:
        setWindowTitle(tr("Add Server"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit Server \u201c%1\u201d").arg(profile.name));
        break;
    case Mode::Duplicate:
        setWindowTitle(tr("Duplicate Server"));
        break;
    }
    setAccessibleName(windowTitle());
    setAccessibleDescription(tr("Settings of one GPU server: SSH connection, container, Ray head and job environment"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"editorTabWidget"_s);
    m_tabs->setAccessibleName(tr("Server settings"));
    m_tabs->setAccessibleDescription(tr("Use Ctrl+Tab to move between the pages"));
    m_tabs->addTab(createConnectionPage(), tr("&Connection"));
    m_tabs->addTab(createWorkspacePage(), tr("&Workspace"));
    m_tabs->addTab(createRayPage(), tr("&Ray"));
    m_tabs->addTab(createEnvironmentPage(), tr("&Job Environment"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"errorSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Problems to fix before saving"));
    m_summary->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"editorDialogButtonBox"_s);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"savePushButton"_s);
    m_save->setAccessibleName(tr("Save server"));
    m_save->setAccessibleDescription(tr("Store this server profile; secrets go to the system keychain"));
    m_save->setDefault(true);
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelPushButton"_s);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAccessibleDescription(tr("Close without saving"));
    connect(m_save, &QPushButton::clicked, this, &ProfileEditorDialog::requestSave);
    connect(cancel, &QPushButton::clicked, this, &ProfileEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    // Keyboard order: tab bar, then each page top to bottom, then the buttons.
    setTabOrder(m_tabs, m_name);
    setTabOrder(m_name, m_host);
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_user);
    setTabOrder(m_user, m_auth);
    setTabOrder(m_auth, m_identityFile);
    setTabOrder(m_identityFile, m_browseIdentity);
    setTabOrder(m_browseIdentity, m_secretPolicy);
    setTabOrder(m_secretPolicy, m_secret);
    setTabOrder(m_secret, m_jumpHosts);

    updateAuthControls();
    updateDockerControls();
    validate();
    resize(680, 560);
    m_name->setFocus();
}

ProfileEditorDialog::~ProfileEditorDialog()
{
    wipeSecretFields();
}

QLineEdit *ProfileEditorDialog::addLineEdit(QFormLayout *form, const QString &objectName, const QString &label,
                                            const QString &accessibleName, const QString &description,
                                            ErrorLabel **error)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(objectName + u"LineEdit"_s);
    edit->setAccessibleName(accessibleName);
    edit->setAccessibleDescription(description);
    auto *caption = new QLabel(label, form->parentWidget());
    caption->setObjectName(objectName + u"Label"_s);
    caption->setBuddy(edit);
    connect(edit, &QLineEdit::textChanged, this, &ProfileEditorDialog::validate);
    if (!error) {
        form->addRow(caption, edit);
        return edit;
    }
    auto *cell = new QWidget(form->parentWidget());
    cell->setObjectName(objectName + u"CellWidget"_s);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(edit);
    *error = new ErrorLabel(edit, cell);
    (*error)->setObjectName(objectName + u"ErrorLabel"_s);
    cellLayout->addWidget(*error);
    form->addRow(caption, cell);
    return edit;
}

QWidget *ProfileEditorDialog::createConnectionPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"connectionPageWidget"_s);
    auto *form = new QFormLayout;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addLayout(form);
    pageLayout->addStretch();
    const ServerProfile &p = m_original;

    m_name = addLineEdit(form, u"name"_s, tr("&Name:"), tr("Server name"),
                         tr("How RayDeck and raydeck-cli call this server; must be unique"), &m_nameError);
    m_name->setText(p.name);
    m_host = addLineEdit(form, u"host"_s, tr("&Host:"), tr("SSH host"),
                         tr("Host name or IP address of the GPU server"), &m_hostError);
    m_host->setText(p.host);
    m_host->setPlaceholderText(tr("gpu01.example.org"));
    m_port = addLineEdit(form, u"port"_s, tr("&Port:"), tr("SSH port"), tr("SSH port of the server, usually 22"),
                         &m_portError);
    m_port->setText(QString::number(p.port));
    m_user = addLineEdit(form, u"user"_s, tr("&User:"), tr("SSH user"),
                         tr("Login name on the server; empty uses your local user name"), &m_userError);
    m_user->setText(p.user);
    m_user->setPlaceholderText(tr("your local user name"));

    m_auth = new QComboBox(page);
    m_auth->setObjectName(u"authComboBox"_s);
    m_auth->addItem(tr("ssh-agent"), int(AuthMethod::Agent));
    m_auth->addItem(tr("Key file"), int(AuthMethod::KeyFile));
    m_auth->addItem(tr("Password"), int(AuthMethod::Password));
    m_auth->setCurrentIndex(m_auth->findData(int(p.authMethod)));
    m_auth->setAccessibleName(tr("Authentication"));
    m_auth->setAccessibleDescription(tr("How to log in: keys held by ssh-agent, a private key file, or a password"));
    auto *authLabel = new QLabel(tr("&Authentication:"), page);
    authLabel->setObjectName(u"authLabel"_s);
    authLabel->setBuddy(m_auth);
    form->addRow(authLabel, m_auth);

    m_identityFile = new QLineEdit(p.identityFile, page);
    m_identityFile->setObjectName(u"identityFileLineEdit"_s);
    m_identityFile->setAccessibleName(tr("Key file"));
    m_identityFile->setAccessibleDescription(tr("Path of the private key, such as ~/.ssh/id_ed25519"));
    m_identityFile->setPlaceholderText(tr("~/.ssh/id_ed25519"));
    m_browseIdentity = new QPushButton(tr("&Browse\u2026"), page);
    m_browseIdentity->setObjectName(u"identityFileBrowsePushButton"_s);
    m_browseIdentity->setAccessibleName(tr("Browse for key file"));
    m_browseIdentity->setAccessibleDescription(tr("Choose the private key file in a file dialog"));
    auto *identityCell = new QWidget(page);
    identityCell->setObjectName(u"identityFileCellWidget"_s);
    auto *identityLayout = new QGridLayout(identityCell);
    identityLayout->setContentsMargins(0, 0, 0, 0);
    identityLayout->addWidget(m_identityFile, 0, 0);
    identityLayout->addWidget(m_browseIdentity, 0, 1);
    m_identityError = new ErrorLabel(m_identityFile, identityCell);
    m_identityError->setObjectName(u"identityFileErrorLabel"_s);
    identityLayout->addWidget(m_identityError, 1, 0, 1, 2);
    auto *identityLabel = new QLabel(tr("&Key file:"), page);
    identityLabel->setObjectName(u"identityFileLabel"_s);
    identityLabel->setBuddy(m_identityFile);
    form->addRow(identityLabel, identityCell);
    connect(m_identityFile, &QLineEdit::textChanged, this, &ProfileEditorDialog::validate);
    connect(m_browseIdentity, &QPushButton::clicked, this, [this] {
        auto *chooser = new QFileDialog(this, tr("Choose Private Key"), QDir::homePath() + u"/.ssh"_s);
        chooser->setObjectName(u"identityFileDialog"_s);
        chooser->setFileMode(QFileDialog::ExistingFile);
        chooser->setFilter(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        connect(chooser, &QFileDialog::fileSelected, this, [this](const QString &file) { m_identityFile->setText(file); });
        chooser->open();
    });

    m_secretPolicy = new QComboBox(page);
    m_secretPolicy->setObjectName(u"secretPolicyComboBox"_s);
    m_secretPolicy->addItem(tr("Store in the system keychain"), int(SecretPolicy::Keychain));
    m_secretPolicy->addItem(tr("Ask every time"), int(SecretPolicy::AskEveryTime));
    m_secretPolicy->setCurrentIndex(m_secretPolicy->findData(int(p.secretPolicy)));
    m_secretPolicy->setAccessibleName(tr("Remember secret"));
    m_secretPolicy->setAccessibleDescription(
        tr("Keep the password or key passphrase in the system keychain, or ask for it at each connection"));
    auto *policyLabel = new QLabel(tr("R&emember:"), page);
    policyLabel->setObjectName(u"secretPolicyLabel"_s);
    policyLabel->setBuddy(m_secretPolicy);
    form->addRow(policyLabel, m_secretPolicy);

    m_secret = new QLineEdit(page);
    m_secret->setObjectName(u"secretLineEdit"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Password"));
    m_secret->setAccessibleDescription(tr("Stored in the system keychain, never in a file"));
    m_secretLabel = new QLabel(tr("Passw&ord:"), page);
    m_secretLabel->setObjectName(u"secretLabel"_s);
    m_secretLabel->setBuddy(m_secret);
    m_keychainStatus = new QLabel(page);
    m_keychainStatus->setObjectName(u"keychainStatusLabel"_s);
    m_keychainStatus->setWordWrap(true);
    m_keychainStatus->setAccessibleName(tr("Keychain status"));
    m_keychainStatus->hide();
    auto *secretCell = new QWidget(page);
    secretCell->setObjectName(u"secretCellWidget"_s);
    auto *secretLayout = new QVBoxLayout(secretCell);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(m_secret);
    secretLayout->addWidget(m_keychainStatus);
    form->addRow(m_secretLabel, secretCell);
    connect(m_secret, &QLineEdit::textChanged, this, &ProfileEditorDialog::validate);

    m_jumpHosts = addLineEdit(form, u"jumpHosts"_s, tr("Jump ho&sts:"), tr("Jump hosts"),
                              tr("Optional ProxyJump chain, first hop first, separated by commas: "
                                 "[user@]host[:port]"),
                              &m_jumpError);
    m_jumpHosts->setText(p.jumpHosts.join(u", "_s));
    m_jumpHosts->setPlaceholderText(tr("none"));

    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthControls();
        validate();
    });
    connect(m_secretPolicy, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthControls();
        validate();
    });
    return page;
}

QWidget *ProfileEditorDialog::createWorkspacePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"workspacePageWidget"_s);
    auto *form = new QFormLayout;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addLayout(form);
    pageLayout->addStretch();
    const DockerSettings &d = m_original.docker;

    m_dockerEnabled = new QCheckBox(tr("Run the Ray head in a &Docker container"), page);
    m_dockerEnabled->setObjectName(u"dockerEnabledCheckBox"_s);
    m_dockerEnabled->setChecked(d.enabled);
    m_dockerEnabled->setAccessibleName(tr("Use Docker"));
    m_dockerEnabled->setAccessibleDescription(
        tr("Start or reuse a container on the server and run Ray inside it; otherwise Ray runs on the host"));
    form->addRow(m_dockerEnabled);
    connect(m_dockerEnabled, &QCheckBox::toggled, this, [this] {
        updateDockerControls();
        validate();
    });

    m_container = addLineEdit(form, u"containerName"_s, tr("C&ontainer:"), tr("Container name"),
                              tr("Name of the container RayDeck starts or reuses"), &m_containerError);
    m_container->setText(d.containerName);
    m_image = addLineEdit(form, u"image"_s, tr("&Image:"), tr("Container image"),
                          tr("Image to start the container from, such as verlai/verl:latest"), &m_imageError);
    m_image->setText(d.image);
    m_gpus = addLineEdit(form, u"gpus"_s, tr("&GPUs:"), tr("GPUs"),
                         tr("Value of docker run --gpus: all, a number, or device=0,1"), &m_gpusError);
    m_gpus->setText(d.gpus);
    m_network = addLineEdit(form, u"network"_s, tr("&Network:"), tr("Docker network"),
                            tr("Value of docker run --network; host lets the dashboard be reached on the "
                               "server's loopback"),
                            &m_networkError);
    m_network->setText(d.network);
    m_ulimits = addLineEdit(form, u"ulimits"_s, tr("&Ulimits:"), tr("Ulimits"),
                            tr("docker run --ulimit values separated by spaces, such as memlock=-1 stack=67108864"),
                            &m_ulimitsError);
    m_ulimits->setText(d.ulimits.join(u' '));
    m_shmSize = addLineEdit(form, u"shmSize"_s, tr("S&hared memory:"), tr("Shared memory size"),
                            tr("docker run --shm-size such as 16g; empty keeps docker's default"), &m_shmSizeError);
    m_shmSize->setText(d.shmSize);
    m_shmSize->setPlaceholderText(tr("docker default"));

    m_mounts = new QPlainTextEdit(page);
    m_mounts->setObjectName(u"mountsPlainTextEdit"_s);
    m_mounts->setPlainText(d.mounts.join(u'\n'));
    m_mounts->setTabChangesFocus(true);
    m_mounts->setPlaceholderText(tr("/data/models:/models:ro"));
    m_mounts->setAccessibleName(tr("Mounts"));
    m_mounts->setAccessibleDescription(
        tr("One bind mount per line: host-path:container-path, optionally followed by :ro or :rw"));
    m_mounts->setFixedHeight(m_mounts->fontMetrics().lineSpacing() * 4 + 12);
    auto *mountsCell = new QWidget(page);
    mountsCell->setObjectName(u"mountsCellWidget"_s);
    auto *mountsLayout = new QVBoxLayout(mountsCell);
    mountsLayout->setContentsMargins(0, 0, 0, 0);
    mountsLayout->addWidget(m_mounts);
    m_mountsError = new ErrorLabel(m_mounts, mountsCell);
    m_mountsError->setObjectName(u"mountsErrorLabel"_s);
    mountsLayout->addWidget(m_mountsError);
    auto *mountsLabel = new QLabel(tr("&Mounts:"), page);
    mountsLabel->setObjectName(u"mountsLabel"_s);
    mountsLabel->setBuddy(m_mounts);
    form->addRow(mountsLabel, mountsCell);
    connect(m_mounts, &QPlainTextEdit::textChanged, this, &ProfileEditorDialog::validate);

    m_extraRunArguments = addLineEdit(form, u"extraRunArguments"_s, tr("E&xtra arguments:"),
                                      tr("Extra docker run arguments"),
                                      tr("More docker run arguments, separated by spaces; quote ones with spaces"),
                                      &m_extraRunError);
    m_extraRunArguments->setText(joinArguments(d.extraRunArguments));

    m_useSudo = new QCheckBox(tr("Run docker with &sudo"), page);
    m_useSudo->setObjectName(u"useSudoCheckBox"_s);
    m_useSudo->setChecked(d.useSudo);
    m_useSudo->setAccessibleName(tr("Docker needs sudo"));
    m_useSudo->setAccessibleDescription(tr("Prefix docker commands with sudo on the server"));
    form->addRow(m_useSudo);
    return page;
}

QWidget *ProfileEditorDialog::createRayPage()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"rayScrollArea"_s);
    // Tab moves through the fields inside, which scroll into view on focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setAccessibleName(tr("Ray head settings"));
    scroll->setAccessibleDescription(tr("Dashboard, ray start options and forwarded ports"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *page = new QWidget(scroll);
    page->setObjectName(u"rayPageWidget"_s);
    auto *outer = new QVBoxLayout(page);
    auto *formHolder = new QWidget(page);
    formHolder->setObjectName(u"rayFormWidget"_s);
    auto *form = new QFormLayout(formHolder);
    form->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(formHolder);
    const RaySettings &r = m_original.ray;

    m_dashboardPort = addLineEdit(form, u"dashboardPort"_s, tr("&Dashboard port:"), tr("Dashboard port on the server"),
                                  tr("Port the Ray dashboard listens on inside the server, 8265 by default"),
                                  &m_dashboardPortError);
    m_dashboardPort->setText(QString::number(r.dashboardPort));
    m_dashboardHost = addLineEdit(form, u"dashboardHost"_s, tr("Dashboard &address:"),
                                  tr("Dashboard address on the server"),
                                  tr("Address the dashboard binds to on the server; 127.0.0.1 keeps it private"),
                                  &m_dashboardHostError);
    m_dashboardHost->setText(r.dashboardHost);
    m_localPort = addLineEdit(form, u"localPort"_s, tr("&Local port:"), tr("Local dashboard port"),
                              tr("Port on this computer for the dashboard tunnel; 0 picks any free port"),
                              &m_localPortError);
    m_localPort->setText(QString::number(r.localPort));
    m_extraStartArguments = addLineEdit(form, u"extraStartArguments"_s, tr("E&xtra ray start arguments:"),
                                        tr("Extra ray start arguments"),
                                        tr("More arguments for ray start --head, separated by spaces"),
                                        &m_extraStartError);
    m_extraStartArguments->setText(joinArguments(r.extraStartArguments));

    m_useToken = new QCheckBox(tr("Use a dashboard &token (Ray 2.52 or later)"), formHolder);
    m_useToken->setObjectName(u"dashboardTokenCheckBox"_s);
    m_useToken->setChecked(r.hasDashboardToken);
    m_useToken->setAccessibleName(tr("Use dashboard token"));
    m_useToken->setAccessibleDescription(tr("Send a Ray token-auth token to the dashboard; it is kept in the keychain"));
    form->addRow(m_useToken);
    m_token = addLineEdit(form, u"rayToken"_s, tr("T&oken:"), tr("Dashboard token"),
                          tr("Ray auth token; stored in the system keychain, never in a file"), &m_tokenError);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(r.hasDashboardToken && m_mode != Mode::Add ? tr("Stored in the keychain; type to replace")
                                                                            : tr("Token from ray get-auth-token"));
    connect(m_useToken, &QCheckBox::toggled, this, [this](bool on) {
        m_token->setEnabled(on);
        validate();
    });
    m_token->setEnabled(r.hasDashboardToken);

    auto *forwardsTitle = new QLabel(tr("More forwarded ports (Grafana, TensorBoard, \u2026):"), page);
    forwardsTitle->setObjectName(u"forwardsLabel"_s);
    outer->addWidget(forwardsTitle);
    auto *rows = new QWidget(page);
    rows->setObjectName(u"forwardRowsWidget"_s);
    m_forwardRows = new QVBoxLayout(rows);
    m_forwardRows->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(rows);
    m_addForward = new QPushButton(tr("Add &Forward"), page);
    m_addForward->setObjectName(u"addForwardPushButton"_s);
    m_addForward->setAccessibleName(tr("Add forward"));
    m_addForward->setAccessibleDescription(tr("Add another port to forward from the server to this computer"));
    outer->addWidget(m_addForward, 0, Qt::AlignLeft);
    outer->addStretch();
    forwardsTitle->setBuddy(m_addForward);
    connect(m_addForward, &QPushButton::clicked, this, [this] {
        addForwardRow(PortForward{});
        m_forwards.last()->nameLineEdit()->setFocus();
        validate();
    });
    for (const PortForward &forward : r.extraForwards)
        addForwardRow(forward);

    scroll->setWidget(page);
    return scroll;
}

QWidget *ProfileEditorDialog::createEnvironmentPage()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"environmentScrollArea"_s);
    // Tab moves through the fields inside, which scroll into view on focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setAccessibleName(tr("Job environment"));
    scroll->setAccessibleDescription(tr("Environment variables for Ray jobs"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *page = new QWidget(scroll);
    page->setObjectName(u"environmentPageWidget"_s);
    auto *outer = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Variables for Ray jobs. Mark API keys and tokens (WANDB_API_KEY, HF_TOKEN) as "
                                "secret: their values go to the system keychain, not to the profile file."),
                             page);
    intro->setObjectName(u"environmentIntroLabel"_s);
    intro->setWordWrap(true);
    outer->addWidget(intro);
    auto *rows = new QWidget(page);
    rows->setObjectName(u"environmentRowsWidget"_s);
    m_environmentRows = new QVBoxLayout(rows);
    m_environmentRows->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(rows);
    m_addVariable = new QPushButton(tr("Add &Variable"), page);
    m_addVariable->setObjectName(u"addVariablePushButton"_s);
    m_addVariable->setAccessibleName(tr("Add variable"));
    m_addVariable->setAccessibleDescription(tr("Add an environment variable for Ray jobs"));
    outer->addWidget(m_addVariable, 0, Qt::AlignLeft);
    outer->addStretch();
    connect(m_addVariable, &QPushButton::clicked, this, [this] {
        addEnvironmentRow(JobEnvironmentVariable{});
        m_variables.last()->nameLineEdit()->setFocus();
        validate();
    });
    for (const JobEnvironmentVariable &variable : m_original.jobEnvironment) {
        JobEnvironmentVariable stored = variable;
        // A duplicate's secrets are copied under the new profile after saving,
        // so its rows behave like stored ones too.
        addEnvironmentRow(stored);
    }
    scroll->setWidget(page);
    return scroll;
}

void ProfileEditorDialog::addEnvironmentRow(const JobEnvironmentVariable &variable)
{
    auto *row = new EnvironmentVariableRow(variable, m_environmentRows->parentWidget());
    m_environmentRows->addWidget(row);
    m_variables << row;
    connect(row, &EnvironmentVariableRow::changed, this, &ProfileEditorDialog::validate);
    connect(row, &EnvironmentVariableRow::removeRequested, this, [this, row] {
        m_variables.removeOne(row);
        row->wipeSecret();
        row->deleteLater();
        renumberRows();
        m_addVariable->setFocus();
        validate();
    });
    renumberRows();
}

void ProfileEditorDialog::addForwardRow(const PortForward &forward)
{
    auto *row = new PortForwardRow(forward, m_forwardRows->parentWidget());
    m_forwardRows->addWidget(row);
    m_forwards << row;
    connect(row, &PortForwardRow::changed, this, &ProfileEditorDialog::validate);
    connect(row, &PortForwardRow::removeRequested, this, [this, row] {
        m_forwards.removeOne(row);
        row->deleteLater();
        renumberRows();
        m_addForward->setFocus();
        validate();
    });
    renumberRows();
}

void ProfileEditorDialog::renumberRows()
{
    for (int i = 0; i < m_variables.size(); ++i)
        m_variables.at(i)->setRowNumber(i + 1);
    for (int i = 0; i < m_forwards.size(); ++i)
        m_forwards.at(i)->setRowNumber(i + 1);
}

void ProfileEditorDialog::updateAuthControls()
{
    const auto method = AuthMethod(m_auth->currentData().toInt());
    const bool keyFile = method == AuthMethod::KeyFile;
    const bool usesSecret = method != AuthMethod::Agent;
    const bool stored = SecretPolicy(m_secretPolicy->currentData().toInt()) == SecretPolicy::Keychain;
    m_identityFile->setEnabled(keyFile);
    m_browseIdentity->setEnabled(keyFile);
    m_secretPolicy->setEnabled(usesSecret);
    m_secret->setEnabled(usesSecret && stored);
    m_secretLabel->setText(keyFile ? tr("Ke&y passphrase:") : tr("Passw&ord:"));
    m_secret->setAccessibleName(keyFile ? tr("Key passphrase") : tr("Password"));

    const SecretKind kind = keyFile ? SecretKind::KeyPassphrase : SecretKind::Password;
    const bool hasStored = m_mode != Mode::Add
        && ProfileSecrets::usedRefs(m_original).contains(SecretRef{m_original.id, kind, {}});
    if (!usesSecret)
        m_secret->setPlaceholderText(tr("not needed with ssh-agent"));
    else if (!stored)
        m_secret->setPlaceholderText(tr("RayDeck asks for it when it connects"));
    else if (hasStored)
        m_secret->setPlaceholderText(tr("Stored in the keychain; type to replace"));
    else if (keyFile)
        m_secret->setPlaceholderText(tr("Leave empty if the key has no passphrase"));
    else
        m_secret->setPlaceholderText(tr("Leave empty to be asked when connecting"));
    if (!m_secret->isEnabled())
        m_secret->clear();
}

void ProfileEditorDialog::updateDockerControls()
{
    const bool on = m_dockerEnabled->isChecked();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_container, m_image, m_gpus, m_network, m_ulimits,
                                                            m_shmSize, m_mounts, m_extraRunArguments, m_useSudo})
        widget->setEnabled(on);
}

void ProfileEditorDialog::setSecretStore(SecretStore *store)
{
    m_secretStore = store;
    m_keychain = KeychainState::Unknown;
    validate();
}

bool ProfileEditorDialog::wantsKeychain() const
{
    const auto method = AuthMethod(m_auth->currentData().toInt());
    const bool stored = SecretPolicy(m_secretPolicy->currentData().toInt()) == SecretPolicy::Keychain;
    if (method != AuthMethod::Agent && stored)
        return true;
    if (m_useToken->isChecked())
        return true;
    return std::any_of(m_variables.cbegin(), m_variables.cend(),
                       [](const EnvironmentVariableRow *row) { return row->isSecret(); });
}

void ProfileEditorDialog::checkKeychain()
{
    if (!m_secretStore || m_keychain != KeychainState::Unknown || !wantsKeychain())
        return;
    m_keychain = KeychainState::Checking;
    // Reading an entry that cannot exist tells whether any keychain answers.
    const SecretRef probe{u"raydeck-availability-probe"_s, SecretKind::Password, {}};
    m_secretStore->readSecret(probe, this, [this](const Result<SecureBytes> &result) {
        const bool unavailable = !result && result.error().code() == Error::Code::KeychainUnavailable;
        m_keychain = unavailable ? KeychainState::Unavailable : KeychainState::Available;
        m_keychainProblem = unavailable ? result.error().message() : QString();
        validate();
    });
}

QList<SecretChangeSet::Write> ProfileEditorDialog::secretWrites() const
{
    QList<SecretChangeSet::Write> writes;
    const auto method = AuthMethod(m_auth->currentData().toInt());
    const bool stored = SecretPolicy(m_secretPolicy->currentData().toInt()) == SecretPolicy::Keychain;
    if (method != AuthMethod::Agent && stored && !m_secret->text().isEmpty()) {
        const SecretKind kind = method == AuthMethod::KeyFile ? SecretKind::KeyPassphrase : SecretKind::Password;
        writes.append({SecretRef{QString(), kind, {}}, SecureBytes::fromString(m_secret->text())});
    }
    if (m_useToken->isChecked() && !m_token->text().isEmpty())
        writes.append({SecretRef{QString(), SecretKind::RayToken, {}}, SecureBytes::fromString(m_token->text())});
    for (const EnvironmentVariableRow *row : m_variables) {
        SecureBytes value = row->typedSecret();
        if (row->isSecret() && !value.isEmpty())
            writes.append({SecretRef{QString(), SecretKind::EnvironmentVariable, row->name()}, std::move(value)});
    }
    return writes;
}

QHash<QString, QString> ProfileEditorDialog::renamedVariables() const
{
    QHash<QString, QString> renames;
    for (const EnvironmentVariableRow *row : m_variables) {
        if (row->hasStoredSecret() && row->isSecret() && row->originalName() != row->name())
            renames.insert(row->originalName(), row->name());
    }
    return renames;
}

ServerProfile ProfileEditorDialog::profile() const
{
    ServerProfile p = m_original;
    p.name = m_name->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = ProfileValidator::parsePort(m_port->text()).value_or(p.port);
    p.user = m_user->text().trimmed();
    p.authMethod = AuthMethod(m_auth->currentData().toInt());
    p.identityFile = m_identityFile->text().trimmed();
    p.secretPolicy = SecretPolicy(m_secretPolicy->currentData().toInt());
    p.jumpHosts = commaList(m_jumpHosts->text());

    DockerSettings &d = p.docker;
    d.enabled = m_dockerEnabled->isChecked();
    d.containerName = m_container->text().trimmed();
    d.image = m_image->text().trimmed();
    d.gpus = m_gpus->text().trimmed();
    d.network = m_network->text().trimmed();
    d.ulimits = m_ulimits->text().split(u' ', Qt::SkipEmptyParts);
    d.shmSize = m_shmSize->text().trimmed();
    d.mounts = nonEmptyLines(m_mounts->toPlainText());
    d.extraRunArguments = QProcess::splitCommand(m_extraRunArguments->text());
    d.useSudo = m_useSudo->isChecked();

    RaySettings &r = p.ray;
    r.dashboardPort = ProfileValidator::parsePort(m_dashboardPort->text()).value_or(r.dashboardPort);
    r.dashboardHost = m_dashboardHost->text().trimmed();
    r.localPort = ProfileValidator::parsePort(m_localPort->text(), ProfileValidator::PortUse::ZeroMeansAny)
                      .value_or(r.localPort);
    r.extraStartArguments = QProcess::splitCommand(m_extraStartArguments->text());
    r.hasDashboardToken = m_useToken->isChecked();
    r.extraForwards.clear();
    for (const PortForwardRow *row : m_forwards) {
        if (const std::optional<PortForward> forward = row->forward())
            r.extraForwards.append(*forward);
    }

    p.jobEnvironment.clear();
    for (const EnvironmentVariableRow *row : m_variables)
        p.jobEnvironment.append(JobEnvironmentVariable{row->name(), row->plainValue(), row->isSecret()});
    return p;
}

bool ProfileEditorDialog::validate()
{
    if (!m_save)
        return false; // still building the dialog
    checkKeychain();
    const ServerProfile p = profile();
    const ProfileValidator validator(m_existing);
    const QString ownId = m_mode == Mode::Edit ? m_original.id : QString();
    QStringList problems;
    const auto check = [&problems](ErrorLabel *label, const QString &message, const QString &where) {
        label->setMessage(message);
        if (!message.isEmpty())
            problems << where;
    };

    check(m_nameError, validator.checkName(p.name, ownId), tr("Name"));
    check(m_hostError, ProfileValidator::checkHost(m_host->text()), tr("Host"));
    check(m_portError, ProfileValidator::checkPortText(m_port->text()), tr("Port"));
    check(m_userError, ProfileValidator::checkUser(p.user), tr("User"));
    check(m_identityError, p.authMethod == AuthMethod::KeyFile ? ProfileValidator::checkIdentityFile(p.identityFile) : QString(),
          tr("Key file"));
    QString jumpProblem;
    for (const QString &hop : p.jumpHosts) {
        jumpProblem = ProfileValidator::checkJumpHost(hop);
        if (!jumpProblem.isEmpty())
            break;
    }
    check(m_jumpError, jumpProblem, tr("Jump hosts"));

    const bool docker = p.docker.enabled;
    check(m_containerError, docker ? ProfileValidator::checkContainerName(p.docker.containerName) : QString(),
          tr("Container"));
    check(m_imageError, docker ? ProfileValidator::checkImage(p.docker.image) : QString(), tr("Image"));
    check(m_gpusError, docker ? ProfileValidator::checkGpus(p.docker.gpus) : QString(), tr("GPUs"));
    check(m_networkError, docker ? ProfileValidator::checkNetwork(p.docker.network) : QString(), tr("Network"));
    QString ulimitProblem;
    for (const QString &ulimit : p.docker.ulimits) {
        if (ulimitProblem.isEmpty())
            ulimitProblem = ProfileValidator::checkUlimit(ulimit);
    }
    check(m_ulimitsError, docker ? ulimitProblem : QString(), tr("Ulimits"));
    check(m_shmSizeError, docker ? ProfileValidator::checkShmSize(p.docker.shmSize) : QString(), tr("Shared memory"));
    QString mountProblem;
    for (int i = 0; i < p.docker.mounts.size() && mountProblem.isEmpty(); ++i) {
        if (const QString message = ProfileValidator::checkMount(p.docker.mounts.at(i)); !message.isEmpty())
            mountProblem = tr("Line %1: %2").arg(i + 1).arg(message);
    }
    check(m_mountsError, docker ? mountProblem : QString(), tr("Mounts"));
    check(m_extraRunError,
          docker && m_extraRunArguments->text().count(u'"') % 2 != 0 ? tr("Close the quote.") : QString(),
          tr("Extra arguments"));

    check(m_dashboardPortError, ProfileValidator::checkPortText(m_dashboardPort->text()), tr("Dashboard port"));
    const QString hostProblem = ProfileValidator::checkDashboardHost(p.ray.dashboardHost);
    check(m_dashboardHostError, hostProblem, tr("Dashboard address"));
    if (hostProblem.isEmpty())
        m_dashboardHostError->setMessage(ProfileValidator::dashboardHostWarning(p.ray.dashboardHost),
                                         ErrorLabel::Kind::Warning);
    check(m_localPortError,
          ProfileValidator::checkPortText(m_localPort->text(), ProfileValidator::PortUse::ZeroMeansAny),
          tr("Local port"));
    check(m_extraStartError, m_extraStartArguments->text().count(u'"') % 2 != 0 ? tr("Close the quote.") : QString(),
          tr("Extra ray start arguments"));
    const bool tokenStored = m_mode != Mode::Add && m_original.ray.hasDashboardToken;
    check(m_tokenError,
          m_useToken->isChecked() && !tokenStored && m_token->text().isEmpty()
              ? tr("Enter the token, or turn the token off.")
              : QString(),
          tr("Token"));

    // Forwards and variables: each row checks itself, then the profile-wide
    // rules (duplicates, clashing local ports) are added per row.
    const QList<FieldError> profileErrors = validator.validate(p);
    for (int i = 0; i < m_forwards.size(); ++i) {
        QString message = m_forwards.at(i)->validate();
        if (message.isEmpty()) {
            for (const FieldError &error : profileErrors) {
                if (error.field == ProfileField::ExtraForwards && error.index == i)
                    message = error.message;
            }
            m_forwards.at(i)->setError(message);
        }
        if (!message.isEmpty())
            problems << tr("Forward %1").arg(i + 1);
    }
    for (int i = 0; i < m_variables.size(); ++i) {
        EnvironmentVariableRow *row = m_variables.at(i);
        QString message;
        for (const FieldError &error : profileErrors) {
            if (error.field == ProfileField::JobEnvironment && error.index == i)
                message = error.message;
        }
        const bool keepsStored = row->hasStoredSecret() && m_mode != Mode::Add;
        if (message.isEmpty() && row->isSecret() && row->typedSecret().isEmpty() && !keepsStored)
            message = tr("Enter the value; it is kept in the keychain.");
        row->setError(message);
        if (!message.isEmpty())
            problems << tr("Variable %1").arg(i + 1);
    }

    // Values typed for the keychain would be lost without one.
    const bool keychainMissing = m_keychain == KeychainState::Unavailable && wantsKeychain();
    m_keychainStatus->setText(keychainMissing ? m_keychainProblem : QString());
    m_keychainStatus->setVisible(keychainMissing);
    if (keychainMissing && !secretWrites().isEmpty())
        problems << tr("Keychain");

    m_summary->setText(problems.isEmpty() ? QString() : tr("Fix before saving: %1.").arg(problems.join(u", "_s)));
    m_summary->setVisible(!problems.isEmpty());
    m_save->setEnabled(problems.isEmpty());
    return problems.isEmpty();
}

void ProfileEditorDialog::requestSave()
{
    if (validate())
        Q_EMIT saveRequested();
}

void ProfileEditorDialog::showSaveError(const QString &message)
{
    m_summary->setText(message);
    m_summary->setVisible(true);
}

void ProfileEditorDialog::wipeSecretFields()
{
    if (m_secret)
        m_secret->clear();
    if (m_token)
        m_token->clear();
    for (EnvironmentVariableRow *row : std::as_const(m_variables))
        row->wipeSecret();
}

void ProfileEditorDialog::done(int result)
{
    // Whoever saved has taken the values already; nothing typed outlives the dialog.
    wipeSecretFields();
    QDialog::done(result);
}

} // namespace RayDeck
