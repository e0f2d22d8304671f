// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "calibration/pumpfigurejob.h"

#include "device/pumpdriver.h"

#include <QPointer>

#include <cmath>

namespace PumpStudio::Calibration {

double figureForPump(const Models::MlPerRevCurve &curve)
{
    if (curve.points.empty())
        return 0;
    const double low = curve.points.front().rpm;
    const double high = curve.points.back().rpm;
    return curve.mlPerRevAt(0.5 * (low + high));
}

bool readBackMatches(double written, double readBack)
{
    return written > 0 && std::abs(readBack / written - 1) < 1e-3;
}

PumpFigureJob::PumpFigureJob(Device::PumpDriver &driver, double mlPerRev, QObject *parent)
    : Device::PumpJob(parent), m_driver(driver), m_mlPerRev(mlPerRev)
{
}

PumpFigureJob::~PumpFigureJob() = default;

void PumpFigureJob::start(const QElapsedTimer &)
{
    m_active = true;
    QPointer<PumpFigureJob> self(this);
    m_driver.writeOwnMlPerRev(m_mlPerRev, [self](Result<double> readBack) {
        PumpFigureJob *job = self.data();
        if (!job || !job->m_active)
            return;
        if (readBack)
            job->finish(*readBack, {}, false);
        else
            job->finish(0, readBack.error().message, readBack.error().code == Error::Code::Unsupported);
    });
}

void PumpFigureJob::abort(const QString &reason)
{
    if (m_active)
        finish(0, reason, false);
}

void PumpFigureJob::linkLost(const PumpStudio::Error &why)
{
    if (m_active)
        finish(0, why.message, false);
}

void PumpFigureJob::linkRestored(bool) {}

void PumpFigureJob::finish(double readBack, const QString &error, bool unsupported)
{
    m_active = false;
    Q_EMIT done(m_mlPerRev, readBack, error, unsupported);
    Q_EMIT ended();
}

} // namespace PumpStudio::Calibration
