// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sessioncontrols.h"

#include "accounts/session.h"
#include "accountsdialog.h"
#include "audit/actor.h"
#include "core/appsettings.h"
#include "logindialog.h"
#include "prompts.h"
#include "services/deviceservice.h"
#include "services/monitorsession.h"
#include "services/workbench.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

namespace {
const QString kOperatorsKey = u"records/operators"_s;
}

SessionControls::SessionControls(Services::Workbench &workbench, QWidget *window)
    : QObject(window), m_workbench(workbench), m_session(workbench.session()), m_window(window)
{
    m_label = new QLabel(window);
    m_label->setObjectName(u"sessionLabel"_s);
    m_logIn = new QAction(tr("&Log In…"), this);
    m_switch = new QAction(tr("&Switch User…"), this);
    m_switch->setShortcut(QKeySequence(u"Ctrl+Shift+U"_s));
    m_logOff = new QAction(tr("Log &Off"), this);
    m_password = new QAction(tr("Change &Password…"), this);
    m_accounts = new QAction(tr("&Accounts and Policies…"), this);
    connect(m_logIn, &QAction::triggered, this, [this] { showLogIn(int(LoginDialog::Purpose::LogIn)); });
    connect(m_switch, &QAction::triggered, this, [this] { showLogIn(int(LoginDialog::Purpose::SwitchUser)); });
    connect(m_logOff, &QAction::triggered, this, [this] { m_session.logOff(); });
    connect(m_password, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString old = QInputDialog::getText(m_window, tr("Change Password"), tr("Current password:"), QLineEdit::Password, {}, &ok);
        if (!ok)
            return;
        const QString fresh = QInputDialog::getText(m_window, tr("Change Password"), tr("New password:"), QLineEdit::Password, {}, &ok);
        if (!ok)
            return;
        // Two slow hashes (the old password checked, the new one hashed), off the GUI thread.
        m_changingPassword = true;
        update();
        m_window->setCursor(Qt::BusyCursor);
        m_session.changeOwnPasswordAsync(old, fresh, this, [this](const Result<void> &r) {
            m_changingPassword = false;
            m_window->unsetCursor();
            update();
            if (!r)
                QMessageBox::warning(m_window, tr("Change Password"), r.error().message);
            else
                QMessageBox::information(m_window, tr("Change Password"), tr("Your password was changed."));
        });
    });
    connect(m_accounts, &QAction::triggered, this, [this] {
        AccountsDialog dialog(m_session, m_window);
        dialog.exec();
    });
    connect(&m_session, &Accounts::Session::changed, this, &SessionControls::update);
    connect(&m_session, &Accounts::Session::loggedOff, this, [this](Accounts::Session::LogOffReason reason) {
        if (reason == Accounts::Session::LogOffReason::Inactivity && m_session.isControlled())
            QTimer::singleShot(0, this, [this] { showLogIn(int(LoginDialog::Purpose::Unlock)); });
    });
    // The core asks for reasons through here, and refusals are said in the status bar.
    const Services::ReasonProvider reasons = [this](const QString &what) { return askReason(m_window, what); };
    workbench.devices().setReasonProvider(reasons);
    connect(&workbench.monitor(), &Services::MonitorSession::runStarted, this, &SessionControls::askOperatorForRun);
    qApp->installEventFilter(this);
    update();
}

SessionControls::~SessionControls()
{
    qApp->removeEventFilter(this);
}

void SessionControls::populate(QMenu *menu)
{
    menu->addAction(m_logIn);
    menu->addAction(m_switch);
    menu->addAction(m_logOff);
    menu->addSeparator();
    menu->addAction(m_password);
    menu->addAction(m_accounts);
}

bool SessionControls::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        m_session.noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SessionControls::update()
{
    const Audit::Actor actor = m_session.actor();
    QString text;
    if (m_session.isControlled()) {
        if (m_session.isLoggedIn())
            text = tr("%1 · %2").arg(actor.displayName(), Accounts::roleTokenText(actor.role));
        else if (m_session.isDemoWithoutLogin())
            text = tr("Demo (no log-in): simulated pumps only");
        else
            text = tr("Controlled mode: nobody logged in");
    } else {
        text = tr("Open mode · operator %1 · OS user %2")
                   .arg(m_session.operatorName().isEmpty() ? tr("not chosen") : m_session.operatorName(), actor.osUser);
    }
    m_label->setText(text);
    m_logIn->setVisible(!m_session.isLoggedIn());
    m_switch->setEnabled(m_session.isLoggedIn());
    m_logOff->setEnabled(m_session.isLoggedIn());
    m_password->setEnabled(m_session.isLoggedIn() && !m_changingPassword);
    m_accounts->setEnabled(m_session.mayAdminister());
    Q_EMIT permissionsChanged();
}

void SessionControls::requireLogIn()
{
    if (m_session.isControlled() && !m_session.isLoggedIn() && !m_session.isDemoWithoutLogin())
        showLogIn(int(LoginDialog::Purpose::LogIn));
}

void SessionControls::showLogIn(int purpose)
{
    if (m_loginDialog)
        return;
    auto *dialog = new LoginDialog(m_session, LoginDialog::Purpose(purpose), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_loginDialog = dialog;
    dialog->open();
}

void SessionControls::askOperatorForRun()
{
    if (!m_askOperator || m_session.isControlled() || m_session.isLoggedIn() || m_operatorAsked)
        return;
    m_operatorAsked = true;  // once per program run; the name is remembered
    AppSettings &settings = m_workbench.settings();
    QStringList remembered = settings.value(kOperatorsKey).toStringList();
    const auto name = askOperator(m_window, remembered, m_session.operatorName(), m_session.actor().osUser);
    if (!name)
        return;
    remembered.removeAll(*name);
    remembered.prepend(*name);
    settings.setValue(kOperatorsKey, remembered.mid(0, 20));
    m_workbench.monitor().setRunOperator(*name);
}

} // namespace PumpStudio
