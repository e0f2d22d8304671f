// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "archive/archivecalibrations.h"

#include "archive/archiveconnection.h"
#include "calibration/calibrationstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Archive {

namespace {
struct CalibrationPushTr
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCalibrations)
};

/// Not the runs' namespace: a calibration and a run can never share an id.
const QUuid kCalibrationNamespace = QUuid::fromString(u"a4c1d7e2-5b39-4f60-8e1a-2f7d9c3b6a58"_s);


QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType(QMetaType::QString));
}
} // namespace

QUuid calibrationUuid(const QUuid &workstation, const QString &certificate)
{
    return QUuid::createUuidV5(kCalibrationNamespace, workstation.toString(QUuid::WithoutBraces) + u'/' + certificate);
}

Result<void> pushCalibrations(ArchiveConnection &archive, const QString &storePath, const Workstation &workstation,
                              PushReport &report)
{
    if (storePath.isEmpty() || !QFileInfo::exists(storePath))
        return {};
    Calibration::CalibrationStore store;
    if (auto r = store.open(storePath); !r)
        return makeError(Error::Code::BadFile, CalibrationPushTr::tr("The calibration history %1 cannot be read: %2").arg(storePath, r.error().message));
    auto history = store.list();
    if (!history)
        return makeError(Error::Code::BadFile, history.error().message);

    QSqlDatabase db = archive.database();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO calibration(uuid, workstation, certificate, pump_key, model_id, pump_serial, head_id, tubing_id, balance,"
              " operator, finished_utc, due_utc, as_found, as_left, content_hash, result)"
              " VALUES(?::uuid, ?::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz, ?, ?, ?, ?::jsonb)"
              " ON CONFLICT DO NOTHING"_s);
    for (const Calibration::HistoryEntry &e : *history) {
        auto result = store.load(e.certificate);
        if (!result)
            return makeError(Error::Code::BadFile, result.error().message);
        if (!result->has_value())
            continue;
        q.addBindValue(calibrationUuid(workstation.uuid, e.certificate).toString(QUuid::WithoutBraces));
        q.addBindValue(workstation.uuid.toString(QUuid::WithoutBraces));
        q.addBindValue(e.certificate);
        q.addBindValue(e.pumpKey);
        q.addBindValue(textOrNull(e.modelId));
        q.addBindValue(textOrNull(e.pumpSerial));
        q.addBindValue(textOrNull(e.headId));
        q.addBindValue(textOrNull(e.tubingId));
        q.addBindValue(textOrNull(e.balance));
        q.addBindValue(textOrNull(e.operatorName));
        q.addBindValue(timeOrNull(e.finishedUtc));
        q.addBindValue(timeOrNull(e.dueUtc));
        q.addBindValue(Calibration::verdictToken(e.asFound));
        q.addBindValue(e.asLeft ? QVariant(Calibration::verdictToken(*e.asLeft)) : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(QString::fromLatin1(e.contentHash));
        q.addBindValue(QString::fromUtf8(QJsonDocument((*result)->toJson()).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return archiveError(CalibrationPushTr::tr("the calibration %1").arg(e.certificate), q.lastError(), db);
        if (q.numRowsAffected() > 0)
            ++report.calibrationsSent;
        else
            ++report.calibrationsAlreadyArchived;
    }
    return {};
}

Result<QList<ArchivedCalibration>> listCalibrations(ArchiveConnection &archive, const QString &pumpKey)
{
    QSqlDatabase db = archive.database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // An empty QString binds as NULL: the condition is left out rather than compared with it.
    q.prepare(u"SELECT c.uuid, w.name, c.certificate, c.pump_key, c.head_id, c.tubing_id, c.operator, c.finished_utc, c.as_found,"
              " c.as_left, c.content_hash, c.result::text FROM calibration c JOIN workstation w ON w.uuid = c.workstation"_s
              + (pumpKey.isEmpty() ? QString() : u" WHERE c.pump_key = ?"_s) + u" ORDER BY c.finished_utc DESC, c.certificate"_s);
    if (!pumpKey.isEmpty())
        q.addBindValue(pumpKey);
    if (!q.exec())
        return archiveError(CalibrationPushTr::tr("the calibrations"), q.lastError(), db);
    QList<ArchivedCalibration> out;
    while (q.next()) {
        ArchivedCalibration c;
        c.uuid = QUuid::fromString(q.value(0).toString());
        c.workstation = q.value(1).toString();
        c.certificate = q.value(2).toString();
        c.pumpKey = q.value(3).toString();
        c.headId = q.value(4).toString();
        c.tubingId = q.value(5).toString();
        c.operatorName = q.value(6).toString();
        c.finishedUtc = q.value(7).toDateTime().toUTC();
        c.asFound = q.value(8).toString();
        c.asLeft = q.value(9).toString();
        c.contentHash = q.value(10).toString();
        c.result = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
        out.append(c);
    }
    return out;
}

} // namespace PumpStudio::Archive
