// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "groupstartdialog.h"

#include "services/deviceservice.h"
#include "monitor/groupstartmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

namespace {

// The Profile column: a combo box of the library's profiles, committed as soon as one is picked.
class ProfileChoiceDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(u"profileChoice"_s);
        combo->addItem(GroupStartDialog::tr("(none)"), QString());
        for (const QString &name : index.data(GroupStartModel::ProfileNamesRole).toStringList())
            combo->addItem(name, name);
        connect(combo, &QComboBox::activated, this, &ProfileChoiceDelegate::commitCombo);
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }

private:
    void commitCombo()
    {
        if (auto *combo = qobject_cast<QComboBox *>(sender()))
            Q_EMIT commitData(combo);
    }
};

} // namespace

GroupStartDialog::GroupStartDialog(Services::DeviceService &devices, const Profiles::ProfileLibrary &library, QWidget *parent)
    : QDialog(parent), m_devices(devices)
{
    setObjectName(u"groupStartDialog"_s);
    setWindowTitle(tr("Run profiles together"));

    auto *intro = new QLabel(tr("Tick the pumps that take part and choose a profile for each. Each profile is checked against "
                                "its pump as fitted. They start at one instant, all or none: if one pump cannot start, none does."),
                             this);
    intro->setWordWrap(true);

    m_model = new GroupStartModel(devices, library, this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"groupStartTable"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(GroupStartModel::Profile, new ProfileChoiceDelegate(m_view));
    // Nothing to select here: a selection only painted over the check's colours.
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);  // the combo boxes are always open
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(QComboBox().sizeHint().height() + 6);
    // Pump and check sized to their text plus some air (fitted in updateState()), the profile
    // column takes the rest.
    m_view->horizontalHeader()->setSectionResizeMode(GroupStartModel::Pump, QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(GroupStartModel::Profile, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(GroupStartModel::Check, QHeaderView::Fixed);
    m_view->setWordWrap(false);
    // As tall as its rows (a lab has a handful of pumps), so the findings below get the room.
    m_view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);

    auto *findingsLabel = new QLabel(tr("Pre-run check of the ticked pumps:"), this);
    m_findings = new QPlainTextEdit(this);
    m_findings->setObjectName(u"findings"_s);
    m_findings->setReadOnly(true);
    m_findings->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    m_confirmWarnings = new QCheckBox(tr("I have read the warnings; start anyway"), this);
    m_confirmWarnings->setObjectName(u"confirmWarnings"_s);
    m_confirmWarnings->hide();

    m_blocker = new QLabel(this);
    m_blocker->setObjectName(u"blocker"_s);
    m_blocker->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_start = buttons->addButton(tr("Start together"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(u"startTogether"_s);
    connect(m_start, &QPushButton::clicked, this, &GroupStartDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view);
    layout->addWidget(findingsLabel);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_confirmWarnings);
    layout->addWidget(m_blocker);
    layout->addWidget(buttons);

    const auto openEditors = [this] {
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_view->openPersistentEditor(m_model->index(row, GroupStartModel::Profile));
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, openEditors);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, openEditors);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GroupStartDialog::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &GroupStartDialog::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &GroupStartDialog::updateState);
    connect(m_confirmWarnings, &QCheckBox::toggled, this, [this](bool confirmed) {
        m_confirmedWarnings = confirmed ? m_model->checkedWarnings() : QStringList();
        updateState();
    });
    connect(&devices, &Services::DeviceService::pumpChanged, m_model, &GroupStartModel::updatePump);
    connect(&devices, &Services::DeviceService::profileProgressChanged, m_model, [this](const QString &id) { m_model->updateRun(id); });
    connect(&devices, &Services::DeviceService::profileFinished, m_model, [this](const QString &id) { m_model->updateRun(id); });
    openEditors();
    updateState();
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 34);
}

void GroupStartDialog::updateState()
{
    // ResizeToContents left the text flush against the grid, and clipped in Chinese: the size
    // hint measures CJK text narrower than the fallback font paints it. A line height of air.
    const int air = fontMetrics().height() + fontMetrics().averageCharWidth();
    for (const int column : {int(GroupStartModel::Pump), int(GroupStartModel::Check)}) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, m_view->columnWidth(column) + air);
    }

    // Findings first (errors, then warnings), then the pumps whose profile fits, one line each.
    QStringList errors, warned, fitting;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex pump = m_model->index(row, GroupStartModel::Pump);
        if (pump.data(Qt::CheckStateRole).value<Qt::CheckState>() != Qt::Checked)
            continue;
        const QString profile = m_model->index(row, GroupStartModel::Profile).data().toString();
        const QModelIndex check = m_model->index(row, GroupStartModel::Check);
        const auto status = GroupStartModel::RowStatus(check.data(GroupStartModel::StatusRole).toInt());
        const QString who = tr("%1 — %2").arg(pump.data().toString(), profile.isEmpty() ? tr("no profile") : profile);
        if (status == GroupStartModel::RowStatus::Ready) {
            fitting.append(tr("%1: %2").arg(who, check.data(Qt::ToolTipRole).toString()));
            continue;
        }
        QStringList &list = status == GroupStartModel::RowStatus::Warnings ? warned : errors;
        list.append(tr("%1: %2").arg(who, check.data().toString()));
        list.append(check.data(Qt::ToolTipRole).toString());
        list.append(QString());
    }
    const QStringList report = errors + warned + fitting;
    m_findings->setPlainText(report.isEmpty() ? tr("No pump ticked yet.") : report.join(u'\n').trimmed());

    // One confirmation covers the warnings as listed; a different list asks again.
    const QStringList warnings = m_model->checkedWarnings();
    if (warnings != m_confirmedWarnings && m_confirmWarnings->isChecked()) {
        const QSignalBlocker blocker(m_confirmWarnings);
        m_confirmWarnings->setChecked(false);
        m_confirmedWarnings.clear();
    }
    m_confirmWarnings->setVisible(!warnings.isEmpty());

    QString why = m_model->blocker();
    if (why.isEmpty() && !warnings.isEmpty() && !m_confirmWarnings->isChecked())
        why = tr("The check has warnings (listed above): confirm them to start.");
    m_blocker->setText(why);
    m_blocker->setVisible(!why.isEmpty());
    m_start->setEnabled(why.isEmpty());
    m_start->setToolTip(why);
}

void GroupStartDialog::start()
{
    updateState();
    if (!m_start->isEnabled())
        return;
    const QList<Services::ProfileStart> runs = m_model->starts();
    QStringList ids;
    for (const Services::ProfileStart &run : runs)
        ids.append(run.pumpId);
    m_devices.startProfiles(runs);
    Q_EMIT started(ids);
    accept();
}

} // namespace PumpStudio
