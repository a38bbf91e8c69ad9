// SPDX-License-Identifier: GPL-3.0-or-later
#include "WidgetAudit.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace WidgetAudit {
namespace {

QString describe(const QWidget *widget, const QString &text)
{
    QString what = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        what += u' ' + widget->objectName();
    if (!text.isEmpty())
        what += u" \""_s + QString(text).remove(u'&') + u'"';
    return what;
}

bool isControl(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QPlainTextEdit *>(widget)
        || qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QTabBar *>(widget);
}

// Parts of composite widgets (a spin box's line edit, a combo box's popup, a
// view's viewport) are presented to assistive technology by their owner.
bool isInternal(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    return widget->objectName().startsWith(u"qt_"_s) || qobject_cast<const QAbstractSpinBox *>(parent)
        || qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractItemView *>(parent)
        || qobject_cast<const QTabBar *>(parent);
}

} // namespace

QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || !isControl(widget) || isInternal(widget))
            continue;
        // What a screen reader announces: the accessible name, else what Qt
        // derives from the button text or the buddy label.
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << describe(widget, {});
    }
    return unnamed;
}

QStringList mnemonicClashes(QWidget *window)
{
    QMap<QKeySequence, QStringList> owners;
    auto claim = [&owners](const QString &text, const QString &owner) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            owners[key] << owner;
    };
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(window))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            claim(button->text(), describe(button, button->text()));
        } else if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->buddy())
                claim(label->text(), describe(label, label->text()));
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            claim(group->title(), describe(group, group->title()));
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int index = 0; index < tabs->count(); ++index)
                claim(tabs->tabText(index), describe(tabs, tabs->tabText(index)));
        } else if (auto *menuBar = qobject_cast<QMenuBar *>(widget)) {
            const QList<QAction *> menus = menuBar->actions();
            for (QAction *menu : menus)
                claim(menu->text(), describe(menuBar, menu->text()));
        }
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << it.key().toString() + u": "_s + it.value().join(u", "_s);
    }
    return clashes;
}

} // namespace WidgetAudit
