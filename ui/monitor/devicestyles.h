// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QColor>
#include <QStringList>

namespace PumpStudio {

/// How each device's lines look on a chart: a colour of the Okabe-Ito palette (told apart with
/// the common colour-vision deficiencies, and in grey print) and a dash style, in the order the
/// devices were configured, so a device keeps its look from run to run and in replays; two
/// lines with equal values stay apart by their dashes. Shared by the live and the replay chart.
class DeviceStyles final
{
public:
    /// The devices in their configured order; ones seen before keep their place, new ones follow.
    void setOrder(const QStringList &sources);
    /// The place of a device (pump config id), given one at first sight.
    int index(const QString &source);
    QStringList order() const { return m_order; }

    static QColor colour(int index);
    static Qt::PenStyle dash(int index);
    static constexpr int kColours = 8;

private:
    QStringList m_order;
};

} // namespace PumpStudio
