// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "calibration/calibrationrunner.h"
#include "calibration/calibrationstore.h"
#include "core/result.h"
#include "models/balanceregistry.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTabWidget;

namespace PumpStudio::Models {
struct PumpModel;
}

namespace PumpStudio::Services {
class Workbench;
}

namespace PumpStudio {

class AppSettings;
class CalibrationCharts;
class PermissionGate;

/// The guided gravimetric calibration: set up (pump, head, tubing, balance or masses by hand,
/// liquid, points, replicates, evaporation, tolerance), run (the live balance reading, progress,
/// remaining time, abort with the pump stopped, masses typed when asked), results (per point
/// mL/rev, as-found error, CV, the new curve, verdict; apply = store, audit, sign; certificate
/// PDF and raw CSV), and the history with due dates and "new tubing fitted".
///
/// The runner and the balance's driver live on the device thread as a job on the pump (the
/// device layer's safety rules apply); this page only posts to it and hears back queued, so the
/// GUI thread never waits on a device.
class CalibrationPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalibrationPage)

public:
    enum class Step { Setup, Run, Results };

    explicit CalibrationPage(Services::Workbench &workbench, QWidget *parent = nullptr);
    ~CalibrationPage() override;

    Step step() const;
    /// The plan the setup describes now (problem() says whether it can run).
    Calibration::CalibrationPlan plan() const;
    /// The finished run (after the results step is shown), as stored once applied.
    const std::optional<Calibration::CalibrationResult> &result() const { return m_result; }
    bool applied() const { return m_applied; }
    /// Stores the result, writes it to the audit trail and (controlled mode) asks for the
    /// signature; flows follow the new figure from then on.
    Result<void> apply();
    /// After apply(), where the pump keeps a calibration of its own (the Reglo ICC): writes the
    /// new figure into it and reads it back, as a job on the pump; pumpFigureText() then says
    /// what was done. Audited.
    Result<void> writeIntoPump();
    /// Whether the calibrated pump keeps a figure of its own that writeIntoPump() can set.
    bool pumpKeepsItsOwnFigure() const;
    /// What happened to the pump's own figure ("not written", "written and read back", …).
    QString pumpFigureText() const;
    Result<void> saveCertificate(const QString &path);
    Result<void> saveRawCsv(const QString &path);
    void refreshHistory();
    /// Shows a tab of the page: 0 the wizard, 1 the history.
    void showTab(int index);
    /// The due interval (days, pump hours or both) for calibrations of pump `pumpKey` from now
    /// on: stored in the history and audited (old and new value). Needs the Calibrate permission.
    Result<void> setDueInterval(const QString &pumpKey, const Calibration::DueInterval &interval);
    /// The site's tolerance (+- % of volume): the wizard's default from now on; kept in the
    /// settings and audited. Needs the Calibrate permission.
    Result<void> setSiteTolerance(double percent);
    /// The site's tolerance as stored (2 % until set).
    static double siteTolerance(const AppSettings &settings);

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    QWidget *buildSetup();
    QWidget *buildRun();
    QWidget *buildResults();
    QWidget *buildHistory();
    void refreshPumps();
    void pumpChosen();
    void headChosen();
    void fillDefaultSpeeds();
    /// The chosen pump's model when it is a syringe pump (the wizard runs a syringe check then).
    const Models::PumpModel *syringeModel() const;
    /// Shows the rows of a peristaltic calibration or of a syringe check.
    void showMethodRows(bool syringe);
    static QStringList pointHeaders();
    void showSyringeResults(const Calibration::CalibrationResult &result);
    void setStatisticsCells(int row, const Calibration::PointResult &point);
    /// The verdicts, then `figure` (what the new figure is), and `applyState` below the table.
    void showVerdict(const Calibration::CalibrationResult &result, const QString &figure, const QString &applyState);
    void updateSetupState();
    void start();
    void abortRun();
    void enterMass();
    void setStep(Step step);
    void onState(Calibration::CalibrationRunner::State state, const QString &message);
    void onProgress(const Calibration::CalibrationRunner::Progress &progress);
    void onReplicate(const Calibration::Replicate &replicate);
    void onMassRequested(int point, int replicate, bool start);
    void onFinished(const Calibration::CalibrationResult &result);
    void onFailed(const Error &error);
    void showResults();
    void saveCertificateAs();
    void saveCsvAs();
    void signChecked();
    void newTubingFitted();
    void onPumpFigure(double written, double readBack, const QString &error, bool unsupported);
    void updatePumpFigureButton();
    void historySelected();
    Calibration::CalibrationStore *store();
    void say(const QString &text);

    Services::Workbench &m_workbench;
    Models::BalanceRegistry m_balances;
    std::unique_ptr<Calibration::CalibrationStore> m_store;
    PermissionGate *m_gate = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_steps = nullptr;

    // Setup
    QComboBox *m_pump = nullptr;
    QSpinBox *m_channel = nullptr;
    QComboBox *m_head = nullptr;
    QComboBox *m_tubing = nullptr;
    QComboBox *m_balanceModel = nullptr;
    QComboBox *m_balancePort = nullptr;
    QComboBox *m_liquid = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QDoubleSpinBox *m_density = nullptr;
    QSpinBox *m_pointCount = nullptr;
    QLineEdit *m_speeds = nullptr;
    QSpinBox *m_replicates = nullptr;
    QComboBox *m_amountKind = nullptr;
    QDoubleSpinBox *m_amount = nullptr;
    QDoubleSpinBox *m_syringeVolume = nullptr;  ///< syringe checks: mL per replicate
    QDoubleSpinBox *m_syringeRate = nullptr;    ///< and the rate, mL/min
    QFormLayout *m_pumpForm = nullptr;
    QFormLayout *m_methodForm = nullptr;
    QComboBox *m_evaporation = nullptr;
    QDoubleSpinBox *m_blankSeconds = nullptr;
    QDoubleSpinBox *m_tolerance = nullptr;
    QCheckBox *m_verify = nullptr;
    QLabel *m_setupProblem = nullptr;
    QPushButton *m_start = nullptr;

    // Run
    QLabel *m_runTitle = nullptr;
    QLabel *m_stateText = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_remaining = nullptr;
    QLabel *m_reading = nullptr;
    CalibrationCharts *m_liveChart = nullptr;
    QWidget *m_massBox = nullptr;
    QLabel *m_massPrompt = nullptr;
    QDoubleSpinBox *m_mass = nullptr;
    QPushButton *m_enterMass = nullptr;
    QTableWidget *m_replicateTable = nullptr;
    QPushButton *m_abort = nullptr;
    QPushButton *m_backFromRun = nullptr;

    // Results
    QLabel *m_verdict = nullptr;
    QTableWidget *m_pointTable = nullptr;
    CalibrationCharts *m_curveChart = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_sign = nullptr;
    QPushButton *m_certificate = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_again = nullptr;
    QLabel *m_applyState = nullptr;
    QPushButton *m_writePump = nullptr;
    QLabel *m_pumpFigure = nullptr;
    bool m_writingPump = false;

    // History
    QTableWidget *m_history = nullptr;
    QPushButton *m_newTubing = nullptr;
    QCheckBox *m_dueDaysOn = nullptr;
    QSpinBox *m_dueDays = nullptr;
    QCheckBox *m_dueHoursOn = nullptr;
    QSpinBox *m_dueHours = nullptr;
    QPushButton *m_setDueDays = nullptr;
    QDoubleSpinBox *m_siteTolerance = nullptr;
    QPushButton *m_saveTolerance = nullptr;

    QString m_runningPump;          ///< the pump the current run is on
    bool m_running = false;
    std::optional<Calibration::CalibrationResult> m_result;
    bool m_applied = false;
};

} // namespace PumpStudio
