// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "audit/signature.h"
#include "calibration/calibrationtypes.h"
#include "core/result.h"

#include <QList>
#include <QString>

namespace PumpStudio {

/// The calibration certificate as PDF (A4, in the UI's language through tr()): pump and balance
/// identities, method, liquid and temperature, every point with its raw readings, as found and
/// as left with verdicts against the tolerance, the curve as a small chart, operator and
/// electronic signatures, the certificate number and the data's SHA-256 in every page's footer.
/// Written through QSaveFile (no half file); needs no GUI object, so it can run on a worker.
Result<void> writeCalibrationCertificate(const QString &path, const Calibration::CalibrationResult &result,
                                         const QList<Audit::Signature> &signatures);

} // namespace PumpStudio
