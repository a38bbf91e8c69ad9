// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostKeyDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace RayDeck {

namespace {
// sshd's host key file names: ssh_host_ed25519_key, ssh_host_ecdsa_key, ssh_host_rsa_key.
QString hostKeyFileSuffix(const QString &keyType)
{
    if (keyType.startsWith(u"ecdsa"))
        return QStringLiteral("ecdsa");
    if (keyType.contains(u"rsa"))
        return QStringLiteral("rsa");
    return QStringLiteral("ed25519");
}
} // namespace

HostKeyDialog::HostKeyDialog(const HostKeyInfo &info, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    setWindowTitle(tr("Unknown Server"));
    setAccessibleName(tr("Unknown server host key"));

    const QString where = info.port == 22 ? info.host : QStringLiteral("[%1]:%2").arg(info.host).arg(info.port);
    auto *explanation = new QLabel(
        tr("<p>RayDeck has never connected to <b>%1</b>%2 before and cannot tell whether it is the server you "
           "mean.</p><p>Compare this fingerprint with the one your administrator gives you (on the server: "
           "<code>ssh-keygen -lf /etc/ssh/ssh_host_%3_key.pub</code>).</p>")
            .arg(where.toHtmlEscaped(), info.isJumpHost ? tr(" (a jump host)") : QString(), hostKeyFileSuffix(info.keyType)),
        this);
    explanation->setObjectName(QStringLiteral("hostKeyExplanationLabel"));
    explanation->setWordWrap(true);
    auto *fingerprint = new QLabel(QStringLiteral("%1\n%2").arg(info.keyType, info.fingerprint), this);
    fingerprint->setObjectName(QStringLiteral("hostKeyFingerprintLabel"));
    fingerprint->setAccessibleName(tr("Key type and fingerprint"));
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("Trust and &Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("hostKeyAcceptAndSavePushButton"));
    save->setAccessibleName(tr("Trust this key and remember it in known_hosts"));
    QPushButton *once = buttons->addButton(tr("Trust &Once"), QDialogButtonBox::AcceptRole);
    once->setObjectName(QStringLiteral("hostKeyAcceptOncePushButton"));
    once->setAccessibleName(tr("Trust this key for this connection only"));
    QPushButton *reject = buttons->addButton(tr("&Don't Connect"), QDialogButtonBox::RejectRole);
    reject->setObjectName(QStringLiteral("hostKeyRejectPushButton"));
    reject->setAccessibleName(tr("Do not connect"));
    reject->setDefault(true); // the safe answer is the default
    connect(save, &QPushButton::clicked, this, [this] {
        m_decision = HostKeyDecision::AcceptAndSave;
        accept();
    });
    connect(once, &QPushButton::clicked, this, [this] {
        m_decision = HostKeyDecision::AcceptOnce;
        accept();
    });
    connect(reject, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(fingerprint);
    layout->addWidget(buttons);
}

HostKeyDialog::~HostKeyDialog() = default;

} // namespace RayDeck
