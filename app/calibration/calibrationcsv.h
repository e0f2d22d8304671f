// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "calibration/calibrationtypes.h"

#include <QByteArray>

namespace PumpStudio::Calibration {

/// The raw readings of a calibration as CSV (the project's CsvWriter: UTF-8 with BOM, CRLF):
/// one row per replicate with the certificate, speed, run time, revolutions, readings before and
/// after, evaporation added, mass, volume and mL/rev. Column names are stable (machine-read).
QByteArray rawReadingsCsv(const CalibrationResult &result);

} // namespace PumpStudio::Calibration
