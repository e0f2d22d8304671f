// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "mypumpsdialog.h"

#include "catalog/vocabulary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

using namespace Catalog;

namespace {
enum PumpColumn { ModelColumn, HeadColumn, TubingColumn, TubingHoursColumn, HeadHoursColumn, ResetColumn, PumpColumnCount };
constexpr double kMaxHours = 1'000'000.0;
} // namespace

MyPumpsDialog::MyPumpsDialog(const std::vector<PumpUsage> &usage, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("My pumps"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The pumps on your bench, for \"Fits my pumps\" and for reorder hints. Enter the "
                                "pump hours since the tubing and the head were last replaced; press \"New tubing\" "
                                "when you fit new tubing."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, PumpColumnCount, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Model"), tr("Head"), tr("Tubing"), tr("Tubing hours"), tr("Head hours"), QString()});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);

    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add pump"), this);
    auto *remove = new QPushButton(tr("&Remove pump"), this);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    layout->addLayout(rowButtons);
    connect(add, &QPushButton::clicked, this, [this] { addRow({Vocabulary::models().constFirst(), {}, {}, 0.0, {}}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);

    for (const PumpUsage &pump : usage)
        addRow(pump);
    resize(860, 360);
}

void MyPumpsDialog::addRow(const PumpUsage &pump)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *model = new QComboBox(m_table);
    model->addItems(Vocabulary::models());
    model->setCurrentText(pump.modelId);
    m_table->setCellWidget(row, ModelColumn, model);
    m_table->setCellWidget(row, HeadColumn, new QComboBox(m_table));
    m_table->setCellWidget(row, TubingColumn, new QComboBox(m_table));
    fillHeads(row, pump.headId);
    fillTubing(row, pump.tubingId);
    // Cells are found again by widget, since rows move when one above is removed.
    connect(model, &QComboBox::currentTextChanged, this, [this, model] {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->cellWidget(r, ModelColumn) == model) {
                fillHeads(r, {});
                fillTubing(r, {});
            }
        }
    });
    auto *head = qobject_cast<QComboBox *>(m_table->cellWidget(row, HeadColumn));
    connect(head, &QComboBox::currentTextChanged, this, [this, head] {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->cellWidget(r, HeadColumn) == head)
                fillTubing(r, {});
        }
    });
    auto *tubingHours = new QDoubleSpinBox(m_table);
    tubingHours->setRange(0.0, kMaxHours);
    tubingHours->setDecimals(1);
    tubingHours->setSuffix(tr(" h"));
    tubingHours->setValue(pump.hours);
    m_table->setCellWidget(row, TubingHoursColumn, tubingHours);
    auto *headHours = new QDoubleSpinBox(m_table);
    headHours->setRange(0.0, kMaxHours);
    headHours->setDecimals(1);
    headHours->setSuffix(tr(" h"));
    headHours->setValue(pump.headHours.value_or(pump.hours));
    m_table->setCellWidget(row, HeadHoursColumn, headHours);
    auto *reset = new QToolButton(m_table);
    reset->setText(tr("New tubing"));
    reset->setToolTip(tr("Tubing replaced: start its hours again at 0"));
    connect(reset, &QToolButton::clicked, tubingHours, [tubingHours] { tubingHours->setValue(0.0); });
    m_table->setCellWidget(row, ResetColumn, reset);
}

void MyPumpsDialog::fillHeads(int row, const QString &selected)
{
    auto *model = qobject_cast<QComboBox *>(m_table->cellWidget(row, ModelColumn));
    auto *head = qobject_cast<QComboBox *>(m_table->cellWidget(row, HeadColumn));
    const QSignalBlocker blocker(head);
    head->clear();
    head->addItems(Vocabulary::headsForModel(model->currentText()));
    if (!selected.isEmpty())
        head->setCurrentText(selected);
}

void MyPumpsDialog::fillTubing(int row, const QString &selected)
{
    auto *head = qobject_cast<QComboBox *>(m_table->cellWidget(row, HeadColumn));
    auto *tubing = qobject_cast<QComboBox *>(m_table->cellWidget(row, TubingColumn));
    tubing->clear();
    tubing->addItems(Vocabulary::tubingForHead(head->currentText()));
    if (!selected.isEmpty())
        tubing->setCurrentText(selected);
}

std::vector<PumpUsage> MyPumpsDialog::usage() const
{
    std::vector<PumpUsage> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text = [this, row](int column) {
            return qobject_cast<QComboBox *>(m_table->cellWidget(row, column))->currentText();
        };
        const auto hours = [this, row](int column) {
            return qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, column))->value();
        };
        result.push_back({text(ModelColumn), text(HeadColumn), text(TubingColumn), hours(TubingHoursColumn),
                          hours(HeadHoursColumn)});
    }
    return result;
}

} // namespace PumpStudio
