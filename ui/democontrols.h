// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "sim/demosimulation.h"

#include <QWidget>

class QComboBox;
class QPushButton;

namespace PumpStudio {

namespace Services {
class DemoController;
}

/// The demo's scenario and its Start/Stop button. The scenario can be switched while the demo
/// runs (a distributor goes normal -> occlusion -> cable pulled in front of a customer), and the
/// demo stopped and started again without restarting the program.
class DemoControls final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoControls)

public:
    explicit DemoControls(Services::DemoController &demo, QWidget *parent = nullptr);

    QComboBox *scenarioBox() const { return m_scenario; }
    QPushButton *startStopButton() const { return m_startStop; }
    /// Starts the demo with the scenario chosen (what --demo does).
    void startDemo();

Q_SIGNALS:
    /// What happened, for the status bar.
    void statusMessage(const QString &text);

private:
    void toggle();
    void scenarioChosen();
    void updateState();

    Services::DemoController &m_demo;
    QComboBox *m_scenario = nullptr;
    QPushButton *m_startStop = nullptr;
};

} // namespace PumpStudio
