// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QWidget;

namespace PumpStudio {
class AppSettings;
}
namespace PumpStudio::Accounts {
class Session;
}
namespace PumpStudio::Services {
class Workbench;
}

namespace PumpStudio {

/// The window's side of the session: who is at the workstation (a status bar label), the
/// Session menu (log in, switch user, log off, password, accounts), the log-in asked for in
/// controlled mode and after an automatic log-off, input counted as activity, the reason
/// dialog the core asks through, and in open mode the operator asked when a run starts.
class SessionControls final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionControls)

public:
    SessionControls(Services::Workbench &workbench, QWidget *window);
    ~SessionControls() override;

    QLabel *label() const { return m_label; }
    /// Fills the Session menu.
    void populate(QMenu *menu);
    /// Asks for the operator in open mode when a run starts (the GUI started by a person, not
    /// --demo or --smoke).
    void setAskOperator(bool ask) { m_askOperator = ask; }
    /// In controlled mode with nobody logged in: shows the log-in dialog (not modal).
    void requireLogIn();

Q_SIGNALS:
    /// The user, mode or policy changed: what the window shows may change.
    void permissionsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void showLogIn(int purpose);
    void askOperatorForRun();

    Services::Workbench &m_workbench;
    Accounts::Session &m_session;
    QWidget *m_window;
    QLabel *m_label = nullptr;
    QAction *m_logIn = nullptr;
    QAction *m_switch = nullptr;
    QAction *m_logOff = nullptr;
    QAction *m_password = nullptr;
    QAction *m_accounts = nullptr;
    QPointer<QWidget> m_loginDialog;
    bool m_askOperator = false;
    bool m_operatorAsked = false;
    bool m_changingPassword = false;  ///< its hashes are running: the action waits
};

} // namespace PumpStudio
