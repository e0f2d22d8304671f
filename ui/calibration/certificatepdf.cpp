// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "calibration/certificatepdf.h"

#include "core/gravimetry.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CalibrationCertificate)
};

/// Numbers on a certificate are data: always with a point and no group separators.
QString num(double v, int decimals) { return QString::number(v, 'f', decimals); }
QString signedNum(double v, int decimals) { return (v > 0 ? u"+"_s : QString()) + num(v, decimals); }
QString verdictWord(bool pass) { return Calibration::verdictText(pass ? Calibration::Verdict::Pass : Calibration::Verdict::Fail); }

QString utcText(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s : u"-"_s; }

/// A page-aware writer: text lines, tables and the footer of every page.
class Sheet
{
public:
    Sheet(QPdfWriter &pdf, QPainter &p, QString footer) : m_pdf(pdf), m_p(p), m_footer(std::move(footer))
    {
        m_width = pdf.width();
        m_height = pdf.height();
        m_body = p.font();
        m_body.setPointSizeF(8.5);
        m_bold = m_body;
        m_bold.setBold(true);
        m_title = m_body;
        m_title.setPointSizeF(15);
        m_title.setBold(true);
        m_y = kMargin;
    }

    int width() const { return m_width - 2 * kMargin; }
    int left() const { return kMargin; }
    int &y() { return m_y; }
    QPainter &painter() { return m_p; }

    void need(int height)
    {
        if (m_y + height > m_height - 2 * kMargin)
            newPage();
    }

    void newPage()
    {
        footer();
        m_pdf.newPage();
        ++m_page;
        m_y = kMargin;
    }

    void line(const QString &text, const QFont &font)
    {
        m_p.setFont(font);
        const QRect r = m_p.boundingRect(QRect(kMargin, m_y, width(), 10000), Qt::TextWordWrap, text);
        need(r.height());
        const QRect at(kMargin, m_y, width(), r.height());
        m_p.drawText(at, Qt::TextWordWrap, text);
        m_y += r.height() + 6;
    }
    void title(const QString &t) { line(t, m_title); }
    void heading(const QString &t)
    {
        m_y += 6;
        line(t, m_bold);
    }
    void text(const QString &t) { line(t, m_body); }

    /// A table: `widths` in parts of the page width; header in bold.
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<double> &widths)
    {
        const auto drawRow = [&](const QStringList &cells, const QFont &font) {
            m_p.setFont(font);
            const int h = m_p.fontMetrics().height() + 6;
            need(h);
            int x = kMargin;
            for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
                const int w = int(widths[i] * width());
                m_p.drawText(QRect(x + 2, m_y, w - 4, h), Qt::AlignVCenter | (i == 0 ? Qt::AlignLeft : Qt::AlignRight), cells[i]);
                x += w;
            }
            m_y += h;
            m_p.setPen(QPen(Qt::lightGray, 1));
            m_p.drawLine(kMargin, m_y, kMargin + width(), m_y);
            m_p.setPen(Qt::black);
        };
        drawRow(header, m_bold);
        for (const QStringList &r : rows)
            drawRow(r, m_body);
        m_y += 8;
    }

    void footer()
    {
        m_p.setFont(m_body);
        m_p.setPen(Qt::darkGray);
        m_p.drawText(QRect(kMargin, m_height - kMargin - 10, width(), kMargin), Qt::AlignLeft | Qt::TextWordWrap,
                     Tr::tr("%1 · page %2").arg(m_footer).arg(m_page));
        m_p.setPen(Qt::black);
    }

    const QFont &body() const { return m_body; }

private:
    static constexpr int kMargin = 50;
    QPdfWriter &m_pdf;
    QPainter &m_p;
    QString m_footer;
    int m_width = 0;
    int m_height = 0;
    int m_y = 0;
    int m_page = 1;
    QFont m_body;
    QFont m_bold;
    QFont m_title;
};

/// The curve over speed: the calibrated points (mean, and each replicate) and the new
/// piecewise-linear figure, with the as-found figure dashed.
void drawCurve(Sheet &sheet, const Calibration::CalibrationResult &r)
{
    const int h = 260;
    sheet.need(h + 20);
    QPainter &p = sheet.painter();
    const QRect frame(sheet.left() + 110, sheet.y() + 6, std::min(sheet.width() - 130, 700), h - 46);
    double maxRpm = 1;
    double lo = 1e9;
    double hi = 0;
    for (const Calibration::PointResult &pt : r.points) {
        maxRpm = std::max(maxRpm, pt.rpm);
        lo = std::min({lo, pt.meanMlPerRev, pt.asFoundMlPerRev});
        hi = std::max({hi, pt.meanMlPerRev, pt.asFoundMlPerRev});
    }
    for (const Calibration::Replicate &rep : r.replicates) {
        if (rep.mlPerRev > 0) {
            lo = std::min(lo, rep.mlPerRev);
            hi = std::max(hi, rep.mlPerRev);
        }
    }
    if (!(hi > lo)) {
        hi = lo * 1.05 + 1e-6;
        lo = lo * 0.95;
    }
    const double pad = (hi - lo) * 0.15;
    lo -= pad;
    hi += pad;
    maxRpm *= 1.1;
    const auto at = [&](double rpm, double v) {
        return QPointF(frame.left() + rpm / maxRpm * frame.width(), frame.bottom() - (v - lo) / (hi - lo) * frame.height());
    };
    p.setPen(QPen(Qt::black, 1));
    p.drawRect(frame);
    p.setFont(sheet.body());
    p.drawText(QRect(frame.left(), frame.bottom() + 4, frame.width(), 20), Qt::AlignHCenter, Tr::tr("speed (rpm)"));
    p.drawText(QRect(sheet.left(), frame.top() - 10, 104, 24), Qt::AlignRight | Qt::AlignVCenter, num(hi, 4));
    p.drawText(QRect(sheet.left(), frame.bottom() - 12, 104, 24), Qt::AlignRight | Qt::AlignVCenter, num(lo, 4));
    p.drawText(QRect(frame.left() + 4, frame.top() + 2, frame.width(), 20), Qt::AlignLeft, Tr::tr("mL/rev"));
    p.drawText(QRect(frame.right() - 60, frame.bottom() + 4, 60, 20), Qt::AlignRight, num(maxRpm, 0));
    // As found, dashed.
    QPainterPath found;
    QPainterPath left;
    for (int i = 0; i <= 50; ++i) {
        const double rpm = maxRpm * i / 50.0;
        const QPointF a = at(rpm, r.plan.asFound.mlPerRevAt(rpm));
        const QPointF b = at(rpm, r.curve.mlPerRevAt(rpm));
        if (i == 0) {
            found.moveTo(a);
            left.moveTo(b);
        } else {
            found.lineTo(a);
            left.lineTo(b);
        }
    }
    p.setPen(QPen(Qt::gray, 2, Qt::DashLine));
    p.drawPath(found);
    p.setPen(QPen(QColor(0x1f, 0x77, 0xb4), 2));
    p.drawPath(left);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(0x1f, 0x77, 0xb4), 1));
    for (const Calibration::Replicate &rep : r.replicates) {
        if (rep.mlPerRev > 0)
            p.drawEllipse(at(rep.rpm, rep.mlPerRev), 3, 3);
    }
    p.setBrush(QColor(0x1f, 0x77, 0xb4));
    for (const Calibration::PointResult &pt : r.points)
        p.drawEllipse(at(pt.rpm, pt.meanMlPerRev), 5, 5);
    p.setBrush(Qt::NoBrush);
    p.setPen(Qt::black);
    p.drawText(QRect(frame.left(), frame.bottom() + 20, frame.width(), 20), Qt::AlignLeft,
               Tr::tr("solid: new figure (as left); dots: means and replicates; dashed: figure as found"));
    sheet.y() += h;
}

void writeSyringeCheck(Sheet &s, const Calibration::CalibrationResult &r)
{
    const Calibration::CalibrationPlan::Syringe &syringe = *r.plan.syringe;
    s.text(Tr::tr("%1 replicate(s) of %2 mL as the pump counts it, at %3 mL/min, the pump set to %4 mm; %5.")
               .arg(r.plan.replicates)
               .arg(num(syringe.volumeMl, 3), num(syringe.mlPerMin, 3), num(syringe.setMm, 3), Calibration::meteringText(r.metering)));
    s.text(Tr::tr("Liquid: %1. Mass to volume with air buoyancy (air %2 g/mL, weights %3 g/mL): Z = %4 uL/mg.")
               .arg(r.plan.liquidText(), num(Gravimetry::kAirDensity, 4), num(Gravimetry::kWeightsDensity, 1),
                    num(Gravimetry::zFactor(r.plan.liquidDensity()), 5)));
    s.text(Tr::tr("Volume goes with the square of the diameter: the bore found is nominal x sqrt(volume weighed / volume at the "
                  "nominal diameter)."));
}

void writeSyringeResults(Sheet &s, const Calibration::CalibrationResult &r)
{
    const Calibration::CalibrationPlan::Syringe &syringe = *r.plan.syringe;
    s.heading(Tr::tr("Results"));
    QList<QStringList> rows;
    for (const Calibration::PointResult &pt : r.points) {
        rows.append({num(syringe.setMm, 3), num(r.curve.syringeDiameterMm(syringe.nominalMm), 3), num(pt.cvPct, 3),
                     num(pt.asFoundMlPerRev > 0 ? 100.0 * pt.meanMlPerRev / pt.asFoundMlPerRev : 0.0, 2), signedNum(pt.asFoundErrorPct, 2),
                     verdictWord(pt.asFoundPass), pt.asLeftErrorPct ? signedNum(*pt.asLeftErrorPct, 2) : u"-"_s,
                     pt.asLeftPass ? verdictWord(*pt.asLeftPass) : u"-"_s});
    }
    s.table({Tr::tr("set mm"), Tr::tr("bore mm"), Tr::tr("CV %"), Tr::tr("delivered %"), Tr::tr("error %"), Tr::tr("as found"),
             Tr::tr("as left error %"), Tr::tr("as left")},
            rows, {0.1, 0.11, 0.09, 0.14, 0.11, 0.12, 0.2, 0.13});
    s.text(Tr::tr("Delivered: the volume weighed as a percentage of the volume the pump showed."));
    s.text(Tr::tr("Verdict as found: %1. Verdict as left: %2. Applied, the pump is set to %3 mm for this syringe.")
               .arg(Calibration::verdictText(r.asFound), r.asLeft ? Calibration::verdictText(*r.asLeft) : Tr::tr("not verified"),
                    num(r.curve.syringeDiameterMm(syringe.nominalMm), 3)));

    s.heading(Tr::tr("Raw readings"));
    QList<QStringList> raw;
    for (const Calibration::Replicate &rep : r.replicates) {
        raw.append({(rep.asLeft ? Tr::tr("as left") : Tr::tr("as found")) + u' ' + QString::number(rep.index + 1), num(rep.seconds, 1),
                    num(rep.revolutions, 4), num(rep.startG, 4), num(rep.endG, 4), num(rep.massG, 4), num(rep.volumeMl, 5)});
    }
    s.table({Tr::tr("replicate"), Tr::tr("s"), Tr::tr("nominal mL"), Tr::tr("start g"), Tr::tr("end g"), Tr::tr("mass g"), Tr::tr("volume mL")},
            raw, {0.16, 0.1, 0.14, 0.15, 0.15, 0.15, 0.15});
}

} // namespace

Result<void> writeCalibrationCertificate(const QString &path, const Calibration::CalibrationResult &r,
                                         const QList<Audit::Signature> &signatures)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Code::Io, Tr::tr("Could not write %1: %2").arg(path, file.errorString())};
    const QString hash = QString::fromLatin1(r.contentHash());
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(150);
        pdf.setTitle(Tr::tr("Calibration certificate %1").arg(r.certificate));
        pdf.setCreator(u"PumpStudio"_s);
        QPainter p;
        if (!p.begin(&pdf)) {
            file.cancelWriting();
            return Error{Error::Code::Io, Tr::tr("Could not start the PDF %1.").arg(path)};
        }
        Sheet s(pdf, p, Tr::tr("Certificate %1 · data SHA-256 %2").arg(r.certificate, hash));
        s.title(Tr::tr("Calibration certificate %1").arg(r.certificate));
        s.text(r.plan.syringe ? Tr::tr("Gravimetric check of a syringe's inner diameter in a syringe pump: the volume the pump "
                                       "shows against the volume weighed.")
                              : Tr::tr("Gravimetric calibration of the volume per revolution (mL/rev) of a peristaltic pump channel, "
                                       "head and tubing."));

        s.heading(Tr::tr("Pump"));
        s.text(Tr::tr("Model %1 (%2); reported identity: %3; channel %4")
                   .arg(r.plan.modelId, r.pump.model, r.pump.summary())
                   .arg(r.plan.channel));
        if (r.plan.syringe)
            s.text(Tr::tr("Syringe %1, nominal inner diameter %2 mm").arg(r.plan.syringe->id, num(r.plan.syringe->nominalMm, 3)));
        else
            s.text(Tr::tr("Head %1, tubing %2").arg(r.plan.headId, r.plan.tubingId));
        s.heading(Tr::tr("Balance"));
        QString balance = Tr::tr("%1 (%2), serial number %3, software %4")
                              .arg(r.balanceModelId, r.balance.model, r.balance.serialNumber.isEmpty() ? u"-"_s : r.balance.serialNumber,
                                   r.balance.firmware.isEmpty() ? u"-"_s : r.balance.firmware);
        if (r.balance.capacityG && r.balance.readabilityG)
            balance += Tr::tr(", capacity %1 g, readability %2 g").arg(num(*r.balance.capacityG, 1), QString::number(*r.balance.readabilityG, 'g', 3));
        s.text(r.plan.manualMasses ? Tr::tr("Masses entered by hand from the balance's display.") : balance);

        s.heading(Tr::tr("Method"));
        if (r.plan.syringe) {
            writeSyringeCheck(s, r);
        } else {
            const QString runLength = r.plan.revolutions > 0 ? Tr::tr("%1 revolutions").arg(num(r.plan.revolutions, 2))
                                                             : Tr::tr("%1 s").arg(num(r.plan.seconds, 1));
            s.text(Tr::tr("%1 speed(s), %2 replicate(s) each, %3 per replicate; %4.")
                       .arg(r.plan.rpms.size())
                       .arg(r.plan.replicates)
                       .arg(runLength, Calibration::meteringText(r.metering)));
            s.text(Tr::tr("Liquid: %1. Mass to volume with air buoyancy (air %2 g/mL, weights %3 g/mL): Z = %4 uL/mg.")
                       .arg(r.plan.liquidText(), num(Gravimetry::kAirDensity, 4), num(Gravimetry::kWeightsDensity, 1),
                            num(Gravimetry::zFactor(r.plan.liquidDensity()), 5)));
            QString evaporation = Tr::tr("Evaporation: %1").arg(Calibration::evaporationText(r.plan.evaporation));
            if (r.plan.evaporation == Calibration::Evaporation::Blank)
                evaporation += Tr::tr(" (blank: %1 mg/min)").arg(num(r.evaporationGPerS * 60000.0, 3));
            s.text(evaporation + u'.');
        }
        // Due on a date, after pump hours (counted from the run records), or whichever comes first.
        QString due = r.dueUtc.isValid() || !r.dueHours ? utcText(r.dueUtc) : QString();
        if (r.dueHours) {
            const QString hours = Tr::tr("after %1 pump hours").arg(QString::number(*r.dueHours, 'f', QLocale::FloatingPointShortest));
            due = due.isEmpty() ? hours : Tr::tr("%1 or %2, whichever comes first").arg(due, hours);
        }
        s.text(Tr::tr("Tolerance: +-%1 % of volume. Started %2, finished %3; next calibration due %4.")
                   .arg(num(r.plan.tolerancePct, 2), utcText(r.startedUtc), utcText(r.finishedUtc), due));

        if (r.plan.syringe) {
            writeSyringeResults(s, r);
        } else {
            s.heading(Tr::tr("Results"));
            QList<QStringList> rows;
            for (const Calibration::PointResult &pt : r.points) {
                            rows.append({num(pt.rpm, 2), num(pt.meanMlPerRev, 5), num(pt.sdMlPerRev, 6), num(pt.cvPct, 3), num(pt.asFoundMlPerRev, 5),
                             signedNum(pt.asFoundErrorPct, 2), verdictWord(pt.asFoundPass),
                             pt.asLeftErrorPct ? signedNum(*pt.asLeftErrorPct, 2) : u"-"_s,
                             pt.asLeftPass ? verdictWord(*pt.asLeftPass) : u"-"_s});
            }
            s.table({Tr::tr("rpm"), Tr::tr("mL/rev"), Tr::tr("SD"), Tr::tr("CV %"), Tr::tr("as found mL/rev"), Tr::tr("error %"),
                     Tr::tr("as found"), Tr::tr("as left error %"), Tr::tr("as left")},
                    rows, {0.07, 0.1, 0.1, 0.08, 0.16, 0.1, 0.1, 0.17, 0.1});
            s.text(Tr::tr("Verdict as found: %1 (%2 mL/rev in use before). Verdict as left: %3.")
                       .arg(Calibration::verdictText(r.asFound), num(r.mlPerRevAsFound(), 5),
                            r.asLeft ? Calibration::verdictText(*r.asLeft) : Tr::tr("not verified")));
            QStringList curve;
            for (const auto &pt : r.curve.points)
                curve.append(Tr::tr("%1 mL/rev at %2 rpm").arg(num(pt.mlPerRev, 5), num(pt.rpm, 2)));
            s.text(Tr::tr("New figure (piecewise-linear over speed, constant beyond the end points): %1.").arg(curve.join(u"; "_s)));
            drawCurve(s, r);

            s.heading(Tr::tr("Raw readings"));
            QList<QStringList> raw;
            for (const Calibration::Replicate &rep : r.replicates) {
                raw.append({(rep.asLeft ? Tr::tr("as left") : Tr::tr("as found")) + u' ' + QString::number(rep.point + 1) + u'.'
                                + QString::number(rep.index + 1),
                            num(rep.rpm, 2), num(rep.seconds, 1), num(rep.revolutions, 4), num(rep.startG, 4), num(rep.endG, 4),
                            num(rep.massG, 4), num(rep.volumeMl, 5), num(rep.mlPerRev, 5)});
            }
            s.table({Tr::tr("replicate"), Tr::tr("rpm"), Tr::tr("s"), Tr::tr("rev"), Tr::tr("start g"), Tr::tr("end g"), Tr::tr("mass g"),
                     Tr::tr("volume mL"), Tr::tr("mL/rev")},
                    raw, {0.16, 0.09, 0.08, 0.1, 0.11, 0.11, 0.11, 0.12, 0.12});
        }

        s.heading(Tr::tr("Operator and signatures"));
        s.text(Tr::tr("Performed by %1.").arg(r.plan.operatorName.isEmpty() ? Tr::tr("(not named)") : r.plan.operatorName));
        if (signatures.isEmpty())
            s.text(Tr::tr("Not signed electronically."));
        for (const Audit::Signature &sig : signatures)
            s.text(Tr::tr("Signature: %1 (meaning: %2; printed name: %3; role: %4; signed data SHA-256 %5)")
                       .arg(sig.text(), Audit::meaningText(sig.meaning), sig.signerName, sig.signerRole, QString::fromLatin1(sig.contentHash)));
        s.footer();
        p.end();
    }
    if (!file.commit())
        return Error{Error::Code::Io, Tr::tr("Could not write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace PumpStudio
