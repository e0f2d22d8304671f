// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "profiles/precheck.h"

#include "core/messagetext.h"
#include "models/limits.h"
#include "models/modelregistry.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Profiles {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Precheck)
};

using Severity = Finding::Severity;

QString stepName(const QString &path, Step::Kind kind)
{
    return Tr::tr("Step %1 (%2)").arg(path, kindText(kind));
}

// "500 uL/h (0.00833 mL/min)": the rate as the user wrote it, and in mL/min when that differs.
QString rateText(const Quantity &rate)
{
    if (rate.unit == Unit::MilliliterPerMin)
        return rate.text();
    return Tr::tr("%1 (%2 mL/min)").arg(rate.text(), numberText(rate.toMlPerMin()));
}

// A value before rounding, with the digits that are about to be lost.
QString exactText(double v)
{
    return QString::number(v, 'g', 9);
}

QString signedPercent(double percent)
{
    // Two decimals for what a rounding can do; a hostile value would otherwise print in full.
    const QString number = std::isfinite(percent) && std::abs(percent) < 1e9 ? QString::number(percent, 'f', 2) : messageNumber(percent);
    return percent > 0 ? u'+' + number : number;
}

class Checker final
{
public:
    Checker(const Profile &profile, const Models::PumpModel &model, const PumpSetup &setup)
        : m_profile(profile), m_model(model), m_setup(setup)
    {
    }

    void run(std::vector<Finding> &out, std::vector<Finding> &notes);

private:
    void add(Severity severity, const QString &path, const QString &message)
    {
        (severity == Severity::Note ? m_notes : m_out)->push_back(Finding{severity, path, message});
    }
    // A rounding by `percent` of what the user asked for.
    static Severity roundingSeverity(double percent)
    {
        return std::abs(percent) < kRoundingNotePercent ? Severity::Note : Severity::Warning;
    }
    // The profile's head, tubing, syringe and calibration belong to its model: checked against
    // another model, that model's defaults (or the setup's) apply instead.
    bool sameModel() const { return m_profile.modelId.isEmpty() || m_profile.modelId == m_model.id; }
    QString profileHead() const { return sameModel() ? m_profile.headId : QString(); }
    QString profileTubing() const { return sameModel() ? m_profile.tubingId : QString(); }
    bool resolvePeristaltic();
    bool resolveSyringe();
    void checkSteps(const std::vector<Step> &steps, std::vector<int> &indices);
    /// False when the rate is out of range (an error was added).
    bool checkRate(const QString &path, const Step &step, const QString &what, const Quantity &rate, bool pumpMetered = false);
    /// Steps the pump runs in its own volume or time mode: what it will round, and to what.
    void checkOwnMode(const QString &path, const Step &step);
    bool pumpMeters(const Step &step) const
    {
        return (step.kind == Step::Kind::Dispense && m_own.volume)
               || (step.kind == Step::Kind::ConstantFlow && (m_own.time || m_own.volume));
    }
    Models::OwnModes m_own;
    void checkSyringeTravel();

    const Profile &m_profile;
    const Models::PumpModel &m_model;
    const PumpSetup &m_setup;
    std::vector<Finding> *m_out = nullptr;
    std::vector<Finding> *m_notes = nullptr;
    double m_mlPerRev = 0;
    QString m_basis;  ///< "3-stop tubing 2.79 mm ID" or "the calibration"
    const Models::SyringeOption *m_syringe = nullptr;
    bool m_ratesCheckable = false;
};

bool Checker::resolvePeristaltic()
{
    const QString headId = !m_setup.headId.isEmpty() ? m_setup.headId
                           : !profileHead().isEmpty() ? profileHead() : m_model.defaultHead;
    const Models::HeadOption *head = m_model.head(headId);
    std::optional<double> calibration = m_setup.mlPerRev;
    if (!calibration && sameModel())
        calibration = m_profile.mlPerRev;
    if (!head) {
        QStringList ids;
        for (const Models::HeadOption &h : m_model.heads)
            ids.append(h.id);
        add(Severity::Error, {}, Tr::tr("Head \"%1\" is not one of the %2's heads (%3).")
                                     .arg(headId, m_model.displayName, ids.isEmpty() ? Tr::tr("none") : ids.join(u", "_s)));
    }
    const Models::TubingOption *tubing = nullptr;
    if (head) {
        const QString tubingId = !m_setup.tubingId.isEmpty() ? m_setup.tubingId
                                 : !profileTubing().isEmpty() ? profileTubing() : head->defaultTubing;
        for (const Models::TubingOption &t : head->tubing) {
            if (t.id == tubingId)
                tubing = &t;
        }
        if (!tubing) {
            QStringList ids;
            for (const Models::TubingOption &t : head->tubing)
                ids.append(t.id);
            add(Severity::Error, {}, Tr::tr("Tubing \"%1\" is not one of the tubing sizes for the %2's %3 (%4).")
                                         .arg(tubingId, m_model.displayName, head->name, ids.join(u", "_s)));
        }
    }
    if (calibration) {
        m_mlPerRev = *calibration;
        m_basis = Tr::tr("the calibration");
    } else if (tubing) {
        m_mlPerRev = tubing->mlPerRev;
        m_basis = tubing->name;
    }
    if (!(m_mlPerRev > 0)) {
        if (head && tubing)
            add(Severity::Error, {}, Tr::tr("No mL per revolution is known for %1: calibrate the pump.").arg(tubing->name));
        return false;
    }
    return true;
}

bool Checker::resolveSyringe()
{
    const QString id = !m_setup.syringeId.isEmpty() ? m_setup.syringeId
                       : sameModel() && !m_profile.syringeId.isEmpty() ? m_profile.syringeId : m_model.defaultSyringe;
    m_syringe = m_model.syringe(id);
    if (!m_syringe) {
        QStringList ids;
        for (const Models::SyringeOption &s : m_model.syringes)
            ids.append(s.id);
        add(Severity::Error, {}, Tr::tr("Syringe \"%1\" is not one of the %2's syringes (%3).")
                                     .arg(id, m_model.displayName, ids.isEmpty() ? Tr::tr("none") : ids.join(u", "_s)));
    }
    return m_model.maxFlowMlPerMin > 0;
}

void Checker::checkOwnMode(const QString &path, const Step &step)
{
    const QString name = stepName(path, step.kind);
    const double flow = step.rate.toMlPerMin();
    const bool byTime = step.kind == Step::Kind::ConstantFlow && m_own.time;
    const double volume = step.kind == Step::Kind::Dispense ? step.volume.toMl() : flow * step.duration.toSeconds() / 60.0;
    QStringList rounded;
    double worstPercent = 0;  // the largest change, relative to what the step asked for
    const auto note = [&worstPercent](double set, double asked) {
        worstPercent = std::max(worstPercent, std::abs(set - asked) / asked * 100);
    };
    if (m_own.significantDigits > 0) {
        const double setFlow = Models::roundToDigits(flow, m_own.significantDigits);
        if (std::abs(setFlow - flow) > 1e-12 * flow) {
            note(setFlow, flow);
            rounded.append(Tr::tr("rate %1 mL/min becomes %2 mL/min").arg(exactText(flow), numberText(setFlow)));
        }
    }
    if (byTime) {
        const double seconds = step.duration.toSeconds();
        const double setS = std::round(seconds / m_own.timeResolutionS) * m_own.timeResolutionS;
        if (std::abs(setS - seconds) > 1e-9) {
            note(setS, seconds);
            rounded.append(Tr::tr("time %1 s becomes %2 s").arg(exactText(seconds), numberText(setS)));
        }
    } else if (m_own.significantDigits > 0) {
        const double setMl = Models::roundToDigits(volume, m_own.significantDigits);
        if (std::abs(setMl - volume) > 1e-12 * volume) {
            note(setMl, volume);
            rounded.append(Tr::tr("volume %1 mL becomes %2 mL").arg(exactText(volume), numberText(setMl)));
        }
    } else if (m_own.revolutionResolution > 0 && m_mlPerRev > 0) {
        const double revs = volume / m_mlPerRev;
        const double setRevs = std::round(revs / m_own.revolutionResolution) * m_own.revolutionResolution;
        if (std::abs(setRevs - revs) > 1e-9) {
            note(setRevs, revs);
            rounded.append(Tr::tr("volume %1 mL becomes %2 revolutions = %3 mL").arg(exactText(volume), numberText(setRevs),
                                                                                  numberText(setRevs * m_mlPerRev)));
        }
    }
    if (rounded.isEmpty())
        return;
    add(roundingSeverity(worstPercent), path, Tr::tr("%1: the %2 meters this step in its own %3 mode and rounds: %4.")
                                     .arg(name, m_model.displayName, byTime ? Tr::tr("time") : Tr::tr("volume"),
                                          rounded.join(u"; "_s)));
}

bool Checker::checkRate(const QString &path, const Step &step, const QString &what, const Quantity &rate, bool pumpMetered)
{
    const QString name = stepName(path, step.kind);
    const double flow = rate.toMlPerMin();
    if (flow == 0) {
        // Only a ramp may start or end at 0: the pump is stopped there, and stays stopped until the
        // rate reaches what it can run at.
        add(Severity::Warning, path, Tr::tr("%1: the %2 is 0; the pump stays stopped while the ramp is below its minimum.")
                                         .arg(name, what));
        return true;
    }
    if (m_model.kind == Models::Kind::Syringe) {
        if (flow > m_model.maxFlowMlPerMin * (1 + 1e-12)) {
            add(Severity::Error, path, Tr::tr("%1: %2 %3 is above the %4's maximum of %5 mL/min.")
                                           .arg(name, what, rateText(rate), m_model.displayName, numberText(m_model.maxFlowMlPerMin)));
            return false;
        }
        if (flow < m_model.minFlowMlPerMin * (1 - 1e-12)) {
            add(Severity::Error, path, Tr::tr("%1: %2 %3 is below the %4's minimum of %5 mL/min.")
                                           .arg(name, what, rateText(rate), m_model.displayName, numberText(m_model.minFlowMlPerMin)));
            return false;
        }
        return true;
    }
    const double rpm = Models::rpmFromFlow(flow, m_mlPerRev);
    const double minRpm = std::max(m_model.minRpm, m_model.rpmResolution);
    if (rpm > m_model.maxRpm + 1e-9) {
        add(Severity::Error, path, Tr::tr("%1: %2 %3 is above the %4's maximum of %5 mL/min with %6 (%7 rpm x %8 mL/rev).")
                                       .arg(name, what, rateText(rate), m_model.displayName,
                                            numberText(Models::flowFromRpm(m_model.maxRpm, m_mlPerRev)), m_basis,
                                            numberText(m_model.maxRpm), numberText(m_mlPerRev)));
        return false;
    }
    const double set = Models::quantizeSpeed(m_model, rpm);
    if (rpm < m_model.minRpm - 1e-9 || set < minRpm - 1e-9) {
        add(Severity::Error, path, Tr::tr("%1: %2 %3 is below the %4's minimum of %5 mL/min with %6 (%7 rpm x %8 mL/rev).")
                                       .arg(name, what, rateText(rate), m_model.displayName,
                                            numberText(Models::flowFromRpm(minRpm, m_mlPerRev)), m_basis,
                                            numberText(minRpm), numberText(m_mlPerRev)));
        return false;
    }
    // In its own modes the Reglo ICC and NE-1000 take the flow itself, not an rpm step.
    const bool flowByDigits = pumpMetered && m_own.significantDigits > 0;
    if (!flowByDigits && std::abs(set - rpm) > 1e-9 * std::max(1.0, rpm)) {
        const double actual = Models::flowFromRpm(set, m_mlPerRev);
        const double percent = (actual - flow) / flow * 100;
        add(roundingSeverity(percent), path,
            Tr::tr("%1: %2 %3 needs %4 rpm; the %5 sets speed in steps of %6 rpm, so it will run at %7 rpm = %8 mL/min (%9 %).")
                .arg(name, what, rateText(rate), numberText(rpm), m_model.displayName, numberText(m_model.rpmResolution),
                     numberText(set), numberText(actual))
                .arg(signedPercent(percent)));
    }
    return true;
}

void Checker::checkSteps(const std::vector<Step> &steps, std::vector<int> &indices)
{
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Step &s = steps[i];
        indices.push_back(static_cast<int>(i) + 1);
        const QString path = stepPath(indices);
        if (s.kind == Step::Kind::Repeat) {
            checkSteps(s.steps, indices);
        } else if (s.movesLiquid()) {
            if (s.direction == Direction::Reverse && !m_model.capabilities.direction)
                add(Severity::Error, path, Tr::tr("%1: runs in reverse, but the %2 cannot change direction over its interface.")
                                               .arg(stepName(path, s.kind), m_model.displayName));
            if (m_ratesCheckable) {
                if (s.kind == Step::Kind::Ramp) {
                    checkRate(path, s, Tr::tr("start rate"), s.rate);
                    checkRate(path, s, Tr::tr("end rate"), s.toRate);
                } else {
                    if (checkRate(path, s, Tr::tr("rate"), s.rate, pumpMeters(s)) && pumpMeters(s))
                        checkOwnMode(path, s);
                }
            }
        }
        indices.pop_back();
    }
}

// The plunger's position over the run: the span between its furthest-back and furthest-forward
// points is what the syringe must hold, wherever it starts.
void Checker::checkSyringeTravel()
{
    if (!m_syringe || !(m_syringe->capacityMl > 0))
        return;
    double position = 0;
    double lowest = 0;
    double highest = 0;
    for (const Segment &g : timeline(m_profile).segments) {
        position += g.direction == Direction::Forward ? g.volumeMl : -g.volumeMl;
        lowest = std::min(lowest, position);
        highest = std::max(highest, position);
        if (highest - lowest > m_syringe->capacityMl * (1 + 1e-9)) {
            QString where = stepName(g.path, g.kind);
            if (!g.passes.empty()) {
                QStringList passes;
                for (const int p : g.passes)
                    passes.append(QString::number(p));
                where = Tr::tr("%1, pass %2").arg(where, passes.join(u'/'));
            }
            add(Severity::Error, g.path,
                Tr::tr("%1: by the end of this step the syringe must have moved %2 mL in one stroke, more than the %3 holds (%4 mL).")
                    .arg(where, numberText(highest - lowest), m_syringe->name, numberText(m_syringe->capacityMl)));
            return;
        }
    }
}

void Checker::run(std::vector<Finding> &out, std::vector<Finding> &notes)
{
    m_out = &out;
    m_notes = &notes;
    m_own = Models::ownModes(m_model);
    if (!m_profile.modelId.isEmpty() && m_profile.modelId != m_model.id)
        add(Severity::Warning, {}, Tr::tr("The profile was written for \"%1\"; it is checked against the %2 with that model's own head, tubing or syringe.")
                                       .arg(m_profile.modelId, m_model.displayName));
    switch (m_model.kind) {
    case Models::Kind::PressureSensor:
        add(Severity::Error, {}, Tr::tr("The %1 is a pressure sensor; a profile needs a pump.").arg(m_model.displayName));
        return;
    case Models::Kind::Peristaltic:
        m_ratesCheckable = resolvePeristaltic();
        break;
    case Models::Kind::Syringe:
        m_ratesCheckable = resolveSyringe();
        break;
    }
    if (m_profile.steps.empty())
        add(Severity::Warning, {}, Tr::tr("The profile has no steps."));
    std::vector<int> indices;
    checkSteps(m_profile.steps, indices);
    if (m_model.kind == Models::Kind::Syringe)
        checkSyringeTravel();
}

} // namespace

qsizetype PrecheckReport::errorCount() const
{
    return std::count_if(findings.begin(), findings.end(), [](const Finding &f) { return f.severity == Severity::Error; });
}

qsizetype PrecheckReport::warningCount() const
{
    return std::count_if(findings.begin(), findings.end(), [](const Finding &f) { return f.severity == Severity::Warning; });
}

PrecheckReport precheck(const Profile &profile, const Models::PumpModel *model, const PumpSetup &setup)
{
    PrecheckReport report;
    if (const auto problem = validate(profile)) {
        // Nothing else is meaningful on a profile the file format would refuse.
        report.findings.push_back({Severity::Error, {}, Tr::tr("The profile is not valid: %1: %2").arg(problem->field, problem->problem)});
        return report;
    }
    report.totals = totals(profile);
    if (!model) {
        report.findings.push_back({Severity::Error, {}, Tr::tr("Unknown pump model \"%1\".")
                                                            .arg(setup.modelId.isEmpty() ? profile.modelId : setup.modelId)});
    } else {
        Checker(profile, *model, setup).run(report.findings, report.notes);
    }
    if (!(report.totals.durationS <= kMaxRunS))
        report.findings.push_back({Severity::Error, {}, Tr::tr("The profile runs for %1, more than the %2 a run may last.")
                                                            .arg(durationText(report.totals.durationS), durationText(kMaxRunS))});
    else if (report.totals.durationS > kLongRunWarningS)
        report.findings.push_back({Severity::Warning, {}, Tr::tr("The profile runs for %1, more than %2: check the repeat counts.")
                                                              .arg(durationText(report.totals.durationS), durationText(kLongRunWarningS))});
    if (!(report.totals.forwardMl + report.totals.reverseMl <= kMaxPlanMl))
        report.findings.push_back({Severity::Error, {}, Tr::tr("The profile moves %1 mL, more than the %2 mL a run may move.")
                                                            .arg(numberText(report.totals.forwardMl + report.totals.reverseMl), numberText(kMaxPlanMl))});
    return report;
}

PrecheckReport precheck(const Profile &profile, const Models::ModelRegistry &models, const PumpSetup &setup)
{
    return precheck(profile, models.find(setup.modelId.isEmpty() ? profile.modelId : setup.modelId), setup);
}

QString severityText(Finding::Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return Tr::tr("error");
    case Severity::Warning:
        return Tr::tr("warning");
    case Severity::Note:
        break;
    }
    return Tr::tr("note");
}

QString severityKey(Finding::Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return u"error"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Note:
        break;
    }
    return u"note"_s;
}

} // namespace PumpStudio::Profiles
