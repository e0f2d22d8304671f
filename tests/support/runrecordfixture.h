// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

// Run records written as MonitorSession writes them, for tests of what is counted from them
// (pump hours): each pump a channel with the identity fields a record carries, sampled at a
// steady step, turning in the spans given and 0 (stopped) between them.

#include "device/pumpsnapshot.h"
#include "records/runrecordwriter.h"

#include <QDateTime>
#include <QList>
#include <QPair>

namespace PumpStudio::Test {

struct RecordedPump
{
    Records::ChannelInfo channel;
    QList<Records::Sample> samples;
};

/// A channel of the pump `snapshot` shows, as MonitorSession declares it.
inline Records::ChannelInfo channelOf(const Device::PumpSnapshot &snapshot, Records::Quantity quantity = Records::Quantity::Speed)
{
    Records::ChannelInfo c;
    c.pumpConfigId = snapshot.config.id;
    c.name = snapshot.config.displayName();
    c.modelId = snapshot.config.modelId;
    c.headId = snapshot.config.headId;
    c.tubingId = snapshot.config.tubingId;
    c.quantity = quantity;
    c.unit = quantity == Records::Quantity::Speed ? QStringLiteral("rpm") : QStringLiteral("mL/min");
    if (snapshot.identity) {
        c.model = snapshot.identity->model;
        c.firmware = snapshot.identity->firmware;
        c.serialNumber = snapshot.identity->serialNumber;
    }
    return c;
}

/// A sample every `stepS` seconds from 0 to `endS` (both included): `value` inside one of the
/// spans [from, to) (in seconds), else 0.
inline QList<Records::Sample> runningSamples(double endS, double stepS, const QList<QPair<double, double>> &running, float value = 20)
{
    QList<Records::Sample> out;
    for (qint64 i = 0; i * stepS <= endS; ++i) {
        const double t = double(i) * stepS;
        bool on = false;
        for (const auto &span : running)
            on = on || (t >= span.first && t < span.second);
        out.append(Records::Sample{qint64(t * 1e6), on ? value : 0.0F});
    }
    return out;
}

/// Writes a finished record at `path`: channel ids are given in order (1, 2, ...).
inline bool writeRunRecord(const QString &path, const QDateTime &startUtc, QList<RecordedPump> pumps)
{
    Records::RunRecordWriter writer;
    Records::RunInfo info;
    info.startUtc = startUtc;
    if (!writer.create(path, info))
        return false;
    for (int i = 0; i < pumps.size(); ++i) {
        pumps[i].channel.id = i + 1;
        if (!writer.addChannel(pumps[i].channel))
            return false;
        for (const Records::Sample &s : std::as_const(pumps[i].samples)) {
            if (!writer.appendSample(i + 1, s))
                return false;
        }
    }
    return bool(writer.finish(Records::EndReason::Completed));
}

} // namespace PumpStudio::Test
