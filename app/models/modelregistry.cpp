// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "models/modelregistry.h"

#include "core/filereading.h"
#include "core/logging.h"
#include "core/messagetext.h"
#include "core/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Models {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Models)
};

// Limits of every field; docs/model-schema.json says the same and tst_modelschema checks that
// the bundled files pass both.
constexpr int kMaxIdLength = 64;
constexpr int kMaxNameLength = 120;
constexpr int kMaxNoteLength = 2000;
constexpr int kMaxUnitLength = 16;
constexpr int kMinBaud = 50;
constexpr int kMaxBaud = 4000000;
constexpr int kMaxAddress = 255;
constexpr double kMaxRpm = 10000;
constexpr double kMaxResolutionRpm = 100;
constexpr double kMaxFlowMlPerMin = 100000;
constexpr double kMaxMlPerRev = 1000;
constexpr double kMaxTubingDiameterMm = 100;
constexpr double kMaxSyringeDiameterMm = 200;
constexpr double kMaxSyringeMl = 10000;
constexpr double kMaxPressure = 1e6;
constexpr double kMaxScale = 1e6;
constexpr int kMaxAsciiRegisters = 125;  // the most one Modbus read returns
constexpr int kMaxListItems = 256;

/// Reads typed, bounded fields and remembers the first problem with its JSON path.
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

    /// Refuses fields this object does not have (profile files do the same): a misspelt
    /// "minPolMs" must not be silently ignored.
    void onlyKnown(const QJsonObject &o, const QString &path, std::initializer_list<QStringView> known)
    {
        for (auto it = o.begin(); it != o.end() && !m_failed; ++it) {
            if (std::find(known.begin(), known.end(), it.key()) == known.end())
                fail(join(path, messageExcerpt(it.key())), Tr::tr("is not a field of a model file here (misspelt?)"));
        }
    }

    QString string(const QJsonObject &o, const QString &path, const QString &key, bool required = true,
                   int maxLength = kMaxNameLength)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(join(path, key), Tr::tr("is missing"));
            return {};
        }
        if (!v.isString()) {
            fail(join(path, key), Tr::tr("must be a string"));
            return {};
        }
        const QString text = v.toString();
        if (required && text.trimmed().isEmpty())
            fail(join(path, key), Tr::tr("must not be empty"));
        if (text.size() > maxLength)
            fail(join(path, key), Tr::tr("is longer than %n character(s)", nullptr, maxLength));
        return text;
    }

    /// An id: letters, digits and . _ -, starting with a letter or digit.
    QString id(const QJsonObject &o, const QString &path, const QString &key, bool required = true)
    {
        static const QRegularExpression pattern(u"\\A[A-Za-z0-9][A-Za-z0-9._-]*\\z"_s);
        const QString text = string(o, path, key, required, kMaxIdLength);
        if (!m_failed && o.contains(key) && text.isEmpty())
            fail(join(path, key), Tr::tr("must not be empty"));
        if (!text.isEmpty() && !m_failed && !pattern.match(text).hasMatch())
            fail(join(path, key), Tr::tr("may hold only letters, digits and . _ - (starting with a letter or digit), not \"%1\"")
                                      .arg(messageExcerpt(text)));
        return text;
    }

    /// A number in [min, max]; `above` makes min itself not allowed.
    double number(const QJsonObject &o, const QString &path, const QString &key, double min, double max,
                  std::optional<double> fallback = {}, bool above = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (!fallback)
                fail(join(path, key), Tr::tr("is missing"));
            return fallback.value_or(0);
        }
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            fail(join(path, key), Tr::tr("must be a number"));
            return fallback.value_or(0);
        }
        const double d = v.toDouble();
        if (d > max || d < min || (above && d == min)) {
            fail(join(path, key), above ? Tr::tr("must be above %1 and at most %2, not %3").arg(messageNumber(min), messageNumber(max), messageNumber(d))
                                        : Tr::tr("must be from %1 to %2, not %3").arg(messageNumber(min), messageNumber(max), messageNumber(d)));
            return fallback.value_or(0);
        }
        return d;
    }

    /// A whole number in [min, max], checked before it is converted (1e10 is no int).
    int integer(const QJsonObject &o, const QString &path, const QString &key, int min, int max,
                std::optional<int> fallback = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (!fallback)
                fail(join(path, key), Tr::tr("is missing"));
            return fallback.value_or(0);
        }
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < min || d > max) {
            fail(join(path, key), v.isDouble() ? Tr::tr("must be a whole number from %1 to %2, not %3").arg(min).arg(max).arg(messageNumber(d))
                                               : Tr::tr("must be a whole number from %1 to %2").arg(min).arg(max));
            return fallback.value_or(min);
        }
        return static_cast<int>(d);
    }

    bool boolean(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            fail(join(path, key), Tr::tr("must be true or false"));
        return v.toBool();
    }

    QJsonObject object(const QJsonObject &o, const QString &path, const QString &key, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(join(path, key), Tr::tr("is missing"));
            return {};
        }
        if (!v.isObject())
            fail(join(path, key), Tr::tr("must be an object"));
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key, bool required = true,
                     int minItems = 0, int maxItems = kMaxListItems)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(join(path, key), Tr::tr("is missing"));
            return {};
        }
        if (!v.isArray()) {
            fail(join(path, key), Tr::tr("must be an array"));
            return {};
        }
        const QJsonArray a = v.toArray();
        if (a.size() < minItems)
            fail(join(path, key), Tr::tr("must list at least %n item(s)", nullptr, minItems));
        else if (a.size() > maxItems)
            fail(join(path, key), Tr::tr("must list at most %n item(s)", nullptr, maxItems));
        return a;
    }

    /// The i-th element of an array, which must be an object.
    QJsonObject element(const QJsonArray &a, qsizetype i, const QString &path)
    {
        if (!a.at(i).isObject())
            fail(path, Tr::tr("must be an object"));
        return a.at(i).toObject();
    }

    /// A field that only some kinds of model have.
    void notHere(const QJsonObject &o, const QString &key, const QString &why)
    {
        if (o.contains(key))
            fail(key, why);
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
    r.onlyKnown(o, path, {u"name", u"table", u"address", u"type", u"wordOrder", u"scale", u"count", u"unit", u"writable", u"cw", u"ccw"});
    ModbusPoint p;
    p.name = r.id(o, path, u"name"_s);
    const QString table = r.string(o, path, u"table"_s);
    if (const auto t = parseTable(table))
        p.table = *t;
    else if (!r.failed())
        r.fail(Reader::join(path, u"table"_s), Tr::tr("must be coil, discrete, input or holding, not \"%1\"").arg(messageExcerpt(table)));
    p.address = r.integer(o, path, u"address"_s, 0, 0xFFFF);
    const bool isBit = p.table == ModbusPoint::Table::Coil || p.table == ModbusPoint::Table::DiscreteInput;
    if (isBit) {
        // A bit has no type, word order, scale or register count.
        for (const QString &key : {u"type"_s, u"wordOrder"_s, u"scale"_s, u"count"_s}) {
            if (o.contains(key) && !r.failed())
                r.fail(Reader::join(path, key), Tr::tr("is only for input and holding registers, not for a %1").arg(table));
        }
    } else {
        const QString type = r.string(o, path, u"type"_s);
        if (const auto t = parseType(type))
            p.type = *t;
        else if (!r.failed())
            r.fail(Reader::join(path, u"type"_s), Tr::tr("must be uint16, int16, uint32, int32, float32 or ascii, not \"%1\"").arg(messageExcerpt(type)));
    }
    const bool wide = p.type == ModbusPoint::Type::UInt32 || p.type == ModbusPoint::Type::Int32 || p.type == ModbusPoint::Type::Float32;
    const QString order = r.string(o, path, u"wordOrder"_s, false);
    if (o.contains(u"wordOrder"_s) && !r.failed() && !wide)
        r.fail(Reader::join(path, u"wordOrder"_s), Tr::tr("is only for 32-bit types (uint32, int32, float32)"));
    if (order == u"low-first")
        p.wordOrder = ModbusPoint::WordOrder::LowFirst;
    else if (o.contains(u"wordOrder"_s) && order != u"high-first" && !r.failed())
        r.fail(Reader::join(path, u"wordOrder"_s), Tr::tr("must be high-first or low-first"));
    if (!isBit) {
        p.scale = r.number(o, path, u"scale"_s, -kMaxScale, kMaxScale, 1.0);
        if (!r.failed() && p.scale == 0)
            r.fail(Reader::join(path, u"scale"_s), Tr::tr("must not be 0"));
    }
    if (o.contains(u"count"_s) && !r.failed() && !isBit && p.type != ModbusPoint::Type::Ascii)
        r.fail(Reader::join(path, u"count"_s), Tr::tr("is only for ascii points; the other types have a fixed size"));
    p.count = r.integer(o, path, u"count"_s, 1, kMaxAsciiRegisters, 1);
    if (!r.failed() && p.address + p.registerCount() - 1 > 0xFFFF)
        r.fail(Reader::join(path, u"count"_s), Tr::tr("runs past the last register address, 65535"));
    p.unit = r.string(o, path, u"unit"_s, false, kMaxUnitLength);
    p.writable = r.boolean(o, path, u"writable"_s);
    if (p.writable && !r.failed() && (p.table == ModbusPoint::Table::DiscreteInput || p.table == ModbusPoint::Table::InputRegister))
        r.fail(Reader::join(path, u"writable"_s), Tr::tr("cannot be true: a %1 cannot be written").arg(table));
    const int maxValue = isBit ? 1 : 0xFFFF;
    if (o.contains(u"cw"_s))
        p.clockwiseValue = r.integer(o, path, u"cw"_s, 0, maxValue);
    if (o.contains(u"ccw"_s))
        p.counterClockwiseValue = r.integer(o, path, u"ccw"_s, 0, maxValue);
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
    e->field.clear();
    e->problem.clear();
    const auto bad = [e] { return makeError(Error::Code::BadFile, e->text()); };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const auto line = before.count('\n') + 1;
        const auto column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        e->problem = Tr::tr("is not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString());
        return bad();
    }
    if (!doc.isObject()) {
        e->problem = Tr::tr("must hold a JSON object");
        return bad();
    }
    const QJsonObject o = doc.object();
    Reader r(e);
    PumpModel m;
    m.sourceFile = source;
    r.onlyKnown(o, {}, {u"format", u"id", u"name", u"nameZh", u"vendor", u"kind", u"protocol", u"serial", u"address", u"channels",
                        u"speed", u"flow", u"capabilities", u"heads", u"defaultHead", u"syringes", u"defaultSyringe",
                        u"modbus", u"pressure", u"timing", u"notes"});
    const QJsonValue formatValue = o.value(u"format"_s);
    if (!r.failed() && formatValue.isDouble() && formatValue.toDouble() != ModelRegistry::kFormatVersion)
        r.fail(u"format"_s, Tr::tr("is %1; this version of PumpStudio reads format %2").arg(messageNumber(formatValue.toDouble())).arg(ModelRegistry::kFormatVersion));
    r.integer(o, {}, u"format"_s, ModelRegistry::kFormatVersion, ModelRegistry::kFormatVersion);
    m.id = r.id(o, {}, u"id"_s);
    m.names.en = r.string(o, {}, u"name"_s);
    // Optional, but when given a name like "name" (the schema's $defs/name): never blank.
    m.names.zh = r.string(o, {}, u"nameZh"_s, o.contains(u"nameZh"_s));
    m.displayName = m.names.text(QLocale());
    m.vendor = r.string(o, {}, u"vendor"_s, false);
    const QString kind = r.string(o, {}, u"kind"_s);
    if (const auto k = parseKind(kind))
        m.kind = *k;
    else if (!r.failed())
        r.fail(u"kind"_s, Tr::tr("must be peristaltic, syringe or pressure-sensor, not \"%1\"").arg(messageExcerpt(kind)));
    const QString protocol = r.string(o, {}, u"protocol"_s);
    if (const auto p = parseProtocol(protocol))
        m.protocol = *p;
    else if (!r.failed())
        r.fail(u"protocol"_s, Tr::tr("is not a protocol PumpStudio speaks: \"%1\"").arg(messageExcerpt(protocol)));
    if (!r.failed() && m.kind == Kind::PressureSensor && m.protocol != Protocol::ModbusRtu)
        r.fail(u"protocol"_s, Tr::tr("must be modbus-rtu for a pressure sensor (its reading is a Modbus register)"));

    // Fields that belong to other kinds of model would be ignored: refuse them instead.
    if (m.kind != Kind::Peristaltic) {
        for (const QString &key : {u"speed"_s, u"heads"_s, u"defaultHead"_s})
            r.notHere(o, key, Tr::tr("is only for peristaltic pumps"));
    }
    if (m.kind != Kind::Syringe) {
        for (const QString &key : {u"flow"_s, u"syringes"_s, u"defaultSyringe"_s})
            r.notHere(o, key, Tr::tr("is only for syringe pumps"));
    }
    if (m.kind != Kind::PressureSensor)
        r.notHere(o, u"pressure"_s, Tr::tr("is only for pressure sensors"));
    if (m.protocol != Protocol::ModbusRtu)
        r.notHere(o, u"modbus"_s, Tr::tr("is only for the modbus-rtu protocol"));

    const QJsonObject serial = r.object(o, {}, u"serial"_s);
    if (!r.failed()) {
        const QString path = u"serial"_s;
        r.onlyKnown(serial, path, {u"baud", u"dataBits", u"parity", u"stopBits", u"supportedBauds", u"assumed"});
        m.serial.baud = r.integer(serial, path, u"baud"_s, kMinBaud, kMaxBaud);
        const int dataBits = r.integer(serial, path, u"dataBits"_s, 7, 8, 8);
        m.serial.dataBits = dataBits == 7 ? QSerialPort::Data7 : QSerialPort::Data8;
        const QString parity = r.string(serial, path, u"parity"_s, false);
        if (parity == u"even") m.serial.parity = QSerialPort::EvenParity;
        else if (parity == u"odd") m.serial.parity = QSerialPort::OddParity;
        else if (serial.contains(u"parity"_s) && parity != u"none" && !r.failed())
            r.fail(u"serial.parity"_s, Tr::tr("must be none, even or odd"));
        const int stopBits = r.integer(serial, path, u"stopBits"_s, 1, 2, 1);
        m.serial.stopBits = stopBits == 2 ? QSerialPort::TwoStop : QSerialPort::OneStop;
        m.serial.assumed = r.boolean(serial, path, u"assumed"_s);
        const QJsonArray bauds = r.array(serial, path, u"supportedBauds"_s, false, 1, 32);
        for (qsizetype i = 0; i < bauds.size() && !r.failed(); ++i) {
            const double b = bauds.at(i).toDouble(0);
            if (!bauds.at(i).isDouble() || b != std::floor(b) || b < kMinBaud || b > kMaxBaud)
                r.fail(u"serial.supportedBauds[%1]"_s.arg(i), Tr::tr("must be a baud rate from %1 to %2").arg(kMinBaud).arg(kMaxBaud));
            else
                m.serial.supportedBauds.append(static_cast<qint32>(b));
        }
        if (m.serial.supportedBauds.isEmpty())
            m.serial.supportedBauds.append(m.serial.baud);
        if (!r.failed() && !m.serial.supportedBauds.contains(m.serial.baud))
            r.fail(u"serial.supportedBauds"_s, Tr::tr("does not list serial.baud (%1)").arg(m.serial.baud));
    }

    const QJsonObject address = r.object(o, {}, u"address"_s);
    if (!r.failed()) {
        const QString path = u"address"_s;
        r.onlyKnown(address, path, {u"min", u"max", u"default", u"broadcast"});
        m.minAddress = r.integer(address, path, u"min"_s, 0, kMaxAddress);
        m.maxAddress = r.integer(address, path, u"max"_s, 0, kMaxAddress);
        m.defaultAddress = r.integer(address, path, u"default"_s, 0, kMaxAddress, m.minAddress);
        if (address.contains(u"broadcast"_s) && !address.value(u"broadcast"_s).isNull())
            m.broadcastAddress = r.integer(address, path, u"broadcast"_s, 0, kMaxAddress);
        if (!r.failed() && m.minAddress > m.maxAddress)
            r.fail(u"address.min"_s, Tr::tr("is above address.max (%1 > %2)").arg(m.minAddress).arg(m.maxAddress));
        if (!r.failed() && (m.defaultAddress < m.minAddress || m.defaultAddress > m.maxAddress))
            r.fail(u"address.default"_s, Tr::tr("is outside %1-%2").arg(m.minAddress).arg(m.maxAddress));
    }
    m.channels = r.integer(o, {}, u"channels"_s, 1, 16, 1);

    if (m.kind == Kind::Peristaltic && !r.failed()) {
        const QJsonObject speed = r.object(o, {}, u"speed"_s);
        const QString path = u"speed"_s;
        r.onlyKnown(speed, path, {u"minRpm", u"maxRpm", u"resolutionRpm", u"wire"});
        m.minRpm = r.number(speed, path, u"minRpm"_s, 0, kMaxRpm);
        m.maxRpm = r.number(speed, path, u"maxRpm"_s, 0, kMaxRpm, std::nullopt, true);
        m.rpmResolution = r.number(speed, path, u"resolutionRpm"_s, 0, kMaxResolutionRpm);
        m.speedUnitNote = r.string(speed, path, u"wire"_s, false, kMaxNameLength * 2);
        if (!r.failed() && !(m.maxRpm > m.minRpm))
            r.fail(u"speed.maxRpm"_s, Tr::tr("must be above speed.minRpm (%1)").arg(messageNumber(m.minRpm)));
        if (!r.failed() && m.rpmResolution > m.maxRpm)
            r.fail(u"speed.resolutionRpm"_s, Tr::tr("must not be above speed.maxRpm (%1)").arg(messageNumber(m.maxRpm)));
    }
    if (m.kind == Kind::Syringe && !r.failed()) {
        if (!o.contains(u"flow"_s))
            r.fail(u"flow"_s, Tr::tr("is missing (a syringe pump works in flow)"));
        const QJsonObject flow = r.object(o, {}, u"flow"_s);
        r.onlyKnown(flow, u"flow"_s, {u"minMlPerMin", u"maxMlPerMin"});
        m.minFlowMlPerMin = r.number(flow, u"flow"_s, u"minMlPerMin"_s, 0, kMaxFlowMlPerMin);
        m.maxFlowMlPerMin = r.number(flow, u"flow"_s, u"maxMlPerMin"_s, 0, kMaxFlowMlPerMin, std::nullopt, true);
        if (!r.failed() && !(m.maxFlowMlPerMin > m.minFlowMlPerMin))
            r.fail(u"flow.maxMlPerMin"_s, Tr::tr("must be above flow.minMlPerMin"));
    }

    const QJsonObject caps = r.object(o, {}, u"capabilities"_s, false);
    const QString capsPath = u"capabilities"_s;
    r.onlyKnown(caps, capsPath, {u"direction", u"nativeDispense", u"timedDispense", u"reportsDispensedVolume", u"reportsActualSpeed",
                                 u"fullSpeed", u"asyncEvents", u"safeMode", u"pressure", u"channelAddressing"});
    m.capabilities.direction = r.boolean(caps, capsPath, u"direction"_s);
    m.capabilities.nativeDispense = r.boolean(caps, capsPath, u"nativeDispense"_s);
    m.capabilities.timedDispense = r.boolean(caps, capsPath, u"timedDispense"_s);
    m.capabilities.reportsDispensedVolume = r.boolean(caps, capsPath, u"reportsDispensedVolume"_s);
    m.capabilities.reportsActualSpeed = r.boolean(caps, capsPath, u"reportsActualSpeed"_s);
    m.capabilities.fullSpeed = r.boolean(caps, capsPath, u"fullSpeed"_s);
    m.capabilities.asyncEvents = r.boolean(caps, capsPath, u"asyncEvents"_s);
    m.capabilities.safeMode = r.boolean(caps, capsPath, u"safeMode"_s);
    m.capabilities.pressure = r.boolean(caps, capsPath, u"pressure"_s);
    m.capabilities.channelAddressing = r.boolean(caps, capsPath, u"channelAddressing"_s);

    if (m.kind == Kind::Peristaltic && !r.failed()) {
        const QJsonArray heads = r.array(o, {}, u"heads"_s, true, 1, 32);
        QSet<QString> headIds;
        for (qsizetype i = 0; i < heads.size() && !r.failed(); ++i) {
            const QString path = u"heads[%1]"_s.arg(i);
            const QJsonObject h = r.element(heads, i, path);
            r.onlyKnown(h, path, {u"id", u"name", u"nameZh", u"rollers", u"tubing", u"defaultTubing"});
            HeadOption head;
            head.id = r.id(h, path, u"id"_s);
            head.names.en = r.string(h, path, u"name"_s);
            head.names.zh = r.string(h, path, u"nameZh"_s, h.contains(u"nameZh"_s));
            head.name = head.names.text(QLocale());
            head.rollers = r.integer(h, path, u"rollers"_s, 1, 32, 3);
            if (!r.failed() && headIds.contains(head.id))
                r.fail(path + u".id"_s, Tr::tr("repeats the head id \"%1\"").arg(head.id));
            headIds.insert(head.id);
            const QJsonArray tubing = r.array(h, path, u"tubing"_s, true, 1, 64);
            QSet<QString> tubingIds;
            for (qsizetype j = 0; j < tubing.size() && !r.failed(); ++j) {
                const QString tpath = u"%1.tubing[%2]"_s.arg(path).arg(j);
                const QJsonObject t = r.element(tubing, j, tpath);
                r.onlyKnown(t, tpath, {u"id", u"name", u"nameZh", u"mlPerRev", u"innerDiameterMm"});
                TubingOption option;
                option.id = r.id(t, tpath, u"id"_s);
                option.names.en = r.string(t, tpath, u"name"_s, false);
                option.names.zh = r.string(t, tpath, u"nameZh"_s, false);
                if (option.names.en.isEmpty())
                    option.names.en = option.id;
                option.name = option.names.text(QLocale());
                option.mlPerRev = r.number(t, tpath, u"mlPerRev"_s, 0, kMaxMlPerRev, std::nullopt, true);
                if (t.contains(u"innerDiameterMm"_s))
                    option.innerDiameterMm = r.number(t, tpath, u"innerDiameterMm"_s, 0, kMaxTubingDiameterMm, std::nullopt, true);
                if (!r.failed() && tubingIds.contains(option.id))
                    r.fail(tpath + u".id"_s, Tr::tr("repeats the tubing id \"%1\"").arg(option.id));
                tubingIds.insert(option.id);
                head.tubing.append(option);
            }
            head.defaultTubing = r.id(h, path, u"defaultTubing"_s, false);
            if (head.defaultTubing.isEmpty() && !head.tubing.isEmpty())
                head.defaultTubing = head.tubing.constFirst().id;
            if (!r.failed() && !tubingIds.contains(head.defaultTubing))
                r.fail(path + u".defaultTubing"_s, Tr::tr("names no tubing of this head: \"%1\"").arg(head.defaultTubing));
            m.heads.append(head);
        }
        m.defaultHead = r.id(o, {}, u"defaultHead"_s, false);
        if (m.defaultHead.isEmpty() && !m.heads.isEmpty())
            m.defaultHead = m.heads.constFirst().id;
        if (!r.failed() && !m.head(m.defaultHead))
            r.fail(u"defaultHead"_s, Tr::tr("names no head in this file: \"%1\"").arg(m.defaultHead));
    }

    if (m.kind == Kind::Syringe && !r.failed()) {
        const QJsonArray syringes = r.array(o, {}, u"syringes"_s, true, 1, 64);
        QSet<QString> syringeIds;
        for (qsizetype i = 0; i < syringes.size() && !r.failed(); ++i) {
            const QString path = u"syringes[%1]"_s.arg(i);
            const QJsonObject s = r.element(syringes, i, path);
            r.onlyKnown(s, path, {u"id", u"name", u"nameZh", u"innerDiameterMm", u"capacityMl"});
            SyringeOption option;
            option.id = r.id(s, path, u"id"_s);
            option.names.en = r.string(s, path, u"name"_s, false);
            option.names.zh = r.string(s, path, u"nameZh"_s, false);
            if (option.names.en.isEmpty())
                option.names.en = option.id;
            option.name = option.names.text(QLocale());
            option.innerDiameterMm = r.number(s, path, u"innerDiameterMm"_s, 0, kMaxSyringeDiameterMm, std::nullopt, true);
            option.capacityMl = r.number(s, path, u"capacityMl"_s, 0, kMaxSyringeMl, std::nullopt, true);
            if (!r.failed() && syringeIds.contains(option.id))
                r.fail(path + u".id"_s, Tr::tr("repeats the syringe id \"%1\"").arg(option.id));
            syringeIds.insert(option.id);
            m.syringes.append(option);
        }
        m.defaultSyringe = r.id(o, {}, u"defaultSyringe"_s, false);
        if (m.defaultSyringe.isEmpty() && !m.syringes.isEmpty())
            m.defaultSyringe = m.syringes.constFirst().id;
        if (!r.failed() && !m.syringe(m.defaultSyringe))
            r.fail(u"defaultSyringe"_s, Tr::tr("names no syringe in this file: \"%1\"").arg(m.defaultSyringe));
    }

    if (m.protocol == Protocol::ModbusRtu && !r.failed()) {
        const QJsonObject modbus = r.object(o, {}, u"modbus"_s);
        r.onlyKnown(modbus, u"modbus"_s, {u"registers", u"onConnect"});
        const QJsonArray regs = r.array(modbus, u"modbus"_s, u"registers"_s, true, 1, kMaxListItems);
        QSet<QString> names;
        for (qsizetype i = 0; i < regs.size() && !r.failed(); ++i) {
            const QString path = u"modbus.registers[%1]"_s.arg(i);
            const ModbusPoint point = parsePoint(r, r.element(regs, i, path), path);
            if (!r.failed() && names.contains(point.name))
                r.fail(path + u".name"_s, Tr::tr("repeats the point \"%1\"").arg(point.name));
            names.insert(point.name);
            m.registers.append(point);
        }
        const QJsonArray onConnect = r.array(modbus, u"modbus"_s, u"onConnect"_s, false, 0, 32);
        for (qsizetype i = 0; i < onConnect.size() && !r.failed(); ++i) {
            const QString path = u"modbus.onConnect[%1]"_s.arg(i);
            const QJsonObject w = r.element(onConnect, i, path);
            r.onlyKnown(w, path, {u"point", u"value"});
            const QString name = r.id(w, path, u"point"_s);
            const int value = r.integer(w, path, u"value"_s, 0, 0xFFFF);
            const ModbusPoint *point = m.point(name);
            if (!r.failed() && !point)
                r.fail(path + u".point"_s, Tr::tr("names no register in this file: \"%1\"").arg(messageExcerpt(name)));
            else if (!r.failed() && !point->writable)
                r.fail(path + u".point"_s, Tr::tr("names \"%1\", which is not writable").arg(name));
            if (!r.failed()) {
                m.onConnectWrites.append(*point);
                m.onConnectValues.append(value);
            }
        }
        if (!r.failed()) {
            const bool sensor = m.kind == Kind::PressureSensor;
            const QString needed = sensor ? u"pressure"_s : u"speed"_s;
            if (!m.point(needed))
                r.fail(u"modbus.registers"_s, Tr::tr("has no \"%1\" point").arg(needed));
            if (!sensor && !m.point(u"run"_s))
                r.fail(u"modbus.registers"_s, Tr::tr("has no \"run\" point"));
        }
    }
    if (m.kind == Kind::PressureSensor && !r.failed()) {
        const QJsonObject pressure = r.object(o, {}, u"pressure"_s);
        r.onlyKnown(pressure, u"pressure"_s, {u"unit", u"min", u"max"});
        m.pressureUnit = r.string(pressure, u"pressure"_s, u"unit"_s, true, kMaxUnitLength);
        m.pressureMin = r.number(pressure, u"pressure"_s, u"min"_s, -kMaxPressure, kMaxPressure);
        m.pressureMax = r.number(pressure, u"pressure"_s, u"max"_s, -kMaxPressure, kMaxPressure);
        if (!r.failed() && !(m.pressureMax > m.pressureMin))
            r.fail(u"pressure.max"_s, Tr::tr("must be above pressure.min"));
    }
    const QJsonObject timing = r.object(o, {}, u"timing"_s, false);
    r.onlyKnown(timing, u"timing"_s, {u"deviceTimeMs", u"minPollMs"});
    m.deviceTimeMs = r.integer(timing, u"timing"_s, u"deviceTimeMs"_s, 0, 10000, 50);
    m.minPollMs = r.integer(timing, u"timing"_s, u"minPollMs"_s, 10, 60000, 100);
    m.notes = r.string(o, {}, u"notes"_s, false, kMaxNoteLength);

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
        ModelLoadError error;
        error.file = path;
        auto bytes = readFileLimited(path, kMaxModelFileBytes, Tr::tr("a model file"));
        if (!bytes) {
            error.problem = bytes.error().message;
            m_errors.push_back(error);
            continue;
        }
        auto model = parseModel(*bytes, path, &error);
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

QString ModelRegistry::displayName(const QString &modelId) const
{
    if (const PumpModel *model = find(modelId))
        return model->displayName;
    return Tr::tr("unknown model \"%1\"").arg(modelId);
}

QString ModelRegistry::partName(const QString &modelId, const QString &partId) const
{
    for (const PumpModel &model : m_models) {
        if (!modelId.isEmpty() && model.id != modelId)
            continue;
        for (const HeadOption &head : model.heads) {
            if (head.id == partId)
                return head.name;
            for (const TubingOption &tubing : head.tubing) {
                if (tubing.id == partId)
                    return tubing.name;
            }
        }
        if (const SyringeOption *syringe = model.syringe(partId))
            return syringe->name;
    }
    return Tr::tr("unknown part \"%1\"").arg(partId);
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
