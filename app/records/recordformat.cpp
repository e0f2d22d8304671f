// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "records/recordformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <bit>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Records {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunRecord)
};

void putVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char(quint8(value) | 0x80));
        value >>= 7;
    }
    out.append(char(quint8(value)));
}

bool getVarint(const QByteArray &in, qsizetype &pos, quint64 &value)
{
    value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= in.size())
            return false;
        const quint8 byte = quint8(in.at(pos++));
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

void putLe(QByteArray &out, quint64 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char(quint8(value >> (8 * i))));
}

quint64 getLe(const char *data, int bytes)
{
    quint64 value = 0;
    for (int i = 0; i < bytes; ++i)
        value |= quint64(quint8(data[i])) << (8 * i);
    return value;
}

quint64 zigzag(qint64 v) { return (quint64(v) << 1) ^ quint64(v >> 63); }
qint64 unzigzag(quint64 v) { return qint64(v >> 1) ^ -qint64(v & 1); }

quint32 getBe(const QByteArray &bytes, int offset, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes.at(offset + i));
    return value;
}

} // namespace

QString recordSuffix() { return u"psrun"_s; }

QStringList schemaStatements()
{
    return {
        u"CREATE TABLE run(id INTEGER PRIMARY KEY CHECK (id = 1), start_utc TEXT NOT NULL,"
        " utc_offset_s INTEGER NOT NULL, operator TEXT, app_version TEXT,"
        " title TEXT, notes TEXT, end_utc TEXT, end_reason TEXT)"_s,
        u"CREATE TABLE channel(id INTEGER PRIMARY KEY, pump_config_id TEXT, name TEXT,"
        " model_id TEXT, model TEXT, firmware TEXT, serial TEXT,"
        " ml_per_rev REAL, head_id TEXT, tubing_id TEXT, quantity TEXT NOT NULL,"
        " unit TEXT)"_s,
        u"CREATE TABLE chunk(id INTEGER PRIMARY KEY, channel INTEGER NOT NULL REFERENCES channel(id),"
        " idx INTEGER NOT NULL, first_tus INTEGER NOT NULL, last_tus INTEGER NOT NULL,"
        " count INTEGER NOT NULL, data BLOB NOT NULL, UNIQUE (channel, idx))"_s,
        u"CREATE INDEX chunk_first ON chunk(channel, first_tus)"_s,
        u"CREATE INDEX chunk_last ON chunk(channel, last_tus)"_s,
        u"CREATE TABLE setpoint(id INTEGER PRIMARY KEY, tus INTEGER NOT NULL, channel INTEGER NOT NULL,"
        " quantity TEXT NOT NULL, value REAL NOT NULL, unit TEXT)"_s,
        u"CREATE TABLE event(id INTEGER PRIMARY KEY, tus INTEGER NOT NULL, channel INTEGER,"
        " kind TEXT NOT NULL, value REAL, text TEXT)"_s,
        u"CREATE TABLE alarm(id INTEGER PRIMARY KEY, tus INTEGER NOT NULL, action TEXT NOT NULL,"
        " source TEXT, channel INTEGER, value REAL, limit_value REAL, message TEXT)"_s,
    };
}

QByteArray encodeChunk(std::span<const Records::Sample> samples)
{
    QByteArray out;
    out.reserve(qsizetype(16 + samples.size() * 8));
    out.append(char(kChunkBlobVersion));
    putVarint(out, samples.size());
    if (samples.empty())
        return out;
    putLe(out, quint64(samples.front().tUs), 8);
    // The change of the time step: a steadily polled channel varies by a few microseconds, which
    // fits one byte whatever the rate. Unsigned arithmetic wraps instead of overflowing.
    quint64 step = 0;
    for (std::size_t i = 1; i < samples.size(); ++i) {
        const quint64 next = quint64(samples[i].tUs) - quint64(samples[i - 1].tUs);
        putVarint(out, zigzag(qint64(next - step)));
        step = next;
    }
    for (const Records::Sample &sample : samples)
        putLe(out, std::bit_cast<quint32>(sample.value), 4);
    return out;
}

Result<QList<Records::Sample>> decodeChunk(const QByteArray &blob)
{
    const auto corrupt = [] { return makeError(Error::Code::BadFile, Tr::tr("A block of samples is damaged.")); };
    if (blob.isEmpty())
        return corrupt();
    if (quint8(blob.at(0)) != kChunkBlobVersion) {
        return makeError(Error::Code::BadFile,
                         Tr::tr("A block of samples has format %1, which this version cannot read.")
                             .arg(quint8(blob.at(0))));
    }
    qsizetype pos = 1;
    quint64 count = 0;
    if (!getVarint(blob, pos, count) || count > quint64(Records::kSamplesPerChunk))
        return corrupt();
    QList<Records::Sample> samples;
    if (count == 0)
        return pos == blob.size() ? Result<QList<Records::Sample>>(samples) : corrupt();
    if (blob.size() - pos < 8)
        return corrupt();
    samples.resize(qsizetype(count));
    quint64 t = getLe(blob.constData() + pos, 8);
    pos += 8;
    samples[0].tUs = qint64(t);
    quint64 step = 0;
    for (qsizetype i = 1; i < qsizetype(count); ++i) {
        quint64 change = 0;
        if (!getVarint(blob, pos, change))
            return corrupt();
        step += quint64(unzigzag(change));  // wraps like the encoder's subtraction, never UB
        t += step;
        samples[i].tUs = qint64(t);
    }
    if (blob.size() - pos != qsizetype(count) * 4)
        return corrupt();
    for (qsizetype i = 0; i < qsizetype(count); ++i)
        samples[i].value = std::bit_cast<float>(quint32(getLe(blob.constData() + pos + 4 * i, 4)));
    return samples;
}

Result<void> checkDatabaseFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(Error::Code::Io, Tr::tr("The run record %1 does not exist.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    static constexpr char kMagic[] = "SQLite format 3";  // followed by its NUL: 16 bytes
    if (header.size() < 100 || std::memcmp(header.constData(), kMagic, sizeof kMagic) != 0)
        return makeError(Error::Code::BadFile, Tr::tr("%1 is not a PumpStudio run record.").arg(path));
    qint64 pageSize = getBe(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = getBe(header, 28, 4);
    const bool sizeValid = pageCount != 0 && getBe(header, 24, 4) == getBe(header, 92, 4);
    // With frames in the WAL the main file may legitimately lag its header (an interrupted
    // checkpoint); SQLite recovers that from the WAL, so only a file without one is judged here.
    const QFileInfo wal(path + u"-wal"_s);
    const bool walHasFrames = wal.exists() && wal.size() > 32;
    if (sizeValid && !walHasFrames && file.size() < pageSize * qint64(pageCount)) {
        return makeError(Error::Code::BadFile,
                         Tr::tr("The run record %1 is damaged: it is shorter than it should be (truncated copy?).")
                             .arg(path));
    }
    return {};
}

} // namespace PumpStudio::Records
