// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QTableWidget;

namespace PumpStudio::Accounts {
class Session;
}

namespace PumpStudio {

/// Accounts and policies, for administrators (and for whoever sets up the first one): accounts
/// are added, changed, disabled and unlocked, never deleted; the mode and the policies are set
/// here. Every change goes through the session, which refuses what the user may not do and
/// writes the rest to the audit trail. Passwords are hashed off the GUI thread; meanwhile the
/// dialog is disabled.
class AccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    explicit AccountsDialog(Accounts::Session &session, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    /// A password is being hashed (new account, reset): the dialog takes nothing else meanwhile.
    bool isBusy() const { return m_busy; }
    /// Ignored while a password is being hashed.
    void reject() override;

private:
    void setBusy(bool busy);
    void refresh();
    QString selectedId() const;
    void addAccount();
    void changeRole();
    void toggleEnabled();
    void resetPassword();
    void unlock();
    void applyPolicy();
    void report(const Result<void> &result);

    Accounts::Session &m_session;
    QTableWidget *m_table = nullptr;
    QComboBox *m_mode = nullptr;
    QSpinBox *m_minLength = nullptr;
    QCheckBox *m_lettersDigits = nullptr;
    QSpinBox *m_failures = nullptr;
    QSpinBox *m_lockout = nullptr;
    QSpinBox *m_inactivity = nullptr;
    QCheckBox *m_approvedOnly = nullptr;
    QCheckBox *m_refuseOverdue = nullptr;
    QList<QCheckBox *> m_reasons;
    bool m_busy = false;
};

} // namespace PumpStudio
