// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "pumpbackdialog.h"

#include "core/clocktext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

PumpBackDialog::PumpBackDialog(const QString &pumpName, const QString &profileName, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"pumpBackDialog"_s);
    setWindowTitle(tr("Pump is back"));

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *heading = new QLabel(tr("%1 answers again after a lost link. The profile run is paused: choose how it goes on.").arg(pumpName), this);
    heading->setObjectName(u"heading"_s);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *pump = new QLabel(pumpName, this);
    auto *profile = new QLabel(profileName.isEmpty() ? tr("(unnamed)") : profileName, this);
    m_step = new QLabel(this);
    m_step->setObjectName(u"step"_s);
    m_volume = new QLabel(this);
    m_volume->setObjectName(u"volume"_s);
    for (QLabel *label : {pump, profile, m_step, m_volume})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Pump:"), pump);
    form->addRow(tr("Profile:"), profile);
    form->addRow(tr("Step:"), m_step);
    form->addRow(tr("Delivered:"), m_volume);

    m_message = new QLabel(this);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    using Action = Services::ProfileAction;
    const auto add = [&](QPushButton *&b, const QString &text, QDialogButtonBox::ButtonRole role, const QString &name,
                         const QString &tip, Action action) {
        b = buttons->addButton(text, role);
        b->setObjectName(name);
        b->setToolTip(tip);
        // No default button: Enter must not resume a pump nobody looked at.
        b->setAutoDefault(false);
        b->setDefault(false);
        connect(b, &QPushButton::clicked, this, [this, action] {
            Q_EMIT actionChosen(action);
            accept();
        });
    };
    add(m_resume, tr("Resume step"), QDialogButtonBox::AcceptRole, u"resumeStep"_s,
        tr("Run the rest of the interrupted step, then go on with the profile."), Action::Resume);
    // Resume and Skip both close the question and go on (accept role): they stay side by side in
    // every platform's button order, with Abort, the destructive one, at the far end.
    add(m_skip, tr("Skip step"), QDialogButtonBox::AcceptRole, u"skipStep"_s,
        tr("Leave the rest of this step out and go on with the next one."), Action::Skip);
    add(m_abort, tr("Abort run"), QDialogButtonBox::DestructiveRole, u"abortRun"_s,
        tr("End the run here; the pump stays stopped."), Action::Abort);

    auto *text = new QVBoxLayout;
    text->addWidget(heading);
    text->addLayout(form);
    text->addWidget(m_message);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
}

void PumpBackDialog::setProgress(const Profiles::ProfileRunner::Progress &p)
{
    // The step as the profile numbers it ("3.2" inside a repeat), as the runner's message does.
    m_step->setText(tr("%1 (%2), run time %3 of %4")
                        .arg(p.path.isEmpty() ? QString::number(p.segment + 1) : p.path, Profiles::kindText(p.kind),
                             elapsedClockText(p.elapsedS), elapsedClockText(p.plannedS)));
    m_volume->setText(tr("%1 of %2 mL planned").arg(QLocale().toString(p.deliveredMl, 'f', 3), QLocale().toString(p.plannedMl, 'f', 3)));
    m_message->setText(p.message);
}

QPushButton *PumpBackDialog::button(Services::ProfileAction action) const
{
    switch (action) {
    case Services::ProfileAction::Resume: return m_resume;
    case Services::ProfileAction::Skip: return m_skip;
    case Services::ProfileAction::Abort: return m_abort;
    default: return nullptr;
    }
}

} // namespace PumpStudio
