// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "calibration/calibrationstore.h"

#include "core/paths.h"
#include "records/sqliteconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Calibration {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CalibrationStore)
};

QString iso(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }
QDateTime fromIso(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

Error notOpen() { return makeError(Error::Code::Io, Tr::tr("The calibration history is not open.")); }

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS calibrations ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, certificate TEXT NOT NULL UNIQUE, pump_key TEXT NOT NULL,"
    " model_id TEXT NOT NULL, pump_serial TEXT, head_id TEXT, tubing_id TEXT, balance TEXT, operator TEXT,"
    " liquid TEXT, temperature_c REAL, finished_utc TEXT NOT NULL, due_utc TEXT NOT NULL, as_found TEXT NOT NULL,"
    " as_left TEXT, curve TEXT NOT NULL, content TEXT NOT NULL, content_hash TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS calibrations_pump ON calibrations(pump_key, head_id, tubing_id, finished_utc)",
    "CREATE TABLE IF NOT EXISTS due_intervals (pump_key TEXT PRIMARY KEY, days INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS tubing_changes (pump_key TEXT NOT NULL, head_id TEXT, tubing_id TEXT, time_utc TEXT NOT NULL)",
};

HistoryEntry entryFrom(const QSqlQuery &q)
{
    HistoryEntry e;
    e.certificate = q.value(0).toString();
    e.pumpKey = q.value(1).toString();
    e.modelId = q.value(2).toString();
    e.pumpSerial = q.value(3).toString();
    e.headId = q.value(4).toString();
    e.tubingId = q.value(5).toString();
    e.balance = q.value(6).toString();
    e.operatorName = q.value(7).toString();
    e.finishedUtc = fromIso(q.value(8));
    e.dueUtc = fromIso(q.value(9));
    e.asFound = q.value(10).toString() == u"pass" ? Verdict::Pass : Verdict::Fail;
    if (!q.value(11).isNull() && !q.value(11).toString().isEmpty())
        e.asLeft = q.value(11).toString() == u"pass" ? Verdict::Pass : Verdict::Fail;
    if (auto c = Models::MlPerRevCurve::fromJson(QJsonDocument::fromJson(q.value(12).toByteArray()).array()))
        e.curve = *c;
    e.curve.certificate = e.certificate;
    e.contentHash = q.value(13).toByteArray();
    return e;
}

const QString kEntryColumns = u"certificate, pump_key, model_id, pump_serial, head_id, tubing_id, balance, operator, "
                              "finished_utc, due_utc, as_found, as_left, curve, content_hash"_s;

} // namespace

CalibrationStore::CalibrationStore() = default;
CalibrationStore::~CalibrationStore() = default;

QString CalibrationStore::defaultPath()
{
    return QDir(Paths::privateSubdir(u"calibration"_s)).filePath(u"history.sqlite"_s);
}

bool CalibrationStore::isOpen() const
{
    return m_db && m_db->database().isOpen();
}

Result<void> CalibrationStore::open(const QString &path)
{
    m_db = std::make_unique<Records::SqliteConnection>(u"calibration"_s);
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (auto r = m_db->open(path, {}); !r) {
        m_db.reset();
        return r;
    }
    Paths::makeOwnerOnly(path);
    for (const char *sql : kSchema) {
        if (auto r = m_db->exec(QString::fromLatin1(sql)); !r) {
            m_db.reset();
            return r;
        }
    }
    m_path = path;
    return {};
}

Result<CalibrationResult> CalibrationStore::save(CalibrationResult result)
{
    if (!isOpen())
        return notOpen();
    const QString key = pumpKey(result.plan.modelId, result.pump);
    if (!result.finishedUtc.isValid())
        result.finishedUtc = QDateTime::currentDateTimeUtc();
    const auto days = dueInterval(key);
    if (!days)
        return days.error();
    result.dueUtc = result.finishedUtc.addDays(*days);
    QSqlDatabase db = m_db->database();
    if (!db.transaction())
        return makeError(Error::Code::Io, Tr::tr("Cannot write the calibration history: %1").arg(db.lastError().text()));
    const QString prefix = u"PSC-%1-"_s.arg(result.finishedUtc.toString(u"yyyyMMdd"_s));
    int next = 1;
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT certificate FROM calibrations WHERE certificate LIKE ? ORDER BY certificate DESC LIMIT 1"_s);
        q.addBindValue(prefix + u'%');
        if (q.exec() && q.next())
            next = q.value(0).toString().mid(prefix.size()).toInt() + 1;
    }
    result.certificate = prefix + QString::number(next).rightJustified(3, u'0');
    result.curve.certificate = result.certificate;
    const QByteArray content = QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact);
    const QByteArray hash = result.contentHash();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO calibrations (certificate, pump_key, model_id, pump_serial, head_id, tubing_id, balance, operator,"
              " liquid, temperature_c, finished_utc, due_utc, as_found, as_left, curve, content, content_hash)"
              " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    q.addBindValue(result.certificate);
    q.addBindValue(key);
    q.addBindValue(result.plan.modelId);
    q.addBindValue(result.pump.serialNumber);
    q.addBindValue(result.plan.headId);
    q.addBindValue(result.plan.tubingId);
    q.addBindValue(QStringList{result.balance.model, result.balance.serialNumber}.join(u' ').trimmed());
    q.addBindValue(result.plan.operatorName);
    q.addBindValue(result.plan.liquidText());
    q.addBindValue(result.plan.temperatureC);
    q.addBindValue(iso(result.finishedUtc));
    q.addBindValue(iso(result.dueUtc));
    q.addBindValue(verdictToken(result.asFound));
    q.addBindValue(result.asLeft ? verdictToken(*result.asLeft) : QString());
    q.addBindValue(QJsonDocument(result.curve.toJson()).toJson(QJsonDocument::Compact));
    q.addBindValue(content);
    q.addBindValue(hash);
    if (!q.exec()) {
        const Error e = Records::sqlError(Error::Code::Io, Tr::tr("Cannot write the calibration history"), q);
        db.rollback();
        return e;
    }
    if (!db.commit())
        return makeError(Error::Code::Io, Tr::tr("Cannot write the calibration history: %1").arg(db.lastError().text()));
    return result;
}

Result<std::vector<HistoryEntry>> CalibrationStore::list(const QString &key) const
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT %1 FROM calibrations %2 ORDER BY id"_s.arg(kEntryColumns, key.isEmpty() ? QString() : u"WHERE pump_key = ?"_s));
    if (!key.isEmpty())
        q.addBindValue(key);
    if (!q.exec())
        return Records::sqlError(Error::Code::Io, Tr::tr("Cannot read the calibration history"), q);
    std::vector<HistoryEntry> out;
    while (q.next())
        out.push_back(entryFrom(q));
    return out;
}

Result<std::optional<CalibrationResult>> CalibrationStore::load(const QString &certificate) const
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT content FROM calibrations WHERE certificate = ?"_s);
    q.addBindValue(certificate);
    if (!q.exec())
        return Records::sqlError(Error::Code::Io, Tr::tr("Cannot read the calibration history"), q);
    if (!q.next())
        return std::optional<CalibrationResult>();
    auto r = CalibrationResult::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    if (!r)
        return makeError(Error::Code::BadFile, Tr::tr("The stored calibration %1 cannot be read.").arg(certificate));
    return std::optional<CalibrationResult>(std::move(*r));
}

Result<bool> CalibrationStore::verify(const QString &certificate) const
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT content, content_hash FROM calibrations WHERE certificate = ?"_s);
    q.addBindValue(certificate);
    if (!q.exec() || !q.next())
        return makeError(Error::Code::InvalidArgument, Tr::tr("No calibration %1 in the history.").arg(certificate));
    const auto r = CalibrationResult::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    return r && r->contentHash() == q.value(1).toByteArray();
}

Result<std::optional<HistoryEntry>> CalibrationStore::latest(const QString &key, const QString &headId, const QString &tubingId) const
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db->database());
    // Only calibrations after the last "new tubing fitted" on this head and tubing count.
    // An empty head or tubing may have been stored as NULL (a syringe pump has no head): both
    // mean "none" and match each other.
    q.prepare(u"SELECT %1 FROM calibrations c WHERE pump_key = ? AND COALESCE(head_id, '') = COALESCE(?, '')"
              " AND COALESCE(tubing_id, '') = COALESCE(?, '')"
              " AND finished_utc > COALESCE((SELECT MAX(time_utc) FROM tubing_changes t WHERE t.pump_key = c.pump_key"
              " AND COALESCE(t.head_id, '') = COALESCE(c.head_id, '') AND COALESCE(t.tubing_id, '') = COALESCE(c.tubing_id, '')), '')"
              " ORDER BY finished_utc DESC, id DESC LIMIT 1"_s
                  .arg(kEntryColumns));
    q.addBindValue(key);
    q.addBindValue(headId);
    q.addBindValue(tubingId);
    if (!q.exec())
        return Records::sqlError(Error::Code::Io, Tr::tr("Cannot read the calibration history"), q);
    if (!q.next())
        return std::optional<HistoryEntry>();
    return std::optional<HistoryEntry>(entryFrom(q));
}

Result<std::optional<Models::MlPerRevCurve>> CalibrationStore::curveFor(const QString &key, const QString &headId, const QString &tubingId) const
{
    auto e = latest(key, headId, tubingId);
    if (!e)
        return e.error();
    if (!*e || !(*e)->curve.isValid())
        return std::optional<Models::MlPerRevCurve>();
    return std::optional<Models::MlPerRevCurve>((*e)->curve);
}

Result<DueState> CalibrationStore::dueState(const QString &key, const QString &headId, const QString &tubingId, const QDateTime &now) const
{
    auto e = latest(key, headId, tubingId);
    if (!e)
        return e.error();
    DueState s;
    if (!*e)
        return s;
    s.certificate = (*e)->certificate;
    s.dueUtc = (*e)->dueUtc;
    if (now >= s.dueUtc)
        s.kind = DueState::Kind::Overdue;
    else if (now.addDays(kDueSoonDays) >= s.dueUtc)
        s.kind = DueState::Kind::Due;
    else
        s.kind = DueState::Kind::Valid;
    return s;
}

Result<void> CalibrationStore::setDueInterval(const QString &key, int days)
{
    if (!isOpen())
        return notOpen();
    if (days < 1 || days > 3660)
        return makeError(Error::Code::InvalidArgument, Tr::tr("The due interval must be from 1 to 3660 days, not %1.").arg(days));
    QSqlQuery q(m_db->database());
    q.prepare(u"INSERT INTO due_intervals (pump_key, days) VALUES (?, ?) ON CONFLICT(pump_key) DO UPDATE SET days = excluded.days"_s);
    q.addBindValue(key);
    q.addBindValue(days);
    if (!q.exec())
        return Records::sqlError(Error::Code::Io, Tr::tr("Cannot write the calibration history"), q);
    return {};
}

Result<int> CalibrationStore::dueInterval(const QString &key) const
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT days FROM due_intervals WHERE pump_key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return Records::sqlError(Error::Code::Io, Tr::tr("Cannot read the calibration history"), q);
    return q.next() ? q.value(0).toInt() : kDefaultDueDays;
}

Result<void> CalibrationStore::newTubingFitted(const QString &key, const QString &headId, const QString &tubingId, const QDateTime &when)
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db->database());
    q.prepare(u"INSERT INTO tubing_changes (pump_key, head_id, tubing_id, time_utc) VALUES (?,?,?,?)"_s);
    q.addBindValue(key);
    q.addBindValue(headId);
    q.addBindValue(tubingId);
    q.addBindValue(iso(when));
    if (!q.exec())
        return Records::sqlError(Error::Code::Io, Tr::tr("Cannot write the calibration history"), q);
    return {};
}

} // namespace PumpStudio::Calibration
