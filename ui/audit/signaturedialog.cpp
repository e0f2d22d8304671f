// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "signaturedialog.h"
#include "prompts.h"

#include "accounts/session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

SignatureDialog::SignatureDialog(Accounts::Session &session, Audit::Meaning meaning, const QString &subject,
                                 const QByteArray &contentHash, const QString &what, QWidget *parent)
    : QDialog(parent), m_session(session), m_meaning(meaning), m_subject(subject), m_hash(contentHash), m_what(what)
{
    setObjectName(u"signatureDialog"_s);
    setWindowTitle(tr("Electronic Signature"));
    auto *intro = new QLabel(tr("<p>You are signing:<br><b>%1</b></p><p>Meaning of this signature: <b>%2</b></p>"
                                "<p>Your signature is the legally binding equivalent of your handwritten signature. It is "
                                "recorded with your printed name and the time, linked to exactly this content "
                                "(SHA-256 %3…).</p>")
                                 .arg(what.toHtmlEscaped(), Audit::meaningText(meaning), QString::fromLatin1(contentHash.left(16))),
                             this);
    intro->setWordWrap(true);
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"signatureUser"_s);
    if (const auto user = session.user()) {
        m_user->setText(user->id);
        m_user->setReadOnly(session.isControlled());
    }
    auto *name = new QLabel(session.user() ? session.user()->fullName : tr("(the account's full name)"), this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"signaturePassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("User id:"), m_user);
    form->addRow(tr("Printed name:"), name);
    form->addRow(tr("Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Sign"));
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignatureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignatureDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

SignatureDialog::~SignatureDialog() = default;

QString SignatureDialog::message() const { return m_message->text(); }

void SignatureDialog::accept()
{
    if (m_busy)
        return;  // one check at a time: one signature
    const QString password = m_password->text();
    m_password->clear();
    setBusy(true);
    m_session.signAsync(m_user->text().trimmed(), password, m_meaning, m_subject, m_hash, m_what, this,
                        [this](const Result<Audit::Signature> &signature) {
                            setBusy(false);
                            if (!signature) {
                                m_message->setText(signature.error().message);
                                m_password->setFocus();
                                return;
                            }
                            m_signature = *signature;
                            QDialog::accept();
                        });
}

void SignatureDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void SignatureDialog::setBusy(bool busy)
{
    m_busy = busy;
    showPasswordCheck(*this, *m_message, {m_user, m_password, m_ok, m_cancel}, busy, tr("Checking the password…"));
}

} // namespace PumpStudio
