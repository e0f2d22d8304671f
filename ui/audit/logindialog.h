// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace PumpStudio::Accounts {
class Session;
}

namespace PumpStudio {

/// Log-in (and switch user): the user id and password, checked by the session (lock-out and
/// the trail are its). Stays open with the reason while the log-in fails; pumps keep running
/// meanwhile under whoever started them. The slow password hash runs off the GUI thread:
/// while it runs the dialog says so and takes no second submission, nor a cancel.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    enum class Purpose { LogIn, SwitchUser, Unlock };
    LoginDialog(Accounts::Session &session, Purpose purpose, QWidget *parent = nullptr);
    ~LoginDialog() override;

    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QString message() const;
    /// The password is being checked.
    bool isBusy() const { return m_busy; }

    /// Starts the check; the dialog closes when it succeeds.
    void accept() override;
    /// Ignored while the password is being checked (the check's outcome applies anyway).
    void reject() override;

private:
    void setBusy(bool busy);

    Accounts::Session &m_session;
    Purpose m_purpose;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_busy = false;
};

} // namespace PumpStudio
