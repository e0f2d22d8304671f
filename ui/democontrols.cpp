// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "democontrols.h"

#include "services/democontroller.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

using Scenario = Sim::DemoSimulation::Scenario;

DemoControls::DemoControls(Services::DemoController &demo, QWidget *parent) : QWidget(parent), m_demo(demo)
{
    m_scenario = new QComboBox(this);
    m_scenario->setObjectName(u"demoScenario"_s);
    for (const auto scenario : {Scenario::NormalDosing, Scenario::Occlusion, Scenario::CablePulled})
        m_scenario->addItem(Sim::DemoSimulation::scenarioName(scenario), static_cast<int>(scenario));
    m_scenario->setCurrentIndex(m_scenario->findData(static_cast<int>(m_demo.scenario())));
    m_scenario->setToolTip(tr("What the demo shows; can be switched while it runs, the pumps stay connected"));
    m_startStop = new QPushButton(this);
    m_startStop->setObjectName(u"demoStartStop"_s);
    auto *label = new QLabel(tr("D&emo:"), this);
    label->setBuddy(m_scenario);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_scenario);
    layout->addWidget(m_startStop);

    connect(m_startStop, &QPushButton::clicked, this, &DemoControls::toggle);
    connect(m_scenario, &QComboBox::activated, this, &DemoControls::scenarioChosen);
    connect(&m_demo, &Services::DemoController::demoStarted, this, [this] {
        updateState();
        Q_EMIT statusMessage(tr("Demo running: %1").arg(m_scenario->currentText()));
    });
    connect(&m_demo, &Services::DemoController::demoStopped, this, [this] {
        updateState();
        Q_EMIT statusMessage(tr("Demo stopped: its simulated pumps were removed."));
    });
    connect(&m_demo, &Services::DemoController::scenarioChanged, this, [this](Scenario scenario) {
        m_scenario->setCurrentIndex(m_scenario->findData(static_cast<int>(scenario)));
    });
    connect(&m_demo, &Services::DemoController::demoFailed, this, [this](const QString &message) {
        updateState();
        QMessageBox::warning(this, tr("Demo"), m_demo.running() ? message : tr("The demo could not start: %1").arg(message));
    });
    updateState();
}

void DemoControls::startDemo()
{
    if (!m_demo.active())
        m_demo.start(static_cast<Scenario>(m_scenario->currentData().toInt()));
    updateState();
}

void DemoControls::toggle()
{
    if (m_demo.active())
        m_demo.stop();
    else
        m_demo.start(static_cast<Scenario>(m_scenario->currentData().toInt()));
    updateState();
}

void DemoControls::scenarioChosen()
{
    const auto scenario = static_cast<Scenario>(m_scenario->currentData().toInt());
    m_demo.setScenario(scenario);
    if (m_demo.running())
        Q_EMIT statusMessage(tr("Demo scenario switched to: %1").arg(m_scenario->currentText()));
}

void DemoControls::updateState()
{
    const bool active = m_demo.active();
    m_startStop->setText(active ? tr("Stop Demo") : tr("Start Demo"));
    m_startStop->setToolTip(active ? tr("Stop the simulated pumps and remove them; the scenario can be switched without stopping")
                                   : tr("Simulated pumps (Reglo ICC, Longer BT100-2J, Lead Fluid BT100S and a pressure "
                                        "transmitter) on virtual serial ports, through the same drivers as real ones"));
}

} // namespace PumpStudio
