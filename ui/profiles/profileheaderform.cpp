// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "profileheaderform.h"

#include "notesedit.h"

#include "models/modelregistry.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

using Profiles::Profile;

ProfileHeaderForm::ProfileHeaderForm(const Models::ModelRegistry &models, QWidget *parent) : QWidget(parent), m_models(models)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setMaxLength(int(Profiles::kMaxNameLength));
    m_modelBox = new QComboBox(this);
    m_modelBox->setObjectName(u"modelBox"_s);
    m_headBox = new QComboBox(this);
    m_headBox->setObjectName(u"headBox"_s);
    m_tubingBox = new QComboBox(this);
    m_tubingBox->setObjectName(u"tubingBox"_s);
    m_syringeBox = new QComboBox(this);
    m_syringeBox->setObjectName(u"syringeBox"_s);
    for (QComboBox *box : {m_modelBox, m_headBox, m_tubingBox, m_syringeBox})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_calibration = new QDoubleSpinBox(this);
    m_calibration->setObjectName(u"calibrationBox"_s);
    m_calibration->setRange(0, 100);
    m_calibration->setDecimals(4);
    m_calibration->setSingleStep(0.01);
    m_notes = new NotesEdit(this);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setTabChangesFocus(true);
    // Two columns: what the profile is for on the left, calibration and notes on the right,
    // so the steps and the preview keep most of the height.
    m_form = new QFormLayout;
    m_sideForm = new QFormLayout;
    for (auto [form, field] : {std::pair{m_form, static_cast<QWidget *>(m_name)}, {m_form, m_modelBox}, {m_form, m_headBox},
                               {m_form, m_tubingBox}, {m_form, m_syringeBox}, {m_sideForm, m_calibration}, {m_sideForm, m_notes}}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        form->addRow(label, field);
    }
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 2 + 12);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 5 + 12);
    m_sideForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form, 3);
    layout->addLayout(m_sideForm, 2);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) { edit([&](Profile &p) { p.name = text; }); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_notes->toPlainText();
        edit([&](Profile &p) { p.notes = text; });
    });
    connect(m_notes, &NotesEdit::insertionCut, this, &ProfileHeaderForm::editRefused);
    connect(m_modelBox, &QComboBox::activated, this, [this] {
        const QString id = m_modelBox->currentData().toString();
        edit([&](Profile &p) {
            if (p.modelId == id)
                return;
            // Another model's heads, tubing and syringes mean nothing here: back to its defaults.
            p.modelId = id;
            p.headId.clear();
            p.tubingId.clear();
            p.syringeId.clear();
        });
    });
    connect(m_headBox, &QComboBox::activated, this, [this] {
        const QString id = m_headBox->currentData().toString();
        edit([&](Profile &p) {
            if (p.headId != id)
                p.tubingId.clear();
            p.headId = id;
        });
    });
    connect(m_tubingBox, &QComboBox::activated, this, [this] {
        const QString id = m_tubingBox->currentData().toString();
        edit([&](Profile &p) { p.tubingId = id; });
    });
    connect(m_syringeBox, &QComboBox::activated, this, [this] {
        const QString id = m_syringeBox->currentData().toString();
        edit([&](Profile &p) { p.syringeId = id; });
    });
    connect(m_calibration, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        edit([&](Profile &p) { p.mlPerRev = value > 0 ? std::optional<double>(value) : std::nullopt; });
    });
    retranslateLabels();
}

ProfileHeaderForm::~ProfileHeaderForm()
{
    // The children die after this body; their last signals must not reach a half-destroyed form.
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
}

void ProfileHeaderForm::edit(const std::function<void(Profile &)> &change)
{
    Profile header = m_header;
    change(header);
    if (header != m_header)
        Q_EMIT headerEdited(header);
}

void ProfileHeaderForm::focusName()
{
    m_name->setFocus();
    m_name->selectAll();
}

void ProfileHeaderForm::setHeader(const Profile &header)
{
    m_header = header;
    m_header.steps.clear();
    if (m_name->text() != header.name) {
        const QSignalBlocker blocker(m_name);
        m_name->setText(header.name);
    }
    if (m_notes->toPlainText() != header.notes) {
        const QSignalBlocker blocker(m_notes);
        m_notes->setPlainText(header.notes);
    }
    if (m_calibration->value() != header.mlPerRev.value_or(0)) {
        const QSignalBlocker blocker(m_calibration);
        m_calibration->setValue(header.mlPerRev.value_or(0));
    }
    fillModelBoxes();
}

void ProfileHeaderForm::fillModelBoxes()
{
    const Profile &header = m_header;
    const QSignalBlocker b1(m_modelBox), b2(m_headBox), b3(m_tubingBox), b4(m_syringeBox);
    m_modelBox->clear();
    for (const Models::PumpModel &model : m_models.models()) {
        if (model.kind != Models::Kind::PressureSensor)
            m_modelBox->addItem(model.displayName, model.id);
    }
    if (m_modelBox->findData(header.modelId) < 0)
        m_modelBox->addItem(tr("%1 (unknown model)").arg(header.modelId), header.modelId);
    m_modelBox->setCurrentIndex(m_modelBox->findData(header.modelId));

    const Models::PumpModel *model = m_models.find(header.modelId);
    const bool peristaltic = model && model->kind == Models::Kind::Peristaltic;
    const bool syringe = model && model->kind == Models::Kind::Syringe;

    // An empty id is the model's default, named so the user sees what that is.
    const auto fill = [this](QComboBox *box, const QString &defaultName, const QList<std::pair<QString, QString>> &options,
                             const QString &current) {
        box->clear();
        box->addItem(defaultName.isEmpty() ? tr("model default") : tr("model default (%1)").arg(defaultName), QString());
        for (const auto &[id, name] : options)
            box->addItem(name, id);
        if (box->findData(current) < 0)
            box->addItem(tr("%1 (not in this model)").arg(current), current);
        box->setCurrentIndex(box->findData(current));
        box->setEnabled(box->count() > 1);
    };

    QList<std::pair<QString, QString>> heads, tubing, syringes;
    QString defaultHead, defaultTubing, defaultSyringe;
    if (model) {
        for (const auto &h : model->heads)
            heads.append({h.id, h.name});
        if (const auto *h = model->head(model->defaultHead))
            defaultHead = h->name;
        const Models::HeadOption *head = model->head(header.headId.isEmpty() ? model->defaultHead : header.headId);
        if (head) {
            for (const auto &t : head->tubing)
                tubing.append({t.id, tr("%1 (%2 mL/rev)").arg(t.name, Profiles::numberText(t.mlPerRev))});
            for (const auto &t : head->tubing) {
                if (t.id == head->defaultTubing)
                    defaultTubing = t.name;
            }
        }
        for (const auto &s : model->syringes)
            syringes.append({s.id, s.name});
        if (const auto *s = model->syringe(model->defaultSyringe))
            defaultSyringe = s->name;
    }
    fill(m_headBox, defaultHead, heads, header.headId);
    fill(m_tubingBox, defaultTubing, tubing, header.tubingId);
    fill(m_syringeBox, defaultSyringe, syringes, header.syringeId);
    // Only what this kind of pump has: heads and tubing, or syringes.
    m_form->setRowVisible(m_headBox, !syringe);
    m_form->setRowVisible(m_tubingBox, !syringe);
    m_sideForm->setRowVisible(m_calibration, !syringe);
    m_form->setRowVisible(m_syringeBox, syringe || (!peristaltic && !header.syringeId.isEmpty()));  // an unknown model keeps what the file named
}

void ProfileHeaderForm::retranslate()
{
    retranslateLabels();
    fillModelBoxes();
}

void ProfileHeaderForm::retranslateLabels()
{
    const auto label = [](QFormLayout *form, QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(field)))
            l->setText(text);
    };
    label(m_form, m_name, tr("Name:"));
    label(m_form, m_modelBox, tr("Pump model:"));
    label(m_form, m_headBox, tr("Pump head:"));
    label(m_form, m_tubingBox, tr("Tubing:"));
    label(m_form, m_syringeBox, tr("Syringe:"));
    label(m_sideForm, m_calibration, tr("Calibration:"));
    label(m_sideForm, m_notes, tr("Notes:"));
    m_calibration->setSpecialValueText(tr("nominal (from the tubing)"));
    m_calibration->setSuffix(tr(" mL/rev"));
    m_calibration->setToolTip(tr("The measured mL per revolution, replacing the tubing's nominal figure; 0 to use the nominal one"));
}

void ProfileHeaderForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_name)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace PumpStudio
