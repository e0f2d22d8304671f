// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "audit/signature.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace PumpStudio::Accounts {
class Session;
}

namespace PumpStudio {

/// An electronic signature: says what is signed and what the signature means, and asks for the
/// password again. In controlled mode the signer is the user logged in; in open mode any
/// account may sign with its own id and password. The password is checked off the GUI thread;
/// meanwhile the dialog says so and takes no second submission, nor a cancel.
class SignatureDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignatureDialog)

public:
    SignatureDialog(Accounts::Session &session, Audit::Meaning meaning, const QString &subject, const QByteArray &contentHash,
                    const QString &what, QWidget *parent = nullptr);
    ~SignatureDialog() override;

    std::optional<Audit::Signature> signature() const { return m_signature; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QString message() const;
    /// The password is being checked.
    bool isBusy() const { return m_busy; }
    /// Starts the check; the dialog closes once the signature is recorded.
    void accept() override;
    /// Ignored while the password is being checked.
    void reject() override;

private:
    void setBusy(bool busy);

    Accounts::Session &m_session;
    Audit::Meaning m_meaning;
    QString m_subject;
    QByteArray m_hash;
    QString m_what;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_busy = false;
    std::optional<Audit::Signature> m_signature;
};

} // namespace PumpStudio
