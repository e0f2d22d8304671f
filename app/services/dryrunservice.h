// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "services/dryrun.h"

#include <QObject>

class QThread;

namespace PumpStudio::Services {

/// Gives dry runs a thread for the program's lifetime, so the GUI never runs pump physics and
/// never waits for a dry run: one dry run at a time, started and aborted with queued calls; its
/// trace comes back as values. The worker is created, run and deleted on that thread.
class DryRunService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DryRunService)

public:
    explicit DryRunService(const Models::ModelRegistry &models, QObject *parent = nullptr);
    ~DryRunService() override;

    bool running() const { return m_worker != nullptr; }
    /// Starts a dry run; false (and nothing started) while one runs.
    bool start(const Profiles::Profile &profile, double speedup);
    void abort();
    /// What the simulated pump did in the current or the last dry run.
    const QList<TracePoint> &trace() const { return m_trace; }

Q_SIGNALS:
    void traceUpdated();
    void finished(PumpStudio::Profiles::ProfileRunner::State state, const QString &message);

private:
    const Models::ModelRegistry &m_models;
    QThread *m_thread = nullptr;
    DryRun *m_worker = nullptr;  ///< lives on m_thread while a dry run goes on
    QList<TracePoint> m_trace;
};

} // namespace PumpStudio::Services
