// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "records/recordseal.h"

#include "core/clocktext.h"
#include "records/recordformat.h"
#include "records/runrecordreader.h"
#include "records/sqliteconnection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Records {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunRecord)
};
} // namespace

QString writerLockPath(const QString &path) { return path + u".lock"_s; }

QString Recovery::text() const
{
    const QLocale locale;
    return Tr::tr("%1 samples of %n channel(s) over %2, %3 events, %4 alarm entries", nullptr, channels)
        .arg(locale.toString(samples), elapsedClockText(seconds), locale.toString(events), locale.toString(alarms));
}

Result<RecordSeal> computeSeal(const QString &path)
{
    RunRecordReader reader;
    if (auto r = reader.open(path); !r)
        return r.error();
    auto hash = reader.contentHash();
    if (!hash)
        return hash.error();
    RecordSeal seal;
    seal.path = path;
    seal.fileName = QFileInfo(path).fileName();
    seal.startUtc = reader.runInfo().startUtc;
    seal.contentHash = *hash;
    seal.endReason = reader.runInfo().endReason;
    return seal;
}

Result<Recovery> markInterrupted(const QString &path)
{
    QLockFile lock(writerLockPath(path));
    if (!lock.tryLock(0))
        return makeError(Error::Code::InvalidArgument, Tr::tr("%1 is being written by a running PumpStudio.").arg(path));
    Recovery recovery;
    QDateTime start;
    {
        // What is there, read as any reader would (this also refuses a damaged record).
        RunRecordReader reader;
        if (auto r = reader.open(path); !r)
            return r.error();
        if (reader.runInfo().endReason != EndReason::Unfinished)
            return makeError(Error::Code::InvalidArgument, Tr::tr("%1 is finished.").arg(path));
        start = reader.runInfo().startUtc;
        recovery.channels = int(reader.channels().size());
        for (const ChannelInfo &c : reader.channels()) {
            auto n = reader.sampleCount(c.id);
            if (!n)
                return n.error();
            recovery.samples += *n;
        }
        auto last = reader.lastSampleTime();
        auto events = reader.events();
        auto alarms = reader.alarms();
        if (!last)
            return last.error();
        if (!events)
            return events.error();
        if (!alarms)
            return alarms.error();
        recovery.seconds = double(*last) / 1e6;
        recovery.events = events->size();
        recovery.alarms = alarms->size();
    }
    SqliteConnection connection(u"recovery"_s);
    if (auto r = connection.open(path, u"QSQLITE_BUSY_TIMEOUT=5000"_s); !r)
        return r.error();
    QSqlDatabase db = connection.database();
    if (!db.transaction())
        return makeError(Error::Code::Io, Tr::tr("Cannot write the run record %1.").arg(path));
    const qint64 lastUs = qint64(recovery.seconds * 1e6);
    {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO event(tus, channel, kind, value, text) VALUES(?, NULL, 'interrupted', NULL, ?)"_s);
        q.addBindValue(lastUs);
        q.addBindValue(Tr::tr("The run ended without being finished (PumpStudio stopped unexpectedly). Recovered: %1.")
                           .arg(recovery.text()));
        bool ok = q.exec();
        q.prepare(u"UPDATE run SET end_utc = ?, end_reason = ? WHERE id = 1 AND end_reason IS NULL"_s);
        q.addBindValue(start.addMSecs(lastUs / 1000).toString(Qt::ISODateWithMs));
        q.addBindValue(endReasonToken(EndReason::Interrupted));
        ok = ok && q.exec() && q.numRowsAffected() == 1;
        if (!ok || !db.commit()) {
            db.rollback();
            return makeError(Error::Code::Io, Tr::tr("Cannot mark the run record %1 as interrupted.").arg(path));
        }
    }
    (void)connection.exec(u"PRAGMA journal_mode = DELETE"_s);
    return recovery;
}

} // namespace PumpStudio::Records
