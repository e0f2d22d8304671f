// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// The calibration certificate PDF, read back with pdftotext (poppler-utils): the certificate
// number, identities, every mean and raw reading, the verdicts and the data hash are in it, in
// English and in Chinese; and the raw readings' CSV holds the same numbers.
#include "calibration/calibrationcsv.h"
#include "calibration/certificatepdf.h"
#include "core/csv.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace PumpStudio;

namespace {

Calibration::CalibrationResult sample()
{
    Calibration::CalibrationResult r;
    r.plan.pumpName = u"Buffer A"_s;
    r.plan.modelId = u"reglo-icc"_s;
    r.plan.headId = u"head-icc-cartridge"_s;
    r.plan.tubingId = u"tube-3stop-1.52"_s;
    r.plan.rpms = {20, 60};
    r.plan.replicates = 2;
    r.plan.seconds = 10;
    r.plan.temperatureC = 22;
    r.plan.asFound.points = {{0, 0.094}};
    r.plan.operatorName = u"Wang Fang"_s;
    r.plan.verify = true;
    r.pump.model = u"REGLO ICC"_s;
    r.pump.firmware = u"0208"_s;
    r.pump.serialNumber = u"306"_s;
    r.pump.address = 1;
    r.balance.model = u"XPR205"_s;
    r.balance.serialNumber = u"B123456789"_s;
    r.balance.capacityG = 220;
    r.balance.readabilityG = 0.0001;
    r.balanceModelId = u"mt-sics"_s;
    const double values[2][2] = {{0.10012, 0.09988}, {0.09871, 0.09893}};
    for (int p = 0; p < 2; ++p) {
        for (int i = 0; i < 2; ++i) {
            Calibration::Replicate rep;
            rep.point = p;
            rep.index = i;
            rep.rpm = r.plan.rpms[std::size_t(p)];
            rep.seconds = 10;
            rep.revolutions = rep.rpm * 10 / 60.0;
            rep.mlPerRev = values[p][i];
            rep.volumeMl = rep.mlPerRev * rep.revolutions;
            rep.startG = 0.0001;
            rep.massG = rep.volumeMl / 1.0029;
            rep.endG = rep.startG + rep.massG;
            rep.timeUtc = QDateTime(QDate(2026, 12, 7), QTime(10, p * 2 + i), Qt::UTC);
            r.replicates.push_back(rep);
        }
    }
    Calibration::Replicate left = r.replicates[0];
    left.asLeft = true;
    left.mlPerRev = 0.10003;
    r.replicates.push_back(left);
    r.startedUtc = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
    r.finishedUtc = QDateTime(QDate(2026, 12, 7), QTime(10, 10), Qt::UTC);
    r.certificate = u"PSC-20261207-004"_s;
    r.dueUtc = r.finishedUtc.addDays(30);
    Calibration::evaluate(r);
    return r;
}

/// PUMPSTUDIO_KEEP_CERTIFICATES=DIR keeps the PDFs written, to look at them.
void keep(const QString &pdf)
{
    const QString dir = qEnvironmentVariable("PUMPSTUDIO_KEEP_CERTIFICATES");
    if (!dir.isEmpty())
        QFile::copy(pdf, QDir(dir).filePath(QFileInfo(pdf).fileName()));
}

QString pdfText(const QString &pdf)
{
    keep(pdf);
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    if (!p.waitForFinished(20000))
        return {};
    // The PDF's font draws "fi" as one glyph (a ligature): compatibility normalisation
    // gives the letters back, as a search in a PDF viewer does.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

class TestCalibrationCertificate final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
    }

    void certificateHoldsTheNumbers()
    {
        const Calibration::CalibrationResult r = sample();
        Audit::Signature sig;
        sig.meaning = Audit::Meaning::CalibrationPerformed;
        sig.subject = u"calibration:"_s + r.certificate;
        sig.contentHash = r.contentHash();
        sig.signerId = u"wfang"_s;
        sig.signerName = u"Wang Fang"_s;
        sig.signerRole = u"service-engineer"_s;
        sig.timeUtc = r.finishedUtc;
        const QString path = m_dir.filePath(u"cert-en.pdf"_s);
        const auto written = writeCalibrationCertificate(path, r, {sig});
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext gave nothing");
        const QString flat = text.simplified();
        for (const QString &want : {u"Calibration certificate PSC-20261207-004"_s, u"REGLO ICC"_s, u"XPR205"_s, u"B123456789"_s,
                                    u"tube-3stop-1.52"_s, u"water at 22.0"_s, u"0.10000"_s, u"0.09882"_s, u"0.09400"_s, u"-6.00"_s,
                                    u"-4.88"_s, u"0.10012"_s, u"0.09893"_s, u"3.3333"_s, u"Wang Fang"_s, u"performed the calibration"_s,
                                    u"Verdict as found: fail"_s, u"Verdict as left: pass"_s}) {
            QVERIFY2(flat.contains(want), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(want, text)));
        }
        // The data hash in the footer (it may wrap: compare without spaces).
        QString compact = text;
        compact.remove(QRegularExpression(u"\\s"_s));
        QVERIFY2(compact.contains(QString::fromLatin1(r.contentHash())), qPrintable(text));
    }

    void chineseCertificate()
    {
        const QString language = Translations::install(*QCoreApplication::instance(), u"zh_CN"_s);
        if (!language.startsWith(u"zh"_s))
            QSKIP("no Chinese translation in this build");
        const Calibration::CalibrationResult r = sample();
        const QString path = m_dir.filePath(u"cert-zh.pdf"_s);
        QVERIFY(writeCalibrationCertificate(path, r, {}));
        const QString text = pdfText(path).simplified();
        Translations::install(*QCoreApplication::instance(), u"en"_s);
        QVERIFY2(text.contains(u"校准证书"_s), qPrintable(text));
        QVERIFY2(text.contains(u"PSC-20261207-004"_s) && text.contains(u"0.10000"_s), qPrintable(text));
    }

    void rawReadingsCsvHasEveryReplicate()
    {
        const Calibration::CalibrationResult r = sample();
        const CsvTable table = parseCsv(Calibration::rawReadingsCsv(r));
        QCOMPARE(table.records.size(), r.replicates.size() + 1);
        QCOMPARE(table.records[0].fields.value(13), u"ml_per_rev"_s);
        QCOMPARE(table.records[1].fields.value(0), r.certificate);
        QCOMPARE(table.records[1].fields.value(13), u"0.1001200"_s);
        QCOMPARE(table.records.back().fields.value(1), u"as-left"_s);
    }
};

QTEST_MAIN(TestCalibrationCertificate)
#include "tst_calibrationcertificate.moc"
