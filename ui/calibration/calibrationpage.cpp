// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "calibrationpage.h"

#include "audit/permissiongate.h"
#include "audit/signaturedialog.h"
#include "calibration/calibrationaudit.h"
#include "calibration/calibrationcsv.h"
#include "calibration/calibrationdue.h"
#include "calibration/pumpfigurejob.h"
#include "calibration/certificatepdf.h"

#include "accounts/session.h"
#include "audit/audittrail.h"
#include "core/appsettings.h"
#include "device/balancefactory.h"
#include "device/pumpdriver.h"
#include "models/limits.h"
#include "services/calibrationstatus.h"
#include "services/democontroller.h"
#include "services/deviceservice.h"
#include "services/workbench.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QRegularExpression>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

using Calibration::CalibrationRunner;

/// The page's two small charts: the live balance reading (g over s) and the new curve (mL/rev
/// over rpm, the measured means as dots).
class CalibrationCharts final : public QChartView
{
public:
    explicit CalibrationCharts(QWidget *parent) : QChartView(parent)
    {
        auto *chart = new QChart;
        chart->legend()->hide();
        chart->setMargins(QMargins(4, 4, 4, 4));
        setChart(chart);
        setRenderHint(QPainter::Antialiasing);
        setMinimumHeight(200);
        m_line = new QLineSeries(chart);
        m_dots = new QScatterSeries(chart);
        m_dots->setMarkerSize(8);
        chart->addSeries(m_line);
        chart->addSeries(m_dots);
        m_x = new QValueAxis(chart);
        m_y = new QValueAxis(chart);
        chart->addAxis(m_x, Qt::AlignBottom);
        chart->addAxis(m_y, Qt::AlignLeft);
        for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(m_line), static_cast<QAbstractSeries *>(m_dots)}) {
            s->attachAxis(m_x);
            s->attachAxis(m_y);
        }
    }
    void setTitles(const QString &x, const QString &y)
    {
        m_x->setTitleText(x);
        m_y->setTitleText(y);
    }
    void clear()
    {
        m_line->clear();
        m_dots->clear();
        m_minY = m_maxY = std::nan("");
        m_x->setRange(0, 1);
        m_y->setRange(0, 1);
    }
    /// A live reading; the chart keeps the last few minutes' points.
    void append(double x, double y)
    {
        if (m_line->count() >= kMaxPoints)
            m_line->removePoints(0, m_line->count() - kMaxPoints + 1);
        m_line->append(x, y);
        m_minY = std::isnan(m_minY) ? y : std::min(m_minY, y);
        m_maxY = std::isnan(m_maxY) ? y : std::max(m_maxY, y);
        m_x->setRange(m_line->at(0).x(), std::max(x, m_line->at(0).x() + 1));
        const double pad = std::max(0.05 * (m_maxY - m_minY), 0.001);
        m_y->setRange(m_minY - pad, m_maxY + pad);
    }
    void showCurve(const Models::MlPerRevCurve &curve, const std::vector<Calibration::PointResult> &points, double maxRpm)
    {
        clear();
        double lo = 1e300;
        double hi = 0;
        const double right = std::max(maxRpm, points.empty() ? 1.0 : points.back().rpm);
        for (int i = 0; i <= 50; ++i) {
            const double rpm = right * i / 50.0;
            const double v = curve.mlPerRevAt(rpm);
            m_line->append(rpm, v);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        for (const Calibration::PointResult &p : points) {
            m_dots->append(p.rpm, p.meanMlPerRev);
            lo = std::min(lo, p.meanMlPerRev);
            hi = std::max(hi, p.meanMlPerRev);
        }
        const double pad = std::max(0.1 * (hi - lo), 0.02 * hi);
        m_x->setRange(0, right);
        m_y->setRange(std::max(0.0, lo - pad), hi + pad);
    }

private:
    static constexpr int kMaxPoints = 2000;
    QLineSeries *m_line = nullptr;
    QScatterSeries *m_dots = nullptr;
    QValueAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    double m_minY = std::nan("");
    double m_maxY = std::nan("");
};

namespace {

/// The balance's line and driver for one run, on the device thread; a child of the runner, so
/// it goes after the runner's own destructor has stopped using it (driver before its line).
class CalibrationBalanceHolder final : public QObject
{
public:
    using QObject::QObject;
    ~CalibrationBalanceHolder() override
    {
        driver.reset();
        bus.reset();
    }
    std::unique_ptr<Device::SerialBus> bus;
    std::unique_ptr<Device::BalanceDriver> driver;
};

QTableWidgetItem *cell(const QString &text, bool number = true)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString durationText(double seconds)
{
    const int s = std::max(0, static_cast<int>(std::lround(seconds)));
    if (s >= 3600)
        return u"%1:%2:%3"_s.arg(s / 3600).arg((s / 60) % 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
}

} // namespace

CalibrationPage::CalibrationPage(Services::Workbench &workbench, QWidget *parent) : QWidget(parent), m_workbench(workbench)
{
    m_balances.loadDefault();
    m_gate = new PermissionGate(workbench.devices(), this);
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"calibrationTabs"_s);
    m_steps = new QStackedWidget(this);
    m_steps->setObjectName(u"calibrationSteps"_s);
    m_steps->addWidget(buildSetup());
    m_steps->addWidget(buildRun());
    m_steps->addWidget(buildResults());
    m_tabs->addTab(m_steps, tr("Calibrate"));
    m_tabs->addTab(buildHistory(), tr("History"));
    layout->addWidget(m_tabs);

    Services::DeviceService &devices = workbench.devices();
    connect(&devices, &Services::DeviceService::pumpChanged, this, [this] { refreshPumps(); });
    connect(&devices, &Services::DeviceService::pumpRemoved, this, [this] { refreshPumps(); });
    connect(&devices, &Services::DeviceService::portsListed, this, [this](const QList<Device::PortDescription> &ports) {
        const QString current = m_balancePort->currentText();
        m_balancePort->clear();
        for (const Device::PortDescription &p : ports)
            m_balancePort->addItem(p.systemLocation);
        m_balancePort->setEditText(current);
    });
    connect(&devices, &Services::DeviceService::jobRefused, this, [this](const QString &id, const Error &why) {
        if (m_running && id == m_runningPump)
            onFailed(why);
        else if (m_writingPump && id == m_runningPump)
            onPumpFigure(Calibration::figureForPump(m_result ? m_result->curve : Models::MlPerRevCurve{}), 0, why.message, false);
    });
    connect(&devices, &Services::DeviceService::permissionsChanged, this, [this] {
        m_gate->apply();
        updateSetupState();
    });
    // The demo's balance is offered (and chosen when no port is typed yet): the wizard can be
    // shown without hardware.
    Services::DemoController &demo = workbench.demo();
    const auto offerDemoBalance = [this, &demo] {
        for (const Sim::DemoSimulation::BalanceLine &b : demo.balances()) {
            if (m_balancePort->findText(b.path) < 0)
                m_balancePort->addItem(b.path);
            if (m_balancePort->currentText().isEmpty() && !m_running) {
                m_balancePort->setEditText(b.path);
                if (const int i = m_balanceModel->findData(b.modelId); i >= 0)
                    m_balanceModel->setCurrentIndex(i);
            }
        }
    };
    connect(&demo, &Services::DemoController::demoStarted, this, offerDemoBalance);
    offerDemoBalance();
    refreshPumps();
    refreshHistory();
    setStep(Step::Setup);
}

CalibrationPage::~CalibrationPage()
{
    // A run outlives no page: the pump is stopped.
    if (m_running)
        m_workbench.devices().withJob(m_runningPump, [](Device::PumpJob &job) { job.abort(tr("The Calibration page closed.")); });
}

QWidget *CalibrationPage::buildSetup()
{
    auto *page = new QWidget(this);
    auto *outer = new QVBoxLayout(page);
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;

    auto *pumpBox = new QGroupBox(tr("Pump"), page);
    auto *pumpForm = m_pumpForm = new QFormLayout(pumpBox);
    m_pump = new QComboBox(pumpBox);
    m_pump->setObjectName(u"calPump"_s);
    m_channel = new QSpinBox(pumpBox);
    m_channel->setObjectName(u"calChannel"_s);
    m_channel->setRange(1, 1);
    m_head = new QComboBox(pumpBox);
    m_head->setObjectName(u"calHead"_s);
    m_tubing = new QComboBox(pumpBox);
    m_tubing->setObjectName(u"calTubing"_s);
    pumpForm->addRow(tr("Pump:"), m_pump);
    pumpForm->addRow(tr("Channel:"), m_channel);
    pumpForm->addRow(tr("Head:"), m_head);
    pumpForm->addRow(tr("Tubing:"), m_tubing);
    left->addWidget(pumpBox);

    auto *balanceBox = new QGroupBox(tr("Balance"), page);
    auto *balanceForm = new QFormLayout(balanceBox);
    m_balanceModel = new QComboBox(balanceBox);
    m_balanceModel->setObjectName(u"calBalanceModel"_s);
    m_balanceModel->addItem(tr("None: enter masses by hand"), QString());
    for (const Models::BalanceModel &b : m_balances.models())
        m_balanceModel->addItem(b.displayName, b.id);
    if (m_balanceModel->count() > 1)
        m_balanceModel->setCurrentIndex(1);
    m_balancePort = new QComboBox(balanceBox);
    m_balancePort->setObjectName(u"calBalancePort"_s);
    m_balancePort->setEditable(true);
    m_balancePort->setMinimumContentsLength(18);
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_balancePort, 1);
    auto *refreshPorts = new QPushButton(tr("Refresh"), balanceBox);
    portRow->addWidget(refreshPorts);
    connect(refreshPorts, &QPushButton::clicked, &m_workbench.devices(), &Services::DeviceService::refreshPorts);
    balanceForm->addRow(tr("Model:"), m_balanceModel);
    balanceForm->addRow(tr("Port:"), portRow);
    left->addWidget(balanceBox);

    auto *liquidBox = new QGroupBox(tr("Liquid"), page);
    auto *liquidForm = new QFormLayout(liquidBox);
    m_liquid = new QComboBox(liquidBox);
    m_liquid->setObjectName(u"calLiquid"_s);
    m_liquid->addItem(tr("Water (density from its temperature)"));
    m_liquid->addItem(tr("Another liquid (density given)"));
    m_temperature = new QDoubleSpinBox(liquidBox);
    m_temperature->setObjectName(u"calTemperature"_s);
    m_temperature->setRange(0, 60);
    m_temperature->setDecimals(1);
    m_temperature->setValue(20.0);
    m_temperature->setSuffix(u" °C"_s);
    m_density = new QDoubleSpinBox(liquidBox);
    m_density->setObjectName(u"calDensity"_s);
    m_density->setRange(0.5, 3.0);
    m_density->setDecimals(4);
    m_density->setValue(1.0);
    m_density->setSuffix(u" g/mL"_s);
    liquidForm->addRow(tr("Liquid:"), m_liquid);
    liquidForm->addRow(tr("Temperature:"), m_temperature);
    liquidForm->addRow(tr("Density:"), m_density);
    left->addWidget(liquidBox);
    left->addStretch(1);

    auto *methodBox = new QGroupBox(tr("Method"), page);
    auto *methodForm = m_methodForm = new QFormLayout(methodBox);
    m_pointCount = new QSpinBox(methodBox);
    m_pointCount->setObjectName(u"calPointCount"_s);
    m_pointCount->setRange(1, 10);
    m_pointCount->setValue(3);
    m_speeds = new QLineEdit(methodBox);
    m_speeds->setObjectName(u"calSpeeds"_s);
    m_speeds->setToolTip(tr("The speeds calibrated, rpm, separated by commas"));
    m_replicates = new QSpinBox(methodBox);
    m_replicates->setObjectName(u"calReplicates"_s);
    m_replicates->setRange(1, 20);
    m_replicates->setValue(3);
    m_amountKind = new QComboBox(methodBox);
    m_amountKind->setObjectName(u"calAmountKind"_s);
    m_amountKind->addItem(tr("Seconds per replicate"));
    m_amountKind->addItem(tr("Revolutions per replicate"));
    m_amount = new QDoubleSpinBox(methodBox);
    m_amount->setObjectName(u"calAmount"_s);
    m_amount->setRange(1, 100000);
    m_amount->setDecimals(1);
    m_amount->setValue(60);
    m_evaporation = new QComboBox(methodBox);
    m_evaporation->setObjectName(u"calEvaporation"_s);
    for (Calibration::Evaporation e : {Calibration::Evaporation::None, Calibration::Evaporation::Covered, Calibration::Evaporation::Blank})
        m_evaporation->addItem(Calibration::evaporationText(e), static_cast<int>(e));
    m_evaporation->setCurrentIndex(1);
    m_blankSeconds = new QDoubleSpinBox(methodBox);
    m_blankSeconds->setObjectName(u"calBlankSeconds"_s);
    m_blankSeconds->setRange(10, 3600);
    m_blankSeconds->setDecimals(0);
    m_blankSeconds->setValue(60);
    m_blankSeconds->setSuffix(tr(" s"));
    m_tolerance = new QDoubleSpinBox(methodBox);
    m_tolerance->setObjectName(u"calTolerance"_s);
    m_tolerance->setRange(0.1, 20);
    m_tolerance->setDecimals(1);
    m_tolerance->setValue(siteTolerance(m_workbench.settings()));
    m_tolerance->setPrefix(u"± "_s);
    m_tolerance->setSuffix(u" %"_s);
    // A syringe check dispenses a volume per replicate in the pump's own volume mode.
    m_syringeVolume = new QDoubleSpinBox(methodBox);
    m_syringeVolume->setObjectName(u"calSyringeVolume"_s);
    m_syringeVolume->setRange(0.001, 1000);
    m_syringeVolume->setDecimals(3);
    m_syringeVolume->setValue(1.0);
    m_syringeVolume->setSuffix(u" mL"_s);
    m_syringeRate = new QDoubleSpinBox(methodBox);
    m_syringeRate->setObjectName(u"calSyringeRate"_s);
    m_syringeRate->setRange(0.001, 1000);
    m_syringeRate->setDecimals(3);
    m_syringeRate->setValue(1.0);
    m_syringeRate->setSuffix(u" mL/min"_s);
    m_verify = new QCheckBox(tr("Verify with the new figure (as left)"), methodBox);
    m_verify->setObjectName(u"calVerify"_s);
    methodForm->addRow(tr("Points:"), m_pointCount);
    methodForm->addRow(tr("Speeds (rpm):"), m_speeds);
    methodForm->addRow(tr("Replicates:"), m_replicates);
    methodForm->addRow(m_amountKind, m_amount);
    methodForm->addRow(tr("Volume per replicate:"), m_syringeVolume);
    methodForm->addRow(tr("Rate:"), m_syringeRate);
    methodForm->addRow(tr("Evaporation:"), m_evaporation);
    methodForm->addRow(tr("Blank length:"), m_blankSeconds);
    methodForm->addRow(tr("Tolerance:"), m_tolerance);
    methodForm->addRow(QString(), m_verify);
    right->addWidget(methodBox);
    right->addStretch(1);

    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    outer->addLayout(columns, 1);
    m_setupProblem = new QLabel(page);
    m_setupProblem->setObjectName(u"calSetupProblem"_s);
    m_setupProblem->setWordWrap(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_setupProblem, 1);
    m_start = new QPushButton(tr("Start calibration"), page);
    m_start->setObjectName(u"calStart"_s);
    m_start->setDefault(true);
    bottom->addWidget(m_start);
    outer->addLayout(bottom);
    m_gate->require(m_start, Accounts::Permission::Calibrate);

    connect(m_pump, &QComboBox::currentIndexChanged, this, [this] { pumpChosen(); });
    connect(m_head, &QComboBox::currentIndexChanged, this, [this] { headChosen(); });
    connect(m_pointCount, &QSpinBox::valueChanged, this, [this] { fillDefaultSpeeds(); });
    connect(m_amountKind, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_amount->setSuffix(i == 0 ? tr(" s") : tr(" rev"));
        updateSetupState();
    });
    m_amount->setSuffix(tr(" s"));
    for (QComboBox *c : {m_tubing, m_balanceModel, m_liquid, m_evaporation})
        connect(c, &QComboBox::currentIndexChanged, this, [this] { updateSetupState(); });
    connect(m_balancePort, &QComboBox::editTextChanged, this, [this] { updateSetupState(); });
    connect(m_speeds, &QLineEdit::textChanged, this, [this] { updateSetupState(); });
    for (QDoubleSpinBox *s : {m_amount, m_temperature, m_density, m_tolerance, m_syringeVolume, m_syringeRate})
        connect(s, &QDoubleSpinBox::valueChanged, this, [this] { updateSetupState(); });
    connect(m_start, &QPushButton::clicked, this, &CalibrationPage::start);
    return page;
}

QWidget *CalibrationPage::buildRun()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_runTitle = new QLabel(page);
    m_runTitle->setObjectName(u"calRunTitle"_s);
    QFont bold = m_runTitle->font();
    bold.setBold(true);
    m_runTitle->setFont(bold);
    layout->addWidget(m_runTitle);
    m_stateText = new QLabel(page);
    m_stateText->setObjectName(u"calState"_s);
    m_stateText->setWordWrap(true);
    layout->addWidget(m_stateText);
    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(u"calProgress"_s);
    progressRow->addWidget(m_progress, 1);
    m_remaining = new QLabel(page);
    m_remaining->setObjectName(u"calRemaining"_s);
    progressRow->addWidget(m_remaining);
    layout->addLayout(progressRow);
    m_reading = new QLabel(page);
    m_reading->setObjectName(u"calReading"_s);
    layout->addWidget(m_reading);
    m_liveChart = new CalibrationCharts(page);
    m_liveChart->setObjectName(u"calLiveChart"_s);
    layout->addWidget(m_liveChart, 2);

    m_massBox = new QGroupBox(tr("Mass by hand"), page);
    auto *massRow = new QHBoxLayout(m_massBox);
    m_massPrompt = new QLabel(m_massBox);
    m_massPrompt->setWordWrap(true);
    massRow->addWidget(m_massPrompt, 1);
    m_mass = new QDoubleSpinBox(m_massBox);
    m_mass->setObjectName(u"calMass"_s);
    m_mass->setRange(-1000, 100000);
    m_mass->setDecimals(4);
    m_mass->setSuffix(u" g"_s);
    massRow->addWidget(m_mass);
    m_enterMass = new QPushButton(tr("Enter"), m_massBox);
    m_enterMass->setObjectName(u"calEnterMass"_s);
    massRow->addWidget(m_enterMass);
    m_massBox->setVisible(false);
    layout->addWidget(m_massBox);
    connect(m_enterMass, &QPushButton::clicked, this, &CalibrationPage::enterMass);

    m_replicateTable = new QTableWidget(0, 6, page);
    m_replicateTable->setObjectName(u"calReplicates"_s);
    m_replicateTable->setHorizontalHeaderLabels({tr("Speed (rpm)"), tr("Replicate"), tr("Revolutions"), tr("Mass (g)"),
                                                 tr("Volume (mL)"), tr("mL/rev")});
    m_replicateTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_replicateTable->verticalHeader()->hide();
    layout->addWidget(m_replicateTable, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_backFromRun = new QPushButton(tr("Back to the setup"), page);
    m_backFromRun->setObjectName(u"calBackFromRun"_s);
    m_backFromRun->setVisible(false);
    buttons->addWidget(m_backFromRun);
    m_abort = new QPushButton(tr("Abort (stops the pump)"), page);
    m_abort->setObjectName(u"calAbort"_s);
    buttons->addWidget(m_abort);
    layout->addLayout(buttons);
    connect(m_abort, &QPushButton::clicked, this, &CalibrationPage::abortRun);
    connect(m_backFromRun, &QPushButton::clicked, this, [this] { setStep(Step::Setup); });
    return page;
}

QWidget *CalibrationPage::buildResults()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_verdict = new QLabel(page);
    m_verdict->setObjectName(u"calVerdict"_s);
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);
    m_pointTable = new QTableWidget(0, 7, page);
    m_pointTable->setObjectName(u"calPoints"_s);
    m_pointTable->setHorizontalHeaderLabels(pointHeaders());
    m_pointTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_pointTable->verticalHeader()->hide();
    layout->addWidget(m_pointTable, 1);
    m_curveChart = new CalibrationCharts(page);
    m_curveChart->setObjectName(u"calCurveChart"_s);
    m_curveChart->setTitles(tr("Speed (rpm)"), tr("mL/rev"));
    layout->addWidget(m_curveChart, 2);
    m_applyState = new QLabel(page);
    m_applyState->setObjectName(u"calApplyState"_s);
    m_applyState->setWordWrap(true);
    layout->addWidget(m_applyState);
    // A pump that keeps its own calibration (the Reglo ICC) can hold the new figure itself.
    auto *pumpRow = new QHBoxLayout;
    m_pumpFigure = new QLabel(page);
    m_pumpFigure->setObjectName(u"calPumpFigureState"_s);
    m_pumpFigure->setWordWrap(true);
    m_writePump = new QPushButton(tr("Write into the Pump"), page);
    m_writePump->setObjectName(u"calWritePump"_s);
    m_writePump->setToolTip(tr("Writes the new figure into the pump's own calibration and reads it back"));
    pumpRow->addWidget(m_pumpFigure, 1);
    pumpRow->addWidget(m_writePump);
    layout->addLayout(pumpRow);
    m_gate->require(m_writePump, Accounts::Permission::Calibrate);
    connect(m_writePump, &QPushButton::clicked, this, [this] {
        if (auto r = writeIntoPump(); !r)
            say(r.error().message);
    });
    auto *buttons = new QHBoxLayout;
    m_again = new QPushButton(tr("New calibration"), page);
    m_again->setObjectName(u"calAgain"_s);
    buttons->addWidget(m_again);
    buttons->addStretch(1);
    m_apply = new QPushButton(tr("Apply (store and sign)"), page);
    m_apply->setObjectName(u"calApply"_s);
    m_sign = new QPushButton(tr("Sign as checked…"), page);
    m_sign->setObjectName(u"calSignChecked"_s);
    m_certificate = new QPushButton(tr("Save certificate (PDF)…"), page);
    m_certificate->setObjectName(u"calCertificate"_s);
    m_csv = new QPushButton(tr("Save raw readings (CSV)…"), page);
    m_csv->setObjectName(u"calCsv"_s);
    for (QPushButton *b : {m_apply, m_sign, m_certificate, m_csv})
        buttons->addWidget(b);
    layout->addLayout(buttons);
    m_gate->require(m_apply, Accounts::Permission::Calibrate);
    m_gate->require(m_sign, Accounts::Permission::CheckCalibration);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (auto r = apply(); !r)
            say(r.error().message);
    });
    connect(m_sign, &QPushButton::clicked, this, &CalibrationPage::signChecked);
    connect(m_certificate, &QPushButton::clicked, this, &CalibrationPage::saveCertificateAs);
    connect(m_csv, &QPushButton::clicked, this, &CalibrationPage::saveCsvAs);
    connect(m_again, &QPushButton::clicked, this, [this] { setStep(Step::Setup); });
    return page;
}

QWidget *CalibrationPage::buildHistory()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_history = new QTableWidget(0, 8, page);
    m_history->setObjectName(u"calHistory"_s);
    m_history->setHorizontalHeaderLabels({tr("Certificate"), tr("Pump"), tr("Head / tubing"), tr("Calibrated"), tr("Due"),
                                          tr("State"), tr("Verdict"), tr("mL/rev")});
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_history, 1);
    // Site settings: the selected pump's due interval and the site's tolerance.
    auto *settingsBox = new QGroupBox(tr("Due dates and tolerance"), page);
    auto *settingsForm = new QFormLayout(settingsBox);
    // Days, pump hours (from the run records) or both: the earlier limit governs.
    m_dueDaysOn = new QCheckBox(settingsBox);
    m_dueDaysOn->setObjectName(u"calDueDaysOn"_s);
    m_dueDaysOn->setChecked(true);
    m_dueDaysOn->setToolTip(tr("A limit in days"));
    m_dueDaysOn->setAccessibleName(m_dueDaysOn->toolTip());
    m_dueDays = new QSpinBox(settingsBox);
    m_dueDays->setObjectName(u"calDueDays"_s);
    m_dueDays->setRange(1, Calibration::DueInterval::kMaxDays);
    m_dueDays->setValue(Calibration::CalibrationStore::kDefaultDueDays);
    m_dueDays->setSuffix(tr(" days"));
    m_dueHoursOn = new QCheckBox(settingsBox);
    m_dueHoursOn->setObjectName(u"calDueHoursOn"_s);
    m_dueHoursOn->setToolTip(tr("A limit in pump hours"));
    m_dueHoursOn->setAccessibleName(m_dueHoursOn->toolTip());
    m_dueHours = new QSpinBox(settingsBox);
    m_dueHours->setObjectName(u"calDueHours"_s);
    m_dueHours->setRange(1, int(Calibration::DueInterval::kMaxHours));
    m_dueHours->setValue(500);
    m_dueHours->setSuffix(tr(" pump hours"));
    m_dueHours->setEnabled(false);
    m_dueHours->setToolTip(tr("Hours the pump ran since the calibration, counted from the run records"));
    connect(m_dueDaysOn, &QCheckBox::toggled, m_dueDays, &QWidget::setEnabled);
    connect(m_dueHoursOn, &QCheckBox::toggled, m_dueHours, &QWidget::setEnabled);
    m_setDueDays = new QPushButton(tr("Set Interval"), settingsBox);
    m_setDueDays->setObjectName(u"calSetDueDays"_s);
    m_setDueDays->setToolTip(tr("Calibrations of the selected pump stored from now on fall due after this many days or pump hours, "
                                "whichever comes first"));
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_dueDaysOn);
    dueRow->addWidget(m_dueDays);
    dueRow->addSpacing(12);
    dueRow->addWidget(m_dueHoursOn);
    dueRow->addWidget(m_dueHours);
    dueRow->addWidget(m_setDueDays);
    dueRow->addStretch(1);
    settingsForm->addRow(tr("Due interval of the selected pump:"), dueRow);
    m_siteTolerance = new QDoubleSpinBox(settingsBox);
    m_siteTolerance->setObjectName(u"calSiteTolerance"_s);
    m_siteTolerance->setRange(0.1, 20);
    m_siteTolerance->setDecimals(1);
    m_siteTolerance->setPrefix(u"± "_s);
    m_siteTolerance->setSuffix(u" %"_s);
    m_siteTolerance->setValue(siteTolerance(m_workbench.settings()));
    m_saveTolerance = new QPushButton(tr("Save Tolerance"), settingsBox);
    m_saveTolerance->setObjectName(u"calSaveTolerance"_s);
    m_saveTolerance->setToolTip(tr("The tolerance of volume new calibrations on this workstation start with"));
    auto *toleranceRow = new QHBoxLayout;
    toleranceRow->addWidget(m_siteTolerance);
    toleranceRow->addWidget(m_saveTolerance);
    toleranceRow->addStretch(1);
    settingsForm->addRow(tr("Site tolerance:"), toleranceRow);
    layout->addWidget(settingsBox);
    m_gate->require(m_setDueDays, Accounts::Permission::Calibrate);
    m_gate->require(m_saveTolerance, Accounts::Permission::Calibrate);
    connect(m_setDueDays, &QPushButton::clicked, this, [this] {
        const QList<QTableWidgetItem *> selected = m_history->selectedItems();
        const QTableWidgetItem *first = selected.isEmpty() ? nullptr : m_history->item(selected.first()->row(), 0);
        if (!first)
            return;
        const QString key = first->data(Qt::UserRole).toString();
        Calibration::DueInterval interval;
        if (m_dueDaysOn->isChecked())
            interval.days = m_dueDays->value();
        if (m_dueHoursOn->isChecked())
            interval.hours = m_dueHours->value();
        if (auto r = setDueInterval(key, interval); !r)
            say(r.error().message);
        else
            say(tr("Calibrations of %1 stored from now on fall due after %2.").arg(key, Calibration::dueIntervalText(interval)));
    });
    connect(m_saveTolerance, &QPushButton::clicked, this, [this] {
        if (auto r = setSiteTolerance(m_siteTolerance->value()); !r)
            say(r.error().message);
        else
            say(tr("New calibrations start with a tolerance of ±%1 %.").arg(QLocale().toString(m_siteTolerance->value(), 'f', 1)));
    });
    auto *buttons = new QHBoxLayout;
    m_newTubing = new QPushButton(tr("New tubing fitted"), page);
    m_newTubing->setObjectName(u"calNewTubing"_s);
    m_newTubing->setToolTip(tr("The selected calibration's pump, head and tubing got new tubing: its calibration no longer applies"));
    auto *refresh = new QPushButton(tr("Refresh"), page);
    buttons->addWidget(m_newTubing);
    buttons->addStretch(1);
    buttons->addWidget(refresh);
    layout->addLayout(buttons);
    m_gate->require(m_newTubing, Accounts::Permission::Calibrate);
    connect(m_newTubing, &QPushButton::clicked, this, &CalibrationPage::newTubingFitted);
    connect(refresh, &QPushButton::clicked, this, &CalibrationPage::refreshHistory);
    connect(m_history, &QTableWidget::itemSelectionChanged, this, &CalibrationPage::historySelected);
    m_newTubing->setEnabled(false);
    m_setDueDays->setEnabled(false);
    return page;
}

CalibrationPage::Step CalibrationPage::step() const
{
    return static_cast<Step>(m_steps->currentIndex());
}

void CalibrationPage::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void CalibrationPage::setStep(Step step)
{
    m_steps->setCurrentIndex(static_cast<int>(step));
    if (step == Step::Setup)
        updateSetupState();
}

void CalibrationPage::refreshPumps()
{
    const QString current = m_pump->currentData().toString();
    const QSignalBlocker block(m_pump);
    m_pump->clear();
    for (const Device::PumpSnapshot &s : m_workbench.devices().pumps()) {
        const Models::PumpModel *model = m_workbench.devices().models().find(s.config.modelId);
        if (!model || (model->heads.isEmpty() && model->kind != Models::Kind::Syringe))
            continue;  // sensors are not calibrated here
        QString text = s.config.displayName();
        if (s.link != Device::LinkState::Connected)
            text = tr("%1 (not connected)").arg(text);
        m_pump->addItem(text, s.config.id);
    }
    const int index = m_pump->findData(current);
    m_pump->setCurrentIndex(index >= 0 ? index : 0);
    if (m_pump->currentData().toString() != current)
        pumpChosen();
    else
        updateSetupState();
}

void CalibrationPage::pumpChosen()
{
    const auto snap = m_workbench.devices().pump(m_pump->currentData().toString());
    const Models::PumpModel *model = snap ? m_workbench.devices().models().find(snap->config.modelId) : nullptr;
    {
        const QSignalBlocker block(m_head);
        m_head->clear();
        if (model) {
            for (const Models::HeadOption &h : model->heads)
                m_head->addItem(h.name.isEmpty() ? h.id : h.name, h.id);
            const QString head = snap->config.headId.isEmpty() ? model->defaultHead : snap->config.headId;
            m_head->setCurrentIndex(std::max(0, m_head->findData(head)));
        }
        m_channel->setRange(1, model ? std::max(1, model->channels) : 1);
    }
    const bool syringe = model && model->kind == Models::Kind::Syringe;
    showMethodRows(syringe);
    if (syringe) {
        // The syringes of the model, the configured one first chosen.
        const QSignalBlocker block(m_tubing);
        m_tubing->clear();
        for (const Models::SyringeOption &o : model->syringes)
            m_tubing->addItem(o.name.isEmpty() ? o.id : o.name, o.id);
        const QString chosen = snap->config.tubingId.isEmpty() ? model->defaultSyringe : snap->config.tubingId;
        m_tubing->setCurrentIndex(std::max(0, m_tubing->findData(chosen)));
        updateSetupState();
        return;
    }
    headChosen();
    fillDefaultSpeeds();
}

const Models::PumpModel *CalibrationPage::syringeModel() const
{
    const auto snap = m_workbench.devices().pump(m_pump->currentData().toString());
    const Models::PumpModel *model = snap ? m_workbench.devices().models().find(snap->config.modelId) : nullptr;
    return model && model->kind == Models::Kind::Syringe ? model : nullptr;
}

void CalibrationPage::showMethodRows(bool syringe)
{
    m_pumpForm->setRowVisible(m_head, !syringe);
    if (auto *label = qobject_cast<QLabel *>(m_pumpForm->labelForField(m_tubing)))
        label->setText(syringe ? tr("Syringe:") : tr("Tubing:"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_pointCount, m_speeds, m_amount})
        m_methodForm->setRowVisible(w, !syringe);
    for (QWidget *w : std::initializer_list<QWidget *>{m_syringeVolume, m_syringeRate})
        m_methodForm->setRowVisible(w, syringe);
    m_start->setText(syringe ? tr("Start syringe check") : tr("Start calibration"));
}

void CalibrationPage::headChosen()
{
    const auto snap = m_workbench.devices().pump(m_pump->currentData().toString());
    const Models::PumpModel *model = snap ? m_workbench.devices().models().find(snap->config.modelId) : nullptr;
    const Models::HeadOption *head = model ? model->head(m_head->currentData().toString()) : nullptr;
    const QSignalBlocker block(m_tubing);
    m_tubing->clear();
    if (head) {
        for (const Models::TubingOption &t : head->tubing)
            m_tubing->addItem(t.name.isEmpty() ? t.id : t.name, t.id);
        const QString tubing = (snap->config.headId == head->id && !snap->config.tubingId.isEmpty()) ? snap->config.tubingId
                                                                                                     : head->defaultTubing;
        m_tubing->setCurrentIndex(std::max(0, m_tubing->findData(tubing)));
    }
    updateSetupState();
}

void CalibrationPage::fillDefaultSpeeds()
{
    const auto snap = m_workbench.devices().pump(m_pump->currentData().toString());
    const Models::PumpModel *model = snap ? m_workbench.devices().models().find(snap->config.modelId) : nullptr;
    if (!model)
        return;
    QStringList speeds;
    for (double rpm : Calibration::CalibrationPlan::defaultRpms(model->minRpm, model->maxRpm, m_pointCount->value()))
        speeds.append(QLocale().toString(rpm, 'g', 6));
    m_speeds->setText(speeds.join(u"; "_s));
}

Calibration::CalibrationPlan CalibrationPage::plan() const
{
    Calibration::CalibrationPlan plan;
    const auto snap = m_workbench.devices().pump(m_pump->currentData().toString());
    if (const Models::PumpModel *model = syringeModel()) {
        const Models::SyringeOption *syringe = model->syringe(m_tubing->currentData().toString());
        if (syringe) {
            // Checked as the pump is set: the syringe's diameter as its last check corrected it
            // (the runner reads what the pump really has before it starts).
            const double nominal = syringe->innerDiameterMm;
            const bool same = syringe == model->syringeOrDefault(snap->config.tubingId);
            const double set = same && snap->calibration ? snap->calibration->syringeDiameterMm(nominal) : nominal;
            plan = Calibration::CalibrationPlan::forSyringe(
                {syringe->id, nominal, set, m_syringeVolume->value(), m_syringeRate->value(), syringe->capacityMl});
        }
    }
    if (snap) {
        plan.pumpName = snap->config.displayName();
        plan.modelId = snap->config.modelId;
    }
    plan.channel = m_channel->value();
    if (!plan.syringe) {
        plan.headId = m_head->currentData().toString();
        plan.tubingId = m_tubing->currentData().toString();
    }
    plan.manualMasses = m_balanceModel->currentData().toString().isEmpty();
    plan.temperatureC = m_temperature->value();
    if (m_liquid->currentIndex() == 1)
        plan.densityGPerMl = m_density->value();
    for (const QString &part : m_speeds->text().split(QRegularExpression(u"[;\\s]+"_s), Qt::SkipEmptyParts)) {
        if (plan.syringe)
            break;
        bool ok = false;
        const double rpm = QLocale().toDouble(part, &ok);
        plan.rpms.push_back(ok ? rpm : -1.0);
    }
    plan.replicates = m_replicates->value();
    // A syringe check dispenses a volume per replicate instead, in the pump's volume mode.
    if (!plan.syringe && m_amountKind->currentIndex() == 0)
        plan.seconds = m_amount->value();
    else if (!plan.syringe)
        plan.revolutions = m_amount->value();
    plan.evaporation = static_cast<Calibration::Evaporation>(m_evaporation->currentData().toInt());
    plan.blankSeconds = m_blankSeconds->value();
    plan.tolerancePct = m_tolerance->value();
    plan.verify = m_verify->isChecked();
    plan.operatorName = m_workbench.session().actor().displayName();
    const Models::PumpModel *model = snap ? m_workbench.devices().models().find(snap->config.modelId) : nullptr;
    if (model && !plan.syringe) {
        if (const auto nominal = Models::mlPerRevFor(*model, plan.headId, plan.tubingId))
            plan.asFound.points = {{0.0, *nominal}};
    }
    return plan;
}

void CalibrationPage::updateSetupState()
{
    if (!m_start)
        return;
    const bool water = m_liquid->currentIndex() == 0;
    m_temperature->setEnabled(true);
    m_density->setEnabled(!water);
    m_blankSeconds->setEnabled(m_evaporation->currentData().toInt() == static_cast<int>(Calibration::Evaporation::Blank));
    const bool manual = m_balanceModel->currentData().toString().isEmpty();
    m_balancePort->setEnabled(!manual);
    QString problem;
    const auto snap = m_workbench.devices().pump(m_pump->currentData().toString());
    if (!snap)
        problem = tr("Add a pump on the Devices page first.");
    else if (snap->link != Device::LinkState::Connected)
        problem = tr("%1 is not connected.").arg(snap->config.displayName());
    else if (snap->jobActive && !m_running)
        problem = tr("%1 is busy with a profile or another calibration.").arg(snap->config.displayName());
    else if (!manual && m_balancePort->currentText().trimmed().isEmpty())
        problem = tr("Choose the balance's port, or enter masses by hand.");
    else if (!m_workbench.devices().may(snap->config.id, Accounts::Permission::Calibrate))
        problem = tr("Your role may not calibrate.");
    else
        problem = plan().problem();
    if (problem.isEmpty()) {
        const Calibration::CalibrationPlan p = plan();
        double seconds = 0;
        for (double rpm : p.rpms)
            seconds += p.secondsAt(rpm) * p.replicates;
        if (p.verify)
            seconds *= 2;
        m_setupProblem->setText(tr("%n replicate(s), about %1 of pumping.", nullptr, static_cast<int>(p.rpms.size()) * p.replicates)
                                    .arg(durationText(seconds)));
    } else {
        m_setupProblem->setText(problem);
    }
    m_start->setEnabled(problem.isEmpty() && !m_running);
}

Calibration::CalibrationStore *CalibrationPage::store()
{
    if (!m_store) {
        auto store = std::make_unique<Calibration::CalibrationStore>();
        if (auto r = store->open(Calibration::CalibrationStore::defaultPath()); !r) {
            say(r.error().message);
            return nullptr;
        }
        m_store = std::move(store);
    }
    return m_store.get();
}

void CalibrationPage::start()
{
    Calibration::CalibrationPlan plan = this->plan();
    if (const QString problem = plan.problem(); !problem.isEmpty()) {
        m_setupProblem->setText(problem);
        return;
    }
    const QString id = m_pump->currentData().toString();
    const auto snap = m_workbench.devices().pump(id);
    if (!snap)
        return;
    const Device::PumpIdentity identity = snap->identity.value_or(Device::PumpIdentity{});
    // As found: the figure flows use now (the pump's calibration for this head and tubing).
    if (Calibration::CalibrationStore *s = store()) {
        if (const auto current = s->curveFor(Calibration::pumpKey(plan.modelId, identity), plan.headId, plan.tubingId); current && *current)
            plan.asFound = **current;
    }
    std::optional<Models::BalanceModel> balance;
    if (!plan.manualMasses) {
        if (const Models::BalanceModel *b = m_balances.find(m_balanceModel->currentData().toString()))
            balance = *b;
    }
    const QString port = m_balancePort->currentText().trimmed();

    m_result.reset();
    m_applied = false;
    m_running = true;
    m_runningPump = id;
    m_liveChart->clear();
    m_liveChart->setTitles(tr("Time (s)"), tr("Balance (g)"));
    m_replicateTable->setRowCount(0);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_remaining->clear();
    m_reading->setText(plan.manualMasses ? tr("Masses entered by hand") : QString());
    m_massBox->setVisible(false);
    m_abort->setVisible(true);
    m_abort->setEnabled(true);
    m_backFromRun->setVisible(false);
    m_runTitle->setText(plan.syringe ? tr("Checking the syringe of %1: %2").arg(plan.pumpName, m_tubing->currentText())
                                     : tr("Calibrating %1, %2 / %3").arg(plan.pumpName, m_head->currentText(), m_tubing->currentText()));
    m_stateText->setText(CalibrationRunner::stateText(CalibrationRunner::State::Preparing));
    setStep(Step::Run);

    // Made on the device thread: the runner and the balance's driver live there with the
    // pump's; their signals come back here queued.
    QPointer<CalibrationPage> page(this);
    const auto factory = [page, plan, identity, balance, port](Device::PumpDriver &driver) -> std::unique_ptr<Device::PumpJob> {
        auto holder = std::make_unique<CalibrationBalanceHolder>();
        if (balance) {
            holder->bus = Device::createBalanceLink(*balance, Device::defaultSerialSettings(*balance, port));
            holder->driver = Device::createBalanceDriver(*balance, *holder->bus);
            holder->bus->open();
            if (holder->bus->state() != Device::LinkState::Connected) {
                const Error why = makeError(Error::Code::Io, tr("The balance on %1 cannot be opened: %2").arg(port, holder->bus->lastError()));
                QMetaObject::invokeMethod(qApp, [page, why] {
                    if (page)
                        page->onFailed(why);
                }, Qt::QueuedConnection);
                return nullptr;
            }
        }
        auto runner = std::make_unique<CalibrationRunner>(driver, holder->driver.get(), plan);
        holder->setParent(runner.get());
        // The balance line is let go of as soon as the run ends (the runner itself stays until
        // the pump's next job): a second check, or another pump's calibration, may need it.
        connect(runner.get(), &Device::PumpJob::ended, holder.get(), &QObject::deleteLater);
        (void)holder.release();
        runner->setPumpIdentity(identity);
        if (balance)
            runner->setBalanceModelId(balance->id);
        CalibrationPage *p = page.data();
        if (!p)
            return nullptr;
        connect(runner.get(), &CalibrationRunner::stateChanged, p, &CalibrationPage::onState);
        connect(runner.get(), &CalibrationRunner::progressChanged, p, &CalibrationPage::onProgress);
        connect(runner.get(), &CalibrationRunner::replicateFinished, p, &CalibrationPage::onReplicate);
        connect(runner.get(), &CalibrationRunner::massRequested, p, &CalibrationPage::onMassRequested);
        connect(runner.get(), &CalibrationRunner::finished, p, &CalibrationPage::onFinished);
        connect(runner.get(), &CalibrationRunner::failed, p, &CalibrationPage::onFailed);
        connect(runner.get(), &CalibrationRunner::balanceReading, p, [p](double t, double g, bool stable) {
            p->m_liveChart->append(t, g);
            p->m_reading->setText(stable ? tr("Balance: %1 g (stable)").arg(QLocale().toString(g, 'f', 4))
                                         : tr("Balance: %1 g").arg(QLocale().toString(g, 'f', 4)));
        });
        return runner;
    };
    m_workbench.devices().startJob(id, Accounts::Permission::Calibrate,
                                   tr("Calibration started (%1 points x %2 replicates, %3)")
                                       .arg(plan.rpms.size())
                                       .arg(plan.replicates)
                                       .arg(plan.manualMasses ? tr("masses by hand") : (balance ? balance->displayName : QString())),
                                   factory);
}

void CalibrationPage::abortRun()
{
    if (!m_running)
        return;
    m_abort->setEnabled(false);
    m_stateText->setText(tr("Aborting: stopping the pump…"));
    m_workbench.devices().withJob(m_runningPump, [](Device::PumpJob &job) { job.abort(CalibrationRunner::tr("Aborted by the operator.")); });
}

void CalibrationPage::enterMass()
{
    const double grams = m_mass->value();
    m_massBox->setVisible(false);
    m_workbench.devices().withJob(m_runningPump, [grams](Device::PumpJob &job) {
        if (auto *runner = qobject_cast<CalibrationRunner *>(&job))
            runner->enterMass(grams);
    });
}

void CalibrationPage::onState(CalibrationRunner::State state, const QString &message)
{
    QString text = CalibrationRunner::stateText(state);
    if (!message.isEmpty() && message != text)
        text = tr("%1: %2").arg(text, message);
    m_stateText->setText(text);
}

void CalibrationPage::onProgress(const CalibrationRunner::Progress &p)
{
    m_progress->setRange(0, std::max(1, p.total));
    m_progress->setValue(p.done);
    m_progress->setFormat(tr("%1 of %2 replicates").arg(p.done).arg(p.total));
    m_remaining->setText(tr("Point %1 of %2%3, about %4 left")
                             .arg(p.point + 1)
                             .arg(p.points)
                             .arg(p.asLeft ? tr(" (as left)") : QString(), durationText(p.remainingS)));
}

void CalibrationPage::onReplicate(const Calibration::Replicate &r)
{
    const int row = m_replicateTable->rowCount();
    m_replicateTable->insertRow(row);
    const QLocale l;
    m_replicateTable->setItem(row, 0, cell(l.toString(r.rpm, 'f', 1)));
    m_replicateTable->setItem(row, 1, cell(r.asLeft ? tr("%1 (as left)").arg(r.index + 1) : QString::number(r.index + 1)));
    m_replicateTable->setItem(row, 2, cell(l.toString(r.revolutions, 'f', 3)));
    m_replicateTable->setItem(row, 3, cell(l.toString(r.massG, 'f', 4)));
    m_replicateTable->setItem(row, 4, cell(l.toString(r.volumeMl, 'f', 4)));
    m_replicateTable->setItem(row, 5, cell(l.toString(r.mlPerRev, 'f', 5)));
    m_replicateTable->scrollToBottom();
}

void CalibrationPage::onMassRequested(int point, int replicate, bool start)
{
    m_massPrompt->setText(start ? tr("Point %1, replicate %2: tare the balance and type its reading before the run.").arg(point + 1).arg(replicate + 1)
                                : tr("Point %1, replicate %2: type the balance's stable reading after the run.").arg(point + 1).arg(replicate + 1));
    m_massBox->setVisible(true);
    m_mass->setFocus();
    m_mass->selectAll();
}

void CalibrationPage::onFinished(const Calibration::CalibrationResult &result)
{
    m_running = false;
    m_result = result;
    m_applied = false;
    m_pumpFigure->clear();
    updatePumpFigureButton();
    showResults();
    setStep(Step::Results);
    say(tr("Calibration finished: %1.").arg(Calibration::verdictText(result.verdict())));
}

void CalibrationPage::onFailed(const Error &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_massBox->setVisible(false);
    m_abort->setVisible(false);
    m_backFromRun->setVisible(true);
    m_stateText->setText(tr("Stopped, the pump was told to stop: %1").arg(error.message));
    say(error.message);
}

void CalibrationPage::showResults()
{
    if (!m_result)
        return;
    const Calibration::CalibrationResult &r = *m_result;
    const QLocale l;
    m_curveChart->setVisible(!r.plan.syringe);
    if (r.plan.syringe) {
        showSyringeResults(r);
        return;
    }
    m_pointTable->setHorizontalHeaderLabels(pointHeaders());
    m_writePump->setVisible(true);
    m_pointTable->setRowCount(static_cast<int>(r.points.size()));
    for (int i = 0; i < static_cast<int>(r.points.size()); ++i) {
        const Calibration::PointResult &p = r.points.at(static_cast<std::size_t>(i));
        m_pointTable->setItem(i, 0, cell(l.toString(p.rpm, 'f', 1)));
        m_pointTable->setItem(i, 1, cell(l.toString(p.meanMlPerRev, 'f', 5)));
        m_pointTable->setItem(i, 3, cell(l.toString(p.asFoundMlPerRev, 'f', 5)));
        setStatisticsCells(i, p);
    }
    const Models::PumpModel *model = m_workbench.devices().models().find(r.plan.modelId);
    m_curveChart->showCurve(r.curve, r.points, model ? model->maxRpm : 0);
    showVerdict(r, tr("The new figure is a curve through the %n point(s) above.", nullptr, static_cast<int>(r.points.size())),
                tr("Not applied yet: flows still use the figure as found."));
}

QStringList CalibrationPage::pointHeaders()
{
    return {tr("Speed (rpm)"), tr("Mean mL/rev"), tr("CV %"), tr("As found mL/rev"), tr("As-found error %"), tr("As found"), tr("As left")};
}

void CalibrationPage::showSyringeResults(const Calibration::CalibrationResult &r)
{
    // One row: the diameter the pump counted with, the bore the weighings give, and how far the
    // volumes the pump showed were off.
    const QLocale l;
    const Calibration::CalibrationPlan::Syringe &syringe = *r.plan.syringe;
    m_pointTable->setHorizontalHeaderLabels({tr("Set diameter (mm)"), tr("Bore found (mm)"), tr("CV %"), tr("Delivered / shown %"),
                                             tr("As-found error %"), tr("As found"), tr("As left")});
    m_pointTable->setRowCount(r.points.empty() ? 0 : 1);
    if (!r.points.empty()) {
        const Calibration::PointResult &p = r.points.front();
        m_pointTable->setItem(0, 0, cell(l.toString(syringe.setMm, 'f', 3)));
        m_pointTable->setItem(0, 1, cell(l.toString(r.curve.syringeDiameterMm(syringe.nominalMm), 'f', 3)));
        m_pointTable->setItem(0, 3, cell(l.toString(p.asFoundMlPerRev > 0 ? 100.0 * p.meanMlPerRev / p.asFoundMlPerRev : 0.0, 'f', 2)));
        setStatisticsCells(0, p);
    }
    showVerdict(r,
                tr("When applied, the pump is set to the bore found (%1 mm, nominal %2 mm).")
                    .arg(l.toString(r.curve.syringeDiameterMm(syringe.nominalMm), 'f', 3), l.toString(syringe.nominalMm, 'f', 3)),
                tr("Not applied yet: the pump keeps its diameter of %1 mm.").arg(l.toString(syringe.setMm, 'f', 3)));
    m_writePump->setVisible(false);  // applying sets the pump's diameter
    m_pumpFigure->clear();
}

void CalibrationPage::setStatisticsCells(int row, const Calibration::PointResult &p)
{
    // The columns both kinds of result share: CV, the as-found error and both verdicts.
    const QLocale l;
    const auto verdict = [](bool pass) { return Calibration::verdictText(pass ? Calibration::Verdict::Pass : Calibration::Verdict::Fail); };
    m_pointTable->setItem(row, 2, cell(l.toString(p.cvPct, 'f', 2)));
    m_pointTable->setItem(row, 4, cell(l.toString(p.asFoundErrorPct, 'f', 2)));
    m_pointTable->setItem(row, 5, cell(verdict(p.asFoundPass), false));
    m_pointTable->setItem(row, 6, cell(p.asLeftPass ? tr("%1 (%2 %)").arg(verdict(*p.asLeftPass), l.toString(p.asLeftErrorPct.value_or(0), 'f', 2))
                                                    : tr("not verified"),
                                       false));
}

void CalibrationPage::showVerdict(const Calibration::CalibrationResult &r, const QString &figure, const QString &applyState)
{
    const QLocale l;
    QString verdict = tr("As found: %1 (tolerance ±%2 %).").arg(Calibration::verdictText(r.asFound), l.toString(r.plan.tolerancePct, 'g', 3));
    if (r.asLeft)
        verdict += u' ' + tr("As left: %1.").arg(Calibration::verdictText(*r.asLeft));
    m_verdict->setText(verdict + u' ' + figure);
    m_verdict->setStyleSheet(r.verdict() == Calibration::Verdict::Pass ? u"color: #1b7a2e; font-weight: bold;"_s
                                                                       : u"color: #b3261e; font-weight: bold;"_s);
    m_applyState->setText(applyState);
    m_apply->setEnabled(true);
    m_sign->setEnabled(false);
    m_certificate->setEnabled(false);
    m_csv->setEnabled(true);
}

Result<void> CalibrationPage::apply()
{
    if (!m_result)
        return makeError(Error::Code::InvalidArgument, tr("There is no calibration to apply."));
    if (m_applied)
        return {};
    Accounts::Session &session = m_workbench.session();
    if (!m_workbench.devices().may(m_runningPump, Accounts::Permission::Calibrate))
        return makeError(Error::Code::Refused, tr("Your role may not calibrate."));
    Calibration::CalibrationStore *s = store();
    if (!s)
        return makeError(Error::Code::Io, tr("The calibration history cannot be opened."));
    auto saved = s->save(*m_result);
    if (!saved)
        return saved.error();
    m_result = *saved;
    m_applied = true;
    QStringList notes;
    if (auto entry = session.record(Calibration::auditDraft(*m_result)); !entry)
        notes.append(tr("Not written to the audit trail: %1").arg(entry.error().message));
    if (session.isControlled()) {
        SignatureDialog dialog(session, Audit::Meaning::CalibrationPerformed, Calibration::signatureSubject(*m_result),
                               m_result->contentHash(), tr("Calibration %1").arg(m_result->certificate), this);
        if (dialog.exec() != QDialog::Accepted)
            notes.append(tr("Not signed yet."));
    }
    m_workbench.devices().refreshCalibrations();
    refreshHistory();
    const QString due = Calibration::dueLimitText(m_result->dueUtc, m_result->dueHours);
    m_applyState->setText((m_result->plan.syringe
                               ? tr("Applied as certificate %1, due %2: the pump is set to %3 mm whenever this syringe is fitted.")
                                     .arg(m_result->certificate, due,
                                          QLocale().toString(m_result->curve.syringeDiameterMm(m_result->plan.syringe->nominalMm), 'f', 3))
                               : tr("Applied as certificate %1, due %2: flows on this pump, head and tubing follow the new figure.")
                                     .arg(m_result->certificate, due))
                          + (notes.isEmpty() ? QString() : u' ' + notes.join(u' ')));
    m_apply->setEnabled(false);
    m_sign->setEnabled(true);
    m_certificate->setEnabled(true);
    if (pumpKeepsItsOwnFigure())
        m_pumpFigure->setText(tr("Not written into the pump: PumpStudio applies the new figure; the pump's own modes still use its old one."));
    updatePumpFigureButton();
    say(tr("Calibration %1 stored.").arg(m_result->certificate));
    return {};
}

bool CalibrationPage::pumpKeepsItsOwnFigure() const
{
    if (!m_result)
        return false;
    const Models::PumpModel *model = m_workbench.devices().models().find(m_result->plan.modelId);
    return model && model->protocol == Models::Protocol::RegloIcc;
}

QString CalibrationPage::pumpFigureText() const
{
    return m_pumpFigure->text();
}

void CalibrationPage::updatePumpFigureButton()
{
    m_writePump->setEnabled(m_applied && pumpKeepsItsOwnFigure() && !m_writingPump);
}

Result<void> CalibrationPage::writeIntoPump()
{
    if (!m_result || !m_applied)
        return makeError(Error::Code::InvalidArgument, tr("Apply the calibration first."));
    if (!pumpKeepsItsOwnFigure())
        return makeError(Error::Code::Unsupported, tr("This pump keeps no calibration of its own: PumpStudio applies the figure itself."));
    if (m_writingPump)
        return makeError(Error::Code::Refused, tr("The figure is being written into the pump."));
    const double figure = Calibration::figureForPump(m_result->curve);
    if (!(figure > 0))
        return makeError(Error::Code::InvalidArgument, tr("The calibration has no figure to write."));
    m_writingPump = true;
    updatePumpFigureButton();
    m_pumpFigure->setText(tr("Writing %1 mL/rev into the pump…").arg(QLocale().toString(figure, 'f', 5)));
    QPointer<CalibrationPage> page(this);
    const auto factory = [page, figure](Device::PumpDriver &driver) -> std::unique_ptr<Device::PumpJob> {
        auto job = std::make_unique<Calibration::PumpFigureJob>(driver, figure);
        if (CalibrationPage *p = page.data())
            connect(job.get(), &Calibration::PumpFigureJob::done, p, &CalibrationPage::onPumpFigure);
        return job;
    };
    m_workbench.devices().startJob(m_runningPump, Accounts::Permission::Calibrate,
                                   tr("Calibration %1 written into the pump: %2 mL/rev").arg(m_result->certificate).arg(figure, 0, 'g', 6),
                                   factory);
    return {};
}

void CalibrationPage::onPumpFigure(double written, double readBack, const QString &error, bool unsupported)
{
    m_writingPump = false;
    updatePumpFigureButton();
    const QLocale l;
    QString text;
    if (unsupported)
        text = tr("Not written into the pump: it keeps no calibration of its own; PumpStudio applies the new figure.");
    else if (!error.isEmpty())
        text = tr("Writing into the pump failed: %1. PumpStudio applies the new figure; the pump's own modes still use its old one.").arg(error);
    else if (Calibration::readBackMatches(written, readBack))
        text = tr("Written into the pump and read back: it holds %1 mL/rev (%2 written).").arg(l.toString(readBack, 'f', 5), l.toString(written, 'f', 5));
    else
        text = tr("Written into the pump, but it reads back %1 mL/rev instead of %2: check the pump.").arg(l.toString(readBack, 'f', 5), l.toString(written, 'f', 5));
    m_pumpFigure->setText(text);
    Audit::AuditDraft draft;
    draft.kind = Audit::Kind::Calibration;
    draft.target = m_result ? m_result->certificate : QString();
    draft.action = tr("Calibration figure in the pump read back");
    draft.oldValue = u"%1 mL/rev written"_s.arg(written, 0, 'g', 6);
    draft.newValue = error.isEmpty() ? u"%1 mL/rev read back"_s.arg(readBack, 0, 'g', 6) : error;
    if (auto r = m_workbench.session().record(draft); !r)
        say(r.error().message);
    say(text);
}

void CalibrationPage::signChecked()
{
    if (!m_result || !m_applied)
        return;
    SignatureDialog dialog(m_workbench.session(), Audit::Meaning::CalibrationChecked, Calibration::signatureSubject(*m_result),
                           m_result->contentHash(), tr("Calibration %1").arg(m_result->certificate), this);
    if (dialog.exec() == QDialog::Accepted)
        say(tr("Calibration %1 signed as checked.").arg(m_result->certificate));
}

Result<void> CalibrationPage::saveCertificate(const QString &path)
{
    if (!m_result || !m_applied)
        return makeError(Error::Code::InvalidArgument, tr("Apply the calibration first: the certificate needs its number."));
    QList<Audit::Signature> signatures;
    if (auto s = m_workbench.session().trail().signatures(Calibration::signatureSubject(*m_result)))
        signatures = *s;
    if (auto r = writeCalibrationCertificate(path, *m_result, signatures); !r)
        return r;
    Audit::AuditDraft draft;
    draft.kind = Audit::Kind::Export;
    draft.target = m_result->certificate;
    draft.action = tr("Calibration certificate saved");
    draft.newValue = path;
    (void)m_workbench.session().record(draft);
    return {};
}

Result<void> CalibrationPage::saveRawCsv(const QString &path)
{
    if (!m_result)
        return makeError(Error::Code::InvalidArgument, tr("There is no calibration to save."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io, file.errorString());
    file.write(Calibration::rawReadingsCsv(*m_result));
    if (!file.commit())
        return makeError(Error::Code::Io, file.errorString());
    Audit::AuditDraft draft;
    draft.kind = Audit::Kind::Export;
    draft.target = m_result->certificate.isEmpty() ? m_result->plan.pumpName : m_result->certificate;
    draft.action = tr("Calibration raw readings saved");
    draft.newValue = path;
    (void)m_workbench.session().record(draft);
    return {};
}

void CalibrationPage::saveCertificateAs()
{
    if (!m_result)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save certificate"), m_result->certificate + u".pdf"_s, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto r = saveCertificate(path); !r)
        say(r.error().message);
    else
        say(tr("Certificate saved to %1.").arg(path));
}

void CalibrationPage::saveCsvAs()
{
    if (!m_result)
        return;
    const QString name = (m_result->certificate.isEmpty() ? u"calibration"_s : m_result->certificate) + u".csv"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save raw readings"), name, tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto r = saveRawCsv(path); !r)
        say(r.error().message);
    else
        say(tr("Raw readings saved to %1.").arg(path));
}

void CalibrationPage::refreshHistory()
{
    Calibration::CalibrationStore *s = store();
    if (!s)
        return;
    const auto entries = s->list();
    if (!entries) {
        say(entries.error().message);
        return;
    }
    const QLocale l;
    m_history->setRowCount(0);
    for (const Calibration::HistoryEntry &e : *entries) {
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        auto *first = cell(e.certificate, false);
        first->setData(Qt::UserRole, e.pumpKey);
        first->setData(Qt::UserRole + 1, e.headId);
        first->setData(Qt::UserRole + 2, e.tubingId);
        m_history->setItem(row, 0, first);
        m_history->setItem(row, 1, cell(e.pumpKey, false));
        m_history->setItem(row, 2, cell(u"%1 / %2"_s.arg(e.headId, e.tubingId), false));
        m_history->setItem(row, 3, cell(l.toString(e.finishedUtc.toLocalTime(), QLocale::ShortFormat), false));
        m_history->setItem(row, 4, cell(Calibration::dueLimitText(e.dueUtc, e.dueHours), false));
        QString state;
        QColor color;
        auto due = s->dueState(e.pumpKey, e.headId, e.tubingId);
        // A configured pump's state has its pump hours (counted off this thread) where it needs them.
        if (due && due->certificate == e.certificate) {
            if (const auto counted = m_workbench.devices().calibrationStatus().stateFor(e.pumpKey, e.headId, e.tubingId);
                counted && counted->certificate == e.certificate)
                due.value() = *counted;
        }
        if (!due)
            state = due.error().message;
        else if (due->certificate != e.certificate)
            state = due->kind == Calibration::DueState::Kind::Never ? tr("New tubing fitted since") : tr("Superseded");
        else {
            switch (due->kind) {
            case Calibration::DueState::Kind::Never: state = tr("New tubing fitted since"); break;
            case Calibration::DueState::Kind::Valid: state = tr("Valid"); color = QColor(0x1b, 0x7a, 0x2e); break;
            case Calibration::DueState::Kind::Due: state = tr("Calibration due"); color = QColor(0xb0, 0x6d, 0x00); break;
            case Calibration::DueState::Kind::Overdue: state = tr("Overdue"); color = QColor(0xb3, 0x26, 0x1e); break;
            }
        }
        auto *stateItem = cell(state, false);
        if (color.isValid())
            stateItem->setForeground(color);
        if (due && due->certificate == e.certificate && due->kind != Calibration::DueState::Kind::Never)
            stateItem->setToolTip(Calibration::dueBadgeText(*due));
        m_history->setItem(row, 5, stateItem);
        QString verdict = Calibration::verdictText(e.asFound);
        if (e.asLeft)
            verdict = tr("%1, as left %2").arg(verdict, Calibration::verdictText(*e.asLeft));
        m_history->setItem(row, 6, cell(verdict, false));
        QStringList curve;
        const Models::PumpModel *model = m_workbench.devices().models().find(e.modelId);
        const Models::SyringeOption *syringe = model && model->kind == Models::Kind::Syringe ? model->syringe(e.tubingId) : nullptr;
        if (syringe) {  // a syringe check: the bore it found
            curve.append(tr("bore %1 mm").arg(l.toString(e.curve.syringeDiameterMm(syringe->innerDiameterMm), 'f', 3)));
        } else {
            for (const auto &p : e.curve.points)
                curve.append(tr("%1 at %2 rpm").arg(l.toString(p.mlPerRev, 'f', 4), l.toString(p.rpm, 'g', 4)));
        }
        m_history->setItem(row, 7, cell(curve.join(u"; "_s), false));
    }
}

void CalibrationPage::newTubingFitted()
{
    const QList<QTableWidgetItem *> selected = m_history->selectedItems();
    if (selected.isEmpty())
        return;
    const QTableWidgetItem *first = m_history->item(selected.first()->row(), 0);
    Calibration::CalibrationStore *s = store();
    if (!s || !first)
        return;
    if (!m_workbench.devices().may({}, Accounts::Permission::Calibrate)) {
        say(tr("Your role may not calibrate."));
        return;
    }
    const QString key = first->data(Qt::UserRole).toString();
    const QString head = first->data(Qt::UserRole + 1).toString();
    const QString tubing = first->data(Qt::UserRole + 2).toString();
    Audit::AuditDraft draft;
    draft.kind = Audit::Kind::Calibration;
    draft.target = key;
    draft.action = tr("New tubing fitted (%1 / %2): its calibration no longer applies").arg(head, tubing);
    if (auto r = m_workbench.session().record(draft); !r) {
        say(r.error().message);
        return;
    }
    if (auto r = s->newTubingFitted(key, head, tubing); !r) {
        say(r.error().message);
        return;
    }
    m_workbench.devices().refreshCalibrations();
    refreshHistory();
    say(tr("New tubing fitted on %1: flows use the tubing's nominal figure until it is calibrated.").arg(key));
}

void CalibrationPage::historySelected()
{
    const QList<QTableWidgetItem *> selected = m_history->selectedItems();
    const QTableWidgetItem *first = selected.isEmpty() ? nullptr : m_history->item(selected.first()->row(), 0);
    m_newTubing->setEnabled(first);
    m_setDueDays->setEnabled(first);
    if (!first)
        return;
    if (Calibration::CalibrationStore *s = store()) {
        if (const auto interval = s->dueInterval(first->data(Qt::UserRole).toString())) {
            m_dueDaysOn->setChecked(interval->days.has_value());
            if (interval->days)
                m_dueDays->setValue(*interval->days);
            m_dueHoursOn->setChecked(interval->hours.has_value());
            if (interval->hours)
                m_dueHours->setValue(int(std::lround(*interval->hours)));
        }
    }
}

double CalibrationPage::siteTolerance(const AppSettings &settings)
{
    bool ok = false;
    const double pct = settings.value(u"calibration/siteTolerancePct"_s).toDouble(&ok);
    return ok && pct >= 0.1 && pct <= 20 ? pct : Calibration::CalibrationPlan{}.tolerancePct;
}

Result<void> CalibrationPage::setSiteTolerance(double percent)
{
    if (!(percent >= 0.1 && percent <= 20))
        return makeError(Error::Code::InvalidArgument, tr("The tolerance must be from 0.1 to 20 %."));
    if (!m_workbench.devices().may({}, Accounts::Permission::Calibrate))
        return makeError(Error::Code::Refused, tr("Your role may not calibrate."));
    const double old = siteTolerance(m_workbench.settings());
    Audit::AuditDraft draft;
    draft.kind = Audit::Kind::Calibration;
    draft.target = tr("Site tolerance");
    draft.action = tr("Calibration tolerance of the site changed");
    draft.oldValue = u"±%1 %"_s.arg(old);
    draft.newValue = u"±%1 %"_s.arg(percent);
    if (auto r = m_workbench.session().record(draft); !r)
        return r.error();
    m_workbench.settings().setValue(u"calibration/siteTolerancePct"_s, percent);
    m_siteTolerance->setValue(percent);
    if (!m_running)
        m_tolerance->setValue(percent);
    return {};
}

Result<void> CalibrationPage::setDueInterval(const QString &pumpKey, const Calibration::DueInterval &interval)
{
    Calibration::CalibrationStore *s = store();
    if (!s)
        return makeError(Error::Code::Io, tr("The calibration history cannot be opened."));
    if (!m_workbench.devices().may({}, Accounts::Permission::Calibrate))
        return makeError(Error::Code::Refused, tr("Your role may not calibrate."));
    const auto old = s->dueInterval(pumpKey);
    if (!old)
        return old.error();
    if (const QString problem = interval.problem(); !problem.isEmpty())
        return makeError(Error::Code::InvalidArgument, problem);
    Audit::AuditDraft draft;
    draft.kind = Audit::Kind::Calibration;
    draft.target = pumpKey;
    draft.action = tr("Calibration due interval changed");
    draft.oldValue = old->token();
    draft.newValue = interval.token();
    if (auto r = m_workbench.session().record(draft); !r)
        return r.error();
    return s->setDueInterval(pumpKey, interval);
}

void CalibrationPage::say(const QString &text)
{
    Q_EMIT statusMessage(text);
}

} // namespace PumpStudio
