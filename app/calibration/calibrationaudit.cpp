// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "calibration/calibrationaudit.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Calibration {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CalibrationAudit)
};

QString curveText(const Models::MlPerRevCurve &curve)
{
    QStringList parts;
    for (const auto &p : curve.points)
        parts.append(u"%1 mL/rev @ %2 rpm"_s.arg(QString::number(p.mlPerRev, 'g', 6), QString::number(p.rpm, 'g', 6)));
    return parts.join(u"; "_s);
}
} // namespace

QString signatureSubject(const CalibrationResult &result)
{
    return u"calibration:"_s + result.certificate;
}

Audit::AuditDraft auditDraft(const CalibrationResult &result)
{
    Audit::AuditDraft d;
    d.kind = Audit::Kind::Calibration;
    d.target = Tr::tr("%1 (%2), head %3, tubing %4")
                   .arg(result.plan.pumpName.isEmpty() ? result.plan.modelId : result.plan.pumpName, result.pump.summary(),
                        result.plan.headId, result.plan.tubingId);
    d.action = Tr::tr("Calibration %1: as found %2, %3 point(s)")
                   .arg(result.certificate, verdictText(result.asFound))
                   .arg(result.points.size());
    d.oldValue = curveText(result.plan.asFound);
    d.newValue = curveText(result.curve);
    QJsonArray points;
    for (const PointResult &p : result.points)
        points.append(QJsonObject{{u"rpm"_s, p.rpm}, {u"mlPerRev"_s, p.meanMlPerRev}, {u"cvPct"_s, p.cvPct},
                                  {u"asFoundErrorPct"_s, p.asFoundErrorPct}});
    d.details = QJsonObject{{u"certificate"_s, result.certificate},
                            {u"contentHash"_s, QString::fromLatin1(result.contentHash())},
                            {u"pumpKey"_s, pumpKey(result.plan.modelId, result.pump)},
                            {u"model"_s, result.plan.modelId},
                            {u"head"_s, result.plan.headId},
                            {u"tubing"_s, result.plan.tubingId},
                            {u"balance"_s, result.balance.model + u' ' + result.balance.serialNumber},
                            {u"asFound"_s, verdictToken(result.asFound)},
                            {u"asLeft"_s, result.asLeft ? verdictToken(*result.asLeft) : QString()},
                            {u"points"_s, points}};
    return d;
}

} // namespace PumpStudio::Calibration
