// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "models/modelregistry.h"

#include "core/logging.h"
#include "core/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Models {

namespace {

/// Reads typed fields and remembers the first problem with its JSON path.
class Reader
{
public:
    explicit Reader(ModelLoadError *error) : m_error(error) {}

    bool failed() const { return m_failed; }

    void fail(const QString &path, const QString &problem)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_error->field = path;
        m_error->problem = problem;
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + u'.' + key;
    }

    QString string(const QJsonObject &o, const QString &path, const QString &key, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(join(path, key), QCoreApplication::translate("Models", "is missing"));
            return {};
        }
        if (!v.isString()) {
            fail(join(path, key), QCoreApplication::translate("Models", "must be a string"));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            fail(join(path, key), QCoreApplication::translate("Models", "must not be empty"));
        return v.toString();
    }

    double number(const QJsonObject &o, const QString &path, const QString &key, std::optional<double> fallback = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (!fallback)
                fail(join(path, key), QCoreApplication::translate("Models", "is missing"));
            return fallback.value_or(0);
        }
        if (!v.isDouble()) {
            fail(join(path, key), QCoreApplication::translate("Models", "must be a number"));
            return 0;
        }
        return v.toDouble();
    }

    int integer(const QJsonObject &o, const QString &path, const QString &key, std::optional<int> fallback = {})
    {
        const double d = number(o, path, key, fallback ? std::optional<double>(*fallback) : std::nullopt);
        if (d != static_cast<double>(static_cast<long long>(d))) {
            fail(join(path, key), QCoreApplication::translate("Models", "must be a whole number"));
            return 0;
        }
        return static_cast<int>(d);
    }

    bool boolean(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            fail(join(path, key), QCoreApplication::translate("Models", "must be true or false"));
        return v.toBool();
    }

    QJsonObject object(const QJsonObject &o, const QString &path, const QString &key, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(join(path, key), QCoreApplication::translate("Models", "is missing"));
            return {};
        }
        if (!v.isObject())
            fail(join(path, key), QCoreApplication::translate("Models", "must be an object"));
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(join(path, key), QCoreApplication::translate("Models", "is missing"));
            return {};
        }
        if (!v.isArray())
            fail(join(path, key), QCoreApplication::translate("Models", "must be an array"));
        return v.toArray();
    }

private:
    ModelLoadError *m_error;
    bool m_failed = false;
};

std::optional<ModbusPoint::Table> parseTable(const QString &s)
{
    if (s == u"coil") return ModbusPoint::Table::Coil;
    if (s == u"discrete") return ModbusPoint::Table::DiscreteInput;
    if (s == u"input") return ModbusPoint::Table::InputRegister;
    if (s == u"holding") return ModbusPoint::Table::HoldingRegister;
    return std::nullopt;
}

std::optional<ModbusPoint::Type> parseType(const QString &s)
{
    if (s == u"uint16") return ModbusPoint::Type::UInt16;
    if (s == u"int16") return ModbusPoint::Type::Int16;
    if (s == u"uint32") return ModbusPoint::Type::UInt32;
    if (s == u"int32") return ModbusPoint::Type::Int32;
    if (s == u"float32") return ModbusPoint::Type::Float32;
    if (s == u"ascii") return ModbusPoint::Type::Ascii;
    return std::nullopt;
}

ModbusPoint parsePoint(Reader &r, const QJsonObject &o, const QString &path)
{
    ModbusPoint p;
    p.name = r.string(o, path, u"name"_s);
    const QString table = r.string(o, path, u"table"_s);
    if (const auto t = parseTable(table))
        p.table = *t;
    else if (!r.failed())
        r.fail(Reader::join(path, u"table"_s), QCoreApplication::translate("Models", "must be coil, discrete, input or holding, not \"%1\"").arg(table));
    p.address = r.integer(o, path, u"address"_s);
    if (!r.failed() && (p.address < 0 || p.address > 0xFFFF))
        r.fail(Reader::join(path, u"address"_s), QCoreApplication::translate("Models", "must be a 0-based PDU address from 0 to 65535"));
    const bool isBit = p.table == ModbusPoint::Table::Coil || p.table == ModbusPoint::Table::DiscreteInput;
    const QString type = r.string(o, path, u"type"_s, false);
    if (!type.isEmpty()) {
        if (const auto t = parseType(type))
            p.type = *t;
        else if (!r.failed())
            r.fail(Reader::join(path, u"type"_s), QCoreApplication::translate("Models", "must be uint16, int16, uint32, int32, float32 or ascii, not \"%1\"").arg(type));
    }
    if (!isBit && type.isEmpty() && !r.failed())
        r.fail(Reader::join(path, u"type"_s), QCoreApplication::translate("Models", "is missing"));
    const QString order = r.string(o, path, u"wordOrder"_s, false);
    if (order == u"low-first")
        p.wordOrder = ModbusPoint::WordOrder::LowFirst;
    else if (!order.isEmpty() && order != u"high-first" && !r.failed())
        r.fail(Reader::join(path, u"wordOrder"_s), QCoreApplication::translate("Models", "must be high-first or low-first"));
    p.scale = r.number(o, path, u"scale"_s, 1.0);
    if (!r.failed() && p.scale == 0)
        r.fail(Reader::join(path, u"scale"_s), QCoreApplication::translate("Models", "must not be 0"));
    p.count = r.integer(o, path, u"count"_s, 1);
    p.unit = r.string(o, path, u"unit"_s, false);
    p.writable = r.boolean(o, path, u"writable"_s);
    if (o.contains(u"cw"_s))
        p.clockwiseValue = r.integer(o, path, u"cw"_s);
    if (o.contains(u"ccw"_s))
        p.counterClockwiseValue = r.integer(o, path, u"ccw"_s);
    return p;
}

} // namespace

QString ModelLoadError::text() const
{
    if (field.isEmpty())
        return u"%1: %2"_s.arg(file, problem);
    return u"%1: %2 %3"_s.arg(file, field, problem);
}

Result<PumpModel> parseModel(const QByteArray &json, const QString &source, ModelLoadError *error)
{
    ModelLoadError local;
    ModelLoadError *e = error ? error : &local;
    e->file = source;
    const auto bad = [e] { return makeError(Error::Code::BadFile, e->text()); };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const auto line = before.count('\n') + 1;
        const auto column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        e->problem = QCoreApplication::translate("Models", "is not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString());
        return bad();
    }
    if (!doc.isObject()) {
        e->problem = QCoreApplication::translate("Models", "must hold a JSON object");
        return bad();
    }
    const QJsonObject o = doc.object();
    Reader r(e);
    PumpModel m;
    m.sourceFile = source;
    const int format = r.integer(o, {}, u"format"_s);
    if (!r.failed() && format != ModelRegistry::kFormatVersion)
        r.fail(u"format"_s, QCoreApplication::translate("Models", "is %1; this version of PumpStudio reads format %2").arg(format).arg(ModelRegistry::kFormatVersion));
    m.id = r.string(o, {}, u"id"_s);
    m.displayName = r.string(o, {}, u"name"_s);
    m.vendor = r.string(o, {}, u"vendor"_s, false);
    const QString kind = r.string(o, {}, u"kind"_s);
    if (const auto k = parseKind(kind))
        m.kind = *k;
    else if (!r.failed())
        r.fail(u"kind"_s, QCoreApplication::translate("Models", "must be peristaltic, syringe or pressure-sensor, not \"%1\"").arg(kind));
    const QString protocol = r.string(o, {}, u"protocol"_s);
    if (const auto p = parseProtocol(protocol))
        m.protocol = *p;
    else if (!r.failed())
        r.fail(u"protocol"_s, QCoreApplication::translate("Models", "is not a protocol PumpStudio speaks: \"%1\"").arg(protocol));

    const QJsonObject serial = r.object(o, {}, u"serial"_s);
    if (!r.failed()) {
        m.serial.baud = r.integer(serial, u"serial"_s, u"baud"_s);
        const int dataBits = r.integer(serial, u"serial"_s, u"dataBits"_s, 8);
        if (!r.failed() && dataBits != 7 && dataBits != 8)
            r.fail(u"serial.dataBits"_s, QCoreApplication::translate("Models", "must be 7 or 8"));
        m.serial.dataBits = dataBits == 7 ? QSerialPort::Data7 : QSerialPort::Data8;
        const QString parity = r.string(serial, u"serial"_s, u"parity"_s, false);
        if (parity == u"even") m.serial.parity = QSerialPort::EvenParity;
        else if (parity == u"odd") m.serial.parity = QSerialPort::OddParity;
        else if (!parity.isEmpty() && parity != u"none" && !r.failed())
            r.fail(u"serial.parity"_s, QCoreApplication::translate("Models", "must be none, even or odd"));
        const int stopBits = r.integer(serial, u"serial"_s, u"stopBits"_s, 1);
        if (!r.failed() && stopBits != 1 && stopBits != 2)
            r.fail(u"serial.stopBits"_s, QCoreApplication::translate("Models", "must be 1 or 2"));
        m.serial.stopBits = stopBits == 2 ? QSerialPort::TwoStop : QSerialPort::OneStop;
        m.serial.assumed = r.boolean(serial, u"serial"_s, u"assumed"_s);
        const QJsonArray bauds = r.array(serial, u"serial"_s, u"supportedBauds"_s, false);
        for (qsizetype i = 0; i < bauds.size(); ++i) {
            if (!bauds.at(i).isDouble() || bauds.at(i).toInt() <= 0)
                r.fail(u"serial.supportedBauds[%1]"_s.arg(i), QCoreApplication::translate("Models", "must be a positive baud rate"));
            m.serial.supportedBauds.append(bauds.at(i).toInt());
        }
        if (m.serial.supportedBauds.isEmpty())
            m.serial.supportedBauds.append(m.serial.baud);
        if (!r.failed() && m.serial.baud <= 0)
            r.fail(u"serial.baud"_s, QCoreApplication::translate("Models", "must be positive"));
    }

    const QJsonObject address = r.object(o, {}, u"address"_s);
    if (!r.failed()) {
        m.minAddress = r.integer(address, u"address"_s, u"min"_s);
        m.maxAddress = r.integer(address, u"address"_s, u"max"_s);
        m.defaultAddress = r.integer(address, u"address"_s, u"default"_s, m.minAddress);
        if (address.contains(u"broadcast"_s) && !address.value(u"broadcast"_s).isNull())
            m.broadcastAddress = r.integer(address, u"address"_s, u"broadcast"_s);
        if (!r.failed() && m.minAddress > m.maxAddress)
            r.fail(u"address.min"_s, QCoreApplication::translate("Models", "is above address.max (%1 > %2)").arg(m.minAddress).arg(m.maxAddress));
        if (!r.failed() && (m.defaultAddress < m.minAddress || m.defaultAddress > m.maxAddress))
            r.fail(u"address.default"_s, QCoreApplication::translate("Models", "is outside %1-%2").arg(m.minAddress).arg(m.maxAddress));
    }
    m.channels = r.integer(o, {}, u"channels"_s, 1);
    if (!r.failed() && (m.channels < 1 || m.channels > 16))
        r.fail(u"channels"_s, QCoreApplication::translate("Models", "must be from 1 to 16"));

    if (m.kind == Kind::Peristaltic) {
        const QJsonObject speed = r.object(o, {}, u"speed"_s);
        if (!r.failed()) {
            m.minRpm = r.number(speed, u"speed"_s, u"minRpm"_s);
            m.maxRpm = r.number(speed, u"speed"_s, u"maxRpm"_s);
            m.rpmResolution = r.number(speed, u"speed"_s, u"resolutionRpm"_s);
            m.speedUnitNote = r.string(speed, u"speed"_s, u"wire"_s, false);
            if (!r.failed() && !(m.minRpm >= 0 && m.maxRpm > m.minRpm))
                r.fail(u"speed.maxRpm"_s, QCoreApplication::translate("Models", "must be above speed.minRpm (%1)").arg(m.minRpm));
            if (!r.failed() && m.rpmResolution < 0)
                r.fail(u"speed.resolutionRpm"_s, QCoreApplication::translate("Models", "must not be negative"));
        }
    }
    if (!r.failed() && m.kind == Kind::Syringe && !o.contains(u"flow"_s))
        r.fail(u"flow"_s, QCoreApplication::translate("Models", "is missing (a syringe pump works in flow)"));
    if (o.contains(u"flow"_s)) {
        const QJsonObject flow = r.object(o, {}, u"flow"_s);
        m.minFlowMlPerMin = r.number(flow, u"flow"_s, u"minMlPerMin"_s);
        m.maxFlowMlPerMin = r.number(flow, u"flow"_s, u"maxMlPerMin"_s);
        if (!r.failed() && !(m.maxFlowMlPerMin > m.minFlowMlPerMin))
            r.fail(u"flow.maxMlPerMin"_s, QCoreApplication::translate("Models", "must be above flow.minMlPerMin"));
    }

    const QJsonObject caps = r.object(o, {}, u"capabilities"_s, false);
    m.capabilities.direction = r.boolean(caps, u"capabilities"_s, u"direction"_s);
    m.capabilities.nativeDispense = r.boolean(caps, u"capabilities"_s, u"nativeDispense"_s);
    m.capabilities.timedDispense = r.boolean(caps, u"capabilities"_s, u"timedDispense"_s);
    m.capabilities.reportsDispensedVolume = r.boolean(caps, u"capabilities"_s, u"reportsDispensedVolume"_s);
    m.capabilities.reportsActualSpeed = r.boolean(caps, u"capabilities"_s, u"reportsActualSpeed"_s);
    m.capabilities.fullSpeed = r.boolean(caps, u"capabilities"_s, u"fullSpeed"_s);
    m.capabilities.asyncEvents = r.boolean(caps, u"capabilities"_s, u"asyncEvents"_s);
    m.capabilities.safeMode = r.boolean(caps, u"capabilities"_s, u"safeMode"_s);
    m.capabilities.pressure = r.boolean(caps, u"capabilities"_s, u"pressure"_s);
    m.capabilities.channelAddressing = r.boolean(caps, u"capabilities"_s, u"channelAddressing"_s);

    const QJsonArray heads = r.array(o, {}, u"heads"_s, false);
    QSet<QString> headIds;
    for (qsizetype i = 0; i < heads.size() && !r.failed(); ++i) {
        const QString path = u"heads[%1]"_s.arg(i);
        if (!heads.at(i).isObject()) {
            r.fail(path, QCoreApplication::translate("Models", "must be an object"));
            break;
        }
        const QJsonObject h = heads.at(i).toObject();
        HeadOption head;
        head.id = r.string(h, path, u"id"_s);
        head.name = r.string(h, path, u"name"_s);
        head.rollers = r.integer(h, path, u"rollers"_s, 3);
        if (!r.failed() && headIds.contains(head.id))
            r.fail(path + u".id"_s, QCoreApplication::translate("Models", "repeats the head id \"%1\"").arg(head.id));
        headIds.insert(head.id);
        const QJsonArray tubing = r.array(h, path, u"tubing"_s);
        for (qsizetype j = 0; j < tubing.size() && !r.failed(); ++j) {
            const QString tpath = u"%1.tubing[%2]"_s.arg(path).arg(j);
            const QJsonObject t = tubing.at(j).toObject();
            TubingOption option;
            option.id = r.string(t, tpath, u"id"_s);
            option.name = r.string(t, tpath, u"name"_s, false);
            if (option.name.isEmpty())
                option.name = option.id;
            option.mlPerRev = r.number(t, tpath, u"mlPerRev"_s);
            option.innerDiameterMm = r.number(t, tpath, u"innerDiameterMm"_s, 0.0);
            if (!r.failed() && !(option.mlPerRev > 0))
                r.fail(tpath + u".mlPerRev"_s, QCoreApplication::translate("Models", "must be above 0"));
            head.tubing.append(option);
        }
        head.defaultTubing = r.string(h, path, u"defaultTubing"_s, false);
        if (head.defaultTubing.isEmpty() && !head.tubing.isEmpty())
            head.defaultTubing = head.tubing.constFirst().id;
        m.heads.append(head);
    }
    m.defaultHead = r.string(o, {}, u"defaultHead"_s, false);
    if (m.defaultHead.isEmpty() && !m.heads.isEmpty())
        m.defaultHead = m.heads.constFirst().id;
    if (!r.failed() && !m.heads.isEmpty() && !m.head(m.defaultHead))
        r.fail(u"defaultHead"_s, QCoreApplication::translate("Models", "names no head in this file: \"%1\"").arg(m.defaultHead));

    const QJsonArray syringes = r.array(o, {}, u"syringes"_s, false);
    for (qsizetype i = 0; i < syringes.size() && !r.failed(); ++i) {
        const QString path = u"syringes[%1]"_s.arg(i);
        const QJsonObject s = syringes.at(i).toObject();
        SyringeOption option;
        option.id = r.string(s, path, u"id"_s);
        option.name = r.string(s, path, u"name"_s, false);
        if (option.name.isEmpty())
            option.name = option.id;
        option.innerDiameterMm = r.number(s, path, u"innerDiameterMm"_s);
        option.capacityMl = r.number(s, path, u"capacityMl"_s);
        if (!r.failed() && !(option.innerDiameterMm > 0 && option.capacityMl > 0))
            r.fail(path, QCoreApplication::translate("Models", "needs a positive innerDiameterMm and capacityMl"));
        m.syringes.append(option);
    }
    m.defaultSyringe = r.string(o, {}, u"defaultSyringe"_s, false);
    if (m.defaultSyringe.isEmpty() && !m.syringes.isEmpty())
        m.defaultSyringe = m.syringes.constFirst().id;
    if (!r.failed() && m.kind == Kind::Syringe && m.syringes.isEmpty())
        r.fail(u"syringes"_s, QCoreApplication::translate("Models", "a syringe pump needs at least one syringe"));
    if (!r.failed() && m.kind == Kind::Peristaltic && m.heads.isEmpty())
        r.fail(u"heads"_s, QCoreApplication::translate("Models", "a peristaltic pump needs at least one head"));

    if (m.protocol == Protocol::ModbusRtu && !r.failed()) {
        const QJsonObject modbus = r.object(o, {}, u"modbus"_s);
        const QJsonArray regs = r.array(modbus, u"modbus"_s, u"registers"_s);
        QSet<QString> names;
        for (qsizetype i = 0; i < regs.size() && !r.failed(); ++i) {
            const QString path = u"modbus.registers[%1]"_s.arg(i);
            const ModbusPoint point = parsePoint(r, regs.at(i).toObject(), path);
            if (!r.failed() && names.contains(point.name))
                r.fail(path + u".name"_s, QCoreApplication::translate("Models", "repeats the point \"%1\"").arg(point.name));
            names.insert(point.name);
            m.registers.append(point);
        }
        const QJsonArray onConnect = r.array(modbus, u"modbus"_s, u"onConnect"_s, false);
        for (qsizetype i = 0; i < onConnect.size() && !r.failed(); ++i) {
            const QString path = u"modbus.onConnect[%1]"_s.arg(i);
            const QJsonObject w = onConnect.at(i).toObject();
            const QString name = r.string(w, path, u"point"_s);
            const int value = r.integer(w, path, u"value"_s);
            const ModbusPoint *point = m.point(name);
            if (!r.failed() && !point)
                r.fail(path + u".point"_s, QCoreApplication::translate("Models", "names no register in this file: \"%1\"").arg(name));
            if (point) {
                m.onConnectWrites.append(*point);
                m.onConnectValues.append(value);
            }
        }
        if (!r.failed()) {
            const bool sensor = m.kind == Kind::PressureSensor;
            const QString needed = sensor ? u"pressure"_s : u"speed"_s;
            if (!m.point(needed))
                r.fail(u"modbus.registers"_s, QCoreApplication::translate("Models", "has no \"%1\" point").arg(needed));
            if (!sensor && !m.point(u"run"_s))
                r.fail(u"modbus.registers"_s, QCoreApplication::translate("Models", "has no \"run\" point"));
        }
    }
    if (m.kind == Kind::PressureSensor && !r.failed()) {
        const QJsonObject pressure = r.object(o, {}, u"pressure"_s);
        m.pressureUnit = r.string(pressure, u"pressure"_s, u"unit"_s);
        m.pressureMin = r.number(pressure, u"pressure"_s, u"min"_s);
        m.pressureMax = r.number(pressure, u"pressure"_s, u"max"_s);
        if (!r.failed() && !(m.pressureMax > m.pressureMin))
            r.fail(u"pressure.max"_s, QCoreApplication::translate("Models", "must be above pressure.min"));
    }
    const QJsonObject timing = r.object(o, {}, u"timing"_s, false);
    m.deviceTimeMs = r.integer(timing, u"timing"_s, u"deviceTimeMs"_s, 50);
    m.minPollMs = r.integer(timing, u"timing"_s, u"minPollMs"_s, 100);
    m.notes = r.string(o, {}, u"notes"_s, false);

    if (r.failed())
        return bad();
    return m;
}

void ModelRegistry::load(const QString &bundledDir, const QString &userDir)
{
    m_models.clear();
    m_errors.clear();
    if (!bundledDir.isEmpty())
        loadDir(bundledDir);
    if (!userDir.isEmpty())
        loadDir(userDir);
    std::sort(m_models.begin(), m_models.end(), [](const PumpModel &a, const PumpModel &b) { return a.id < b.id; });
    for (const ModelLoadError &e : m_errors)
        Logging::get("models")->warn("{}", e.text());
}

void ModelRegistry::loadDefault()
{
    load(u":/models"_s, Paths::dataSubdir(u"models"_s));
}

void ModelRegistry::loadDir(const QString &dir)
{
    const QDir d(dir);
    const QStringList files = d.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString path = d.filePath(name);
        QFile file(path);
        ModelLoadError error;
        error.file = path;
        if (!file.open(QIODevice::ReadOnly)) {
            error.problem = QCoreApplication::translate("Models", "cannot be read: %1").arg(file.errorString());
            m_errors.push_back(error);
            continue;
        }
        auto model = parseModel(file.readAll(), path, &error);
        if (!model) {
            m_errors.push_back(error);
            continue;
        }
        const auto existing = std::find_if(m_models.begin(), m_models.end(),
                                           [&model](const PumpModel &m) { return m.id == model->id; });
        if (existing != m_models.end())
            *existing = std::move(model).value();
        else
            m_models.push_back(std::move(model).value());
    }
}

const PumpModel *ModelRegistry::find(const QString &id) const
{
    const auto it = std::find_if(m_models.cbegin(), m_models.cend(), [&id](const PumpModel &m) { return m.id == id; });
    return it == m_models.cend() ? nullptr : &*it;
}

QString describe(const PumpModel &model)
{
    QString parity = u"N"_s;
    if (model.serial.parity == QSerialPort::EvenParity) parity = u"E"_s;
    if (model.serial.parity == QSerialPort::OddParity) parity = u"O"_s;
    QString range;
    if (model.kind == Kind::PressureSensor)
        range = u"%1-%2 %3"_s.arg(model.pressureMin).arg(model.pressureMax).arg(model.pressureUnit);
    else
        range = u"%1-%2 rpm"_s.arg(model.minRpm).arg(model.maxRpm);
    return u"%1  %2  %3, %4 %5%6%7, %8"_s.arg(model.id, model.displayName, protocolName(model.protocol))
        .arg(model.serial.baud)
        .arg(static_cast<int>(model.serial.dataBits))
        .arg(parity)
        .arg(model.serial.stopBits == QSerialPort::TwoStop ? 2 : 1)
        .arg(range);
}

} // namespace PumpStudio::Models
