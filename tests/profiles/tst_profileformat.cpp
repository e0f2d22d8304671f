// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "profiles/profileformat.h"
#include "profiles/profilelibrary.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using PumpStudio::Error;
using namespace PumpStudio::Profiles;
using namespace Qt::Literals::StringLiterals;

namespace {

// Every step kind, every unit, both directions, a repeat inside a repeat, awkward numbers.
Profile everyKind()
{
    Profile p;
    p.name = u"Every kind: \u00e9t\u00e9 / 50%"_s;
    p.notes = u"line one\nline two"_s;
    p.modelId = u"reglo-icc"_s;
    p.headId = u"head-icc-cartridge"_s;
    p.tubingId = u"tube-3stop-1.52"_s;
    p.syringeId = u"syringe-10ml"_s;
    p.mlPerRev = 0.0937;
    p.steps = {
        waitForOperator(u"Prime the line"_s),
        constantFlow({0.1, Unit::MilliliterPerMin}, {1.0 / 3.0, Unit::Minute}),
        constantFlow({250, Unit::MicroliterPerMin}, {1.5, Unit::Hour}, Direction::Reverse),
        dispense({250, Unit::Microliter}, {0.7, Unit::MilliliterPerHour}),
        dispense({1.2345678901234567, Unit::Milliliter}, {12.5, Unit::MicroliterPerHour}, Direction::Reverse),
        ramp({0, Unit::MilliliterPerMin}, {3e-7, Unit::MilliliterPerMin}, {90, Unit::Second}),
        pause({2.5, Unit::Second}),
        repeat(3, {dispense({1, Unit::Milliliter}, {2, Unit::MilliliterPerMin}),
                   repeat(2, {pause({1, Unit::Minute}), waitForOperator(u"Swap the vial"_s)})}),
    };
    return p;
}

QByteArray profileJson(const QByteArray &steps, const QByteArray &extra = {})
{
    return "{\n  \"format\": \"pumpstudio-profile\",\n  \"version\": 1,\n  \"name\": \"T\",\n  \"model\": \"reglo-icc\",\n"
           + extra + "  \"steps\": [" + steps + "]\n}\n";
}

QByteArray nestedRepeats(int depth)
{
    QByteArray steps = R"({"kind": "pause", "duration": {"value": 1, "unit": "s"}})";
    for (int i = 0; i < depth; ++i)
        steps = R"({"kind": "repeat", "count": 2, "steps": [)" + steps + "]}";
    return steps;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

Profile named(const QString &name, const QString &notes = {})
{
    Profile p;
    p.name = name;
    p.notes = notes;
    p.modelId = u"reglo-icc"_s;
    p.steps = {constantFlow(mlPerMin(1), seconds(10))};
    return p;
}

} // namespace

class TestProfileFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTripsEveryStepKindAndUnitExactly()
    {
        const Profile original = everyKind();
        QVERIFY(!validate(original));
        const auto parsed = parseProfile(serializeProfile(original), u"mem.json"_s);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QVERIFY(*parsed == original);
        // Stored as typed: 250 uL stays 250 uL in the file.
        const QByteArray json = serializeProfile(original);
        QVERIFY(json.contains(R"("unit": "uL")"));
        QVERIFY(json.contains(R"("value": 250)"));
        QVERIFY(json.contains(R"("format": "pumpstudio-profile")"));
        QCOMPARE(parsed->steps.at(3).volume, (Quantity{250, Unit::Microliter}));
        QCOMPARE(parsed->steps.at(4).volume.value, 1.2345678901234567);
    }

    void roundTripsThroughAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.json"_s);
        QVERIFY(saveProfileFile(everyKind(), path));
        const auto loaded = loadProfileFile(path);
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
        QVERIFY(*loaded == everyKind());
    }

    void convertsUnits_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("base");  // mL, mL/min or s
        QTest::newRow("uL") << 250.0 << u"uL"_s << 0.25;
        QTest::newRow("mL") << 1.5 << u"mL"_s << 1.5;
        QTest::newRow("uL/min") << 500.0 << u"uL/min"_s << 0.5;
        QTest::newRow("uL/h") << 600.0 << u"uL/h"_s << 0.01;
        QTest::newRow("mL/min") << 36.0 << u"mL/min"_s << 36.0;
        QTest::newRow("mL/h") << 90.0 << u"mL/h"_s << 1.5;
        QTest::newRow("s") << 2.5 << u"s"_s << 2.5;
        QTest::newRow("min") << 1.5 << u"min"_s << 90.0;
        QTest::newRow("h") << 2.0 << u"h"_s << 7200.0;
    }

    void convertsUnits()
    {
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(double, base);
        const auto u = parseUnit(unit);
        QVERIFY(u);
        QCOMPARE(unitSymbol(*u), unit);
        const Quantity q{value, *u};
        const double converted = dimensionOf(*u) == Dimension::Volume ? q.toMl()
                                 : dimensionOf(*u) == Dimension::Flow ? q.toMlPerMin() : q.toSeconds();
        QCOMPARE(converted, base);
        QCOMPARE(q.text(), QString::number(value) + u' ' + unit);
    }

    void readsTheExampleFile()
    {
        const auto p = loadProfileFile(QFINDTESTDATA("data/good.json"));
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));
        QCOMPARE(p->name, u"Rinse and dose"_s);
        QCOMPARE(p->tubingId, u"tube-3stop-1.52"_s);
        QCOMPARE(p->steps.size(), std::size_t(4));
        QCOMPARE(p->steps.at(2).kind, Step::Kind::Repeat);
        QCOMPARE(p->steps.at(2).steps.at(0).volume, (Quantity{500, Unit::Microliter}));
        QCOMPARE(p->steps.at(3).direction, Direction::Reverse);
    }

    void acceptsRepeatsNestedFourDeep()
    {
        const auto p = parseProfile(profileJson(nestedRepeats(kMaxRepeatDepth)), u"t.json"_s);
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));
    }

    void rejectsMalformedFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        const QByteArray pause = R"({"kind": "pause", "duration": {"value": 1, "unit": "s"}})";
        const auto flow = [](const char *rate, const char *duration = R"({"value": 1, "unit": "s"})") {
            return QByteArray(R"({"kind": "constant-flow", "rate": )") + rate + R"(, "duration": )" + duration + "}";
        };
        QTest::newRow("not json") << QByteArray("{\n  \"format\": \"pumpstudio-profile\",\n  oops\n}") << u"t.json:3:"_s;
        QTest::newRow("not an object") << QByteArray("[1, 2]") << u"not a JSON object"_s;
        QTest::newRow("wrong format tag") << profileJson(pause).replace("pumpstudio-profile", "pumpstudio-model")
                                          << u"t.json: format: must be \"pumpstudio-profile\""_s;
        QTest::newRow("no format tag") << QByteArray(R"({"version": 1, "name": "T", "steps": []})") << u"format:"_s;
        QTest::newRow("newer version") << profileJson(pause).replace("\"version\": 1", "\"version\": 2")
                                       << u"newer PumpStudio (profile format version 2; this version reads up to 1)"_s;
        QTest::newRow("version as text") << profileJson(pause).replace("\"version\": 1", "\"version\": \"1\"") << u"version:"_s;
        QTest::newRow("missing name") << profileJson(pause).replace("\"name\": \"T\",", "") << u"t.json: name: is missing"_s;
        QTest::newRow("unknown top-level field") << profileJson(pause, "  \"colour\": \"red\",\n") << u"colour: unknown field"_s;
        QTest::newRow("missing steps") << QByteArray(R"({"format": "pumpstudio-profile", "version": 1, "name": "T", "model": "x"})")
                                       << u"steps: is missing"_s;
        QTest::newRow("missing kind") << profileJson(R"({"duration": {"value": 1, "unit": "s"}})") << u"steps[0].kind: is missing"_s;
        QTest::newRow("unknown kind") << profileJson(pause + R"(, {"kind": "teleport"})")
                                      << u"steps[1].kind: \"teleport\" is not a step this version knows"_s;
        QTest::newRow("unknown step field") << profileJson(R"({"kind": "pause", "durration": {"value": 1, "unit": "s"}})")
                                            << u"steps[0].durration: unknown field"_s;
        QTest::newRow("bad unit") << profileJson(flow(R"({"value": 1, "unit": "L/min"})"))
                                  << u"steps[0].rate.unit: must be one of uL/min, uL/h, mL/min, mL/h, not \"L/min\""_s;
        QTest::newRow("volume unit for a rate") << profileJson(flow(R"({"value": 1, "unit": "mL"})")) << u"steps[0].rate.unit"_s;
        QTest::newRow("unit missing") << profileJson(flow(R"({"value": 1})")) << u"steps[0].rate.unit: is missing"_s;
        QTest::newRow("value as text") << profileJson(flow(R"({"value": "1", "unit": "mL/min"})"))
                                       << u"steps[0].rate.value: must be a number"_s;
        QTest::newRow("bad unit nested")
            << profileJson(pause + R"(, {"kind": "repeat", "count": 2, "steps": [{"kind": "dispense", "volume": {"value": 1, "unit": "mL/min"}, "rate": {"value": 1, "unit": "mL/min"}}]})")
            << u"steps[1].steps[0].volume.unit"_s;
        QTest::newRow("negative duration") << profileJson(R"({"kind": "pause", "duration": {"value": -5, "unit": "s"}})")
                                           << u"steps[0].duration.value: must be more than 0, not -5"_s;
        QTest::newRow("zero duration") << profileJson(flow(R"({"value": 1, "unit": "mL/min"})", R"({"value": 0, "unit": "min"})"))
                                       << u"steps[0].duration.value: must be more than 0, not 0"_s;
        QTest::newRow("zero rate") << profileJson(flow(R"({"value": 0, "unit": "mL/min"})")) << u"steps[0].rate.value: must be more than 0"_s;
        QTest::newRow("ramp 0 to 0")
            << profileJson(R"({"kind": "ramp", "from": {"value": 0, "unit": "mL/min"}, "to": {"value": 0, "unit": "mL/h"}, "duration": {"value": 1, "unit": "s"}})")
            << u"steps[0].to: a ramp from 0 to 0"_s;
        QTest::newRow("bad direction") << profileJson(R"({"kind": "dispense", "direction": "up", "volume": {"value": 1, "unit": "mL"}, "rate": {"value": 1, "unit": "mL/min"}})")
                                       << u"steps[0].direction: must be \"forward\" or \"reverse\""_s;
        QTest::newRow("empty operator message") << profileJson(R"({"kind": "wait-for-operator", "message": " "})")
                                                << u"steps[0].message"_s;
        QTest::newRow("repeat count 0") << profileJson(R"({"kind": "repeat", "count": 0, "steps": [)" + pause + "]}")
                                        << u"steps[0].count: must be from 1 to 10000, not 0"_s;
        QTest::newRow("repeat count huge") << profileJson(R"({"kind": "repeat", "count": 1e12, "steps": [)" + pause + "]}")
                                           << u"steps[0].count: must be from 1 to 10000, not 1000000000000"_s;
        QTest::newRow("repeat count fractional") << profileJson(R"({"kind": "repeat", "count": 2.5, "steps": [)" + pause + "]}")
                                                 << u"steps[0].count: must be a whole number"_s;
        QTest::newRow("repeat without steps") << profileJson(R"({"kind": "repeat", "count": 2, "steps": []})")
                                              << u"steps[0].steps: a repeat needs at least one step"_s;
        QTest::newRow("nesting too deep") << profileJson(nestedRepeats(kMaxRepeatDepth + 1))
                                          << u"steps[0].steps[0].steps[0].steps[0].steps[0]: repeats are nested more than 4 deep"_s;
        QTest::newRow("expands too far")
            << profileJson(R"({"kind": "repeat", "count": 10000, "steps": [{"kind": "repeat", "count": 10000, "steps": [)" + pause + "]}]}")
            << u"steps: the repeats expand to more than 100000 steps"_s;
        QTest::newRow("negative calibration") << profileJson(pause, "  \"mlPerRev\": -1,\n") << u"mlPerRev: must be more than 0"_s;
    }

    void rejectsMalformedFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const auto p = parseProfile(json, u"t.json"_s);
        QVERIFY(!p);
        QCOMPARE(p.error().code, Error::Code::BadFile);
        QVERIFY2(p.error().message.contains(mentions), qPrintable(p.error().message));
    }

    void refusesToSaveAnInvalidProfileLeavingTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.json"_s);
        QVERIFY(saveProfileFile(named(u"Old"_s), path));
        const QByteArray before = readAll(path);
        Profile bad = named(u"New"_s);
        bad.steps = {pause(seconds(-1))};
        const auto r = saveProfileFile(bad, path);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"steps[0].duration.value"_s), qPrintable(r.error().message));
        QCOMPARE(readAll(path), before);
    }

    void failedWriteLeavesTheOldFileIntact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.json"_s);
        QVERIFY(saveProfileFile(named(u"Old"_s), path));
        const QByteArray before = readAll(path);
        // A file size limit makes the real write fail part way, even for root (who ignores
        // permissions); QSaveFile must then drop its temporary file and keep the old one.
        // Far more than the 4096 bytes allowed below, and more than QFileDevice buffers.
        Profile big = named(u"New"_s);
        big.steps.assign(std::size_t(kMaxSteps), constantFlow(mlPerMin(1), seconds(10)));
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = saved;
        small.rlim_cur = 4096;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const auto r = saveProfileFile(big, path);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Io);
        QVERIFY2(r.error().message.contains(u"left as it was"_s), qPrintable(r.error().message));
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"p.json"_s});
    }

    void librarySavesOpensAndLists()
    {
        QTemporaryDir dir;
        ProfileLibrary library(dir.path());
        QVERIFY(library.save(named(u"Beta"_s)));
        QVERIFY(library.save(named(u"Alpha"_s)));
        QVERIFY(writeAll(dir.filePath(u"broken.json"_s), "{"));
        const auto entries = library.list();
        QCOMPARE(entries.size(), std::size_t(3));
        QCOMPARE(entries.at(0).name, u"Alpha"_s);
        QCOMPARE(entries.at(1).name, u"Beta"_s);
        QVERIFY(entries.at(2).error);  // listed, with why, so it can be fixed
        QVERIFY(entries.at(2).error->message.contains(u"broken.json:1:"_s));
        QCOMPARE(library.open(u"Beta"_s).value(), named(u"Beta"_s));
        QVERIFY(!library.open(u"Gamma"_s));
    }

    void librarySaveReplacesTheSameNameOnly()
    {
        QTemporaryDir dir;
        ProfileLibrary library(dir.path());
        QVERIFY(library.save(named(u"A"_s, u"first"_s)));
        QVERIFY(library.save(named(u"A"_s, u"second"_s)));
        QCOMPARE(library.list().size(), std::size_t(1));
        QCOMPARE(library.open(u"A"_s)->notes, u"second"_s);
        // Names that map to one file name get two files.
        QVERIFY(library.save(named(u"a/b"_s)));
        QVERIFY(library.save(named(u"a_b"_s)));
        QVERIFY(library.contains(u"a/b"_s));
        QVERIFY(library.contains(u"a_b"_s));
    }

    void libraryTellsProfilesOfOneNameApartByTheirFile()
    {
        QTemporaryDir dir;
        ProfileLibrary library(dir.path());
        QVERIFY(saveProfileFile(named(u"Dup"_s, u"first"_s), dir.filePath(u"a.json"_s)));
        QVERIFY(saveProfileFile(named(u"Dup"_s, u"second"_s), dir.filePath(u"b.json"_s)));
        QVERIFY(library.save(named(u"Solo"_s)));
        const auto entries = library.list();
        QCOMPARE(entries.size(), std::size_t(3));
        // A shared name is shown with the file name; a name of its own is shown alone.
        QCOMPARE(entries.at(0).label, u"Dup (a.json)"_s);
        QCOMPARE(entries.at(1).label, u"Dup (b.json)"_s);
        QCOMPARE(entries.at(2).label, u"Solo"_s);
        QCOMPARE(library.openFile(entries.at(1).path)->notes, u"second"_s);
        // Saving and removing by file touch that file only.
        QCOMPARE(library.saveFile(named(u"Dup"_s, u"second, edited"_s), entries.at(1).path).value(), entries.at(1).path);
        QCOMPARE(library.openFile(entries.at(0).path)->notes, u"first"_s);
        QVERIFY(library.removeFile(entries.at(1).path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files, QDir::Name | QDir::IgnoreCase), (QStringList{u"a.json"_s, u"Solo.json"_s}));
        QCOMPARE(library.list().at(0).label, u"Dup"_s);
        // A path outside the library is refused, not followed.
        QVERIFY(!library.openFile(dir.filePath(u"../a.json"_s)));
    }

    void libraryDuplicatesUnderAFreeName()
    {
        QTemporaryDir dir;
        ProfileLibrary library(dir.path());
        const auto rinse = library.save(named(u"Rinse"_s));
        QVERIFY(rinse);
        const auto first = library.duplicateFile(*rinse);
        QVERIFY(first);
        QCOMPARE(first->name, u"Rinse (copy)"_s);
        const auto second = library.duplicateFile(*rinse);
        QVERIFY(second);
        QCOMPARE(second->name, u"Rinse (copy 2)"_s);
        QCOMPARE(library.list().size(), std::size_t(3));
        QCOMPARE(library.openFile(first->path)->steps, named(u"Rinse"_s).steps);
        QVERIFY(!library.duplicateFile(dir.filePath(u"nothing.json"_s)));
    }

    void libraryImportNeverOverwrites()
    {
        QTemporaryDir dir;
        QTemporaryDir outside;
        ProfileLibrary library(dir.path());
        QVERIFY(library.save(named(u"Rinse"_s, u"mine"_s)));
        const QString file = outside.filePath(u"theirs.json"_s);
        QVERIFY(saveProfileFile(named(u"Rinse"_s, u"theirs"_s), file));
        const auto imported = library.importFile(file);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->name, u"Rinse (2)"_s);
        QCOMPARE(library.open(u"Rinse"_s)->notes, u"mine"_s);
        QCOMPARE(library.open(u"Rinse (2)"_s)->notes, u"theirs"_s);
        QCOMPARE(library.importFile(file)->name, u"Rinse (3)"_s);
    }

    void libraryImportRefusesABadFile()
    {
        QTemporaryDir dir;
        QTemporaryDir outside;
        ProfileLibrary library(dir.path());
        const QString file = outside.filePath(u"bad.json"_s);
        QVERIFY(writeAll(file, profileJson(R"({"kind": "teleport"})")));
        const auto r = library.importFile(file);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::BadFile);
        QVERIFY(r.error().message.contains(u"steps[0].kind"_s));
        QVERIFY(library.list().empty());
    }

    void libraryExportsALoadableFile()
    {
        QTemporaryDir dir;
        QTemporaryDir outside;
        ProfileLibrary library(dir.path());
        Profile p = everyKind();
        p.name = u"Export me"_s;
        const auto saved = library.save(p);
        QVERIFY(saved);
        const QString file = outside.filePath(u"out.json"_s);
        QVERIFY(library.exportFile(*saved, file));
        QCOMPARE(loadProfileFile(file).value(), p);
        QVERIFY(library.removeFile(*saved));
        QVERIFY(library.list().empty());
        // Only the library's own files: never one elsewhere, whatever the caller passes.
        QVERIFY(!library.removeFile(file));
        QVERIFY(QFile::exists(file));
    }

    void refusesAFileAboveTheSizeLimitNamingFileAndLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.json"_s);
        // Valid JSON but for its size: only the size can be the reason it is refused.
        QVERIFY(writeAll(path, profileJson(R"({"kind": "pause", "duration": {"value": 1, "unit": "s"}})",
                                           "  \"notes\": \"" + QByteArray(kMaxFileBytes, 'x') + "\",\n")));
        const auto r = loadProfileFile(path);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::BadFile);
        QVERIFY2(r.error().message.contains(path), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QString::number(kMaxFileBytes)), qPrintable(r.error().message));
        // A file of exactly the limit is read.
        QVERIFY(writeAll(path, profileJson("", "  \"notes\": \"\",\n").leftJustified(kMaxFileBytes, ' ')));
        const auto atLimit = loadProfileFile(path);
        QVERIFY2(atLimit, atLimit ? "" : qPrintable(atLimit.error().message));
    }

    void refusesAFifoWithoutWaitingForAWriter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pipe.json"_s);
        QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        // Opening a FIFO for reading blocks until someone writes: the reader must not open it.
        const auto r = loadProfileFile(path);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::BadFile);
        QVERIFY2(r.error().message.contains(path), qPrintable(r.error().message));
        // The library does not list it as a profile, and does not hang either.
        for (const ProfileLibrary::Entry &e : ProfileLibrary(dir.path()).list())
            QVERIFY(e.error);
    }

    void refusesADeviceWithoutReadingItAll()
    {
        // /dev/zero never ends and says it is empty: a reader trusting its size reads forever.
        const auto r = loadProfileFile(u"/dev/zero"_s);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::BadFile);
        QVERIFY2(r.error().message.contains(u"/dev/zero"_s), qPrintable(r.error().message));
    }

    void limitsWhatAProfileHolds_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const QByteArray pause = R"({"kind": "pause", "duration": {"value": 1, "unit": "s"}})";
        const auto text = [&pause](const char *key, qsizetype length) {
            return profileJson(pause, "  \"" + QByteArray(key) + "\": \"" + QByteArray(length, 'n') + "\",\n");
        };
        QTest::newRow("notes") << text("notes", kMaxNotesLength + 1) << u"notes"_s;
        QTest::newRow("notes on one line, as in the report") << text("notes", 200 * 1000) << u"notes"_s;
        QTest::newRow("name") << profileJson(pause).replace("\"name\": \"T\"", "\"name\": \"" + QByteArray(kMaxNameLength + 1, 'n') + "\"")
                              << u"name"_s;
        QTest::newRow("model id") << profileJson(pause).replace("\"reglo-icc\"", "\"" + QByteArray(kMaxIdLength + 1, 'm') + "\"")
                                  << u"model"_s;
        QTest::newRow("operator message")
            << profileJson("{\"kind\": \"wait-for-operator\", \"message\": \"" + QByteArray(kMaxMessageLength + 1, 'm') + "\"}")
            << u"steps[0].message"_s;
        QByteArrayList steps;
        for (qint64 i = 0; i < kMaxSteps + 1; ++i)
            steps.append(pause);
        QTest::newRow("steps") << profileJson(steps.join(", ")) << u"steps"_s;
        // Steps inside repeats count too.
        steps.resize(kMaxSteps - 1);
        QTest::newRow("steps in a repeat") << profileJson(steps.join(", ") + R"(, {"kind": "repeat", "count": 2, "steps": [)" + pause + "]}")
                                           << u"steps"_s;
    }

    void limitsWhatAProfileHolds()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QVERIFY(json.size() <= kMaxFileBytes);  // refused for what it holds, not its size
        const auto r = parseProfile(json, u"t.json"_s);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::BadFile);
        QVERIFY2(r.error().message.startsWith(u"t.json: "_s + field + u": "_s), qPrintable(r.error().message));
    }

    void acceptsAProfileAtTheLimits()
    {
        Profile p = named(u"N"_s, QString(kMaxNotesLength, u'n'));
        p.name = QString(kMaxNameLength, u'a');
        p.steps.assign(std::size_t(kMaxSteps - 2), pause(seconds(1)));
        p.steps.push_back(repeat(2, {waitForOperator(QString(kMaxMessageLength, u'm'))}));
        QCOMPARE(stepCount(p.steps), kMaxSteps);
        QVERIFY(!validate(p));
        const QByteArray json = serializeProfile(p);
        QVERIFY(json.size() <= kMaxFileBytes);
        QCOMPARE(parseProfile(json, u"t.json"_s).value(), p);
    }

    void theReaderAndTheRulesRefuseForOneReason()
    {
        // The same broken step, built in memory and read from a file: one code, field and wording.
        Profile p = named(u"T"_s);
        p.steps = {repeat(3, {ramp(mlPerMin(0), mlPerMin(0), seconds(5))})};
        const auto problem = validate(p);
        QVERIFY(problem);
        QCOMPARE(problem->code, ProfileProblem::Code::NothingMoves);
        QCOMPARE(problem->field, u"steps[0].steps[0].to"_s);
        const auto r = parseProfile(serializeProfile(p), u"t.json"_s);
        QVERIFY(!r);
        QCOMPARE(r.error().message, u"t.json: "_s + problem->text());
        // One step alone, as the editor checks an edit, names the field within the step.
        const auto alone = checkStepFields(p.steps[0].steps[0]);
        QVERIFY(alone);
        QCOMPARE(alone->field, u"to"_s);
        QCOMPARE(alone->problem, problem->problem);
    }

    void defaultLibraryLivesInTheAppDataFolder()
    {
        const QString dir = ProfileLibrary::atDefaultLocation().directory();
        QVERIFY(dir.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
        QVERIFY(dir.endsWith(u"/profiles"_s));
        QVERIFY(QDir(dir).exists());
    }
};

QTEST_GUILESS_MAIN(TestProfileFormat)
#include "tst_profileformat.moc"
