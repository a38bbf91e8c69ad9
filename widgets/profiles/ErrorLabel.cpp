// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorLabel.h"

namespace RayDeck {

ErrorLabel::ErrorLabel(QWidget *field, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    hide();
    if (m_field) {
        m_fieldDescription = m_field->accessibleDescription();
        setAccessibleName(tr("Problem with %1").arg(m_field->accessibleName()));
    }
}

void ErrorLabel::setMessage(const QString &message, Kind kind)
{
    if (message == text())
        return;
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText, kind == Kind::Error ? QColor(0xb3, 0x26, 0x1e) : QColor(0x9a, 0x67, 0x00));
    setPalette(colours);
    setText(message);
    setVisible(!message.isEmpty());
    if (m_field) {
        // Remember the field's own description the first time; later ones replace only the message part.
        if (m_fieldDescription.isEmpty())
            m_fieldDescription = m_field->accessibleDescription();
        m_field->setAccessibleDescription(message.isEmpty() ? m_fieldDescription
                                                            : m_fieldDescription + u' ' + message);
    }
}

} // namespace RayDeck
