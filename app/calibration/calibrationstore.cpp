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

#include <algorithm>

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

// Schema 0, as the first version made it: created when missing, then brought up to date by
// CalibrationStore::migrate() (so a new file and an old one take the same path).
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

// 0 -> 1: intervals in pump hours. due_intervals.days becomes optional (an interval may be in
// hours only), so that table is rebuilt with its rows; calibrations gets a column (their own
// limit in pump hours). A calibration without a date limit keeps '' in due_utc (NOT NULL).
// pump_hours keeps the hours last counted since each calibration (setCountedHours()).
const char *const kMigration1[] = {
    "ALTER TABLE calibrations ADD COLUMN due_hours REAL",
    "CREATE TABLE due_intervals_1 (pump_key TEXT PRIMARY KEY, days INTEGER, hours REAL,"
    " CHECK (days IS NOT NULL OR hours IS NOT NULL))",
    "INSERT INTO due_intervals_1 (pump_key, days) SELECT pump_key, days FROM due_intervals",
    "DROP TABLE due_intervals",
    "ALTER TABLE due_intervals_1 RENAME TO due_intervals",
    "CREATE TABLE pump_hours (certificate TEXT PRIMARY KEY, hours REAL NOT NULL, counted_utc TEXT NOT NULL)",
    "PRAGMA user_version = 1",
};

std::optional<double> optionalReal(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

QVariant realOrNull(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

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
    e.dueHours = optionalReal(q.value(14));
    return e;
}

const QString kEntryColumns = u"certificate, pump_key, model_id, pump_serial, head_id, tubing_id, balance, operator, "
                              "finished_utc, due_utc, as_found, as_left, curve, content_hash, due_hours"_s;

} // namespace

QString DueInterval::problem() const
{
    if (!days && !hours)
        return Tr::tr("A due interval needs days, pump hours or both.");
    if (days && (*days < 1 || *days > kMaxDays))
        return Tr::tr("The due interval must be from 1 to 3660 days, not %1.").arg(*days);
    if (hours && !(*hours >= 1 && *hours <= kMaxHours))
        return Tr::tr("The due interval must be from 1 to 100000 pump hours, not %1.").arg(*hours);
    return {};
}

QString DueInterval::token() const
{
    QStringList parts;
    if (days)
        parts.append(u"%1 d"_s.arg(*days));
    if (hours)
        parts.append(u"%1 h"_s.arg(*hours));
    return parts.join(u", "_s);
}

DueState::Kind DueState::hoursKind() const
{
    if (kind == Kind::Never)
        return Kind::Never;
    if (!dueHours || !usedHours)
        return Kind::Valid;
    if (*usedHours >= *dueHours)
        return Kind::Overdue;
    if (*usedHours >= *dueHours * CalibrationStore::kDueSoonHoursFraction)
        return Kind::Due;
    return Kind::Valid;
}

void DueState::setUsedHours(double hours)
{
    usedHours = hours;
    if (kind != Kind::Never)
        kind = std::max(dateKind, hoursKind());
}

bool DueState::hoursDecide() const
{
    return kind != Kind::Never && dueHours && usedHours && hoursKind() > dateKind;
}

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
    if (auto r = migrate(); !r) {
        m_db.reset();
        return r;
    }
    m_path = path;
    return {};
}

Result<void> CalibrationStore::migrate()
{
    // IMMEDIATE: another program (pumpctl, a second window) opening the file at the same moment
    // waits here and then finds it migrated, instead of migrating it twice.
    if (auto r = m_db->exec(u"BEGIN IMMEDIATE"_s); !r)
        return r;
    const auto fail = [this](const Error &e) {
        (void)m_db->exec(u"ROLLBACK"_s);
        return e;
    };
    const auto version = m_db->scalar(u"PRAGMA user_version"_s);
    if (!version)
        return fail(version.error());
    const int from = version->toInt();
    if (from > kSchemaVersion)
        return fail(makeError(Error::Code::BadFile, Tr::tr("The calibration history was written by a newer version of PumpStudio "
                                                           "(schema %1; this one reads up to %2).")
                                                        .arg(from)
                                                        .arg(kSchemaVersion)));
    if (from < 1) {
        for (const char *sql : kMigration1) {
            if (auto r = m_db->exec(QString::fromLatin1(sql)); !r)
                return fail(r.error());
        }
    }
    if (auto r = m_db->exec(u"COMMIT"_s); !r)
        return fail(r.error());
    return {};
}

Result<CalibrationResult> CalibrationStore::save(CalibrationResult result)
{
    if (!isOpen())
        return notOpen();
    const QString key = pumpKey(result.plan.modelId, result.pump);
    if (!result.finishedUtc.isValid())
        result.finishedUtc = QDateTime::currentDateTimeUtc();
    const auto interval = dueInterval(key);
    if (!interval)
        return interval.error();
    result.dueUtc = interval->days ? result.finishedUtc.addDays(*interval->days) : QDateTime();
    result.dueHours = interval->hours;
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
              " liquid, temperature_c, finished_utc, due_utc, as_found, as_left, curve, content, content_hash, due_hours)"
              " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
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
    q.addBindValue(result.dueUtc.isValid() ? iso(result.dueUtc) : QString(u""_s));
    q.addBindValue(verdictToken(result.asFound));
    q.addBindValue(result.asLeft ? verdictToken(*result.asLeft) : QString());
    q.addBindValue(QJsonDocument(result.curve.toJson()).toJson(QJsonDocument::Compact));
    q.addBindValue(content);
    q.addBindValue(hash);
    q.addBindValue(realOrNull(result.dueHours));
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
    s.calibratedUtc = (*e)->finishedUtc;
    s.dueHours = (*e)->dueHours;
    if (!s.dueUtc.isValid())
        s.dateKind = DueState::Kind::Valid;  // pump hours only
    else if (now >= s.dueUtc)
        s.dateKind = DueState::Kind::Overdue;
    else if (now.addDays(kDueSoonDays) >= s.dueUtc)
        s.dateKind = DueState::Kind::Due;
    else
        s.dateKind = DueState::Kind::Valid;
    s.kind = s.dateKind;
    return s;
}

Result<void> CalibrationStore::setDueInterval(const QString &key, const DueInterval &interval)
{
    if (!isOpen())
        return notOpen();
    if (const QString problem = interval.problem(); !problem.isEmpty())
        return makeError(Error::Code::InvalidArgument, problem);
    QSqlQuery q(m_db->database());
    q.prepare(u"INSERT INTO due_intervals (pump_key, days, hours) VALUES (?, ?, ?)"
              " ON CONFLICT(pump_key) DO UPDATE SET days = excluded.days, hours = excluded.hours"_s);
    q.addBindValue(key);
    q.addBindValue(interval.days ? QVariant(*interval.days) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(realOrNull(interval.hours));
    if (!q.exec())
        return Records::sqlError(Error::Code::Io, Tr::tr("Cannot write the calibration history"), q);
    return {};
}

Result<DueInterval> CalibrationStore::dueInterval(const QString &key) const
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT days, hours FROM due_intervals WHERE pump_key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return Records::sqlError(Error::Code::Io, Tr::tr("Cannot read the calibration history"), q);
    DueInterval interval;
    if (!q.next()) {
        interval.days = kDefaultDueDays;
        return interval;
    }
    if (!q.value(0).isNull())
        interval.days = q.value(0).toInt();
    interval.hours = optionalReal(q.value(1));
    return interval;
}

Result<void> CalibrationStore::setCountedHours(const QString &certificate, double hours, const QDateTime &countedUtc)
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db->database());
    q.prepare(u"INSERT INTO pump_hours (certificate, hours, counted_utc) VALUES (?, ?, ?)"
              " ON CONFLICT(certificate) DO UPDATE SET hours = excluded.hours, counted_utc = excluded.counted_utc"_s);
    q.addBindValue(certificate);
    q.addBindValue(hours);
    q.addBindValue(iso(countedUtc));
    if (!q.exec())
        return Records::sqlError(Error::Code::Io, Tr::tr("Cannot write the calibration history"), q);
    return {};
}

Result<std::optional<CountedHours>> CalibrationStore::countedHours(const QString &certificate) const
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT hours, counted_utc FROM pump_hours WHERE certificate = ?"_s);
    q.addBindValue(certificate);
    if (!q.exec())
        return Records::sqlError(Error::Code::Io, Tr::tr("Cannot read the calibration history"), q);
    if (!q.next())
        return std::optional<CountedHours>();
    return std::optional<CountedHours>(CountedHours{q.value(0).toDouble(), fromIso(q.value(1))});
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
