// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/usagesource.h"

#include "core/appsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Catalog {

namespace {
const QString kKey = u"catalog/pumps"_s;
} // namespace

UsageSource::UsageSource(AppSettings &settings, QObject *parent) : QObject(parent), m_settings(settings)
{
    const QJsonArray array = QJsonDocument::fromJson(m_settings.value(kKey).toByteArray()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        PumpUsage usage;
        usage.modelId = object.value(u"model"_s).toString();
        usage.headId = object.value(u"head"_s).toString();
        usage.tubingId = object.value(u"tubing"_s).toString();
        usage.hours = std::max(0.0, object.value(u"hours"_s).toDouble());
        if (object.contains(u"headHours"_s))
            usage.headHours = std::max(0.0, object.value(u"headHours"_s).toDouble());
        if (!usage.modelId.isEmpty())
            m_usage.push_back(std::move(usage));
    }
}

void UsageSource::setUsage(std::vector<PumpUsage> usage)
{
    m_usage = std::move(usage);
    save();
}

void UsageSource::resetTubing(std::size_t index)
{
    if (index >= m_usage.size())
        return;
    // Keep the head's hours running: they were counted together until now.
    if (!m_usage[index].headHours)
        m_usage[index].headHours = m_usage[index].hours;
    m_usage[index].hours = 0.0;
    save();
}

void UsageSource::resetHead(std::size_t index)
{
    if (index >= m_usage.size())
        return;
    m_usage[index].headHours = 0.0;
    save();
}

void UsageSource::setConfiguredPumps(std::vector<PumpUsage> pumps)
{
    m_configured = std::move(pumps);
    Q_EMIT usageChanged();
}

PumpFit UsageSource::fit() const
{
    QStringList models, heads, tubing;
    for (const auto *list : {&m_usage, &m_configured}) {
        for (const PumpUsage &usage : *list) {
            models << usage.modelId;
            heads << usage.headId;
            tubing << usage.tubingId;
        }
    }
    return pumpFit(models, heads, tubing);
}

void UsageSource::save()
{
    QJsonArray array;
    for (const PumpUsage &usage : m_usage) {
        QJsonObject object{{u"model"_s, usage.modelId},
                           {u"head"_s, usage.headId},
                           {u"tubing"_s, usage.tubingId},
                           {u"hours"_s, usage.hours}};
        if (usage.headHours)
            object.insert(u"headHours"_s, *usage.headHours);
        array.append(object);
    }
    m_settings.setValue(kKey, QJsonDocument(array).toJson(QJsonDocument::Compact));
    Q_EMIT usageChanged();
}

} // namespace PumpStudio::Catalog
