// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"

#include <QObject>

#include <functional>
#include <memory>

class QElapsedTimer;

namespace PumpStudio::Device {

class PumpDriver;

/// Work done on one pump over time (a dosing profile, a calibration run): the device layer hosts
/// it on the device thread, keeps one safety policy around it (the same pump must come back
/// after a lost link, and is stopped first if it kept running) and tells it what happens to the
/// link. It knows nothing else about the job; jobs implement this interface.
class PumpJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PumpJob)

public:
    ~PumpJob() override;

    /// Starts on the given clock; jobs started together share one, so their plans line up.
    virtual void start(const QElapsedTimer &clock) = 0;
    /// Ends the job with the pump told to stop (the stop is queued on the line before this
    /// returns); `reason` says why, in words, for the operator and the record.
    virtual void abort(const QString &reason) = 0;
    /// The link is gone, or the pump stopped answering: what the pump does is unknown. The job
    /// holds still until linkRestored().
    virtual void linkLost(const PumpStudio::Error &why) = 0;
    /// The same pump answers again (identified anew); it was stopped first if it kept running.
    virtual void linkRestored(bool keptRunningAndStopped) = 0;
    /// Still working: not finished, aborted or failed.
    virtual bool isActive() const = 0;

Q_SIGNALS:
    /// The job lost the pump itself (a command went unanswered): the host checks the pump's
    /// identity and state and calls linkRestored() once it answers again.
    void pumpLost(const PumpStudio::Error &why);
    /// The flow the job set on the pump, mL/min (0: it stopped it).
    void setpointChanged(double mlPerMin);
    /// The job is over (finished, aborted or failed); the pump has been told to stop.
    void ended();

protected:
    explicit PumpJob(QObject *parent = nullptr);
};

/// Makes a job for a pump's driver, on the device thread.
using JobFactory = std::function<std::unique_ptr<PumpJob>(PumpDriver &driver)>;

} // namespace PumpStudio::Device
