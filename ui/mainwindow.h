// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QMainWindow>

#include <memory>
#include <optional>

class QActionGroup;
class QLabel;
class QMessageBox;

namespace Ui {
class MainWindow;
}

namespace PumpStudio {

class AppSettings;
class BrokerStatusLabel;
class CatalogPage;
class DemoControls;
class ProfileEditorPage;
class DevicesPage;
class MonitorPage;
class RecordsPage;
class SessionControls;
namespace Services {
class DeviceService;
class MonitorSession;
class Workbench;
}

/// The application shell: navigation between the work areas, menus, status bar. Closing it
/// while the program runs pumps asks first, then stops them and finishes the run record before
/// the window goes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Services::Workbench &workbench, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Stable ids of the pages in navigation order ("devices", "monitor", ...).
    QStringList pageIds() const;
    QString currentPageId() const;
    /// Shows the page with `id`; unknown ids are ignored and logged.
    void showPage(const QString &id);
    /// Starts simulated pumps and marks the window as a demo (status bar and title).
    void startDemo();
    DemoControls *demoControls() const { return m_demoControls; }
    /// A distributor's presentation, once the demo is started: the catalog shows what fits the
    /// demo's pumps, the sample profile in `profilePath` is open in the editor, and the Monitor
    /// page is shown. False (and the log says why) when the profile does not open.
    bool preparePresentation(const QString &profilePath);
    ProfileEditorPage *profilesPage() const { return m_profilesPage; }
    CatalogPage *catalogPage() const { return m_catalogPage; }
    /// The workbench has shut down (the pumps stopped, the record finished) by another way than
    /// this window (a signal, --quit-after): the window closes without asking, keeping its layout.
    void acceptShutdown();
    /// The session's controls (log-in, switch user, the operator prompt in open mode).
    SessionControls *sessionControls() const { return m_sessionControls; }
    /// The question asked when the window is closed while pumps run (null when none is open).
    QMessageBox *closeQuestion() const { return m_closeQuestion; }
    /// The status bar's telemetry state.
    BrokerStatusLabel *brokerStatus() const { return m_brokerStatus; }
    RecordsPage *recordsPage() const { return m_recordsPage; }
    /// Tools > Lab Network… (modal).
    void showLabNetwork();

Q_SIGNALS:
    void currentPageChanged(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(const QString &id, const QString &iconName, const QString &title, QWidget *page);
    void restoreLayout();
    void saveLayout();
    void showAbout();
    void updateConnectionState(int connected, int lost);
    /// Pumps the program set moving or runs a profile on, by name.
    QStringList pumpsUnderControl() const;
    void shutDownAndClose();
    /// Pages the role may not use are hidden; with nobody logged in (controlled mode) none is usable.
    void applyPermissions();
    std::optional<QString> askReasonFor(const QString &what);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Services::Workbench &m_workbench;
    AppSettings &m_settings;
    Services::DeviceService &m_devices;
    DevicesPage *m_devicesPage = nullptr;
    MonitorPage *m_monitorPage = nullptr;
    RecordsPage *m_recordsPage = nullptr;
    Services::MonitorSession *m_session = nullptr;
    QActionGroup *m_pageActions = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_demoLabel = nullptr;
    BrokerStatusLabel *m_brokerStatus = nullptr;
    DemoControls *m_demoControls = nullptr;  ///< in the status bar once a demo ran: switch on any page
    ProfileEditorPage *m_profilesPage = nullptr;
    CatalogPage *m_catalogPage = nullptr;
    QStringList m_pageIds;
    QMessageBox *m_closeQuestion = nullptr;
    SessionControls *m_sessionControls = nullptr;
    bool m_mayClose = false;  ///< the pumps are stopped and the record finished
};

} // namespace PumpStudio
