// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "audit/auditentry.h"
#include "calibration/calibrationtypes.h"

namespace PumpStudio::Calibration {

/// The audit entry that seals a stored calibration: its certificate, the figures as found and
/// as left, and the content hash of the stored result (as a sealed run record's), so a later
/// change to the history shows.
Audit::AuditDraft auditDraft(const CalibrationResult &result);

/// The subject a signature of this calibration names ("calibration:PSC-20261207-001").
QString signatureSubject(const CalibrationResult &result);

} // namespace PumpStudio::Calibration
