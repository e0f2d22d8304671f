// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "profiles/profilerunner.h"

#include <QList>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace PumpStudio::Models {
class ModelRegistry;
}
namespace PumpStudio::Device {
class Link;
class PumpDriver;
}
namespace PumpStudio::Sim {
class Simulation;
class SimPump;
}

namespace PumpStudio::Profiles {

/// A profile run against a simulated pump of the same model, X times faster, before touching
/// real reagent: the simulator serves a pseudo-terminal and the run goes through the very same
/// link, driver and runner as a real one. The trace is what the simulated pump did (its flow and
/// the volume it moved, in pump time), to be drawn beside the plan. Operator steps are confirmed
/// at once. Runs on the thread it lives on; give it a worker thread in a GUI.
class DryRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DryRun)

public:
    struct TracePoint
    {
        double tS = 0;            ///< pump time since the start
        double flowMlPerMin = 0;  ///< signed: reverse is negative
        double volumeMl = 0;      ///< moved so far (both directions)
    };

    DryRun(const Models::ModelRegistry &models, Profile profile, double speedup, QObject *parent = nullptr);
    ~DryRun() override;

    Result<void> start();
    void abort();
    const QList<TracePoint> &trace() const { return m_trace; }
    ProfileRunner *runner() const { return m_runner.get(); }

Q_SIGNALS:
    void traceUpdated();
    void finished(PumpStudio::Profiles::ProfileRunner::State state, const QString &message);

private:
    void sample();

    const Models::ModelRegistry &m_models;
    Profile m_profile;
    double m_speedup = 1;
    QTemporaryDir m_dir;
    std::unique_ptr<Sim::Simulation> m_simulation;
    Sim::SimPump *m_pump = nullptr;
    std::unique_ptr<Device::Link> m_link;
    std::unique_ptr<Device::PumpDriver> m_driver;
    std::unique_ptr<ProfileRunner> m_runner;
    QTimer *m_sampler = nullptr;
    QList<TracePoint> m_trace;
};

} // namespace PumpStudio::Profiles
