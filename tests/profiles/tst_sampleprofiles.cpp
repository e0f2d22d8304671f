// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The sample profiles shipped with the program (issue 16 item 14): both languages, loaded by the
// profile library on first run, and each passes the pre-run check against its pump as the demo
// sets that pump up (model defaults), with no warnings.
#include "models/modelregistry.h"
#include "profiles/precheck.h"
#include "profiles/profileformat.h"
#include "profiles/profilelibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace PumpStudio;
using namespace PumpStudio::Profiles;
using namespace Qt::Literals::StringLiterals;

namespace {

QString describe(const PrecheckReport &report)
{
    QStringList lines;
    for (const auto *list : {&report.findings, &report.notes}) {
        for (const Finding &f : *list)
            lines.append(severityKey(f.severity) + u" ["_s + f.path + u"] "_s + f.message);
    }
    return lines.join(u'\n');
}

} // namespace

class TestSampleProfiles final : public QObject
{
    Q_OBJECT

    Models::ModelRegistry m_models;

private Q_SLOTS:
    void initTestCase() { m_models.load(u":/models"_s, {}); }

    void shipsTheSameSamplesInBothLanguages()
    {
        const QStringList en = ProfileLibrary::samplePaths(u"en"_s);
        const QStringList zh = ProfileLibrary::samplePaths(u"zh_CN"_s);
        QCOMPARE(en.size(), 4);
        QCOMPARE(zh.size(), en.size());
        for (qsizetype i = 0; i < en.size(); ++i) {
            QCOMPARE(QFileInfo(zh.at(i)).fileName(), QFileInfo(en.at(i)).fileName());
            const auto english = loadProfileFile(en.at(i));
            const auto chinese = loadProfileFile(zh.at(i));
            QVERIFY2(english, qPrintable(en.at(i)));
            QVERIFY2(chinese, qPrintable(zh.at(i)));
            // The same program, in words of another language.
            QCOMPARE(chinese->modelId, english->modelId);
            QCOMPARE(totals(*chinese).volumeMl, totals(*english).volumeMl);
            QCOMPARE(totals(*chinese).durationS, totals(*english).durationS);
            QVERIFY(english->name.startsWith(u"Sample: "_s));
            QVERIFY2(chinese->name.startsWith(u"示例："_s), qPrintable(chinese->name));
            QVERIFY(!chinese->notes.isEmpty());
            QVERIFY(!chinese->notes.contains(u"Sample"_s));
        }
        // A language without samples of its own gets the English ones.
        QCOMPARE(ProfileLibrary::samplePaths(u"de"_s), en);
    }

    void eachSamplePassesThePreRunCheckWithoutWarnings_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &language : {u"en"_s, u"zh_CN"_s}) {
            for (const QString &path : ProfileLibrary::samplePaths(language))
                QTest::newRow(qPrintable(language + u'/' + QFileInfo(path).baseName())) << path;
        }
    }

    void eachSamplePassesThePreRunCheckWithoutWarnings()
    {
        QFETCH(QString, path);
        const auto profile = loadProfileFile(path);
        QVERIFY(profile);
        const Models::PumpModel *model = m_models.find(profile->modelId);
        QVERIFY2(model, qPrintable(profile->modelId));
        // As the demo sets its pumps up: the model's default head and tubing (or syringe).
        PumpSetup setup;
        setup.modelId = model->id;
        setup.headId = model->defaultHead;
        const PrecheckReport report = precheck(*profile, m_models, setup);
        QVERIFY2(report.findings.empty(), qPrintable(describe(report)));
        QVERIFY(totals(*profile).durationS > 0);
    }

    void coversRinsePrimeDosesRampAndSyringe()
    {
        QSet<QString> models;
        QSet<Step::Kind> kinds;
        for (const QString &path : ProfileLibrary::samplePaths(u"en"_s)) {
            const auto profile = loadProfileFile(path);
            QVERIFY(profile);
            models.insert(profile->modelId);
            std::function<void(const std::vector<Step> &)> collect = [&](const std::vector<Step> &steps) {
                for (const Step &s : steps) {
                    kinds.insert(s.kind);
                    collect(s.steps);
                }
            };
            collect(profile->steps);
        }
        // Three of the demo's pumps and a syringe pump.
        QVERIFY(models.contains(u"reglo-icc"_s) && models.contains(u"longer-bt100-2j"_s) && models.contains(u"leadfluid-bt100s"_s));
        QVERIFY(models.contains(u"ne-1000"_s));
        for (const Step::Kind kind : {Step::Kind::ConstantFlow, Step::Kind::Dispense, Step::Kind::Pause, Step::Kind::Ramp,
                                      Step::Kind::Repeat, Step::Kind::WaitForOperator})
            QVERIFY2(kinds.contains(kind), qPrintable(kindText(kind)));
    }

    void installsTheSamplesOnceIntoTheLibrary()
    {
        QTemporaryDir dir;
        ProfileLibrary library(dir.filePath(u"profiles"_s));
        QVERIFY(library.list().empty());
        auto installed = library.installSamples(u"zh_CN"_s);
        QVERIFY2(installed, qPrintable(installed ? QString() : installed.error().message));
        QCOMPARE(installed->size(), 4);
        const auto entries = library.list();
        QCOMPARE(entries.size(), std::size_t(4));
        QStringList names;
        for (const auto &e : entries) {
            QVERIFY2(!e.error, qPrintable(e.path));
            names.append(e.name);
            QVERIFY(library.openFile(e.path));
        }
        QVERIFY2(names.contains(u"示例：注射泵输注"_s), qPrintable(names.join(u", "_s)));
        // A sample the user deleted does not come back, nor in another language.
        QVERIFY(library.removeFile(installed->constFirst()).ok());
        installed = library.installSamples(u"en"_s);
        QVERIFY(installed);
        QVERIFY(installed->isEmpty());
        QCOMPARE(library.list().size(), std::size_t(3));
    }

    void neverOverwritesTheUsersFile()
    {
        QTemporaryDir dir;
        ProfileLibrary library(dir.filePath(u"profiles"_s));
        const QString mine = QDir(library.directory()).filePath(u"flow-ramp.json"_s);
        Profile own;
        own.name = u"My ramp"_s;
        own.modelId = u"reglo-icc"_s;
        QVERIFY(library.saveFile(own, mine));
        const auto installed = library.installSamples(u"en"_s);
        QVERIFY(installed);
        QCOMPARE(installed->size(), 3);
        QCOMPARE(library.openFile(mine)->name, u"My ramp"_s);
    }

    void reportsASampleThatDoesNotLoad()
    {
        QTemporaryDir samples;
        QVERIFY(QDir().mkpath(samples.filePath(u"en"_s)));
        QFile broken(samples.filePath(u"en/broken.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": \"pumpstudio-profile\"");
        broken.close();
        QTemporaryDir dir;
        ProfileLibrary library(dir.filePath(u"profiles"_s));
        const auto installed = library.installSamples(u"en"_s, samples.path());
        QVERIFY(!installed);
        QVERIFY(library.list().empty());
    }
};

QTEST_GUILESS_MAIN(TestSampleProfiles)
#include "tst_sampleprofiles.moc"
