// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QDialog>

namespace PumpStudio {

/// Version, build and environment facts, selectable so a user can paste them into a report.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    /// The facts shown, as plain text.
    QString buildReport() const;
};

} // namespace PumpStudio
