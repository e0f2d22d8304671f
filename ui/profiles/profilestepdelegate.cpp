// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "profilestepdelegate.h"

#include "profilestepmodel.h"

#include "profiles/profile.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QSpinBox>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

namespace {

/// Shows the number as typed ("0.84", not "0.8400"); four decimals are still accepted.
class ShortSpinBox final : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

protected:
    QString textFromValue(double value) const override { return locale().toString(value, 'g', 12); }
};

/// A value and its unit, side by side in one cell.
class QuantityEditor final : public QWidget
{
public:
    QuantityEditor(Profiles::Dimension dimension, QWidget *parent) : QWidget(parent)
    {
        setAutoFillBackground(true);
        m_value = new ShortSpinBox(this);
        m_value->setObjectName(u"quantityValue"_s);
        // Zero and below are allowed here so the model can refuse them with a message.
        m_value->setRange(-1e9, 1e9);
        m_value->setDecimals(4);
        m_value->setButtonSymbols(QAbstractSpinBox::NoButtons);
        m_value->setFrame(false);
        m_unit = new QComboBox(this);
        m_unit->setObjectName(u"quantityUnit"_s);
        m_unit->addItems(Profiles::unitSymbols(dimension));
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(m_value, 1);
        layout->addWidget(m_unit);
        setFocusProxy(m_value);
    }

    QDoubleSpinBox *m_value;
    QComboBox *m_unit;
};

} // namespace

ProfileStepDelegate::ProfileStepDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QWidget *ProfileStepDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant dimension = index.data(ProfileStepModel::DimensionRole);
    if (dimension.isValid())
        return new QuantityEditor(Profiles::Dimension(dimension.toInt()), parent);
    if (index.column() == ProfileStepModel::DirectionColumn) {
        auto *box = new QComboBox(parent);
        box->addItem(tr("forward"), Profiles::directionKey(Profiles::Direction::Forward));
        box->addItem(tr("reverse"), Profiles::directionKey(Profiles::Direction::Reverse));
        return box;
    }
    if (index.column() == ProfileStepModel::MessageColumn && index.data(Qt::EditRole).typeId() == QMetaType::Int) {
        auto *box = new QSpinBox(parent);
        box->setRange(0, std::numeric_limits<int>::max());
        box->setSuffix(tr(" times"));
        return box;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void ProfileStepDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *q = dynamic_cast<QuantityEditor *>(editor)) {
        q->m_value->setValue(index.data(ProfileStepModel::ValueRole).toDouble());
        q->m_unit->setCurrentText(index.data(ProfileStepModel::UnitRole).toString());
        return;
    }
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
        return;
    }
    if (auto *box = qobject_cast<QSpinBox *>(editor)) {
        box->setValue(index.data(Qt::EditRole).toInt());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ProfileStepDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *q = dynamic_cast<QuantityEditor *>(editor)) {
        model->setData(index, QVariantList{q->m_value->value(), q->m_unit->currentText()});
        return;
    }
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, box->currentData());
        return;
    }
    if (auto *box = qobject_cast<QSpinBox *>(editor)) {
        model->setData(index, box->value());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void ProfileStepDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == ProfileStepModel::StepColumn)
        option->text = tr("%1  %2").arg(index.data(ProfileStepModel::PathRole).toString(), option->text);
}

void ProfileStepDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // The unit box needs room the cell may not have: let the editor grow to its size hint.
    QRect rect = option.rect;
    rect.setWidth(std::max(rect.width(), editor->sizeHint().width()));
    editor->setGeometry(rect);
}

} // namespace PumpStudio
