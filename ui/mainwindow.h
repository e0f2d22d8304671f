// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QMainWindow>

#include <memory>

class QActionGroup;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace PumpStudio {

class AppSettings;
class DevicesPage;
class MonitorPage;
class RecordsPage;
namespace Device {
class DeviceService;
}
namespace Monitor {
class MonitorSession;
}

/// The application shell: navigation between the work areas, menus, status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(AppSettings &settings, Device::DeviceService &devices, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Stable ids of the pages in navigation order ("devices", "monitor", ...).
    QStringList pageIds() const;
    QString currentPageId() const;
    /// Shows the page with `id`; unknown ids are ignored and logged.
    void showPage(const QString &id);
    /// Starts simulated pumps and marks the window as a demo (status bar and title).
    void startDemo();

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

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppSettings &m_settings;
    Device::DeviceService &m_devices;
    DevicesPage *m_devicesPage = nullptr;
    MonitorPage *m_monitorPage = nullptr;
    RecordsPage *m_recordsPage = nullptr;
    Monitor::MonitorSession *m_session = nullptr;
    QActionGroup *m_pageActions = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_demoLabel = nullptr;
    QStringList m_pageIds;
};

} // namespace PumpStudio
