// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace RayDeck {

/**
 * The inline message under an input field: hidden while empty, wrapped, in
 * the error colour. Setting a message also puts it into the field's
 * accessible description, so a screen reader announces it with the field.
 */
class ErrorLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Kind { Error, Warning };

    /// @p field: the input this label explains (may be null).
    explicit ErrorLabel(QWidget *field, QWidget *parent = nullptr);

    void setMessage(const QString &message, Kind kind = Kind::Error);
    QString message() const { return text(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColour();

    Kind m_kind = Kind::Error;
    QWidget *m_field = nullptr;
    QString m_fieldDescription;
};

} // namespace RayDeck
