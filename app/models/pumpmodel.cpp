// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "models/pumpmodel.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Models {

namespace {
constexpr std::array<std::pair<Kind, QStringView>, 3> kKinds{{
    {Kind::Peristaltic, u"peristaltic"}, {Kind::Syringe, u"syringe"}, {Kind::PressureSensor, u"pressure-sensor"}}};
constexpr std::array<std::pair<Protocol, QStringView>, 6> kProtocols{{
    {Protocol::RegloIcc, u"reglo-icc"},
    {Protocol::LongerE9, u"longer-e9"},
    {Protocol::ModbusRtu, u"modbus-rtu"},
    {Protocol::NewEra, u"newera"},
    {Protocol::MasterflexLegacy, u"masterflex-legacy"},
    {Protocol::MasterflexSerialComms, u"masterflex-serialcomms"}}};
}

QString kindName(Kind kind)
{
    for (const auto &[k, name] : kKinds) {
        if (k == kind)
            return name.toString();
    }
    return {};
}

std::optional<Kind> parseKind(const QString &name)
{
    for (const auto &[k, n] : kKinds) {
        if (n == name)
            return k;
    }
    return std::nullopt;
}

QString protocolName(Protocol protocol)
{
    for (const auto &[p, name] : kProtocols) {
        if (p == protocol)
            return name.toString();
    }
    return {};
}

std::optional<Protocol> parseProtocol(const QString &name)
{
    for (const auto &[p, n] : kProtocols) {
        if (n == name)
            return p;
    }
    return std::nullopt;
}

QString LocalName::text(const QLocale &locale) const
{
    return locale.language() == QLocale::Chinese && !zh.isEmpty() ? zh : en;
}

const HeadOption *PumpModel::head(const QString &headId) const
{
    for (const HeadOption &h : heads) {
        if (h.id == headId)
            return &h;
    }
    return nullptr;
}

const ModbusPoint *PumpModel::point(const QString &name) const
{
    for (const ModbusPoint &p : registers) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const SyringeOption *PumpModel::syringe(const QString &syringeId) const
{
    for (const SyringeOption &s : syringes) {
        if (s.id == syringeId)
            return &s;
    }
    return nullptr;
}

} // namespace PumpStudio::Models
