// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QStringList>

#include <functional>

namespace RayDeck {

/**
 * Message boxes for the profile UI, opened window-modal with open() (no
 * nested event loop) and answered through a callback. The seam for tests:
 * setNextAnswer() queues the answer to the next question, which is then not
 * shown; setRecordOnly(true) records warnings and information instead of
 * showing them. shownMessages() lists every text that went through here.
 */
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;

    /// @p done is called once with the button (Cancel when closed), unless @p context died first.
    static void question(QWidget *parent, const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                         Button defaultButton, QObject *context, std::function<void(Button)> done);
    static void warning(QWidget *parent, const QString &title, const QString &text, const QString &details = {});
    static void information(QWidget *parent, const QString &title, const QString &text);

    static void setNextAnswer(Button answer);
    static void setRecordOnly(bool recordOnly);
    static QStringList shownMessages();
    static void clearShownMessages();

private:
    static void show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                     const QString &details);
};

} // namespace RayDeck
