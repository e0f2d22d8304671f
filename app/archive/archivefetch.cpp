// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "archive/archivefetch.h"

#include "archive/archiveconnection.h"
#include "core/paths.h"
#include "records/recordformat.h"
#include "records/sqliteconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Archive {

namespace {
struct FetchTr
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveFetch)
};

QString isoUtcText(const QVariant &value)
{
    if (value.isNull())
        return {};
    return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
}

/// Copies every row of a query on the archive into a prepared insert of the local file.
Result<void> copyRows(QSqlDatabase archive, QSqlDatabase local, const QString &select, const QString &insert, const QUuid &run,
                      int columns, const QString &what)
{
    QSqlQuery from(archive);
    from.setForwardOnly(true);
    from.prepare(select);
    from.addBindValue(run.toString(QUuid::WithoutBraces));
    if (!from.exec())
        return archiveError(what, from.lastError(), archive);
    QSqlQuery to(local);
    if (!to.prepare(insert))
        return Records::sqlError(Error::Code::Io, what, to);
    while (from.next()) {
        for (int i = 0; i < columns; ++i)
            to.addBindValue(from.value(i));  // NULL stays NULL, as the record format keeps it
        if (!to.exec())
            return Records::sqlError(Error::Code::Io, what, to);
    }
    if (from.lastError().isValid())
        return archiveError(what, from.lastError(), archive);
    return {};
}
} // namespace

Result<QString> fetchRun(ArchiveConnection &archive, const QUuid &run, const QString &folder)
{
    QSqlDatabase db = archive.database();
    const QString id = run.toString(QUuid::WithoutBraces);
    QSqlQuery q(db);
    q.prepare(u"SELECT file_name, start_utc, utc_offset_s, operator, app_version, title, notes, end_utc, end_reason, complete"
              " FROM run WHERE uuid = ?::uuid"_s);
    q.addBindValue(id);
    if (!q.exec())
        return archiveError(FetchTr::tr("the run"), q.lastError(), db);
    if (!q.next())
        return makeError(Error::Code::InvalidArgument, FetchTr::tr("The archive has no run %1.").arg(id));
    if (!q.value(9).toBool())
        return makeError(Error::Code::InvalidArgument,
                         FetchTr::tr("The run %1 is not complete in the archive yet (its push was interrupted).").arg(q.value(0).toString()));
    // The file name as it was on its workstation, without any folder part it could smuggle in.
    QString fileName = QFileInfo(q.value(0).toString()).fileName();
    if (fileName.isEmpty())
        fileName = id + u'.' + Records::recordSuffix();
    const QVariantList runRow{isoUtcText(q.value(1)), q.value(2), q.value(3), q.value(4), q.value(5), q.value(6),
                              q.value(7).isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(isoUtcText(q.value(7))),
                              q.value(8)};
    q.finish();

    if (!QDir().mkpath(folder))
        return makeError(Error::Code::Io, FetchTr::tr("Cannot create the folder %1.").arg(folder));
    const QString path = QDir(folder).filePath(fileName);
    // Written beside the final name and renamed at the end: a reader never sees half a record.
    const QString partial = path + u".part"_s;
    QFile::remove(partial);
    {
        QFile file(partial);
        if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly))
            return makeError(Error::Code::Io, FetchTr::tr("Cannot write %1: %2").arg(partial, file.errorString()));
    }
    Paths::makeOwnerOnly(partial);

    const auto write = [&]() -> Result<void> {
        Records::SqliteConnection local(u"archive-fetch"_s);
        if (auto r = local.open(partial, {}); !r)
            return r;
        for (const QString &pragma : {u"PRAGMA page_size = 16384"_s, u"PRAGMA application_id = %1"_s.arg(Records::kApplicationId),
                                      u"PRAGMA user_version = %1"_s.arg(Records::kFormatVersion), u"PRAGMA journal_mode = DELETE"_s}) {
            if (auto r = local.exec(pragma); !r)
                return r;
        }
        QSqlDatabase ldb = local.database();
        if (!ldb.transaction())
            return makeError(Error::Code::Io, FetchTr::tr("Cannot start a transaction."));
        const auto rows = [&]() -> Result<void> {
            for (const QString &statement : Records::schemaStatements()) {
                if (auto r = local.exec(statement); !r)
                    return r;
            }
            {
                QSqlQuery insert(ldb);
                insert.prepare(u"INSERT INTO run(id, start_utc, utc_offset_s, operator, app_version, title, notes, end_utc, end_reason)"
                               " VALUES(1, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
                for (const QVariant &v : runRow)
                    insert.addBindValue(v);
                if (!insert.exec())
                    return Records::sqlError(Error::Code::Io, FetchTr::tr("the run"), insert);
            }
            if (auto r = copyRows(db, ldb,
                                  u"SELECT id, pump_config_id, name, model_id, model, firmware, serial, ml_per_rev, head_id, tubing_id,"
                                  " quantity, unit FROM channel WHERE run = ?::uuid ORDER BY id"_s,
                                  u"INSERT INTO channel(id, pump_config_id, name, model_id, model, firmware, serial, ml_per_rev,"
                                  " head_id, tubing_id, quantity, unit) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                  run, 12, FetchTr::tr("the channels"));
                !r)
                return r;
            if (auto r = copyRows(db, ldb,
                                  u"SELECT channel, idx, first_tus, last_tus, count, data FROM chunk WHERE run = ?::uuid"
                                  " ORDER BY channel, idx"_s,
                                  u"INSERT INTO chunk(channel, idx, first_tus, last_tus, count, data) VALUES(?, ?, ?, ?, ?, ?)"_s, run, 6,
                                  FetchTr::tr("the blocks of samples"));
                !r)
                return r;
            if (auto r = copyRows(db, ldb,
                                  u"SELECT n + 1, tus, channel, quantity, value, unit FROM setpoint WHERE run = ?::uuid ORDER BY n"_s,
                                  u"INSERT INTO setpoint(id, tus, channel, quantity, value, unit) VALUES(?, ?, ?, ?, ?, ?)"_s, run, 6,
                                  FetchTr::tr("the setpoints"));
                !r)
                return r;
            if (auto r = copyRows(db, ldb,
                                  u"SELECT n + 1, tus, channel, kind, value, text FROM event WHERE run = ?::uuid ORDER BY n"_s,
                                  u"INSERT INTO event(id, tus, channel, kind, value, text) VALUES(?, ?, ?, ?, ?, ?)"_s, run, 6,
                                  FetchTr::tr("the events"));
                !r)
                return r;
            return copyRows(db, ldb,
                            u"SELECT n + 1, tus, action, source, channel, value, limit_value, message FROM alarm WHERE run = ?::uuid"
                            " ORDER BY n"_s,
                            u"INSERT INTO alarm(id, tus, action, source, channel, value, limit_value, message)"
                            " VALUES(?, ?, ?, ?, ?, ?, ?, ?)"_s,
                            run, 8, FetchTr::tr("the alarms"));
        }();
        if (!rows) {
            ldb.rollback();
            return rows;
        }
        if (!ldb.commit())
            return makeError(Error::Code::Io, FetchTr::tr("Cannot commit %1.").arg(partial));
        return {};
    }();
    if (!write) {
        QFile::remove(partial);
        return write.error();
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return makeError(Error::Code::Io, FetchTr::tr("Cannot write %1.").arg(path));
    }
    return path;
}

} // namespace PumpStudio::Archive
