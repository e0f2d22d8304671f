// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "profiledryruncontrols.h"

#include "profiles/precheck.h"
#include "services/dryrunservice.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

ProfileDryRunControls::ProfileDryRunControls(const Models::ModelRegistry &models, Services::DryRunService &dryRuns,
                                             QWidget *parent)
    : QWidget(parent), m_models(models), m_dryRuns(dryRuns)
{
    m_speedup = new QSpinBox(this);
    m_speedup->setObjectName(u"dryRunSpeedup"_s);
    m_speedup->setRange(1, 100);
    m_speedup->setValue(20);
    m_speedup->setSuffix(u"x"_s);
    // A tool button like the toolbar's own, so the controls sit in it as its actions do.
    auto *action = new QAction(this);
    action->setObjectName(u"dryRunAction"_s);
    m_button = new QToolButton(this);
    m_button->setDefaultAction(action);
    m_button->setAutoRaise(true);
    m_button->setFocusPolicy(Qt::NoFocus);
    m_button->setIconSize(QSize(16, 16));
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(style()->pixelMetric(QStyle::PM_ToolBarItemSpacing));
    layout->addWidget(m_speedup);
    layout->addWidget(m_button);
    connect(action, &QAction::triggered, this, &ProfileDryRunControls::dryRunRequested);
    retranslate();
}

ProfileDryRunControls::~ProfileDryRunControls()
{
    // A dry run from here goes on to its end on its own thread; nobody listens any more.
    if (m_mine)
        m_dryRuns.abort();
}

bool ProfileDryRunControls::running() const
{
    return m_mine && m_dryRuns.running();
}

void ProfileDryRunControls::start(const Profiles::Profile &plan)
{
    if (m_dryRuns.running())
        return;
    if (Profiles::precheck(plan, m_models, Profiles::PumpSetup{}).hasErrors()) {
        Q_EMIT statusChanged(tr("Fix the errors of the pre-run check before a dry run."));
        return;
    }
    const int speedup = m_speedup->value();
    if (!m_dryRuns.start(plan, speedup))
        return;
    m_mine = true;
    m_button->defaultAction()->setEnabled(false);
    Q_EMIT statusChanged(tr("Dry run at %1x on a simulated %2…").arg(speedup).arg(plan.modelId));
    const double planned = Profiles::totals(plan).volumeMl;
    connect(&m_dryRuns, &Services::DryRunService::finished, this,
            [this, planned](Profiles::ProfileRunner::State state, const QString &message) {
                m_mine = false;
                // The trace came back as values: it is this thread's own copy.
                QList<QPointF> flow;
                double moved = 0;
                for (const Services::TracePoint &t : m_dryRuns.trace()) {
                    flow.append(QPointF(t.tS, t.flowMlPerMin));
                    moved = t.volumeMl;
                }
                Q_EMIT traceReady(flow);
                const bool ok = state == Profiles::ProfileRunner::State::Finished;
                Q_EMIT statusChanged(ok ? tr("Dry run finished: the simulated pump moved %1 mL of the %2 mL planned.")
                                              .arg(QLocale().toString(moved, 'f', 3), QLocale().toString(planned, 'f', 3))
                                        : tr("Dry run stopped: %1").arg(message));
                m_button->defaultAction()->setEnabled(true);
                Q_EMIT finished(ok);
            }, Qt::SingleShotConnection);
}

void ProfileDryRunControls::retranslate()
{
    m_button->defaultAction()->setText(tr("Dry run"));
    m_button->defaultAction()->setToolTip(
        tr("Run the profile on a simulated pump of this model, this many times faster, and draw what it did over the plan"));
    m_speedup->setToolTip(tr("How many times faster than real time the dry run goes"));
}

void ProfileDryRunControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_button)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace PumpStudio
