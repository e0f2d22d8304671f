// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "audit/signature.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace PumpStudio::Accounts {
class Session;
}

namespace PumpStudio {

/// An electronic signature: says what is signed and what the signature means, and asks for the
/// password again. In controlled mode the signer is the user logged in; in open mode any
/// account may sign with its own id and password.
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
    void accept() override;

private:
    Accounts::Session &m_session;
    Audit::Meaning m_meaning;
    QString m_subject;
    QByteArray m_hash;
    QString m_what;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    std::optional<Audit::Signature> m_signature;
};

} // namespace PumpStudio
