// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "models/balanceregistry.h"
#include "models/modelregistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace PumpStudio::Models;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray bundled(const QString &id)
{
    QFile f(u":/models/%1.json"_s.arg(id));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// A bundled file with one JSON field changed (path of object keys separated by '/').
QByteArray edited(const QString &id, const QString &path, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(bundled(id)).object();
    const QStringList keys = path.split(u'/');
    if (keys.size() == 1) {
        if (value.isUndefined())
            root.remove(keys[0]);
        else
            root.insert(keys[0], value);
    } else {
        QJsonObject inner = root.value(keys[0]).toObject();
        if (value.isUndefined())
            inner.remove(keys[1]);
        else
            inner.insert(keys[1], value);
        root.insert(keys[0], inner);
    }
    return QJsonDocument(root).toJson();
}

} // namespace

class TestModelRegistry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsEveryBundledModelWithoutErrors()
    {
        ModelRegistry registry;
        registry.load(u":/models"_s, {});
        for (const auto &e : registry.errors())
            qWarning("%s", qPrintable(e.text()));
        QVERIFY(registry.errors().empty());
        QStringList ids;
        for (const PumpModel &m : registry.models())
            ids << m.id;
        QCOMPARE(ids, (QStringList{u"kamoer-2802"_s, u"leadfluid-bt100s"_s, u"longer-bt100-2j"_s, u"longer-wt600-2j"_s,
                                   u"masterflex-ls-legacy"_s, u"masterflex-ls-serialcomms"_s, u"ne-1000"_s,
                                   u"pressure-modbus"_s, u"reglo-icc"_s}));
    }

    void carriesTheReferenceFacts()
    {
        ModelRegistry registry;
        registry.load(u":/models"_s, {});
        const PumpModel *reglo = registry.find(u"reglo-icc"_s);
        QVERIFY(reglo);
        QCOMPARE(reglo->protocol, Protocol::RegloIcc);
        QCOMPARE(reglo->serial.baud, 9600);
        QCOMPARE(reglo->channels, 4);
        QCOMPARE(reglo->rpmResolution, 0.01);
        QVERIFY(reglo->capabilities.asyncEvents);

        const PumpModel *bt100 = registry.find(u"longer-bt100-2j"_s);
        QCOMPARE(bt100->serial.baud, 1200);
        QCOMPARE(bt100->serial.parity, QSerialPort::EvenParity);
        QCOMPARE(bt100->rpmResolution, 0.1);
        QCOMPARE(bt100->broadcastAddress, 31);
        QCOMPARE(registry.find(u"longer-wt600-2j"_s)->rpmResolution, 1.0);

        const PumpModel *lead = registry.find(u"leadfluid-bt100s"_s);
        QVERIFY(lead->serial.assumed);
        QCOMPARE(lead->point(u"speed"_s)->address, 3100);
        QCOMPARE(lead->point(u"speed"_s)->scale, 0.1);
        QCOMPARE(lead->point(u"direction"_s)->counterClockwiseValue, 1);
        QCOMPARE(lead->point(u"run"_s)->address, 3102);
        QCOMPARE(lead->point(u"dispense-time"_s)->address, 3109);

        const PumpModel *kamoer = registry.find(u"kamoer-2802"_s);
        QCOMPARE(kamoer->defaultAddress, 192);
        QCOMPARE(kamoer->point(u"run"_s)->address, 0x1001);
        QCOMPARE(kamoer->point(u"direction"_s)->address, 0x1003);
        QCOMPARE(kamoer->point(u"speed"_s)->address, 0x3001);
        QCOMPARE(kamoer->point(u"speed"_s)->type, ModbusPoint::Type::Float32);
        QCOMPARE(kamoer->point(u"actual-speed"_s)->address, 0x3005);
        QCOMPARE(kamoer->onConnectWrites.size(), 1);
        QCOMPARE(kamoer->onConnectWrites.constFirst().address, 0x1004);

        const PumpModel *ne = registry.find(u"ne-1000"_s);
        QCOMPARE(ne->kind, Kind::Syringe);
        QCOMPARE(ne->serial.baud, 19200);
        QCOMPARE(ne->minAddress, 0);
        QCOMPARE(ne->maxAddress, 99);
        QCOMPARE(ne->syringe(u"syringe-60ml"_s)->innerDiameterMm, 26.7);

        const PumpModel *legacy = registry.find(u"masterflex-ls-legacy"_s);
        QCOMPARE(legacy->serial.baud, 4800);
        QCOMPARE(legacy->serial.dataBits, QSerialPort::Data7);
        QCOMPARE(legacy->serial.parity, QSerialPort::OddParity);
        QCOMPARE(registry.find(u"masterflex-ls-serialcomms"_s)->serial.baud, 115200);

        const PumpModel *pressure = registry.find(u"pressure-modbus"_s);
        QCOMPARE(pressure->kind, Kind::PressureSensor);
        QCOMPARE(pressure->pressureUnit, u"bar"_s);
        QCOMPARE(pressure->point(u"pressure"_s)->scale, 0.001);
    }

    void userFilesOverrideAndAdd()
    {
        QTemporaryDir user;
        write(user.filePath(u"reglo-icc.json"_s), edited(u"reglo-icc"_s, u"name"_s, u"Lab 3 Reglo"_s));
        write(user.filePath(u"my-pump.json"_s), edited(u"longer-bt100-2j"_s, u"id"_s, u"my-pump"_s));
        ModelRegistry registry;
        registry.load(u":/models"_s, user.path());
        QVERIFY(registry.errors().empty());
        QCOMPARE(registry.models().size(), 10u);
        QCOMPARE(registry.find(u"reglo-icc"_s)->displayName, u"Lab 3 Reglo"_s);
        QCOMPARE(registry.find(u"my-pump"_s)->protocol, Protocol::LongerE9);
    }

    void reportsABadFileAndKeepsTheOthers_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not json") << QByteArray("{\n  \"id\": \"x\",\n  oops\n}") << QString() << u"line 3"_s;
        QTest::newRow("array") << QByteArray("[1,2]") << QString() << u"JSON object"_s;
        QTest::newRow("newer format") << edited(u"reglo-icc"_s, u"format"_s, 2) << u"format"_s << u"reads format 1"_s;
        QTest::newRow("missing id") << edited(u"reglo-icc"_s, u"id"_s, QJsonValue::Undefined) << u"id"_s << u"missing"_s;
        QTest::newRow("id not string") << edited(u"reglo-icc"_s, u"id"_s, 7) << u"id"_s << u"string"_s;
        QTest::newRow("unknown protocol") << edited(u"reglo-icc"_s, u"protocol"_s, u"smoke-signals"_s) << u"protocol"_s << u"smoke-signals"_s;
        QTest::newRow("unknown kind") << edited(u"reglo-icc"_s, u"kind"_s, u"diaphragm"_s) << u"kind"_s << u"diaphragm"_s;
        QTest::newRow("bad parity") << edited(u"reglo-icc"_s, u"serial/parity"_s, u"mark"_s) << u"serial.parity"_s << u"none, even or odd"_s;
        QTest::newRow("bad data bits") << edited(u"reglo-icc"_s, u"serial/dataBits"_s, 9) << u"serial.dataBits"_s << u"from 7 to 8"_s;
        QTest::newRow("inverted speed range") << edited(u"reglo-icc"_s, u"speed/maxRpm"_s, 0.05) << u"speed.maxRpm"_s << u"above"_s;
        QTest::newRow("address order") << edited(u"reglo-icc"_s, u"address/min"_s, 9) << u"address.min"_s << u"above address.max"_s;
        QTest::newRow("no heads") << edited(u"reglo-icc"_s, u"heads"_s, QJsonArray()) << u"heads"_s << u"at least 1 item"_s;
        QTest::newRow("bad default head") << edited(u"reglo-icc"_s, u"defaultHead"_s, u"nope"_s) << u"defaultHead"_s << u"nope"_s;
        QTest::newRow("modbus without speed") << edited(u"leadfluid-bt100s"_s, u"modbus/registers"_s, QJsonArray{QJsonObject{{u"name"_s, u"run"_s}, {u"table"_s, u"holding"_s}, {u"address"_s, 1}, {u"type"_s, u"uint16"_s}}})
                                              << u"modbus.registers"_s << u"speed"_s;
        QTest::newRow("modbus bad table") << edited(u"leadfluid-bt100s"_s, u"modbus/registers"_s, QJsonArray{QJsonObject{{u"name"_s, u"speed"_s}, {u"table"_s, u"rom"_s}, {u"address"_s, 1}, {u"type"_s, u"uint16"_s}}})
                                          << u"modbus.registers[0].table"_s << u"rom"_s;
        QTest::newRow("syringe without flow") << edited(u"ne-1000"_s, u"flow"_s, QJsonValue::Undefined) << u"flow"_s << u"missing"_s;
    }

    void reportsABadFileAndKeepsTheOthers()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, field);
        QFETCH(QString, problem);
        QTemporaryDir user;
        write(user.filePath(u"broken.json"_s), contents);
        ModelRegistry registry;
        registry.load(u":/models"_s, user.path());
        QCOMPARE(registry.errors().size(), 1u);
        const ModelLoadError &e = registry.errors().front();
        QVERIFY2(e.file.endsWith(u"broken.json"_s), qPrintable(e.file));
        QCOMPARE(e.field, field);
        QVERIFY2(e.problem.contains(problem), qPrintable(e.text()));
        QCOMPARE(registry.models().size(), 9u);  // the bundled ones all survive
    }

    void refusesWhatWasAcceptedBefore_data()
    {
        // Issue 12 item 11: each of these loaded (9 of 55 corruptions were accepted).
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("problem");
        QJsonObject reglo = QJsonDocument::fromJson(bundled(u"reglo-icc"_s)).object();
        QJsonArray heads = reglo.value(u"heads"_s).toArray();
        QJsonObject head = heads.at(0).toObject();
        head.insert(u"defaultTubing"_s, u"tube-none"_s);
        heads.replace(0, head);
        reglo.insert(u"heads"_s, heads);
        QTest::newRow("defaultTubing names no tubing") << QJsonDocument(reglo).toJson() << u"heads[0].defaultTubing"_s << u"tube-none"_s;
        QTest::newRow("minPollMs -100") << edited(u"reglo-icc"_s, u"timing/minPollMs"_s, -100) << u"timing.minPollMs"_s << u"from 10 to 60000, not -100"_s;
        QJsonObject lead = QJsonDocument::fromJson(bundled(u"leadfluid-bt100s"_s)).object();
        QJsonObject modbus = lead.value(u"modbus"_s).toObject();
        QJsonArray registers = modbus.value(u"registers"_s).toArray();
        QJsonObject identity = registers.at(7).toObject();
        identity.insert(u"count"_s, 100000);
        registers.replace(7, identity);
        modbus.insert(u"registers"_s, registers);
        lead.insert(u"modbus"_s, modbus);
        QTest::newRow("register count 100000") << QJsonDocument(lead).toJson() << u"modbus.registers[7].count"_s << u"from 1 to 125"_s;
        QTest::newRow("unknown top-level field") << edited(u"reglo-icc"_s, u"minPolMs"_s, 100) << u"minPolMs"_s << u"not a field"_s;
        QTest::newRow("unknown nested field") << edited(u"reglo-icc"_s, u"serial/baudrate"_s, 9600) << u"serial.baudrate"_s << u"not a field"_s;
        QTest::newRow("speed on a syringe pump") << edited(u"ne-1000"_s, u"speed"_s, QJsonObject{{u"minRpm"_s, 1}}) << u"speed"_s << u"only for peristaltic"_s;
        QTest::newRow("bad default syringe") << edited(u"ne-1000"_s, u"defaultSyringe"_s, u"syringe-2l"_s) << u"defaultSyringe"_s << u"syringe-2l"_s;
        QTest::newRow("baud not supported") << edited(u"reglo-icc"_s, u"serial/baud"_s, 19200) << u"serial.supportedBauds"_s << u"19200"_s;
        QTest::newRow("deviceTimeMs huge") << edited(u"reglo-icc"_s, u"timing/deviceTimeMs"_s, 1e9) << u"timing.deviceTimeMs"_s << u"from 0 to 10000"_s;
        QTest::newRow("channels 1e10") << edited(u"reglo-icc"_s, u"channels"_s, 1e10) << u"channels"_s << u"from 1 to 16"_s;
        QTest::newRow("maxRpm 1e300") << edited(u"reglo-icc"_s, u"speed/maxRpm"_s, 1e300) << u"speed.maxRpm"_s << u"1e+300"_s;
    }

    void refusesWhatWasAcceptedBefore()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, field);
        QFETCH(QString, problem);
        ModelLoadError error;
        QVERIFY(!parseModel(contents, u"broken.json"_s, &error).ok());
        QCOMPARE(error.field, field);
        QVERIFY2(error.problem.contains(problem), qPrintable(error.text()));
    }

    void rangeMessagesNameTheValueReadably()
    {
        // Issue 12 item 13: "address.min is above address.max (1 > -2147483648)" for a max of 1e10,
        // and numbers hundreds of digits long.
        ModelLoadError error;
        QVERIFY(!parseModel(edited(u"reglo-icc"_s, u"address/max"_s, 1e10), u"m.json"_s, &error).ok());
        QCOMPARE(error.field, u"address.max"_s);
        QVERIFY2(error.problem.contains(u"from 0 to 255, not 10000000000"_s), qPrintable(error.text()));
        QVERIFY(!error.text().contains(u"2147483648"_s));
        QVERIFY(!parseModel(edited(u"reglo-icc"_s, u"speed/minRpm"_s, -1e300), u"m.json"_s, &error).ok());
        QVERIFY2(error.text().size() < 200, qPrintable(error.text()));
    }

    void refusesFilesThatAreNotRegularOrTooLarge()
    {
        QTemporaryDir user;
        QVERIFY(QDir(user.path()).mkdir(u"folder.json"_s));
        write(user.filePath(u"huge.json"_s), QByteArray(2 * 1024 * 1024, ' '));
        ModelRegistry registry;
        registry.load(u":/models"_s, user.path());
        QCOMPARE(registry.models().size(), 9u);
        QStringList problems;
        for (const ModelLoadError &e : registry.errors())
            problems << e.text();
        QVERIFY2(problems.size() == 1 && problems.constFirst().contains(u"too large"_s), qPrintable(problems.join(u'\n')));
    }

    void aBadOverrideKeepsTheBundledModel()
    {
        QTemporaryDir user;
        write(user.filePath(u"reglo-icc.json"_s), edited(u"reglo-icc"_s, u"channels"_s, 0));
        ModelRegistry registry;
        registry.load(u":/models"_s, user.path());
        QCOMPARE(registry.errors().size(), 1u);
        QCOMPARE(registry.errors().front().field, u"channels"_s);
        QVERIFY(registry.find(u"reglo-icc"_s));
        QCOMPARE(registry.find(u"reglo-icc"_s)->channels, 4);
    }

    void describesAModelOnOneLine()
    {
        ModelRegistry registry;
        registry.load(u":/models"_s, {});
        const QString line = describe(*registry.find(u"longer-bt100-2j"_s));
        QVERIFY2(line.contains(u"1200 8E1"_s) && line.contains(u"longer-e9"_s) && line.contains(u"0.1-100 rpm"_s), qPrintable(line));
    }

    void namesFollowTheUiLanguageAndNeverShowTheId()
    {
        // Issue 16 item 10: English names in a Chinese UI, and ids where names belong.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        ModelRegistry zh;
        zh.load(u":/models"_s, {});
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ModelRegistry en;
        en.load(u":/models"_s, {});
        QLocale::setDefault(before);

        QCOMPARE(en.displayName(u"reglo-icc"_s), u"Ismatec Reglo ICC"_s);
        QCOMPARE(zh.displayName(u"reglo-icc"_s), u"Ismatec Reglo ICC 蠕动泵"_s);
        QCOMPARE(zh.displayName(u"pressure-modbus"_s), u"RS-485 Modbus 压力变送器"_s);
        QCOMPARE(zh.find(u"kamoer-2802"_s)->head(u"head-kamoer-kcs"_s)->name, u"小型三滚轮泵头"_s);
        QCOMPARE(zh.partName(u"reglo-icc"_s, u"tube-3stop-1.52"_s), u"三卡扣软管，内径 1.52 mm"_s);
        QCOMPARE(en.partName(u"reglo-icc"_s, u"tube-3stop-1.52"_s), u"3-stop tubing 1.52 mm ID"_s);
        QCOMPARE(zh.partName({}, u"syringe-10ml"_s), u"10 mL 注射器"_s);
        QCOMPARE(zh.partName({}, u"tube-16"_s), u"16# 软管"_s);
        // Both languages stay at hand whichever the registry was loaded in.
        QCOMPARE(en.find(u"ne-1000"_s)->names.zh, u"New Era NE-1000 注射泵"_s);
        QCOMPARE(zh.find(u"ne-1000"_s)->names.en, u"New Era NE-1000"_s);
        // No model has its id as its name; an unknown id is called unknown, not shown as a name.
        for (const PumpModel &m : en.models())
            QVERIFY2(m.displayName != m.id && en.displayName(m.id) != m.id, qPrintable(m.id));
        QCOMPARE(en.displayName(u"no-such-pump"_s), u"unknown model \"no-such-pump\""_s);
        QCOMPARE(en.partName(u"reglo-icc"_s, u"tube-x"_s), u"unknown part \"tube-x\""_s);
        // A file without Chinese names (a user's) shows its English ones in Chinese.
        LocalName only{u"My pump"_s, {}};
        QCOMPARE(only.text(QLocale(QLocale::Chinese, QLocale::China)), u"My pump"_s);
    }

    void balanceNamesFollowTheUiLanguage()
    {
        // A balance's model name came out in English in a Chinese UI: balance files have
        // "nameZh" as pump files do.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        BalanceRegistry zh;
        zh.load(u":/balances"_s, {});
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        BalanceRegistry en;
        en.load(u":/balances"_s, {});
        QLocale::setDefault(before);
        QVERIFY(zh.errors().empty() && en.errors().empty());
        QCOMPARE(zh.find(u"mt-sics"_s)->displayName, u"梅特勒-托利多 Mettler Toledo 天平（MT-SICS）"_s);
        QCOMPARE(en.find(u"mt-sics"_s)->displayName, u"Mettler Toledo balance (MT-SICS)"_s);
        QCOMPARE(zh.find(u"sartorius-sbi"_s)->displayName, u"赛多利斯 Sartorius 天平（SBI）"_s);
        QCOMPARE(zh.find(u"sartorius-sbi"_s)->names.en, u"Sartorius balance (SBI)"_s);
        const auto hasHan = [](const QString &text) {
            return std::any_of(text.begin(), text.end(), [](QChar c) { return c.script() == QChar::Script_Han; });
        };
        for (const BalanceModel &m : en.models())
            QVERIFY2(hasHan(m.names.zh), qPrintable(m.id));
        // Optional in a user's file (then English in Chinese too); when given, a non-empty string.
        const auto file = [](const QByteArray &nameZh) {
            return R"({"format":1,"id":"x","name":"X balance","kind":"balance","protocol":"mt-sics","serial":{"baud":9600})"_ba
                   + (nameZh.isEmpty() ? QByteArray() : ",\"nameZh\":" + nameZh) + "}";
        };
        ModelLoadError error;
        const auto plain = parseBalanceModel(file({}), u"x.json"_s, &error);
        QVERIFY(plain);
        QVERIFY(plain->names.zh.isEmpty());
        QCOMPARE(plain->names.text(QLocale(QLocale::Chinese, QLocale::China)), u"X balance"_s);
        QVERIFY(!parseBalanceModel(file("\"  \""), u"x.json"_s, &error));
        QCOMPARE(error.field, u"nameZh"_s);
        QVERIFY(!parseBalanceModel(file("7"), u"x.json"_s, &error));
        QCOMPARE(error.field, u"nameZh"_s);
    }
};

QTEST_GUILESS_MAIN(TestModelRegistry)
#include "tst_modelregistry.moc"
