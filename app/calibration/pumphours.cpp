// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "calibration/pumphours.h"

#include "records/recordformat.h"
#include "records/runrecordreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Calibration {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PumpHours)
};

QString fileSignature(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo wal(path + u"-wal"_s);
    return u"%1/%2/%3/%4"_s.arg(file.size())
        .arg(file.lastModified().toMSecsSinceEpoch())
        .arg(wal.exists() ? wal.size() : -1)
        .arg(wal.exists() ? wal.lastModified().toMSecsSinceEpoch() : 0);
}

void addSpan(std::vector<std::pair<qint64, qint64>> &spans, qint64 start, qint64 end)
{
    if (end <= start)
        return;
    if (!spans.empty() && start <= spans.back().second) {
        spans.back().second = std::max(spans.back().second, end);
        return;
    }
    spans.emplace_back(start, end);
}

} // namespace

PumpMatch PumpMatch::of(const QString &modelId, const Device::PumpIdentity &identity, const QString &configId)
{
    PumpMatch m;
    m.modelId = modelId;
    m.serialNumber = identity.serialNumber;
    m.firmware = identity.firmware;
    // With a serial number the configuration does not matter (see the class comment).
    if (m.serialNumber.isEmpty())
        m.configId = configId;
    return m;
}

bool PumpMatch::matches(const QString &model, const QString &serial, const QString &config, const QString &fw) const
{
    if (!canMatch() || model != modelId)
        return false;
    if (!serialNumber.isEmpty())
        return serial == serialNumber;
    // No serial number: a record that has one is another pump; else the same configuration,
    // still with the firmware the bound pump reports.
    return serial.isEmpty() && config == configId && fw == firmware;
}

Result<std::vector<RunningPump>> PumpHoursIndex::readRecord(const QString &path)
{
    Records::RunRecordReader reader;
    if (auto r = reader.open(path); !r)
        return r.error();
    const QDateTime start = reader.runInfo().startUtc;
    if (!start.isValid())
        return makeError(Error::Code::BadFile, Tr::tr("The run record %1 has no start time.").arg(path));
    const qint64 startMs = start.toMSecsSinceEpoch();
    const qint64 maxStepUs = std::chrono::duration_cast<std::chrono::microseconds>(kMaxStep).count();

    // The pumps of the record: channels grouped by who they are; per pump the speed channel, or
    // the flow channel when it has no speed (syringe pumps report a rate only).
    struct Pick
    {
        RunningPump pump;
        int speed = 0;
        int flow = 0;
    };
    std::vector<Pick> picks;
    for (const Records::ChannelInfo &c : reader.channels()) {
        if (c.quantity != Records::Quantity::Speed && c.quantity != Records::Quantity::Flow)
            continue;
        auto it = std::find_if(picks.begin(), picks.end(), [&](const Pick &p) {
            return p.pump.modelId == c.modelId && p.pump.serialNumber == c.serialNumber && p.pump.configId == c.pumpConfigId
                   && p.pump.firmware == c.firmware;
        });
        if (it == picks.end()) {
            Pick p;
            p.pump.modelId = c.modelId;
            p.pump.serialNumber = c.serialNumber;
            p.pump.configId = c.pumpConfigId;
            p.pump.firmware = c.firmware;
            picks.push_back(p);
            it = std::prev(picks.end());
        }
        (c.quantity == Records::Quantity::Speed ? it->speed : it->flow) = c.id;
    }

    std::vector<RunningPump> out;
    for (Pick &p : picks) {
        const int channel = p.speed ? p.speed : p.flow;
        const auto count = reader.sampleCount(channel);
        if (!count)
            return count.error();
        std::optional<Records::Sample> previous;
        const qint64 chunks = (*count + Records::kSamplesPerChunk - 1) / Records::kSamplesPerChunk;
        for (qint64 index = 0; index < chunks; ++index) {
            const auto samples = reader.chunk(channel, index);
            if (!samples)
                return samples.error();
            for (const Records::Sample &s : *samples) {
                if (previous && std::abs(previous->value) > 0 && s.tUs > previous->tUs) {
                    const qint64 endUs = previous->tUs + std::min(s.tUs - previous->tUs, maxStepUs);
                    addSpan(p.pump.spans, startMs + previous->tUs / 1000, startMs + endUs / 1000);
                }
                previous = s;
            }
        }
        if (!p.pump.spans.empty())
            out.push_back(std::move(p.pump));
    }
    return out;
}

int PumpHoursIndex::update(const QString &folder, const std::atomic_bool *cancel)
{
    const QFileInfoList files = QDir(folder).entryInfoList({u"*."_s + Records::recordSuffix()}, QDir::Files | QDir::Hidden);
    QSet<QString> present;
    int read = 0;
    for (const QFileInfo &info : files) {
        const QString path = info.absoluteFilePath();
        present.insert(path);
        if (cancel && cancel->load())
            return read;  // the rest is not known to be gone: nothing forgotten
        const QString signature = fileSignature(path);
        auto it = m_files.find(path);
        if (it != m_files.end() && it->signature == signature)
            continue;
        File file;
        file.signature = signature;
        if (auto pumps = readRecord(path))
            file.pumps = std::move(pumps).value();
        else
            file.error = pumps.error().message;
        m_files.insert(path, std::move(file));
        ++read;
    }
    for (auto it = m_files.begin(); it != m_files.end();) {
        if (!present.contains(it.key()))
            it = m_files.erase(it);
        else
            ++it;
    }
    return read;
}

double PumpHoursIndex::hoursSince(const PumpMatch &pump, const QDateTime &sinceUtc) const
{
    if (!pump.canMatch())
        return 0;
    const qint64 since = sinceUtc.isValid() ? sinceUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    qint64 ms = 0;
    for (const File &file : m_files) {
        for (const RunningPump &p : file.pumps) {
            if (!pump.matches(p.modelId, p.serialNumber, p.configId, p.firmware))
                continue;
            for (const auto &[start, end] : p.spans) {
                if (end > since)
                    ms += end - std::max(start, since);
            }
        }
    }
    return double(ms) / 3.6e6;
}

int PumpHoursIndex::damagedRecords() const
{
    return int(std::count_if(m_files.cbegin(), m_files.cend(), [](const File &f) { return !f.error.isEmpty(); }));
}

QStringList PumpHoursIndex::damagedReasons() const
{
    QStringList out;
    for (const File &f : m_files) {
        if (!f.error.isEmpty())
            out.append(f.error);
    }
    out.sort();
    return out;
}

} // namespace PumpStudio::Calibration
