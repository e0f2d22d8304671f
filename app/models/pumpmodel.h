// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "protocol/modbuspoint.h"

#include <QList>
#include <QSerialPort>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace PumpStudio::Models {

enum class Kind { Peristaltic, Syringe, PressureSensor };
enum class Protocol { RegloIcc, LongerE9, ModbusRtu, NewEra, MasterflexLegacy, MasterflexSerialComms };

QString kindName(Kind kind);
std::optional<Kind> parseKind(const QString &name);
QString protocolName(Protocol protocol);
std::optional<Protocol> parseProtocol(const QString &name);

/// What a model can do; the UI and the runner ask before offering or sending anything.
struct Capabilities
{
    bool direction = false;
    bool nativeDispense = false;
    bool timedDispense = false;
    bool reportsDispensedVolume = false;
    bool reportsActualSpeed = false;
    bool fullSpeed = false;
    bool asyncEvents = false;
    bool safeMode = false;
    bool pressure = false;
    bool channelAddressing = false;
};

struct SerialDefaults
{
    qint32 baud = 9600;
    QSerialPort::DataBits dataBits = QSerialPort::Data8;
    QSerialPort::Parity parity = QSerialPort::NoParity;
    QSerialPort::StopBits stopBits = QSerialPort::OneStop;
    QList<qint32> supportedBauds;
    bool assumed = false;  ///< not confirmed by a manual
};

/// A name as a model file gives it: English, and Chinese where the file has it ("nameZh").
struct LocalName
{
    QString en;
    QString zh;

    /// The name in `locale`'s language: Chinese for a zh locale when there is one, else English.
    QString text(const QLocale &locale) const;
    friend bool operator==(const LocalName &, const LocalName &) = default;
};

struct TubingOption
{
    QString id;
    QString name;        ///< in the UI's language when the registry was loaded
    LocalName names;
    double mlPerRev = 0;
    double innerDiameterMm = 0;
};

struct HeadOption
{
    QString id;
    QString name;        ///< in the UI's language when the registry was loaded
    LocalName names;
    int rollers = 3;
    QList<TubingOption> tubing;
    QString defaultTubing;
};

struct SyringeOption
{
    QString id;
    QString name;        ///< in the UI's language when the registry was loaded
    LocalName names;
    double innerDiameterMm = 0;
    double capacityMl = 0;
};

/// One entry of a Modbus register map (defined with the Modbus codec, which encodes it).
using ModbusPoint = ::PumpStudio::Protocol::Modbus::Point;

/// A pump or sensor model, as a model file describes it.
struct PumpModel
{
    QString id;
    QString displayName;  ///< in the UI's language when the registry was loaded; never the id
    LocalName names;      ///< both languages of the file
    QString vendor;
    Kind kind = Kind::Peristaltic;
    Protocol protocol = Protocol::RegloIcc;
    SerialDefaults serial;
    int minAddress = 1;
    int maxAddress = 1;
    int defaultAddress = 1;
    std::optional<int> broadcastAddress;
    int channels = 1;
    double minRpm = 0;
    double maxRpm = 0;
    double rpmResolution = 0.1;   ///< smallest speed step the wire can carry; 0: continuous (float)
    QString speedUnitNote;        ///< how speed is carried on the wire
    /// Syringe pumps work in flow: their rate limits in mL/min for the smallest/largest syringe.
    double minFlowMlPerMin = 0;
    double maxFlowMlPerMin = 0;
    Capabilities capabilities;
    QList<HeadOption> heads;
    QString defaultHead;
    QList<SyringeOption> syringes;
    QString defaultSyringe;
    QList<ModbusPoint> registers;
    QList<ModbusPoint> onConnectWrites; ///< written ON/with value on connect (Kamoer remote enable)
    QList<int> onConnectValues;
    /// Pressure sensors: unit and range of the reading.
    QString pressureUnit;
    double pressureMin = 0;
    double pressureMax = 0;
    int deviceTimeMs = 50;        ///< how long the device takes to answer
    int minPollMs = 100;          ///< slowest sensible poll
    QString notes;
    QString sourceFile;           ///< where it was loaded from

    const HeadOption *head(const QString &headId) const;
    const ModbusPoint *point(const QString &name) const;
    const SyringeOption *syringe(const QString &syringeId) const;
    /// The syringe `syringeId` names, or the model's default one when it is empty.
    const SyringeOption *syringeOrDefault(const QString &syringeId) const { return syringe(syringeId.isEmpty() ? defaultSyringe : syringeId); }
};

} // namespace PumpStudio::Models
