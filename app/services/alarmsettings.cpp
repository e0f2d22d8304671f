// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "services/alarmsettings.h"

#include "core/appsettings.h"
#include "models/pumpmodel.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Services::AlarmSettings {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AlarmSettings)
};

QString key(const QString &pumpId, const QString &field)
{
    return u"alarms/%1/%2"_s.arg(pumpId, field);
}
} // namespace

Device::AlarmConfig load(const AppSettings &settings, const QString &pumpId, const Models::PumpModel *model)
{
    using namespace Device;
    AlarmConfig config;
    if (model && model->kind == Models::Kind::PressureSensor) {
        config.quantity = Tr::tr("Pressure");
        config.unit = model->pressureUnit;
        const double range = model->pressureMax - model->pressureMin;
        const auto limit = [&](const QString &field, std::optional<double> fallback, AlarmAction action) -> std::optional<AlarmLimit> {
            const QVariant v = settings.value(key(pumpId, field));
            if (v.isValid() && v.toString().isEmpty())
                return std::nullopt;  // switched off by the user
            if (!v.isValid() && !fallback)
                return std::nullopt;
            const double value = v.isValid() ? v.toDouble() : *fallback;
            return AlarmLimit{value, AlarmAction(settings.value(key(pumpId, field + u"Action"_s), int(action)).toInt())};
        };
        config.high = limit(u"high"_s, model->pressureMin + 0.8 * range, AlarmAction::Warn);
        config.highHigh = limit(u"highHigh"_s, model->pressureMin + 0.95 * range, AlarmAction::StopPumps);
        config.low = limit(u"low"_s, std::nullopt, AlarmAction::Warn);
        config.hysteresis = settings.value(key(pumpId, u"hysteresis"_s), 0.02 * range).toDouble();
        config.delay = std::chrono::milliseconds(settings.value(key(pumpId, u"delayMs"_s), 500).toInt());
    } else {
        config.quantity = Tr::tr("Flow");
        config.unit = Tr::tr("mL/min");
        DeviationLimit deviation;
        deviation.tolerance = settings.value(key(pumpId, u"deviationPercent"_s), 10.0).toDouble();
        deviation.mode = ToleranceMode::Percent;
        deviation.action = AlarmAction(settings.value(key(pumpId, u"deviationAction"_s), int(AlarmAction::Warn)).toInt());
        if (deviation.tolerance > 0)
            config.deviation = deviation;
        config.delay = std::chrono::milliseconds(settings.value(key(pumpId, u"deviationDelayMs"_s), 5000).toInt());
    }
    return config;
}

void save(AppSettings &settings, const QString &pumpId, const Models::PumpModel *model, const Device::AlarmConfig &config)
{
    const auto put = [&](const QString &field, const std::optional<Device::AlarmLimit> &limit) {
        settings.setValue(key(pumpId, field), limit ? QVariant(limit->value) : QVariant(QString()));
        if (limit)
            settings.setValue(key(pumpId, field + u"Action"_s), int(limit->action));
    };
    if (!model || model->kind != Models::Kind::PressureSensor) {
        // A pump: its flow deviation; 0 % switches it off.
        settings.setValue(key(pumpId, u"deviationPercent"_s), config.deviation ? config.deviation->tolerance : 0.0);
        if (config.deviation)
            settings.setValue(key(pumpId, u"deviationAction"_s), int(config.deviation->action));
        settings.setValue(key(pumpId, u"deviationDelayMs"_s), qint64(config.delay.count()));
    } else {
        put(u"high"_s, config.high);
        put(u"highHigh"_s, config.highHigh);
        put(u"low"_s, config.low);
        settings.setValue(key(pumpId, u"hysteresis"_s), config.hysteresis);
        settings.setValue(key(pumpId, u"delayMs"_s), qint64(config.delay.count()));
    }
}

} // namespace PumpStudio::Services::AlarmSettings
