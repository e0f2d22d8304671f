// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace PumpStudio {

/// Asks why (a reason for change the policy wants); nothing when cancelled or left blank.
std::optional<QString> askReason(QWidget *parent, const QString &what);

/// Open mode: who runs this? An editable list of the operators remembered, the OS user shown
/// beside it; nothing when cancelled.
std::optional<QString> askOperator(QWidget *parent, const QStringList &remembered, const QString &current, const QString &osUser);

} // namespace PumpStudio
