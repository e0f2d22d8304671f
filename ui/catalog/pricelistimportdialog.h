// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "catalog/catalogstore.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace PumpStudio {

class PriceChangeModel;

/// Shows what importing a price list would change (added, changed, removed and rejected lines)
/// and asks before the kept list is replaced. Accepted means "replace".
class PriceListImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceListImportDialog)

public:
    explicit PriceListImportDialog(const Catalog::PriceListPreview &preview, QWidget *parent = nullptr);

    PriceChangeModel *model() const { return m_model; }
    QPushButton *replaceButton() const { return m_replace; }
    QPushButton *cancelButton() const { return m_cancel; }
    /// The summary above the table ("3 added, 1 changed, ..."), for tests and screenshots.
    QString summaryText() const;

private:
    void updateFilter();

    PriceChangeModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_warning = nullptr;
    QCheckBox *m_onlyProblems = nullptr;
    QPushButton *m_replace = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace PumpStudio
