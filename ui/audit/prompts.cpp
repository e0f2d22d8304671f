// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "prompts.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLabel>

namespace PumpStudio {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("PumpStudio::Prompts", text); }
} // namespace

std::optional<QString> askReason(QWidget *parent, const QString &what)
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        parent, tr("Reason for Change"),
        tr("%1 needs a reason, which is kept in the audit trail with the change:").arg(what), QString(), &ok);
    if (!ok || reason.trimmed().isEmpty())
        return std::nullopt;
    return reason.trimmed();
}

std::optional<QString> askOperator(QWidget *parent, const QStringList &remembered, const QString &current, const QString &osUser)
{
    QStringList names = remembered;
    if (!current.isEmpty() && !names.contains(current))
        names.prepend(current);
    bool ok = false;
    const QString name = QInputDialog::getItem(
        parent, tr("Who Runs This?"),
        tr("A run is being recorded. Pick or type the operator's name (the OS user %1 is recorded as well):").arg(osUser), names,
        std::max<qsizetype>(0, names.indexOf(current)), true, &ok);
    if (!ok || name.trimmed().isEmpty())
        return std::nullopt;
    return name.trimmed();
}

void showPasswordCheck(QWidget &dialog, QLabel &message, std::initializer_list<QWidget *> controls, bool busy,
                       const QString &busyText)
{
    for (QWidget *control : controls)
        control->setEnabled(!busy);
    message.setStyleSheet(busy ? QString() : QStringLiteral("color: #b00020;"));
    if (busy) {
        message.setText(busyText);
        dialog.setCursor(Qt::BusyCursor);
    } else {
        message.clear();
        dialog.unsetCursor();
    }
}

} // namespace PumpStudio
