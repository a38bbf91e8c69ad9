// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QWidget;

/**
 * Keyboard and accessibility checks shared by the widget tests. Both look
 * only at what a user can reach right now: widgets visible in @p root.
 */
namespace WidgetAudit {

/// Controls (buttons, fields, lists, spin boxes, tab bars) that assistive technology would
/// announce without a name: no accessible name, no button text, no buddy label.
QStringList unnamedControls(QWidget *root);

/// Alt+letter mnemonics claimed by more than one visible widget of @p window (buttons, labels
/// with a buddy, group boxes, tabs, menu bar titles), one line per clash naming every owner.
/// Qt cannot tell such widgets apart: the key only moves between them, it never activates one.
QStringList mnemonicClashes(QWidget *window);

} // namespace WidgetAudit
