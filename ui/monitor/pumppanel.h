// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "services/deviceservice.h"
#include "profiles/profilelibrary.h"

#include <QGroupBox>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QToolButton;
class QSpinBox;

namespace PumpStudio::Services {
class DeviceService;
class MonitorSession;
}

namespace PumpStudio {

/// One pump's (or pressure transmitter's) control panel on the Monitor page: start/stop,
/// direction, a setpoint in rpm or mL/min (checked against the model before anything is sent,
/// with the limit shown when refused), prime at full speed, the sampling rate, live readings and
/// the link state.
class PumpPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PumpPanel)

public:
    PumpPanel(Services::DeviceService &devices, Services::MonitorSession &session, const QString &pumpId,
              QWidget *parent = nullptr);

    QString pumpId() const { return m_id; }
    void updateSnapshot(const Device::PumpSnapshot &snapshot);
    void updateLive();
    /// The setpoint as typed, checked and sent (tests drive it like a user).
    bool applySetpoint(double value, bool inFlow);
    QString feedback() const;
    double setpointShown() const;  ///< what the setpoint box shows now
    /// The calibration badge ("Calibration overdue since …"); empty when none is shown.
    QString calibrationText() const;
    /// Checks the profile against this pump (model, head, tubing, calibration) and runs it on the
    /// device thread; false (and the findings shown) when the check finds errors.
    bool runProfile(Profiles::Profile profile, bool confirmWarnings = true);
    /// A profile was handed to the device thread for this pump (alone or in a group).
    void showProfileStarting(const QString &profileName);
    void updateProfile(const Profiles::ProfileRunner::Progress &progress);
    QString profileText() const;
    /// Where "Run profile…" finds its profiles (the app data folder's library unless set).
    void setProfileLibrary(const Profiles::ProfileLibrary &library) { m_library = library; }
    static QString stateText(Profiles::ProfileRunner::State state);  ///< "Running", "Link lost", ...

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void guardWheel(QWidget *control);
    void send(const Device::PumpCommand &command);
    void showFeedback(const QString &text, bool error);
    void chooseProfile();
    void updateProfileButtons(const Profiles::ProfileRunner::Progress &progress);
    /// Enables what the link and the role acting now allow (the core refuses the rest anyway).
    void updateControls();
    double mlPerRev() const;
    /// The setpoint box follows the pump's setpoint while the operator is not typing one.
    void showPumpSetpoint(const Device::PumpSnapshot &snapshot);
    void updateCalibration();

    Services::DeviceService &m_devices;
    Services::MonitorSession &m_session;
    QString m_id;
    Profiles::ProfileLibrary m_library;
    bool m_sensor = false;
    bool m_connected = false;
    bool m_feedbackFromLink = false;  ///< the feedback line follows the link's errors (since it was lost)
    bool m_setpointEdited = false;    ///< the operator typed a setpoint not yet sent: the box keeps it
    QLabel *m_link = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_calibration = nullptr;
    QLabel *m_speed = nullptr;
    QLabel *m_flow = nullptr;
    QLabel *m_volume = nullptr;
    QLabel *m_pressure = nullptr;
    QLabel *m_feedback = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_prime = nullptr;
    QComboBox *m_direction = nullptr;
    QDoubleSpinBox *m_setpoint = nullptr;
    QComboBox *m_setpointUnit = nullptr;
    QToolButton *m_apply = nullptr;
    QSpinBox *m_poll = nullptr;
    QDoubleSpinBox *m_high = nullptr;
    QDoubleSpinBox *m_highHigh = nullptr;
    QPushButton *m_runProfile = nullptr;
    QLabel *m_profileLabel = nullptr;
    QPushButton *m_profilePause = nullptr;
    QPushButton *m_profileResume = nullptr;
    QPushButton *m_profileSkip = nullptr;
    QPushButton *m_profileConfirm = nullptr;
    QPushButton *m_profileAbort = nullptr;
};

} // namespace PumpStudio
