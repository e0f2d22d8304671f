// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QString>
#include <QStringView>

namespace PumpStudio::Telemetry {

/// A topic level made from a name a person chose: MQTT's wildcards (+ #), the level separator
/// (/), control characters and a leading $ (the broker's own topics) become "_", spaces are kept,
/// at most 64 characters, never empty.
QString sanitizeLevel(const QString &name);

/// The topics of one workstation (docs/mqtt.md):
///
///   PREFIX/WORKSTATION/online                         retained  true | false (the Last Will)
///   PREFIX/WORKSTATION/info                           retained  the workstation
///   PREFIX/WORKSTATION/run                            QoS 1     run start and end
///   PREFIX/WORKSTATION/device/DEVICE/identity         retained  a pump or transmitter
///   PREFIX/WORKSTATION/device/DEVICE/state            retained  its latest state
///   PREFIX/WORKSTATION/device/DEVICE/samples/QUANTITY QoS 0     batches of samples
///   PREFIX/WORKSTATION/device/DEVICE/alarm            QoS 1     alarm raised / cleared
///   PREFIX/WORKSTATION/device/DEVICE/event            QoS 1     what happened to it
///
/// PREFIX may have several levels ("lab2/pumps"); each is sanitised like the others.
class TopicScheme final
{
public:
    TopicScheme() = default;
    TopicScheme(const QString &prefix, const QString &workstation);

    QString base() const { return m_base; }
    QString online() const { return m_base + QStringLiteral("/online"); }
    QString info() const { return m_base + QStringLiteral("/info"); }
    QString run() const { return m_base + QStringLiteral("/run"); }
    QString device(const QString &deviceLevel, QStringView leaf) const;
    QString samples(const QString &deviceLevel, const QString &quantity) const;

private:
    QString m_base;
};

} // namespace PumpStudio::Telemetry
