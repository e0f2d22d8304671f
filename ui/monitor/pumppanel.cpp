// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "pumppanel.h"

#include "core/clocktext.h"
#include "core/messagetext.h"
#include "calibration/calibrationdue.h"
#include "services/calibrationstatus.h"
#include "services/deviceservice.h"
#include "models/limits.h"
#include "services/monitorsession.h"
#include "monitor/pumpprofilecheck.h"
#include "profiles/profilelibrary.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

namespace {
QLabel *readout(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(QStringLiteral("–"), parent);
    label->setObjectName(name);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    label->setFont(f);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setMinimumWidth(label->fontMetrics().horizontalAdvance(u"0000.00"_s));
    return label;
}

QString number(std::optional<double> value, int decimals)
{
    return value ? fixedNumber(*value, decimals, QLocale()) : QStringLiteral("–");
}
} // namespace

PumpPanel::PumpPanel(Services::DeviceService &devices, Services::MonitorSession &session, const QString &pumpId, QWidget *parent)
    : QGroupBox(parent), m_devices(devices), m_session(session), m_id(pumpId),
      m_library(Profiles::ProfileLibrary::atDefaultLocation())
{
    setObjectName(u"pumpPanel_"_s + pumpId);
    const auto snapshot = devices.pump(pumpId);
    const auto *model = snapshot ? devices.models().find(snapshot->config.modelId) : nullptr;
    m_sensor = model && model->kind == Models::Kind::PressureSensor;

    auto *layout = new QVBoxLayout(this);
    auto *state = new QHBoxLayout;
    m_link = new QLabel(this);
    m_link->setObjectName(u"linkState"_s);
    m_link->setWordWrap(true);  // "Connected, running in time mode" must not widen the panel
    m_rate = new QLabel(this);
    m_rate->setObjectName(u"sampleRate"_s);
    state->addWidget(m_link, 1);
    state->addWidget(m_rate);
    layout->addLayout(state);
    m_calibration = new QLabel(this);
    m_calibration->setObjectName(u"calibrationBadge"_s);
    m_calibration->setWordWrap(true);
    m_calibration->hide();
    layout->addWidget(m_calibration);
    if (!m_sensor) {
        connect(&devices.calibrationStatus(), &Services::CalibrationStatus::changed, this, [this](const QString &id) {
            if (id == m_id)
                updateCalibration();
        });
        updateCalibration();
    }

    // Compact, so four panels stand side by side at 1280 px and a row of them under the chart
    // at 800 px: readouts caption | value | unit, then two rows of buttons, the setpoint and
    // the reading rate.
    auto *grid = new QGridLayout;
    grid->setVerticalSpacing(0);
    int row = 0;
    const auto addReadout = [&](QLabel *value, const QString &caption, const QString &unit) {
        grid->addWidget(new QLabel(caption, this), row, 0);
        grid->addWidget(value, row, 1);
        grid->addWidget(new QLabel(unit, this), row, 2);
        ++row;
    };
    if (m_sensor) {
        m_pressure = readout(this, u"pressureValue"_s);
        addReadout(m_pressure, tr("Pressure"), model->pressureUnit);
    } else {
        m_speed = readout(this, u"speedValue"_s);
        m_flow = readout(this, u"flowValue"_s);
        m_volume = readout(this, u"volumeValue"_s);
        addReadout(m_speed, tr("Speed"), tr("rpm"));
        addReadout(m_flow, tr("Flow"), tr("mL/min"));
        addReadout(m_volume, tr("Dispensed"), tr("mL"));
    }
    layout->addLayout(grid);

    auto *form = new QFormLayout;
    if (!m_sensor) {
        auto *buttons = new QHBoxLayout;
        m_start = new QPushButton(tr("Start"), this);
        m_start->setObjectName(u"startButton"_s);
        m_stop = new QPushButton(tr("Stop"), this);
        m_stop->setObjectName(u"stopButton"_s);
        buttons->addWidget(m_start);
        buttons->addWidget(m_stop);
        if (model && model->maxRpm > 0) {
            m_prime = new QPushButton(tr("Prime"), this);
            m_prime->setToolTip(tr("Run at full speed (%1 rpm) to fill the tubing; press Stop when liquid arrives.")
                                    .arg(QLocale().toString(model->maxRpm)));
            // Beside the direction, below Start and Stop: three push buttons in a row are wider
            // than a compact panel.
            connect(m_prime, &QPushButton::clicked, this, [this, max = model->maxRpm] {
                send({Device::PumpCommand::Kind::Speed, Device::Direction::Clockwise, max, std::nullopt});
                send({Device::PumpCommand::Kind::Start, Device::Direction::Clockwise, 0, std::nullopt});
            });
        }
        connect(m_start, &QPushButton::clicked, this, [this] { send({Device::PumpCommand::Kind::Start, Device::Direction::Clockwise, 0, std::nullopt}); });
        connect(m_stop, &QPushButton::clicked, this, [this] { send({Device::PumpCommand::Kind::Stop, Device::Direction::Clockwise, 0, std::nullopt}); });

        if (model && model->capabilities.direction) {
            m_direction = new QComboBox(this);
            m_direction->setObjectName(u"direction"_s);
            m_direction->addItem(Device::directionText(Device::Direction::Clockwise), int(Device::Direction::Clockwise));
            m_direction->addItem(Device::directionText(Device::Direction::CounterClockwise), int(Device::Direction::CounterClockwise));
            m_direction->setToolTip(tr("Direction"));
            connect(m_direction, &QComboBox::activated, this, [this] {
                send({Device::PumpCommand::Kind::Direction, Device::Direction(m_direction->currentData().toInt()), 0, std::nullopt});
            });
        }
        layout->addLayout(buttons);
        auto *setpointRow = new QHBoxLayout;
        m_setpoint = new QDoubleSpinBox(this);
        m_setpoint->setObjectName(u"setpoint"_s);
        m_setpoint->setRange(0, 100000);  // checked against the model on Set, with the limit shown
        m_setpoint->setDecimals(2);
        m_setpoint->setKeyboardTracking(false);
        // Wide enough for any setpoint, not for the range's 100000.00 (the panel stays narrow).
        m_setpoint->setMaximumWidth(m_setpoint->fontMetrics().horizontalAdvance(u"0000.00"_s) + 30);
        m_setpointUnit = new QComboBox(this);
        m_setpointUnit->addItem(tr("rpm"));
        m_setpointUnit->addItem(tr("mL/min"));
        // A tool button: a push button is at least 80 px wide, which the row cannot spare.
        m_apply = new QToolButton(this);
        m_apply->setText(tr("Set"));
        m_apply->setObjectName(u"applySetpoint"_s);
        setpointRow->addWidget(m_setpoint, 1);
        setpointRow->addWidget(m_setpointUnit);
        setpointRow->addWidget(m_apply);
        form->addRow(tr("Setpoint"), setpointRow);
        if (model) {
            m_setpoint->setToolTip(tr("%1 to %2 rpm; %3 mL/rev with the configured head and tubing")
                                       .arg(QLocale().toString(model->minRpm), QLocale().toString(model->maxRpm),
                                            QLocale().toString(mlPerRev(), 'g', 4)));
            m_setpoint->setValue(std::round(model->maxRpm / 3.0));
        }
        connect(m_apply, &QToolButton::clicked, this, [this] { applySetpoint(m_setpoint->value(), m_setpointUnit->currentIndex() == 1); });
        // The box shows what the pump is set to (in the unit chosen) until the operator types
        // another value; a value refused, or one sent, gives the box back to the pump.
        connect(m_setpoint, &QDoubleSpinBox::valueChanged, this, [this] { m_setpointEdited = true; });
        connect(m_setpointUnit, &QComboBox::currentIndexChanged, this, [this] {
            m_setpointEdited = false;
            if (const auto now = m_devices.pump(m_id))
                showPumpSetpoint(*now);
        });
    } else {
        const auto config = session.alarmConfig(pumpId);
        m_high = new QDoubleSpinBox(this);
        m_highHigh = new QDoubleSpinBox(this);
        for (QDoubleSpinBox *box : {m_high, m_highHigh}) {
            box->setRange(model->pressureMin, model->pressureMax);
            box->setDecimals(2);
            box->setSuffix(u" "_s + model->pressureUnit);
        }
        m_high->setObjectName(u"highLimit"_s);
        m_highHigh->setObjectName(u"highHighLimit"_s);
        m_high->setValue(config.high ? config.high->value : model->pressureMax);
        m_highHigh->setValue(config.highHigh ? config.highHigh->value : model->pressureMax);
        m_high->setToolTip(tr("Above this the alarm warns."));
        m_highHigh->setToolTip(tr("Above this the pumps on the same line are stopped."));
        form->addRow(tr("High (warn)"), m_high);
        form->addRow(tr("High-high (stop pumps)"), m_highHigh);
        const auto store = [this] {
            auto c = m_session.alarmConfig(m_id);
            c.high = Device::AlarmLimit{m_high->value(), Device::AlarmAction::Warn};
            c.highHigh = Device::AlarmLimit{m_highHigh->value(), Device::AlarmAction::StopPumps};
            m_session.setAlarmConfig(m_id, c);
            showFeedback(tr("Pressure limits saved."), false);
        };
        connect(m_high, &QDoubleSpinBox::editingFinished, this, store);
        connect(m_highHigh, &QDoubleSpinBox::editingFinished, this, store);
    }
    m_poll = new QSpinBox(this);
    m_poll->setObjectName(u"pollInterval"_s);
    m_poll->setRange(std::max(Device::kMinPollIntervalMs, model ? model->minPollMs : 0), Device::kMaxPollIntervalMs);
    m_poll->setSuffix(tr(" ms"));
    m_poll->setValue(snapshot ? snapshot->config.pollIntervalMs : 1000);
    m_poll->setKeyboardTracking(false);
    m_poll->setToolTip(tr("How often the device is read. The link may carry less; the rate achieved is shown above."));
    connect(m_poll, &QSpinBox::valueChanged, this, [this](int ms) { m_devices.setPollInterval(m_id, ms); });
    auto *directionRow = new QHBoxLayout;
    layout->addLayout(directionRow);
    auto *profileRow = new QHBoxLayout;
    layout->addLayout(profileRow);
    layout->addLayout(form);
    auto *pollRow = new QHBoxLayout;
    layout->addLayout(pollRow);

    if (!m_sensor) {
        // Dosing profiles: run one here, watch its progress, pause/resume/skip/confirm/abort.
        m_runProfile = new QPushButton(tr("Run profile…"), this);
        m_runProfile->setObjectName(u"runProfile"_s);
        m_runProfile->setToolTip(tr("Check a profile from the library against this pump and run it."));
        connect(m_runProfile, &QPushButton::clicked, this, &PumpPanel::chooseProfile);
        if (m_direction)
            directionRow->addWidget(m_direction);
        if (m_prime)
            directionRow->addWidget(m_prime);
        directionRow->addStretch(1);
        profileRow->addWidget(m_runProfile);
        profileRow->addStretch(1);
        m_profileLabel = new QLabel(this);
        m_profileLabel->setObjectName(u"profileProgress"_s);
        m_profileLabel->setWordWrap(true);
        m_profileLabel->hide();
        layout->addWidget(m_profileLabel);
        auto *controls = new QHBoxLayout;
        const auto button = [&](QPushButton *&b, const QString &text, Services::ProfileAction action) {
            b = new QPushButton(text, this);
            b->hide();
            controls->addWidget(b);
            connect(b, &QPushButton::clicked, this, [this, action] { m_devices.controlProfile(m_id, action); });
        };
        button(m_profilePause, tr("Pause"), Services::ProfileAction::Pause);
        button(m_profileResume, tr("Resume"), Services::ProfileAction::Resume);
        button(m_profileSkip, tr("Skip step"), Services::ProfileAction::Skip);
        button(m_profileConfirm, tr("Continue"), Services::ProfileAction::Confirm);
        button(m_profileAbort, tr("Abort"), Services::ProfileAction::Abort);
        m_profilePause->setObjectName(u"profilePause"_s);
        m_profileResume->setObjectName(u"profileResume"_s);
        m_profileSkip->setObjectName(u"profileSkip"_s);
        m_profileConfirm->setObjectName(u"profileConfirm"_s);
        m_profileAbort->setObjectName(u"profileAbort"_s);
        layout->addLayout(controls);
    }

    pollRow->addStretch(1);
    pollRow->addWidget(new QLabel(tr("Sample every"), this));
    pollRow->addWidget(m_poll);

    m_feedback = new QLabel(this);
    m_feedback->setObjectName(u"feedback"_s);
    m_feedback->setWordWrap(true);
    layout->addWidget(m_feedback);
    layout->addStretch(1);

    setMinimumWidth(260);
    // A wheel turned to scroll the panels must not change a running pump's direction, setpoint
    // or limits: these controls take the wheel only once clicked into (focused).
    for (QWidget *w : findChildren<QComboBox *>())
        guardWheel(w);
    for (QWidget *w : findChildren<QAbstractSpinBox *>())
        guardWheel(w);
    connect(&m_devices, &Services::DeviceService::permissionsChanged, this, &PumpPanel::updateControls);
    if (snapshot)
        updateSnapshot(*snapshot);
    updateControls();
    updateLive();
}

void PumpPanel::updateControls()
{
    using P = Accounts::Permission;
    const bool control = m_devices.may(m_id, P::ControlPumps);
    for (QWidget *w : {static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_prime), static_cast<QWidget *>(m_apply),
                       static_cast<QWidget *>(m_direction), static_cast<QWidget *>(m_setpoint), static_cast<QWidget *>(m_setpointUnit)}) {
        if (w)
            w->setEnabled(control && (m_connected || w == m_setpoint || w == m_setpointUnit));
    }
    if (m_stop)
        m_stop->setEnabled(m_connected && m_devices.may(m_id, P::StopPumps));
    if (m_poll)
        m_poll->setEnabled(m_devices.may(m_id, P::ConfigurePumps));
    for (QWidget *w : {static_cast<QWidget *>(m_high), static_cast<QWidget *>(m_highHigh)}) {
        if (w)
            w->setEnabled(m_devices.may(m_id, P::SetAlarmLimits));
    }
    if (m_runProfile)
        m_runProfile->setVisible(m_devices.may(m_id, P::RunProfiles));
}

void PumpPanel::guardWheel(QWidget *control)
{
    control->setFocusPolicy(Qt::StrongFocus);
    control->installEventFilter(this);
}

bool PumpPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        if (auto *w = qobject_cast<QWidget *>(watched); w && !w->hasFocus()) {
            event->ignore();  // handled here, not accepted: the scroll area behind scrolls instead
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

double PumpPanel::mlPerRev() const
{
    const auto snapshot = m_devices.pump(m_id);
    const auto *model = snapshot ? m_devices.models().find(snapshot->config.modelId) : nullptr;
    if (!model)
        return 0;
    return Device::effectiveMlPerRev(snapshot->config, *model);
}

void PumpPanel::showPumpSetpoint(const Device::PumpSnapshot &snapshot)
{
    if (!m_setpoint || m_setpointEdited || m_setpoint->hasFocus() || !snapshot.status || !snapshot.status->setSpeedRpm)
        return;
    const double rpm = *snapshot.status->setSpeedRpm;
    const double value = m_setpointUnit->currentIndex() == 1 ? rpm * mlPerRev() : rpm;
    const QSignalBlocker quiet(m_setpoint);
    m_setpoint->setValue(value);
}

bool PumpPanel::applySetpoint(double value, bool inFlow)
{
    const auto snapshot = m_devices.pump(m_id);
    const auto *model = snapshot ? m_devices.models().find(snapshot->config.modelId) : nullptr;
    if (!model)
        return false;
    // Checked here, before anything is sent: an out-of-range value is refused with its limit.
    if (inFlow) {
        const auto checked = Models::checkFlow(*model, mlPerRev(), value);
        if (!checked) {
            showFeedback(checked.error().message, true);
            m_setpointEdited = false;
            showPumpSetpoint(*snapshot);
            return false;
        }
        if (model->kind == Models::Kind::Syringe || model->capabilities.nativeDispense) {
            send({Device::PumpCommand::Kind::Flow, Device::Direction::Clockwise, *checked, std::nullopt});
        } else {
            send({Device::PumpCommand::Kind::Speed, Device::Direction::Clockwise, Models::rpmFromFlow(*checked, mlPerRev()), std::nullopt});
        }
    } else {
        const auto checked = Models::checkSpeed(*model, value);
        if (!checked) {
            showFeedback(checked.error().message, true);
            m_setpointEdited = false;
            showPumpSetpoint(*snapshot);
            return false;
        }
        send({Device::PumpCommand::Kind::Speed, Device::Direction::Clockwise, *checked, std::nullopt});
    }
    m_setpointEdited = false;  // sent: the next status read shows what the pump took
    return true;
}

void PumpPanel::send(const Device::PumpCommand &command)
{
    m_devices.sendCommand(m_id, command);
    showFeedback(QString(), false);
    m_feedbackFromLink = false;
}

void PumpPanel::showFeedback(const QString &text, bool error)
{
    m_feedback->setText(text);
    m_feedback->setStyleSheet(error ? u"color: #b00020;"_s : QString());
}

double PumpPanel::setpointShown() const
{
    return m_setpoint ? m_setpoint->value() : 0.0;
}

QString PumpPanel::feedback() const
{
    return m_feedback->text();
}

void PumpPanel::chooseProfile()
{
    QStringList names;
    for (const auto &entry : m_library.list()) {
        if (!entry.error)
            names.append(entry.name);
    }
    if (names.isEmpty()) {
        QMessageBox::information(this, tr("Run profile"), tr("The profile library is empty. Write a profile on the Profiles page first."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Run profile"), tr("Profile to run on %1:").arg(title()), names, 0, false, &ok);
    if (!ok)
        return;
    auto profile = m_library.open(name);
    if (!profile) {
        QMessageBox::warning(this, tr("Run profile"), profile.error().message);
        return;
    }
    runProfile(std::move(profile).value());
}

bool PumpPanel::runProfile(Profiles::Profile profile, bool confirmWarnings)
{
    const auto check = checkProfileOnPump(m_devices, m_id, std::move(profile));
    if (!check)
        return false;
    const QStringList lines = check->lines();
    if (check->report.hasErrors()) {
        showFeedback(tr("The profile does not fit this pump; nothing was sent.\n%1").arg(lines.join(u'\n')), true);
        return false;
    }
    if (!lines.isEmpty() && confirmWarnings
        && QMessageBox::question(this, tr("Run profile"), tr("The check has warnings:\n\n%1\n\nRun anyway?").arg(lines.join(u'\n')))
               != QMessageBox::Yes)
        return false;
    showFeedback(QString(), false);
    m_devices.startProfile(m_id, check->profile);
    return true;
}

void PumpPanel::showProfileStarting(const QString &profileName)
{
    if (!m_profileLabel)
        return;
    m_profileLabel->setText(tr("Starting \"%1\"…").arg(profileName));
    m_profileLabel->setStyleSheet(QString());
    m_profileLabel->show();
}

QString PumpPanel::stateText(Profiles::ProfileRunner::State state)
{
    using S = Profiles::ProfileRunner::State;
    switch (state) {
    case S::Idle: return tr("Starting");
    case S::Running: return tr("Running");
    case S::Paused: return tr("Paused");
    case S::WaitingForOperator: return tr("Waiting for the operator");
    case S::LinkLost: return tr("Link lost");
    case S::Finished: return tr("Finished");
    case S::Aborted: return tr("Aborted");
    case S::Failed: return tr("Failed");
    }
    return {};
}

void PumpPanel::updateProfile(const Profiles::ProfileRunner::Progress &p)
{
    if (!m_profileLabel)
        return;
    using S = Profiles::ProfileRunner::State;
    // A run refused before it began (a group that could not start) has no steps to show.
    QString text = p.segments == 0
                       ? stateText(p.state)
                       : tr("%1: step %2 of %3 (%4), %5 of %6, %7 of %8 mL")
                             .arg(stateText(p.state))
                             .arg(p.segment + 1)
                             .arg(p.segments)
                             .arg(Profiles::kindText(p.kind), elapsedClockText(p.elapsedS), elapsedClockText(p.plannedS),
                                  QLocale().toString(p.deliveredMl, 'f', 3), QLocale().toString(p.plannedMl, 'f', 3));
    if (p.state == S::LinkLost && !p.pumpBack)
        text += u"\n"_s + tr("Waiting for the pump to answer again…");
    if (!p.message.isEmpty() && p.state != S::Running)
        text += u"\n"_s + p.message;
    m_profileLabel->setText(text);
    m_profileLabel->setStyleSheet(p.state == S::LinkLost || p.state == S::Failed ? u"color: #b00020;"_s : QString());
    m_profileLabel->show();
    updateProfileButtons(p);
}

void PumpPanel::updateProfileButtons(const Profiles::ProfileRunner::Progress &p)
{
    using S = Profiles::ProfileRunner::State;
    const S state = p.state;
    const bool active = state == S::Running || state == S::Paused || state == S::WaitingForOperator || state == S::LinkLost;
    m_profilePause->setVisible(state == S::Running);
    m_profileResume->setVisible(state == S::Paused || state == S::LinkLost);
    // Resuming against a pump that does not answer would only lose the link again: after a lost
    // link, Resume waits until the same pump is back (and stopped). Skip and Abort stay.
    const bool waitingForPump = state == S::LinkLost && !p.pumpBack;
    m_profileResume->setEnabled(!waitingForPump);
    m_profileResume->setToolTip(waitingForPump ? tr("Possible once the pump answers again.") : QString());
    m_profileSkip->setVisible(state == S::Paused || state == S::LinkLost || state == S::WaitingForOperator);
    m_profileConfirm->setVisible(state == S::WaitingForOperator);
    m_profileAbort->setVisible(active);
    m_runProfile->setEnabled(!active);
}

QString PumpPanel::profileText() const
{
    return m_profileLabel ? m_profileLabel->text() : QString();
}

QString PumpPanel::calibrationText() const
{
    return m_calibration->isHidden() ? QString() : m_calibration->text();
}

void PumpPanel::updateCalibration()
{
    // From the service's cache: no history query here. Nothing is touched when nothing shows
    // (a hidden badge restyled would still ask the panel for a new layout).
    const auto state = m_devices.calibrationStatus().state(m_id);
    const QString text = state ? Calibration::dueBadgeText(*state) : QString();
    if (text.isEmpty()) {
        if (!m_calibration->isHidden())
            m_calibration->hide();
        return;
    }
    using K = Calibration::DueState::Kind;
    // Overdue: red badge; due soon: amber; valid: quiet grey.
    const QString style = state->kind == K::Overdue ? u"QLabel { color: white; background: #c62828; border-radius: 3px; padding: 1px 4px; }"_s
                          : state->kind == K::Due   ? u"QLabel { color: black; background: #ffb300; border-radius: 3px; padding: 1px 4px; }"_s
                                                    : u"QLabel { color: #555; }"_s;
    if (m_calibration->styleSheet() != style)
        m_calibration->setStyleSheet(style);
    m_calibration->setText(text);
    m_calibration->setToolTip(state->certificate.isEmpty() ? QString() : tr("Certificate %1").arg(state->certificate));
    m_calibration->show();
}

void PumpPanel::updateSnapshot(const Device::PumpSnapshot &snapshot)
{
    setTitle(snapshot.config.displayName());
    QString color = u"#777"_s;
    if (snapshot.link == Device::LinkState::Connected)
        color = u"#1b7f2a"_s;
    else if (snapshot.link == Device::LinkState::Reconnecting)
        color = u"#b00020"_s;
    const bool running = snapshot.status && snapshot.status->running;
    // In a mode of its own (a profile's timed or metered step) the pump says so: its speed and
    // flow are those of that mode, not the rpm set by hand before.
    QString state;
    if (running && snapshot.status->mode && *snapshot.status->mode != Device::OperatingMode::Speed)
        state = tr(", running in %1").arg(Device::operatingModeText(*snapshot.status->mode));
    else if (running)
        state = tr(", running");
    m_link->setText(u"<span style='color:%1'>●</span> %2%3"_s.arg(color, Device::linkStateText(snapshot.link), state));
    const QString lastError = snapshot.lastErrorText();
    m_link->setToolTip(lastError.isEmpty() ? snapshot.linkReason : lastError);
    m_rate->setText(tr("%1 Hz").arg(QLocale().toString(snapshot.sampleRateHz, 'f', 1)));
    m_rate->setToolTip(snapshot.linkLimitHz > 0
                           ? tr("Samples per second actually received. At %1 baud this link carries at most about %2 status reads a second.")
                                 .arg(snapshot.config.serial.baudRate)
                                 .arg(QLocale().toString(snapshot.linkLimitHz, 'f', 1))
                           : tr("Samples per second actually received"));
    if (snapshot.linkLimitHz > 0 && snapshot.config.pollIntervalMs < 1000.0 / snapshot.linkLimitHz)
        m_rate->setText(tr("%1 Hz (link limit %2 Hz)").arg(QLocale().toString(snapshot.sampleRateHz, 'f', 1),
                                                          QLocale().toString(snapshot.linkLimitHz, 'f', 1)));
    if (m_speed && snapshot.status)
        m_speed->setText(number(snapshot.status->actualSpeedRpm ? snapshot.status->actualSpeedRpm
                                                                : (running ? snapshot.status->setSpeedRpm : std::optional<double>(0.0)), 1));
    showPumpSetpoint(snapshot);
    const bool connected = snapshot.link == Device::LinkState::Connected;
    m_connected = connected;
    updateControls();
    if (!lastError.isEmpty() && snapshot.link != Device::LinkState::Connected) {
        showFeedback(lastError, true);
        m_feedbackFromLink = true;
    } else if (m_feedbackFromLink && connected && m_feedback->text() != lastError) {
        // The link is back: "waiting for the same pump" no longer holds; what the reconnect found
        // (the pump kept running and was stopped) does. Until the operator acts here again.
        showFeedback(lastError, !lastError.isEmpty());
    }
}

void PumpPanel::updateLive()
{
    const auto live = m_session.live(m_id);
    if (m_flow)
        m_flow->setText(number(live.flowMlPerMin, 2));
    if (m_volume)
        m_volume->setText(number(live.volumeMl, 2));
    if (m_pressure)
        m_pressure->setText(number(live.pressure, 2));
}

} // namespace PumpStudio
