// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "pricelistimportdialog.h"

#include "pricechangemodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

using Catalog::PriceChange;

PriceListImportDialog::PriceListImportDialog(const Catalog::PriceListPreview &preview, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Import price list"));
    setObjectName(u"priceListImportDialog"_s);
    const Catalog::PriceListDiff &diff = preview.diff;

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"priceImportSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QStringList counts;
    counts << tr("%n added", nullptr, diff.added) << tr("%n changed", nullptr, diff.changed)
           << tr("%n removed", nullptr, diff.removed) << tr("%n unchanged", nullptr, diff.unchanged)
           << tr("%n line(s) rejected", nullptr, diff.rejected);
    m_summary->setText(tr("%1: %2.").arg(QFileInfo(preview.sourcePath).fileName(), counts.join(u", "_s)));

    m_warning = new QLabel(this);
    m_warning->setObjectName(u"priceImportWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setStyleSheet(u"background:#fff0c2;color:#5a3b00;padding:6px;border-radius:4px;"_s);
    QString warning;
    if (!preview.applicable()) {
        warning = tr("No line of this file can be imported, so the price list is kept as it is. The table says why "
                     "each line was rejected.");
    } else {
        QStringList notes;
        if (diff.rejected > 0)
            notes << tr("The rejected lines are not imported.");
        if (diff.removed > 0)
            notes << tr("Items priced now but missing from this file lose their distributor price.");
        notes << tr("The list kept now is saved as a backup: \"Undo last price list import\" in the Distributor menu "
                    "brings it back.");
        warning = notes.join(u' ');
    }
    m_warning->setText(warning);

    m_model = new PriceChangeModel(this);
    m_model->setChanges(diff.changes, locale());
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PriceChangeModel::RawValueRole);
    m_view = new QTableView(this);
    m_view->setObjectName(u"priceImportChanges"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PriceChangeModel::Line, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PriceChangeModel::After, QHeaderView::Stretch);

    m_onlyProblems = new QCheckBox(tr("Show only rejected and removed lines"), this);
    m_onlyProblems->setObjectName(u"priceImportOnlyProblems"_s);
    m_onlyProblems->setEnabled(diff.rejected + diff.removed > 0);
    connect(m_onlyProblems, &QCheckBox::toggled, this, &PriceListImportDialog::updateFilter);

    auto *buttons = new QDialogButtonBox(this);
    m_replace = buttons->addButton(tr("&Replace price list"), QDialogButtonBox::AcceptRole);
    m_replace->setObjectName(u"priceImportReplace"_s);
    m_replace->setEnabled(preview.applicable());
    m_replace->setAutoDefault(false);
    m_cancel = buttons->addButton(preview.applicable() ? tr("&Keep the current list") : tr("&Close"),
                                  QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(u"priceImportCancel"_s);
    // Enter must not replace a list when lines were rejected or prices would go.
    const bool risky = !preview.applicable() || diff.rejected > 0 || diff.removed > 0;
    (risky ? m_cancel : m_replace)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_warning);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_onlyProblems);
    layout->addWidget(buttons);
    resize(860, 520);
}

QString PriceListImportDialog::summaryText() const { return m_summary->text(); }

void PriceListImportDialog::updateFilter()
{
    if (!m_onlyProblems->isChecked()) {
        m_proxy->setFilterRegularExpression(QRegularExpression());
        return;
    }
    m_proxy->setFilterRole(PriceChangeModel::KindRole);
    m_proxy->setFilterKeyColumn(PriceChangeModel::Change);
    m_proxy->setFilterRegularExpression(
        QRegularExpression(u"^(%1|%2)$"_s.arg(static_cast<int>(PriceChange::Kind::Removed)).arg(static_cast<int>(PriceChange::Kind::Rejected))));
}

} // namespace PumpStudio
