// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "records/csvexport.h"

#include "core/csv.h"
#include "records/runrecordreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <charconv>
#include <cstdlib>
#include <limits>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Records {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
};

/// Walks one channel's samples in [t0, t1), one chunk in memory at a time.
class ChannelCursor
{
public:
    ChannelCursor(const RunRecordReader &reader, int channel, qint64 t0Us, qint64 t1Us)
        : m_reader(&reader), m_channel(channel), m_t0Us(t0Us), m_t1Us(t1Us)
    {
    }

    Result<void> start()
    {
        auto range = m_reader->chunkRange(m_channel, m_t0Us, m_t1Us);
        if (!range)
            return range.error();
        m_next = range->first;
        m_last = range->last;
        return advance();
    }

    bool atEnd() const { return m_pos >= m_samples.size(); }
    const Records::Sample &current() const { return m_samples.at(m_pos); }

    /// Moves to the next sample in range, loading the next chunk when this one is used up.
    Result<void> advance()
    {
        if (!atEnd())
            ++m_pos;
        while (true) {
            while (!atEnd() && current().tUs < m_t0Us)
                ++m_pos;
            if (!atEnd()) {
                if (current().tUs >= m_t1Us)
                    m_pos = m_samples.size();
                return {};
            }
            if (m_next > m_last)
                return {};
            auto chunk = m_reader->chunk(m_channel, m_next++);
            if (!chunk)
                return chunk.error();
            m_samples = std::move(chunk).value();
            m_pos = 0;
        }
    }

private:
    const RunRecordReader *m_reader;
    int m_channel;
    qint64 m_t0Us;
    qint64 m_t1Us;
    qint64 m_next = 0;
    qint64 m_last = -1;
    QList<Records::Sample> m_samples;
    qsizetype m_pos = 0;
};

/// Shortest text that reads back as the same float32, never in exponent form; -0 as 0 (a sensor's
/// "-0.00" means nothing to a spreadsheet user).
void appendValue(QByteArray &out, float value, char decimalMark)
{
    if (value == 0.0f)
        value = 0.0f;
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (ec != std::errc())
        return;
    for (char *c = buffer; c != end; ++c)
        out.append(*c == '.' ? decimalMark : *c);
}

/// Exact seconds from microseconds: "12.345678".
void appendElapsed(QByteArray &out, qint64 tUs, char decimalMark)
{
    const bool negative = tUs < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(tUs) : quint64(tUs);
    if (negative)
        out.append('-');
    out.append(QByteArray::number(magnitude / 1000000));
    out.append(decimalMark);
    out.append(QByteArray::number(magnitude % 1000000).rightJustified(6, '0'));
}

} // namespace

CsvExportOptions defaultCsvOptions(const QLocale &locale)
{
    CsvExportOptions options;
    const QString mark = locale.decimalPoint();
    options.decimalMark = mark.size() == 1 ? mark.at(0) : QChar(u'.');
    options.separator = options.decimalMark == u',' ? QChar(u';') : QChar(u',');
    return options;
}

Result<qint64> exportCsv(const RunRecordReader &reader, const QString &path, const CsvExportOptions &options)
{
    if (!reader.isOpen())
        return makeError(Error::Code::InvalidArgument, Tr::tr("No run record is open."));
    if (options.separator == options.decimalMark || options.separator.unicode() > 0x7f
        || options.decimalMark.unicode() > 0x7f || options.separator == u'"') {
        return makeError(Error::Code::InvalidArgument, Tr::tr("Choose a different separator and decimal mark."));
    }
    const char separator = char(options.separator.unicode());
    const char decimalMark = char(options.decimalMark.unicode());

    QList<ChannelInfo> channels;
    if (options.channels.isEmpty()) {
        channels = reader.channels();
    } else {
        for (int id : options.channels) {
            const auto channel = reader.channel(id);
            if (!channel)
                return makeError(Error::Code::InvalidArgument, Tr::tr("The run has no channel %1.").arg(id));
            channels.append(*channel);
        }
    }
    const qint64 t0Us = options.t0Us.value_or(std::numeric_limits<qint64>::min());
    const qint64 t1Us = options.t1Us.value_or(std::numeric_limits<qint64>::max());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(Error::Code::Io, Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path),
                                                                          file.errorString()));
    }
    const auto failed = [&](const Error &error) -> Result<qint64> {
        file.cancelWriting();
        return error;
    };

    QByteArray out;
    if (options.byteOrderMark)
        out.append("\xEF\xBB\xBF");
    const auto field = [&](const QString &text) {
        QString quoted = csvField(text);
        if (!quoted.startsWith(u'"') && quoted.contains(options.separator))
            quoted = u'"' + quoted + u'"';
        out.append(quoted.toUtf8());
    };
    field(Tr::tr("Time"));
    out.append(separator);
    field(Tr::tr("Elapsed [s]"));
    for (const ChannelInfo &channel : std::as_const(channels)) {
        out.append(separator);
        field(channel.unit.isEmpty() ? channel.name : Tr::tr("%1 [%2]").arg(channel.name, channel.unit));
    }
    out.append("\r\n");

    std::vector<ChannelCursor> cursors;
    cursors.reserve(std::size_t(channels.size()));
    for (const ChannelInfo &channel : std::as_const(channels)) {
        cursors.emplace_back(reader, channel.id, t0Us, t1Us);
        if (auto r = cursors.back().start(); !r)
            return failed(r.error());
    }

    // Local wall time at the run's offset, and the offset always as +hh:mm (Qt would write "Z" for
    // zero), so every row has the same shape for whatever parses it.
    const RunInfo &run = reader.runInfo();
    const QDateTime start = run.startUtc.toUTC().addSecs(run.utcOffsetSeconds);
    const int offsetMinutes = std::abs(run.utcOffsetSeconds) / 60;
    const QByteArray offset = (run.utcOffsetSeconds < 0 ? "-" : "+")
        + QByteArray::number(offsetMinutes / 60).rightJustified(2, '0') + ':'
        + QByteArray::number(offsetMinutes % 60).rightJustified(2, '0');
    const QString timeFormat = u"yyyy-MM-dd'T'HH:mm:ss.zzz"_s;
    // The span progress is measured against: the range asked for, bounded by the samples there are.
    const qint64 spanFrom = std::max<qint64>(t0Us, 0);
    const qint64 spanTo = std::min<qint64>(t1Us, reader.lastSampleTime().valueOr(0));
    qint64 rows = 0;
    while (true) {
        qint64 t = std::numeric_limits<qint64>::max();
        bool any = false;
        for (const ChannelCursor &cursor : cursors) {
            if (!cursor.atEnd()) {
                t = std::min(t, cursor.current().tUs);
                any = true;
            }
        }
        if (!any)
            break;
        // Floor to milliseconds, also before the start.
        const qint64 ms = t >= 0 ? t / 1000 : -((-t + 999) / 1000);
        out.append(start.addMSecs(ms).toString(timeFormat).toLatin1());
        out.append(offset);
        out.append(separator);
        appendElapsed(out, t, decimalMark);
        for (ChannelCursor &cursor : cursors) {
            out.append(separator);
            if (!cursor.atEnd() && cursor.current().tUs == t) {
                appendValue(out, cursor.current().value, decimalMark);
                if (auto r = cursor.advance(); !r)
                    return failed(r.error());
            }
        }
        out.append("\r\n");
        ++rows;
        if (out.size() >= 64 * 1024) {
            if (file.write(out) != out.size())
                return failed(makeError(Error::Code::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString())));
            out.clear();
            const double done = spanTo > spanFrom ? std::clamp(double(t - spanFrom) / double(spanTo - spanFrom), 0.0, 1.0) : 0.0;
            if (options.progress && !options.progress(done))
                return failed(makeError(Error::Code::Cancelled, Tr::tr("The export was cancelled; no file was written.")));
        }
    }
    if (file.write(out) != out.size() || !file.commit())
        return failed(makeError(Error::Code::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString())));
    return rows;
}

} // namespace PumpStudio::Records
