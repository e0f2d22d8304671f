// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "archive/archiveschema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Archive {

namespace {
struct SchemaTr
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveSchema)
};

/// pg_advisory_xact_lock key: "PSAR" (PumpStudio archive).
constexpr qint64 kMigrationLock = 0x50534152;

// Decodes a chunk blob (records/recordformat.h, version 1) into rows: the same varint, zigzag
// and float32 layout, read with get_byte. For SQL users; PumpStudio reads the blobs itself.
const char16_t *const kDecodeChunk = uR"SQL(
CREATE FUNCTION pumpstudio_decode_chunk(data bytea)
RETURNS TABLE(n integer, tus bigint, value real)
LANGUAGE plpgsql IMMUTABLE STRICT AS $fn$
DECLARE
    pos integer := 1;
    cnt bigint := 0;
    shift integer := 0;
    b integer;
    t bigint := 0;
    step bigint := 0;
    z bigint;
    times bigint[];
    bits bigint;
    e integer;
    m bigint;
    v float8;
BEGIN
    IF get_byte(data, 0) <> 1 THEN
        RAISE EXCEPTION 'sample block format % is not known', get_byte(data, 0);
    END IF;
    LOOP
        b := get_byte(data, pos);
        pos := pos + 1;
        cnt := cnt | ((b & 127)::bigint << shift);
        EXIT WHEN b < 128;
        shift := shift + 7;
    END LOOP;
    IF cnt = 0 THEN
        RETURN;
    END IF;
    FOR i IN 0..7 LOOP
        t := t | (get_byte(data, pos + i)::bigint << (8 * i));
    END LOOP;
    pos := pos + 8;
    times := ARRAY[t];
    FOR i IN 2..cnt LOOP
        z := 0;
        shift := 0;
        LOOP
            b := get_byte(data, pos);
            pos := pos + 1;
            z := z | ((b & 127)::bigint << shift);
            EXIT WHEN b < 128;
            shift := shift + 7;
        END LOOP;
        step := step + ((z >> 1) # (-(z & 1)));
        t := t + step;
        times := times || t;
    END LOOP;
    FOR i IN 1..cnt LOOP
        bits := get_byte(data, pos)::bigint | (get_byte(data, pos + 1)::bigint << 8)
                | (get_byte(data, pos + 2)::bigint << 16) | (get_byte(data, pos + 3)::bigint << 24);
        pos := pos + 4;
        e := ((bits >> 23) & 255)::integer;
        m := bits & 8388607;
        IF e = 255 THEN
            v := CASE WHEN m <> 0 THEN 'NaN'::float8 ELSE 'Infinity'::float8 END;
        ELSIF e = 0 THEN
            v := m * 2.0::float8 ^ (-149);
        ELSE
            v := (m + 8388608) * 2.0::float8 ^ (e - 150);
        END IF;
        IF (bits >> 31) = 1 THEN
            v := -v;
        END IF;
        n := i - 1;
        tus := times[i];
        value := v::real;
        RETURN NEXT;
    END LOOP;
END
$fn$)SQL";

const char16_t *const kSamplesFunction = uR"SQL(
CREATE FUNCTION pumpstudio_samples(run_uuid uuid, channel_id integer, from_tus bigint, to_tus bigint)
RETURNS TABLE(tus bigint, time_utc timestamptz, value real)
LANGUAGE sql STABLE AS $fn$
    SELECT s.tus, r.start_utc + make_interval(secs => s.tus / 1e6), s.value
    FROM chunk c
    JOIN run r ON r.uuid = c.run
    CROSS JOIN LATERAL pumpstudio_decode_chunk(c.data) s
    WHERE c.run = run_uuid AND c.channel = channel_id
      AND c.last_tus >= from_tus AND c.first_tus < to_tus
      AND s.tus >= from_tus AND s.tus < to_tus
    ORDER BY c.idx, s.n
$fn$)SQL";

QList<Migration> makeMigrations()
{
    QList<Migration> out;
    out.append(Migration{1, u"runs, their channels, samples (as the records' blocks), setpoints, events and alarms; audit entries; "
                            "a view and functions that give sample rows"_s,
                         {
        u"CREATE TABLE workstation(uuid uuid PRIMARY KEY, name text NOT NULL, first_push_utc timestamptz NOT NULL DEFAULT now(),"
        " last_push_utc timestamptz)"_s,
        // complete: every row of the run is here; set last, in its own transaction.
        u"CREATE TABLE run(uuid uuid PRIMARY KEY, workstation uuid NOT NULL REFERENCES workstation(uuid),"
        " file_name text NOT NULL, start_utc timestamptz NOT NULL, utc_offset_s integer NOT NULL, operator text,"
        " app_version text, title text, notes text, end_utc timestamptz, end_reason text NOT NULL, content_hash text,"
        " complete boolean NOT NULL DEFAULT false, archived_utc timestamptz)"_s,
        u"CREATE INDEX run_start ON run(start_utc)"_s,
        u"CREATE INDEX run_workstation ON run(workstation, start_utc)"_s,
        u"CREATE INDEX run_operator ON run(operator)"_s,
        u"CREATE TABLE channel(run uuid NOT NULL REFERENCES run(uuid) ON DELETE CASCADE, id integer NOT NULL,"
        " pump_config_id text, name text, model_id text, model text, firmware text, serial text, ml_per_rev double precision,"
        " head_id text, tubing_id text, quantity text NOT NULL, unit text, PRIMARY KEY(run, id))"_s,
        u"CREATE INDEX channel_model ON channel(model_id)"_s,
        u"CREATE TABLE chunk(run uuid NOT NULL, channel integer NOT NULL, idx bigint NOT NULL, first_tus bigint NOT NULL,"
        " last_tus bigint NOT NULL, count integer NOT NULL, data bytea NOT NULL, PRIMARY KEY(run, channel, idx),"
        " FOREIGN KEY(run, channel) REFERENCES channel(run, id) ON DELETE CASCADE)"_s,
        u"CREATE INDEX chunk_time ON chunk(run, channel, first_tus, last_tus)"_s,
        u"CREATE TABLE setpoint(run uuid NOT NULL REFERENCES run(uuid) ON DELETE CASCADE, n integer NOT NULL, tus bigint NOT NULL,"
        " channel integer NOT NULL, quantity text NOT NULL, value double precision NOT NULL, unit text, PRIMARY KEY(run, n))"_s,
        u"CREATE TABLE event(run uuid NOT NULL REFERENCES run(uuid) ON DELETE CASCADE, n integer NOT NULL, tus bigint NOT NULL,"
        " channel integer, kind text NOT NULL, value double precision, text text, PRIMARY KEY(run, n))"_s,
        u"CREATE TABLE alarm(run uuid NOT NULL REFERENCES run(uuid) ON DELETE CASCADE, n integer NOT NULL, tus bigint NOT NULL,"
        " action text NOT NULL, source text, channel integer, value double precision, limit_value double precision, message text,"
        " PRIMARY KEY(run, n))"_s,
        u"CREATE TABLE audit_entry(uuid uuid PRIMARY KEY, workstation uuid NOT NULL REFERENCES workstation(uuid),"
        " seq bigint NOT NULL, time_utc timestamptz NOT NULL, utc_offset_s integer NOT NULL, actor text, role text, kind text NOT NULL,"
        " target text, action text, old_value text, new_value text, reason text, details jsonb, previous_hash text NOT NULL,"
        " hash text NOT NULL, UNIQUE(workstation, seq))"_s,
        QString::fromUtf16(kDecodeChunk),
        u"CREATE VIEW sample AS SELECT c.run, c.channel, ch.name AS channel_name, ch.quantity, ch.unit,"
        " c.idx * 1024 + s.n AS n, s.tus, r.start_utc + make_interval(secs => s.tus / 1e6) AS time_utc, s.value"
        " FROM chunk c JOIN run r ON r.uuid = c.run JOIN channel ch ON ch.run = c.run AND ch.id = c.channel"
        " CROSS JOIN LATERAL pumpstudio_decode_chunk(c.data) s"_s,
        QString::fromUtf16(kSamplesFunction),
    }});
    out.append(Migration{2, u"calibrations: one row per certificate of a workstation, the full result as JSON"_s,
                         {
        // uuid: name-based on the workstation and the certificate number (archivecalibrations.h).
        u"CREATE TABLE calibration(uuid uuid PRIMARY KEY, workstation uuid NOT NULL REFERENCES workstation(uuid),"
        " certificate text NOT NULL, pump_key text NOT NULL, model_id text, pump_serial text, head_id text, tubing_id text,"
        " balance text, operator text, finished_utc timestamptz NOT NULL, due_utc timestamptz, as_found text NOT NULL,"
        " as_left text, content_hash text NOT NULL, result jsonb NOT NULL, archived_utc timestamptz NOT NULL DEFAULT now(),"
        " UNIQUE(workstation, certificate))"_s,
        u"CREATE INDEX calibration_pump ON calibration(pump_key, finished_utc)"_s,
    }});
    return out;
}

Error sqlError(const QString &what, const QSqlError &e)
{
    return makeError(Error::Code::Io, SchemaTr::tr("The archive's schema could not be brought up to date (%1): %2").arg(what, e.text()));
}
} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = makeMigrations();
    return all;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

Result<int> applyMigrations(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS schema_migration(version integer PRIMARY KEY, description text NOT NULL,"
                " applied_utc timestamptz NOT NULL DEFAULT now())"_s)) {
        return sqlError(u"schema_migration"_s, q.lastError());
    }
    if (!db.transaction())
        return sqlError(u"BEGIN"_s, db.lastError());
    const auto rollback = [&db](Error e) {
        db.rollback();
        return e;
    };
    if (!q.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kMigrationLock)))
        return rollback(sqlError(u"lock"_s, q.lastError()));
    if (!q.exec(u"SELECT coalesce(max(version), 0) FROM schema_migration"_s) || !q.next())
        return rollback(sqlError(u"version"_s, q.lastError()));
    int version = q.value(0).toInt();
    if (version > latestSchemaVersion()) {
        return rollback(makeError(Error::Code::Unsupported,
                                  SchemaTr::tr("The archive has schema version %1; this PumpStudio knows up to %2. Update PumpStudio.")
                                      .arg(version)
                                      .arg(latestSchemaVersion())));
    }
    for (const Migration &m : migrations()) {
        if (m.version <= version)
            continue;
        for (const QString &sql : m.statements) {
            if (!q.exec(sql))
                return rollback(sqlError(u"version %1"_s.arg(m.version), q.lastError()));
        }
        q.prepare(u"INSERT INTO schema_migration(version, description) VALUES(?, ?)"_s);
        q.addBindValue(m.version);
        q.addBindValue(m.description);
        if (!q.exec())
            return rollback(sqlError(u"version %1"_s.arg(m.version), q.lastError()));
        version = m.version;
    }
    if (!db.commit())
        return sqlError(u"COMMIT"_s, db.lastError());
    return version;
}

} // namespace PumpStudio::Archive
