// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "catalog/reorderhints.h"

#include <QDialog>

#include <vector>

class QTableWidget;

namespace PumpStudio {

/// Lists the pumps on the bench (model, head, tubing) and their pump hours for "fits my pumps"
/// and reorder hints. Hours are typed in until run records provide them.
class MyPumpsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyPumpsDialog)

public:
    explicit MyPumpsDialog(const std::vector<Catalog::PumpUsage> &usage, QWidget *parent = nullptr);

    std::vector<Catalog::PumpUsage> usage() const;

private:
    void addRow(const Catalog::PumpUsage &usage);
    void fillHeads(int row, const QString &selected);
    void fillTubing(int row, const QString &selected);

    QTableWidget *m_table = nullptr;
};

} // namespace PumpStudio
