// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "models/balancemodel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Models", text);
}

/// The first problem found, with its JSON path; later ones are not looked at.
struct Problems
{
    ModelLoadError *error;
    bool failed = false;

    void fail(const QString &field, const QString &problem)
    {
        if (failed)
            return;
        failed = true;
        error->field = field;
        error->problem = problem;
    }

    QString string(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(path + key, tr("is missing"));
            return {};
        }
        if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
            fail(path + key, tr("must be a non-empty string"));
            return {};
        }
        return v.toString();
    }

    double number(const QJsonObject &o, const QString &path, const QString &key, std::optional<double> fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (!fallback)
                fail(path + key, tr("is missing"));
            return fallback.value_or(0);
        }
        if (!v.isDouble()) {
            fail(path + key, tr("must be a number"));
            return 0;
        }
        return v.toDouble();
    }

    int whole(const QJsonObject &o, const QString &path, const QString &key, std::optional<int> fallback, int min, int max)
    {
        const double d = number(o, path, key, fallback ? std::optional<double>(*fallback) : std::nullopt);
        if (d != std::floor(d) || d < min || d > max) {
            fail(path + key, tr("must be a whole number from %1 to %2").arg(min).arg(max));
            return fallback.value_or(min);
        }
        return static_cast<int>(d);
    }
};

} // namespace

QString balanceProtocolName(BalanceProtocol protocol)
{
    return protocol == BalanceProtocol::MtSics ? u"mt-sics"_s : u"sartorius-sbi"_s;
}

std::optional<BalanceProtocol> parseBalanceProtocol(const QString &name)
{
    if (name == u"mt-sics")
        return BalanceProtocol::MtSics;
    if (name == u"sartorius-sbi")
        return BalanceProtocol::SartoriusSbi;
    return std::nullopt;
}

Result<BalanceModel> parseBalanceModel(const QByteArray &json, const QString &source, ModelLoadError *error)
{
    ModelLoadError local;
    ModelLoadError *e = error ? error : &local;
    e->file = source;
    const auto bad = [e] { return makeError(Error::Code::BadFile, e->text()); };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        e->problem = parseError.error != QJsonParseError::NoError
                         ? tr("is not valid JSON (offset %1: %2)").arg(parseError.offset).arg(parseError.errorString())
                         : tr("must hold one JSON object");
        return bad();
    }
    const QJsonObject o = doc.object();
    Problems p{e};
    BalanceModel m;
    m.sourceFile = source;
    if (p.whole(o, {}, u"format"_s, std::nullopt, 1, 1) != 1)
        return bad();
    m.id = p.string(o, {}, u"id"_s, true);
    m.names.en = p.string(o, {}, u"name"_s, true);
    // Optional, as for pump models; when given, never blank.
    m.names.zh = p.string(o, {}, u"nameZh"_s, o.contains(u"nameZh"_s));
    m.displayName = m.names.text(QLocale());
    m.vendor = p.string(o, {}, u"vendor"_s, false);
    if (p.string(o, {}, u"kind"_s, true) != u"balance" && !p.failed)
        p.fail(u"kind"_s, tr("must be \"balance\""));
    const QString protocol = p.string(o, {}, u"protocol"_s, true);
    if (const auto parsed = parseBalanceProtocol(protocol))
        m.protocol = *parsed;
    else
        p.fail(u"protocol"_s, tr("must be mt-sics or sartorius-sbi"));

    const QJsonValue serialValue = o.value(u"serial"_s);
    if (!serialValue.isObject()) {
        p.fail(u"serial"_s, tr("must be an object"));
    } else {
        const QJsonObject s = serialValue.toObject();
        const QString at = u"serial."_s;
        m.serial.baud = p.whole(s, at, u"baud"_s, std::nullopt, 300, 921600);
        m.serial.dataBits = p.whole(s, at, u"dataBits"_s, 8, 7, 8) == 7 ? QSerialPort::Data7 : QSerialPort::Data8;
        const QString parity = p.string(s, at, u"parity"_s, false);
        if (parity == u"even") m.serial.parity = QSerialPort::EvenParity;
        else if (parity == u"odd") m.serial.parity = QSerialPort::OddParity;
        else if (!parity.isEmpty() && parity != u"none") p.fail(u"serial.parity"_s, tr("must be none, even or odd"));
        m.serial.stopBits = p.whole(s, at, u"stopBits"_s, 1, 1, 2) == 2 ? QSerialPort::TwoStop : QSerialPort::OneStop;
        const QJsonArray bauds = s.value(u"supportedBauds"_s).toArray();
        for (qsizetype i = 0; i < bauds.size(); ++i) {
            if (bauds.at(i).toInt() <= 0)
                p.fail(u"serial.supportedBauds[%1]"_s.arg(i), tr("must be a positive baud rate"));
            m.serial.supportedBauds.append(bauds.at(i).toInt());
        }
        if (m.serial.supportedBauds.isEmpty())
            m.serial.supportedBauds.append(m.serial.baud);
    }
    const QJsonObject weighing = o.value(u"weighing"_s).toObject();
    m.capacityG = p.number(weighing, u"weighing."_s, u"capacityG"_s, m.capacityG);
    m.readabilityG = p.number(weighing, u"weighing."_s, u"readabilityG"_s, m.readabilityG);
    if (!(m.capacityG > 0 && m.capacityG <= 1e6))
        p.fail(u"weighing.capacityG"_s, tr("must be above 0 and at most 1000000"));
    if (!(m.readabilityG > 0 && m.readabilityG < m.capacityG))
        p.fail(u"weighing.readabilityG"_s, tr("must be above 0 and below the capacity"));
    const QJsonObject timing = o.value(u"timing"_s).toObject();
    m.deviceTimeMs = p.whole(timing, u"timing."_s, u"deviceTimeMs"_s, m.deviceTimeMs, 1, 10000);
    m.stableTimeoutMs = p.whole(timing, u"timing."_s, u"stableTimeoutMs"_s, m.stableTimeoutMs, 100, 600000);
    m.notes = p.string(o, {}, u"notes"_s, false);
    if (p.failed)
        return bad();
    return m;
}

QString describe(const BalanceModel &model)
{
    QString parity = u"N"_s;
    if (model.serial.parity == QSerialPort::EvenParity) parity = u"E"_s;
    if (model.serial.parity == QSerialPort::OddParity) parity = u"O"_s;
    return u"%1  %2  %3, %4 %5%6%7, balance %8 g x %9 g"_s.arg(model.id, model.displayName, balanceProtocolName(model.protocol))
        .arg(model.serial.baud)
        .arg(static_cast<int>(model.serial.dataBits))
        .arg(parity)
        .arg(model.serial.stopBits == QSerialPort::TwoStop ? 2 : 1)
        .arg(model.capacityG)
        .arg(model.readabilityG);
}

} // namespace PumpStudio::Models
