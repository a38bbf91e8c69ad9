// SPDX-License-Identifier: GPL-3.0-or-later
#include "PortForwardRow.h"

#include "ErrorLabel.h"

#include "profiles/ProfileValidator.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace RayDeck {

using namespace Qt::StringLiterals;

PortForwardRow::PortForwardRow(const PortForward &forward, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"forwardRowWidget"_s);
    m_name = new QLineEdit(forward.name, this);
    m_name->setObjectName(u"forwardNameLineEdit"_s);
    m_name->setPlaceholderText(tr("Name, e.g. Grafana"));
    m_localPort = new QLineEdit(forward.localPort ? QString::number(forward.localPort) : QString(), this);
    m_localPort->setObjectName(u"forwardLocalPortLineEdit"_s);
    m_localPort->setPlaceholderText(tr("local port (any)"));
    m_remoteHost = new QLineEdit(forward.remoteHost, this);
    m_remoteHost->setObjectName(u"forwardRemoteHostLineEdit"_s);
    m_remotePort = new QLineEdit(forward.remotePort ? QString::number(forward.remotePort) : QString(), this);
    m_remotePort->setObjectName(u"forwardRemotePortLineEdit"_s);
    m_remotePort->setPlaceholderText(tr("remote port"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(u"removeForwardPushButton"_s);
    m_error = new ErrorLabel(m_name, this);
    m_error->setObjectName(u"forwardErrorLabel"_s);

    // Port fields only need room for five digits; the names get the rest.
    const int portWidth = m_localPort->fontMetrics().horizontalAdvance(u"655350"_s) + 16;
    for (QLineEdit *port : {m_localPort, m_remotePort})
        port->setMaximumWidth(portWidth * 2);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_name, 0, 0);
    layout->addWidget(m_localPort, 0, 1);
    layout->addWidget(new QLabel(u"\u2192"_s, this), 0, 2);
    layout->addWidget(m_remoteHost, 0, 3);
    layout->addWidget(m_remotePort, 0, 4);
    layout->addWidget(m_remove, 0, 5);
    layout->addWidget(m_error, 1, 0, 1, 6);
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(3, 2);

    for (QLineEdit *edit : {m_name, m_localPort, m_remoteHost, m_remotePort})
        connect(edit, &QLineEdit::textChanged, this, &PortForwardRow::changed);
    connect(m_remove, &QPushButton::clicked, this, &PortForwardRow::removeRequested);
    setRowNumber(1);
}

void PortForwardRow::setRowNumber(int number)
{
    m_name->setAccessibleName(tr("Name of forward %1").arg(number));
    m_name->setAccessibleDescription(tr("A label for this forwarded service"));
    m_localPort->setAccessibleName(tr("Local port of forward %1").arg(number));
    m_localPort->setAccessibleDescription(tr("Port on this computer; leave empty to use any free port"));
    m_remoteHost->setAccessibleName(tr("Remote host of forward %1").arg(number));
    m_remoteHost->setAccessibleDescription(tr("Address on the server side, usually 127.0.0.1"));
    m_remotePort->setAccessibleName(tr("Remote port of forward %1").arg(number));
    m_remotePort->setAccessibleDescription(tr("Port of the service on the server, for example 3000 for Grafana"));
    m_remove->setAccessibleName(tr("Remove forward %1").arg(number));
    m_remove->setAccessibleDescription(tr("Delete this port forward"));
    m_error->setAccessibleName(tr("Problem with forward %1").arg(number));
}

QString PortForwardRow::validate()
{
    QString message;
    if (!m_localPort->text().trimmed().isEmpty()
        && !ProfileValidator::parsePort(m_localPort->text(), ProfileValidator::PortUse::ZeroMeansAny))
        message = tr("Local port: %1")
                      .arg(ProfileValidator::checkPortText(m_localPort->text(), ProfileValidator::PortUse::ZeroMeansAny));
    else if (const QString host = ProfileValidator::checkHost(m_remoteHost->text()); !host.isEmpty())
        message = tr("Remote host: %1").arg(host);
    else if (const QString port = ProfileValidator::checkPortText(m_remotePort->text()); !port.isEmpty())
        message = tr("Remote port: %1").arg(port);
    setError(message);
    return message;
}

void PortForwardRow::setError(const QString &message)
{
    m_error->setMessage(message);
}

std::optional<PortForward> PortForwardRow::forward() const
{
    PortForward forward;
    forward.name = m_name->text().trimmed();
    forward.remoteHost = m_remoteHost->text().trimmed();
    const std::optional<quint16> remote = ProfileValidator::parsePort(m_remotePort->text());
    if (!remote)
        return std::nullopt;
    forward.remotePort = *remote;
    if (!m_localPort->text().trimmed().isEmpty()) {
        const std::optional<quint16> local =
            ProfileValidator::parsePort(m_localPort->text(), ProfileValidator::PortUse::ZeroMeansAny);
        if (!local)
            return std::nullopt;
        forward.localPort = *local;
    }
    return forward;
}

} // namespace RayDeck
