// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "records/csvexport.h"

#include "core/csv.h"
#include "records/runrecordreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
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
QByteArray valueText(float value, char decimalMark)
{
    if (value == 0.0f)
        value = 0.0f;
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (ec != std::errc())
        return {};
    QByteArray text(buffer, end - buffer);
    if (decimalMark != '.')
        text.replace('.', decimalMark);
    return text;
}

/// Exact seconds from microseconds: "12.345678".
QByteArray elapsedText(qint64 tUs, char decimalMark)
{
    const bool negative = tUs < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(tUs) : quint64(tUs);
    QByteArray out;
    if (negative)
        out.append('-');
    out.append(QByteArray::number(magnitude / 1000000));
    out.append(decimalMark);
    out.append(QByteArray::number(magnitude % 1000000).rightJustified(6, '0'));
    return out;
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

namespace {

/// What every layout needs while it writes: the file, the writer, the clock text and progress.
struct Output
{
    QSaveFile &file;
    CsvWriter &out;
    const CsvExportOptions &options;
    char decimalMark = '.';
    QDateTime start;
    QString offset;
    qint64 spanFrom = 0;
    qint64 spanTo = 0;

    Result<qint64> fail(const Error &error)
    {
        file.cancelWriting();
        return error;
    }
    void timeCells(qint64 t)
    {
        // Floor to milliseconds, also before the start.
        const qint64 ms = t >= 0 ? t / 1000 : -((-t + 999) / 1000);
        out.text(QString(start.addMSecs(ms).toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz"_s) + offset));
        out.number(elapsedText(t, decimalMark));
    }
    /// Writes what is buffered once it is large, and asks whether to go on.
    Result<void> spill(qint64 t)
    {
        if (out.size() < 64 * 1024)
            return {};
        const QByteArray block = out.take();
        if (file.write(block) != block.size())
            return makeError(Error::Code::Io, Tr::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        const double done = spanTo > spanFrom ? std::clamp(double(t - spanFrom) / double(spanTo - spanFrom), 0.0, 1.0) : 0.0;
        if (options.progress && !options.progress(done))
            return makeError(Error::Code::Cancelled, Tr::tr("The export was cancelled; no file was written."));
        return {};
    }
};

QString channelHeader(const ChannelInfo &channel)
{
    return channel.unit.isEmpty() ? channel.name : Tr::tr("%1 [%2]").arg(channel.name, channel.unit);
}

Result<qint64> writeAsRecorded(Output &o, const RunRecordReader &reader, const QList<ChannelInfo> &channels, qint64 t0Us, qint64 t1Us)
{
    CsvWriter &out = o.out;
    out.text(Tr::tr("Time")).text(Tr::tr("Elapsed [s]"));
    for (const ChannelInfo &channel : channels)
        out.text(channelHeader(channel));
    out.endRow();

    std::vector<ChannelCursor> cursors;
    cursors.reserve(std::size_t(channels.size()));
    for (const ChannelInfo &channel : channels) {
        cursors.emplace_back(reader, channel.id, t0Us, t1Us);
        if (auto r = cursors.back().start(); !r)
            return o.fail(r.error());
    }
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
        o.timeCells(t);
        for (ChannelCursor &cursor : cursors) {
            if (!cursor.atEnd() && cursor.current().tUs == t) {
                out.number(valueText(cursor.current().value, o.decimalMark));
                if (auto r = cursor.advance(); !r)
                    return o.fail(r.error());
            } else {
                out.empty();
            }
        }
        out.endRow();
        ++rows;
        if (auto r = o.spill(t); !r)
            return o.fail(r.error());
    }
    return rows;
}

/// An event or an alarm as one line of text.
struct Note
{
    qint64 tUs = 0;
    std::optional<int> channel;
    QString kind;   ///< "event" or "alarm"
    QString text;
};

QList<Note> notesOf(const RunRecordReader &reader, Result<void> *error)
{
    QList<Note> notes;
    const auto events = reader.events();
    const auto alarms = reader.alarms();
    if (!events || !alarms) {
        *error = !events ? events.error() : alarms.error();
        return notes;
    }
    for (const RunEvent &e : *events)
        notes.append(Note{e.tUs, e.channel, u"event"_s, e.text.section(u'\n', 0, 0)});  // a profile's file stays in the record
    for (const AlarmRecord &a : *alarms) {
        const QString action = a.action == AlarmAction::Raised ? Tr::tr("raised")
                               : a.action == AlarmAction::Cleared ? Tr::tr("cleared") : Tr::tr("acknowledged");
        notes.append(Note{a.tUs, a.channel, u"alarm"_s, Tr::tr("Alarm %1: %2").arg(action, a.message)});
    }
    std::stable_sort(notes.begin(), notes.end(), [](const Note &a, const Note &b) { return a.tUs < b.tUs; });
    return notes;
}

Result<qint64> writeWide(Output &o, const RunRecordReader &reader, const QList<ChannelInfo> &channels, qint64 t0Us, qint64 t1Us)
{
    CsvWriter &out = o.out;
    const qint64 step = std::max<qint64>(1000, o.options.stepUs.value_or(1'000'000));
    auto setpoints = reader.setpoints();
    if (!setpoints)
        return o.fail(setpoints.error());
    Result<void> noteError;
    const QList<Note> notes = notesOf(reader, &noteError);
    if (!noteError)
        return o.fail(noteError.error());
    // Setpoint columns for the channels that were given setpoints.
    QList<int> withSetpoints;
    for (const ChannelInfo &channel : channels) {
        for (const SetpointChange &s : std::as_const(*setpoints)) {
            if (s.channel == channel.id) {
                withSetpoints.append(channel.id);
                break;
            }
        }
    }
    out.text(Tr::tr("Time")).text(Tr::tr("Elapsed [s]"));
    for (const ChannelInfo &channel : channels)
        out.text(channelHeader(channel));
    for (const ChannelInfo &channel : channels) {
        if (withSetpoints.contains(channel.id))
            out.text(channel.unit.isEmpty() ? Tr::tr("%1 setpoint").arg(channel.name)
                                            : Tr::tr("%1 setpoint [%2]").arg(channel.name, channel.unit));
    }
    out.text(Tr::tr("Events"));
    out.endRow();

    // Each channel's value at a row's time is its last sample at or before it: the cursors read
    // from the start of the run, so a range begins with the values that held then.
    std::vector<ChannelCursor> cursors;
    std::vector<std::optional<float>> held(std::size_t(channels.size()));
    cursors.reserve(std::size_t(channels.size()));
    for (const ChannelInfo &channel : channels) {
        cursors.emplace_back(reader, channel.id, std::numeric_limits<qint64>::min(), t1Us);
        if (auto r = cursors.back().start(); !r)
            return o.fail(r.error());
    }
    // A row's values are those at its time; its events those from its time to the next row's.
    // Rows go on to the last sample, or the last event when one comes after it (a profile's end).
    qsizetype nextNote = 0;
    if (t0Us > std::numeric_limits<qint64>::min()) {
        while (nextNote < notes.size() && notes.at(nextNote).tUs < t0Us)
            ++nextNote;
    }
    qint64 lastTime = reader.lastSampleTime().valueOr(0);
    if (!notes.isEmpty())
        lastTime = std::max(lastTime, notes.constLast().tUs);
    const qint64 last = std::min<qint64>(t1Us - 1, lastTime);
    qint64 t = t0Us <= 0 ? 0 : (t0Us + step - 1) / step * step;
    qsizetype nextSetpoint = 0;
    QHash<int, double> setpointNow;
    qint64 rows = 0;
    for (; t <= last; t += step) {
        for (std::size_t i = 0; i < cursors.size(); ++i) {
            ChannelCursor &cursor = cursors[i];
            while (!cursor.atEnd() && cursor.current().tUs <= t) {
                held[i] = cursor.current().value;
                if (auto r = cursor.advance(); !r)
                    return o.fail(r.error());
            }
        }
        while (nextSetpoint < setpoints->size() && setpoints->at(nextSetpoint).tUs <= t) {
            setpointNow.insert(setpoints->at(nextSetpoint).channel, setpoints->at(nextSetpoint).value);
            ++nextSetpoint;
        }
        QStringList happened;
        while (nextNote < notes.size() && notes.at(nextNote).tUs < t + step && notes.at(nextNote).tUs < t1Us)
            happened.append(notes.at(nextNote++).text);
        o.timeCells(t);
        for (const std::optional<float> &value : held) {
            if (value)
                out.number(valueText(*value, o.decimalMark));
            else
                out.empty();
        }
        for (const ChannelInfo &channel : channels) {
            if (!withSetpoints.contains(channel.id))
                continue;
            if (const auto it = setpointNow.constFind(channel.id); it != setpointNow.constEnd())
                out.number(valueText(float(*it), o.decimalMark));
            else
                out.empty();
        }
        if (happened.isEmpty())
            out.empty();
        else
            out.text(happened.join(u" | "_s));
        out.endRow();
        ++rows;
        if (auto r = o.spill(t); !r)
            return o.fail(r.error());
    }
    return rows;
}

Result<qint64> writeLong(Output &o, const RunRecordReader &reader, const QList<ChannelInfo> &channels, qint64 t0Us, qint64 t1Us)
{
    CsvWriter &out = o.out;
    auto setpoints = reader.setpoints();
    if (!setpoints)
        return o.fail(setpoints.error());
    Result<void> noteError;
    const QList<Note> notes = notesOf(reader, &noteError);
    if (!noteError)
        return o.fail(noteError.error());
    QHash<int, const ChannelInfo *> byId;
    for (const ChannelInfo &channel : channels)
        byId.insert(channel.id, &channel);
    const auto inRange = [&](qint64 t) { return t >= t0Us && t < t1Us; };

    out.text(Tr::tr("Time")).text(Tr::tr("Elapsed [s]")).text(Tr::tr("Channel")).text(Tr::tr("Kind")).text(Tr::tr("Value"))
        .text(Tr::tr("Unit")).text(Tr::tr("Text"));
    out.endRow();
    std::vector<ChannelCursor> cursors;
    cursors.reserve(std::size_t(channels.size()));
    for (const ChannelInfo &channel : channels) {
        cursors.emplace_back(reader, channel.id, t0Us, t1Us);
        if (auto r = cursors.back().start(); !r)
            return o.fail(r.error());
    }
    qsizetype nextSetpoint = 0;
    qsizetype nextNote = 0;
    qint64 rows = 0;
    while (true) {
        // The earliest of every source; at one time: samples in column order, then setpoints,
        // then events and alarms.
        qint64 t = std::numeric_limits<qint64>::max();
        for (const ChannelCursor &cursor : cursors) {
            if (!cursor.atEnd())
                t = std::min(t, cursor.current().tUs);
        }
        while (nextSetpoint < setpoints->size()
               && (!inRange(setpoints->at(nextSetpoint).tUs) || !byId.contains(setpoints->at(nextSetpoint).channel)))
            ++nextSetpoint;
        while (nextNote < notes.size() && !inRange(notes.at(nextNote).tUs))
            ++nextNote;
        if (nextSetpoint < setpoints->size())
            t = std::min(t, setpoints->at(nextSetpoint).tUs);
        if (nextNote < notes.size())
            t = std::min(t, notes.at(nextNote).tUs);
        if (t == std::numeric_limits<qint64>::max())
            break;
        for (std::size_t i = 0; i < cursors.size(); ++i) {
            ChannelCursor &cursor = cursors[i];
            if (cursor.atEnd() || cursor.current().tUs != t)
                continue;
            const ChannelInfo &channel = channels.at(qsizetype(i));
            o.timeCells(t);
            out.text(channel.name).text(u"sample"_s).number(valueText(cursor.current().value, o.decimalMark)).text(channel.unit).empty();
            out.endRow();
            ++rows;
            if (auto r = cursor.advance(); !r)
                return o.fail(r.error());
        }
        while (nextSetpoint < setpoints->size() && setpoints->at(nextSetpoint).tUs == t) {
            const SetpointChange &s = setpoints->at(nextSetpoint++);
            if (!byId.contains(s.channel))
                continue;
            o.timeCells(t);
            out.text(byId.value(s.channel)->name).text(u"setpoint"_s).number(valueText(float(s.value), o.decimalMark)).text(s.unit).empty();
            out.endRow();
            ++rows;
        }
        while (nextNote < notes.size() && notes.at(nextNote).tUs == t) {
            const Note &n = notes.at(nextNote++);
            o.timeCells(t);
            const ChannelInfo *channel = n.channel ? byId.value(*n.channel) : nullptr;
            if (channel)
                out.text(channel->name);
            else
                out.empty();
            out.text(n.kind).empty().empty().text(n.text);
            out.endRow();
            ++rows;
        }
        if (auto r = o.spill(t); !r)
            return o.fail(r.error());
    }
    return rows;
}

} // namespace

Result<qint64> exportCsv(const RunRecordReader &reader, const QString &path, const CsvExportOptions &options)
{
    if (!reader.isOpen())
        return makeError(Error::Code::InvalidArgument, Tr::tr("No run record is open."));
    if (options.separator == options.decimalMark || options.separator.unicode() > 0x7f
        || options.decimalMark.unicode() > 0x7f || options.separator == u'"' || options.separator == u'\''
        || options.separator.isLetterOrNumber() || options.separator == u'\r' || options.separator == u'\n') {
        return makeError(Error::Code::InvalidArgument, Tr::tr("Choose a different separator and decimal mark."));
    }

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
    // The one CSV writer: channel names come from model files and users, so a name starting with
    // '=' must not become a formula in the spreadsheet that opens the file.
    CsvWriter out(options.separator);
    if (options.byteOrderMark)
        out.writeByteOrderMark();

    // Local wall time at the run's offset, and the offset always as +hh:mm (Qt would write "Z" for
    // zero), so every row has the same shape for whatever parses it.
    const RunInfo &run = reader.runInfo();
    const int offsetMinutes = std::abs(run.utcOffsetSeconds) / 60;
    const QString offset = QLatin1StringView(run.utcOffsetSeconds < 0 ? "-" : "+")
                           + QString::number(offsetMinutes / 60).rightJustified(2, u'0') + u':'
                           + QString::number(offsetMinutes % 60).rightJustified(2, u'0');
    // The span progress is measured against: the range asked for, bounded by the samples there are.
    Output o{file,
             out,
             options,
             char(options.decimalMark.unicode()),
             run.startUtc.toUTC().addSecs(run.utcOffsetSeconds),
             offset,
             std::max<qint64>(t0Us, 0),
             std::min<qint64>(t1Us, reader.lastSampleTime().valueOr(0))};

    Result<qint64> rows = qint64(0);
    switch (options.layout) {
    case CsvLayout::AsRecorded: rows = writeAsRecorded(o, reader, channels, t0Us, t1Us); break;
    case CsvLayout::Wide: rows = writeWide(o, reader, channels, t0Us, t1Us); break;
    case CsvLayout::Long: rows = writeLong(o, reader, channels, t0Us, t1Us); break;
    }
    if (!rows)
        return rows;  // the file was cancelled where it failed
    const QByteArray rest = out.take();
    if (file.write(rest) != rest.size() || !file.commit())
        return o.fail(makeError(Error::Code::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString())));
    return rows;
}

} // namespace PumpStudio::Records
