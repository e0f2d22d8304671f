// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

class QLabel;
class QWidget;

namespace PumpStudio {

/// Asks why (a reason for change the policy wants); nothing when cancelled or left blank.
std::optional<QString> askReason(QWidget *parent, const QString &what);

/// Open mode: who runs this? An editable list of the operators remembered, the OS user shown
/// beside it; nothing when cancelled.
std::optional<QString> askOperator(QWidget *parent, const QStringList &remembered, const QString &current, const QString &osUser);

/// While a dialog's password is checked off the GUI thread: its controls disabled, a busy
/// cursor and `busyText` in `message`; afterwards the controls enabled and the message cleared
/// (what comes next, an error, is written in red).
void showPasswordCheck(QWidget &dialog, QLabel &message, std::initializer_list<QWidget *> controls, bool busy,
                       const QString &busyText);

} // namespace PumpStudio
