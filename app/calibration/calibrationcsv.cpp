// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "calibration/calibrationcsv.h"

#include "core/csv.h"

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Calibration {

QByteArray rawReadingsCsv(const CalibrationResult &result)
{
    CsvWriter csv;
    csv.writeByteOrderMark();
    csv.row({u"certificate"_s, u"run"_s, u"point"_s, u"replicate"_s, u"time_utc"_s, u"rpm"_s, u"seconds"_s, u"revolutions"_s,
             u"start_g"_s, u"end_g"_s, u"evaporation_g"_s, u"mass_g"_s, u"volume_ml"_s, u"ml_per_rev"_s, u"entered_by_hand"_s});
    const auto num = [&csv](double v, int digits) { csv.number(QByteArray::number(v, 'f', digits)); };
    for (const Replicate &r : result.replicates) {
        csv.text(result.certificate).text(r.asLeft ? u"as-left"_s : u"as-found"_s).number(r.point + 1).number(r.index + 1);
        csv.text(r.timeUtc.toString(Qt::ISODateWithMs));
        num(r.rpm, 4);
        num(r.seconds, 3);
        num(r.revolutions, 6);
        num(r.startG, 5);
        num(r.endG, 5);
        num(r.evaporationG, 5);
        num(r.massG, 5);
        num(r.volumeMl, 6);
        num(r.mlPerRev, 7);
        csv.text(r.manual ? u"yes"_s : u"no"_s);
        csv.endRow();
    }
    return csv.data();
}

} // namespace PumpStudio::Calibration
