// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
//
// libFuzzer target: the model file reader. Invariants: a rejected file names the file and a
// problem, in a message of sane length; an accepted model keeps every rule the loader promises
// (docs/model-schema.json plus the checks between fields), and the verdict depends on the JSON
// value only, not on its formatting.
#include "models/modelregistry.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QSet>
#include <QString>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace PumpStudio;
using namespace PumpStudio::Models;
using namespace Qt::Literals::StringLiterals;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

void checkModel(const PumpModel &m)
{
    check(!m.id.isEmpty() && m.id.size() <= 64, "id is 1-64 characters");
    check(!m.displayName.trimmed().isEmpty(), "a model has a name");
    check(m.serial.baud >= 50 && m.serial.baud <= 4000000, "baud in range");
    check(m.serial.supportedBauds.contains(m.serial.baud), "supported bauds list the baud");
    check(m.minAddress >= 0 && m.minAddress <= m.defaultAddress && m.defaultAddress <= m.maxAddress && m.maxAddress <= 255,
          "0 <= min <= default <= max <= 255");
    check(!m.broadcastAddress || (*m.broadcastAddress >= 0 && *m.broadcastAddress <= 255), "broadcast in range");
    check(m.channels >= 1 && m.channels <= 16, "channels 1-16");
    check(m.minPollMs >= 10 && m.minPollMs <= 60000, "minPollMs 10-60000");
    check(m.deviceTimeMs >= 0 && m.deviceTimeMs <= 10000, "deviceTimeMs 0-10000");
    switch (m.kind) {
    case Kind::Peristaltic:
        check(m.minRpm >= 0 && m.maxRpm > m.minRpm && m.maxRpm <= 10000, "speed range");
        check(m.rpmResolution >= 0 && m.rpmResolution <= m.maxRpm, "speed resolution");
        check(!m.heads.isEmpty() && m.head(m.defaultHead), "defaultHead names a head");
        for (const HeadOption &h : m.heads) {
            check(!h.tubing.isEmpty(), "a head has tubing");
            bool found = false;
            for (const TubingOption &t : h.tubing) {
                check(t.mlPerRev > 0 && t.mlPerRev <= 1000, "mL/rev in range");
                found = found || t.id == h.defaultTubing;
            }
            check(found, "defaultTubing names a tubing of its head");
        }
        check(m.syringes.isEmpty(), "no syringes on a peristaltic pump");
        break;
    case Kind::Syringe:
        check(m.maxFlowMlPerMin > m.minFlowMlPerMin && m.minFlowMlPerMin >= 0, "flow range");
        check(!m.syringes.isEmpty() && m.syringe(m.defaultSyringe), "defaultSyringe names a syringe");
        check(m.heads.isEmpty(), "no heads on a syringe pump");
        break;
    case Kind::PressureSensor:
        check(m.protocol == Models::Protocol::ModbusRtu && m.point(u"pressure"_s), "a sensor reads a pressure register");
        check(m.pressureMax > m.pressureMin, "pressure range");
        break;
    }
    if (m.protocol == Models::Protocol::ModbusRtu) {
        QSet<QString> names;
        for (const ModbusPoint &p : m.registers) {
            check(!names.contains(p.name), "register names are unique");
            names.insert(p.name);
            check(p.address >= 0 && p.registerCount() >= 1 && p.registerCount() <= 125
                      && p.address + p.registerCount() - 1 <= 0xFFFF,
                  "a register fits the address space and one read");
            check(p.scale != 0 && std::isfinite(p.scale), "scale is finite and not 0");
        }
        for (const ModbusPoint &p : m.onConnectWrites)
            check(p.writable, "onConnect writes writable registers");
    } else {
        check(m.registers.isEmpty(), "registers only for Modbus");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ModelLoadError error;
    const auto parsed = parseModel(bytes, u"fuzz.json"_s, &error);
    if (!parsed) {
        check(parsed.error().code == Error::Code::BadFile, "a rejected model is a BadFile error");
        check(error.file == u"fuzz.json"_s && !error.problem.isEmpty(), "a rejection names the file and a problem");
        // Values are quoted in part and numbers written shortly: no message of thousands of characters.
        check(error.text().size() < 600, "a rejection is a readable sentence");
        return 0;
    }
    check(error.problem.isEmpty(), "no problem on success");
    checkModel(*parsed);
    // The same JSON written another way gets the same verdict and the same model.
    const QByteArray compact = QJsonDocument::fromJson(bytes).toJson(QJsonDocument::Compact);
    const auto again = parseModel(compact, u"fuzz.json"_s, nullptr);
    check(again.ok() && again->id == parsed->id && describe(*again) == describe(*parsed)
              && again->registers.size() == parsed->registers.size() && again->heads.size() == parsed->heads.size(),
          "the verdict depends on the JSON value only");
    return 0;
}
