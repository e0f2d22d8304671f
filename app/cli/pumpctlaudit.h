// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "cli/pumpctloptions.h"
#include "core/result.h"

#include <QTextStream>

namespace PumpStudio::Calibration {
struct CalibrationResult;
}

namespace PumpStudio::Cli {

/// Whether the command sets a pump moving or changes it (start, stop, speed, flow, direction,
/// dispense, run); reading one (info, status, pressure, monitor) does not.
bool changesPump(PumpCtlOptions::Command command);

/// Checks such a command against the workstation's accounts and writes it to the audit trail
/// (the GUI's data folder) before anything is sent. Open mode: the OS user acts. Controlled
/// mode: --user NAME logs in with the password from PUMPSTUDIO_PASSWORD or, on a terminal, asked
/// on it without echo; the role must allow the command. Any failure is Refused (exit 4).
Result<void> authorizePumpCommand(const PumpCtlOptions &options, QTextStream &err);

/// Writes a stored calibration's seal (certificate and content hash) to the audit trail as the
/// same actor as authorizePumpCommand(); in controlled mode the user also signs it as
/// "performed the calibration" (the password given before). Refused when the trail cannot be written.
Result<void> recordCalibration(const PumpCtlOptions &options, const Calibration::CalibrationResult &result, QTextStream &err);

/// Writes to the audit trail that a calibration was written into the pump and what it read back.
Result<void> recordPumpCalibration(const PumpCtlOptions &options, const Calibration::CalibrationResult &result, double written,
                                   double readBack, QTextStream &err);

/// The password for `user`: PUMPSTUDIO_PASSWORD, else read from the terminal without echo.
QString readPassword(const QString &user, QTextStream &err);

} // namespace PumpStudio::Cli
