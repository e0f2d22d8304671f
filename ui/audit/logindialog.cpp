// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "logindialog.h"
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

LoginDialog::LoginDialog(Accounts::Session &session, Purpose purpose, QWidget *parent)
    : QDialog(parent), m_session(session), m_purpose(purpose)
{
    setObjectName(u"loginDialog"_s);
    setWindowTitle(purpose == Purpose::SwitchUser ? tr("Switch User") : tr("Log In to PumpStudio"));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    switch (purpose) {
    case Purpose::LogIn:
        intro->setText(tr("This workstation is in controlled mode: log in with your own user id. Every action is recorded "
                          "in the audit trail under your name."));
        break;
    case Purpose::SwitchUser:
        intro->setText(tr("The current user is logged off. Pumps and profiles that are running go on under whoever "
                          "started them; what you do next is recorded under your name."));
        break;
    case Purpose::Unlock:
        intro->setText(tr("You were logged off after a time without activity. Running pumps went on. Log in to continue."));
        break;
    }
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"loginUser"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"loginPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    if (session.user() && purpose == Purpose::Unlock)
        m_user->setText(session.user()->id);
    m_message = new QLabel(this);
    m_message->setObjectName(u"loginMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("User id:"), m_user);
    form->addRow(tr("Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Log In"));
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_user->setFocus();
}

LoginDialog::~LoginDialog() = default;

QString LoginDialog::message() const { return m_message->text(); }

void LoginDialog::accept()
{
    if (m_busy)
        return;  // one check at a time: Enter pressed twice submits once
    const QString id = m_user->text().trimmed();
    const QString password = m_password->text();
    m_password->clear();
    setBusy(true);
    const auto done = [this](const Result<void> &result) {
        setBusy(false);
        if (!result) {
            m_message->setText(result.error().message);
            m_password->setFocus();
            return;
        }
        QDialog::accept();
    };
    if (m_purpose == Purpose::SwitchUser)
        m_session.switchUserAsync(id, password, this, done);
    else
        m_session.logInAsync(id, password, this, done);
}

void LoginDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    showPasswordCheck(*this, *m_message, {m_user, m_password, m_ok, m_cancel}, busy, tr("Checking the password…"));
}

} // namespace PumpStudio
