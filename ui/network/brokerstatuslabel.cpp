// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "network/brokerstatuslabel.h"

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

BrokerStatusLabel::BrokerStatusLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(u"brokerStatus"_s);
    setStatus(false, {});
}

BrokerStatusLabel::~BrokerStatusLabel() = default;

void BrokerStatusLabel::setStatus(bool running, const Telemetry::PublisherStatus &status, const QString &baseTopic)
{
    using S = Telemetry::MqttClient::State;
    QString text;
    QString tip;
    QString colour;
    if (!running) {
        m_state = u"off"_s;
        text = tr("Telemetry: off");
        tip = tr("Nothing is published. Tools > Lab Network sets up a broker.");
    } else if (status.state == S::Connected) {
        m_state = u"connected"_s;
        text = tr("Telemetry: connected");
        if (status.droppedSamples > 0)
            text += tr(", %n sample(s) dropped", nullptr, int(qMin<qint64>(status.droppedSamples, INT_MAX)));
        tip = tr("Publishing to %1 under %2.").arg(status.broker, baseTopic);
        colour = u"#2e7d32"_s;
    } else if (status.state == S::Waiting) {
        m_state = u"offline"_s;
        text = tr("Telemetry: offline, %n alarm(s) and event(s) queued", nullptr, int(qMin<qint64>(status.queued, INT_MAX)));
        if (status.droppedSamples > 0)
            text += tr(", %n sample(s) dropped", nullptr, int(qMin<qint64>(status.droppedSamples, INT_MAX)));
        tip = tr("%1 cannot be reached: %2. Alarms and events are kept until it is back; samples are not.")
                  .arg(status.broker, status.reason.isEmpty() ? tr("no answer") : status.reason);
        if (status.droppedMessages > 0)
            tip += u' ' + tr("%n alarm(s) or event(s) were lost because the queue was full.", nullptr,
                               int(qMin<qint64>(status.droppedMessages, INT_MAX)));
        colour = u"#c62828"_s;
    } else {
        m_state = u"connecting"_s;
        text = tr("Telemetry: connecting…");
        tip = tr("Connecting to %1.").arg(status.broker);
        colour = u"#b26a00"_s;
    }
    setText(text);
    setToolTip(tip);
    setStyleSheet(colour.isEmpty() ? QString() : u"QLabel { color: %1; }"_s.arg(colour));
}

} // namespace PumpStudio
