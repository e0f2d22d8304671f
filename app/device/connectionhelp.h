// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/pumpconfig.h"
#include "device/portscanner.h"

#include <QStringList>

namespace PumpStudio::Models {
class ModelRegistry;
struct PumpModel;
}

namespace PumpStudio::Device {

/// What to try when a pump does not answer (`portOpened`) or its port does not open, most
/// likely first: the adapter and port, or the cable and power, the serial settings, the
/// address, and a scan.
QStringList connectionHints(const PumpConfig &config, const Models::PumpModel *model, bool portOpened);

/// A scan of one port in words: what was asked (each model at its serial settings and address)
/// and what answered, for the message the Devices page shows after "Scan Selected Port".
QString scanReportText(const QString &path, const QList<ScanHit> &hits, const QString &error,
                       const QList<ScanAttempt> &tried, const Models::ModelRegistry &models);

/// Whether `path` names a serial port that is there now: one of `listed` (the ports found) or a
/// device file that exists (a port typed by hand, a demo's terminal).
bool portExists(const QString &path, const QStringList &listed);

} // namespace PumpStudio::Device
