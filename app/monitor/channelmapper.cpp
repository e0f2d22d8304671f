// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "monitor/channelmapper.h"

#include <QCoreApplication>

namespace PumpStudio::Monitor {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelMapper)
};
} // namespace

QList<Reading> ChannelMapper::readings(qint64 tUs, const Device::PumpStatus &status)
{
    QList<Reading> out;
    if (status.pressure)
        out.append(Reading{Records::Quantity::Pressure, *status.pressure, status.pressureUnit});
    if (m_sensor)
        return out;
    if (status.flowMlPerMin) {
        const double flow = *status.flowMlPerMin;
        out.append(Reading{Records::Quantity::Flow, flow, Tr::tr("mL/min")});
        if (m_lastTUs)
            m_integratedMl += (m_lastFlow + flow) / 2.0 * double(tUs - *m_lastTUs) / 60e6;
        m_lastTUs = tUs;
        m_lastFlow = flow;
    }
    out.append(Reading{Records::Quantity::Volume, status.dispensedMl.value_or(m_integratedMl), Tr::tr("mL")});
    if (status.actualSpeedRpm || status.setSpeedRpm) {
        const double rpm = status.actualSpeedRpm.value_or(status.running ? status.setSpeedRpm.value_or(0) : 0);
        out.append(Reading{Records::Quantity::Speed, rpm, Tr::tr("rpm")});
    }
    return out;
}

void ChannelMapper::restart()
{
    m_lastTUs.reset();
    m_lastFlow = 0;
    m_integratedMl = 0;
}

} // namespace PumpStudio::Monitor
