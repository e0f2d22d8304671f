// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "profiles/profile.h"
#include "profiles/profilerunner.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <memory>

class QTimer;

namespace PumpStudio::Models {
class ModelRegistry;
}
namespace PumpStudio::Device {
class DeviceManager;
}
namespace PumpStudio::Sim {
class Simulation;
class SimPump;
}

namespace PumpStudio::Services {

/// One point of what the simulated pump did in a dry run.
struct TracePoint
{
    double tS = 0;            ///< pump time since the start
    double flowMlPerMin = 0;  ///< signed: reverse is negative
    double volumeMl = 0;      ///< moved so far (both directions)
};

/// A profile run against a simulated pump of the same model, X times faster, before touching
/// real reagent: the simulator serves a pseudo-terminal and the run is hosted exactly as a real
/// one is (DeviceManager, the pump's session and its safety rules, the runner as its job). The
/// trace is what the simulated pump did, in pump time, to be drawn beside the plan. The dry run
/// is its own operator: it confirms operator steps and resumes a step once the device layer says
/// the pump is back. Runs on the thread it lives on (DryRunService gives it one in the GUI).
class DryRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DryRun)

public:
    DryRun(const Models::ModelRegistry &models, Profiles::Profile profile, double speedup, QObject *parent = nullptr);
    ~DryRun() override;

    Result<void> start();
    void abort();
    /// What the simulated pump did so far (for callers on this object's thread).
    const QList<TracePoint> &trace() const { return m_trace; }

Q_SIGNALS:
    /// New trace points since the last time, as values (safe to read on any thread).
    void traced(const QList<PumpStudio::Services::TracePoint> &points);
    void finished(PumpStudio::Profiles::ProfileRunner::State state, const QString &message);

private:
    void startJob();
    void sample();
    void end(Profiles::ProfileRunner::State state, const QString &message);

    const Models::ModelRegistry &m_models;
    Profiles::Profile m_profile;
    double m_speedup = 1;
    QTemporaryDir m_dir;
    std::unique_ptr<Sim::Simulation> m_simulation;
    Sim::SimPump *m_pump = nullptr;
    std::unique_ptr<Device::DeviceManager> m_devices;
    QPointer<Profiles::ProfileRunner> m_runner;  ///< owned by its pump's session in m_devices
    QTimer *m_sampler = nullptr;
    QList<TracePoint> m_trace;
    qsizetype m_reported = 0;  ///< trace points already sent through traced()
    bool m_jobStarted = false;
    bool m_ended = false;
};

} // namespace PumpStudio::Services

Q_DECLARE_METATYPE(PumpStudio::Services::TracePoint)
