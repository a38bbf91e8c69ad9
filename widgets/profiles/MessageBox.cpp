// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBox.h"

#include <QAbstractButton>
#include <QPointer>
#include <QQueue>
#include <QTimer>

namespace RayDeck {

namespace {

struct SeamState
{
    QQueue<MessageBox::Button> answers;
    QStringList shown;
    bool recordOnly = false;
};

SeamState &seam()
{
    static SeamState state;
    return state;
}

} // namespace

void MessageBox::setNextAnswer(Button answer)
{
    seam().answers.enqueue(answer);
}

void MessageBox::setRecordOnly(bool recordOnly)
{
    seam().recordOnly = recordOnly;
}

QStringList MessageBox::shownMessages()
{
    return seam().shown;
}

void MessageBox::clearShownMessages()
{
    seam().shown.clear();
}

void MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                          QMessageBox::StandardButtons buttons, Button defaultButton, QObject *context,
                          std::function<void(Button)> done)
{
    seam().shown << text;
    if (!seam().answers.isEmpty()) {
        const Button answer = seam().answers.dequeue();
        // Answer from the event loop, as the real box would.
        QTimer::singleShot(0, context, [done = std::move(done), answer] { done(answer); });
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, title, text, buttons, parent);
    box->setObjectName(QStringLiteral("questionMessageBox"));
    box->setDefaultButton(defaultButton);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    // Screen readers announce the question with each answer button.
    box->setAccessibleDescription(text);
    for (QAbstractButton *button : box->buttons())
        button->setAccessibleDescription(text);
    const QPointer<QObject> guard(context);
    QObject::connect(box, &QMessageBox::finished, box, [box, guard, done = std::move(done)](int) {
        const Button answer = box->standardButton(box->clickedButton());
        if (guard)
            done(answer == QMessageBox::NoButton ? QMessageBox::Cancel : answer);
    });
    box->open();
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    show(QMessageBox::Warning, parent, title, text, details);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Information, parent, title, text, {});
}

void MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                      const QString &details)
{
    seam().shown << text;
    if (seam().recordOnly)
        return;
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(icon == QMessageBox::Warning ? QStringLiteral("warningMessageBox")
                                                    : QStringLiteral("informationMessageBox"));
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace RayDeck
