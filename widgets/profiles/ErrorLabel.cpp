// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorLabel.h"

#include "theme/Theme.h"

#include <QEvent>

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
    if (message == text() && kind == m_kind)
        return;
    m_kind = kind;
    applyColour();
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

void ErrorLabel::applyColour()
{
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText,
                     m_kind == Kind::Error ? Theme::errorColor(colours) : Theme::warningColor(colours));
    setPalette(colours);
}

void ErrorLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    // A theme change: pick the shade that reads on the new window colour.
    if (event->type() == QEvent::PaletteChange)
        applyColour();
}

} // namespace RayDeck
