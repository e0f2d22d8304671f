// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "devicestyles.h"

#include <iterator>

namespace PumpStudio {

void DeviceStyles::setOrder(const QStringList &sources)
{
    for (const QString &source : sources) {
        if (!source.isEmpty() && !m_order.contains(source))
            m_order.append(source);
    }
}

int DeviceStyles::index(const QString &source)
{
    qsizetype at = m_order.indexOf(source);
    if (at < 0) {
        at = m_order.size();
        m_order.append(source);
    }
    return int(at);
}

QColor DeviceStyles::colour(int index)
{
    // Okabe & Ito (2008), black left for text, in an order that keeps neighbours apart: blue,
    // orange, bluish green, vermillion, reddish purple, sky blue, yellow (late: it reads poorly on
    // white), and a grey.
    static const QColor palette[kColours] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                                             QColor(0xd5, 0x5e, 0x00), QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9),
                                             QColor(0xf0, 0xe4, 0x42), QColor(0x66, 0x66, 0x66)};
    return palette[(index % kColours + kColours) % kColours];
}

Qt::PenStyle DeviceStyles::dash(int index)
{
    // Solid first; the lines drawn after it are broken, so one drawn over another with the
    // same values lets it show through its gaps.
    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    return styles[(index % int(std::size(styles)) + int(std::size(styles))) % int(std::size(styles))];
}

} // namespace PumpStudio
