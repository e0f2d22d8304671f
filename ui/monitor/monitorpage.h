// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "services/deviceservice.h"
#include "profiles/profilelibrary.h"
#include "records/csvexport.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>

class QFrame;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace PumpStudio::Services {
class DeviceService;
class MonitorSession;
}
namespace PumpStudio::Monitor {
struct AlarmEntry;
}

namespace PumpStudio {

class AlarmModel;
class DeviceStyles;
class FlowLayout;
class GroupStartDialog;
class PumpBackDialog;
class PumpPanel;
class TrendChart;

/// What a technician looks at all day: a control panel per connected pump side by side, the
/// live flow and pressure chart, the alarm banner and list, and the run being recorded.
class MonitorPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorPage)

public:
    MonitorPage(Services::DeviceService &devices, Services::MonitorSession &session, QWidget *parent = nullptr);

    TrendChart *chart() const { return m_chart; }
    PumpPanel *panel(const QString &pumpId) const { return m_panels.value(pumpId); }
    bool bannerVisible() const;
    QString bannerText() const;
    /// Where "Run profile…" and "Run profiles together…" find profiles (the app data folder's
    /// library unless set).
    void setProfileFolder(const QString &folder);
    /// Opens "Run profiles together…" (window-modal, not blocking); raises it when already open.
    void openGroupStart();
    GroupStartDialog *groupStartDialog() const;
    /// How each device's lines look on charts: give it to other charts to draw devices alike.
    std::shared_ptr<DeviceStyles> deviceStyles() const { return m_styles; }
    /// Where the splitter between panels, chart and alarms stands, to remember it.
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);
    /// The open "Pump is back" question for a pump, if any.
    PumpBackDialog *pumpBackDialog(const QString &pumpId) const;

    /// The exports behind the buttons, to a path chosen already: each is refused when the role
    /// may not export, and written to the audit trail when it worked (exported() then).
    void exportCsvTo(const QString &path, Records::CsvLayout layout);
    bool exportImageTo(const QString &path, bool svg);
    void exportReportTo(const QString &path);

Q_SIGNALS:
    void statusMessage(const QString &text);
    /// An export was written (and audited).
    void exported(const QString &path);

private:
    void onPumpChanged(const Device::PumpSnapshot &snapshot);
    void onPumpRemoved(const QString &id);
    void onAlarmsChanged();
    void onAlarmRaised(const Monitor::AlarmEntry &alarm);
    void onProfileProgress(const QString &id, const Profiles::ProfileRunner::Progress &progress);
    void closePumpBack(const QString &id);
    void updateGroupButton();
    void updateRunLabel();
    void updateLimitLines();
    void exportCsv();
    void exportImage(bool svg);
    void exportReport();
    bool mayExport(const QString &title);
    void auditExport(const QString &target, const QString &action);

    Services::DeviceService &m_devices;
    Services::MonitorSession &m_session;
    QHash<QString, PumpPanel *> m_panels;
    Profiles::ProfileLibrary m_library;
    QHash<QString, QString> m_profileNames;                ///< the profile last started on each pump
    QHash<QString, QPointer<PumpBackDialog>> m_pumpBack;   ///< at most one question per pump
    QSet<QString> m_pumpBackSeen;                          ///< pumps whose run is lost-link with the pump back
    QPointer<GroupStartDialog> m_groupStart;
    QPushButton *m_groupButton = nullptr;
    FlowLayout *m_panelRow = nullptr;
    QLabel *m_noPumps = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QLabel *m_runLabel = nullptr;
    QPushButton *m_recordButton = nullptr;
    TrendChart *m_chart = nullptr;
    std::shared_ptr<DeviceStyles> m_styles;
    QSplitter *m_splitter = nullptr;
    bool m_splitterSetByUser = false;  ///< dragged, or restored from the saved layout: left alone
    void fitPanelRow();
    AlarmModel *m_alarmModel = nullptr;
    QTableView *m_alarmView = nullptr;
};

} // namespace PumpStudio
