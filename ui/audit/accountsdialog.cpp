// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "accountsdialog.h"

#include "accounts/session.h"
#include "audit/audittrail.h"
#include "prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

using Accounts::Role;

AccountsDialog::AccountsDialog(Accounts::Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(u"accountsDialog"_s);
    setWindowTitle(tr("Accounts and Policies"));
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({tr("User id"), tr("Full name"), tr("Role"), tr("State"), tr("Password set")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &text, void (AccountsDialog::*slot)()) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    button(tr("New Account…"), &AccountsDialog::addAccount);
    button(tr("Change Role…"), &AccountsDialog::changeRole);
    button(tr("Disable / Enable"), &AccountsDialog::toggleEnabled);
    button(tr("Reset Password…"), &AccountsDialog::resetPassword);
    button(tr("Unlock"), &AccountsDialog::unlock);
    buttons->addStretch();

    const Accounts::Policy policy = session.policy();
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Open: no log-in, the operator is picked at the start of a run"), int(Accounts::Mode::Open));
    m_mode->addItem(tr("Controlled: log-in required, roles and policies enforced"), int(Accounts::Mode::Controlled));
    m_mode->setCurrentIndex(policy.mode == Accounts::Mode::Open ? 0 : 1);
    m_minLength = new QSpinBox(this);
    m_minLength->setRange(8, 128);
    m_minLength->setValue(policy.minPasswordLength);
    m_lettersDigits = new QCheckBox(tr("Passwords need letters and digits"), this);
    m_lettersDigits->setChecked(policy.passwordNeedsLettersAndDigits);
    m_failures = new QSpinBox(this);
    m_failures->setRange(1, 100);
    m_failures->setValue(policy.maxFailedLogins);
    m_lockout = new QSpinBox(this);
    m_lockout->setRange(1, 24 * 60);
    m_lockout->setSuffix(tr(" min"));
    m_lockout->setValue(policy.lockoutMinutes);
    m_inactivity = new QSpinBox(this);
    m_inactivity->setRange(0, 24 * 60);
    m_inactivity->setSuffix(tr(" min"));
    m_inactivity->setSpecialValueText(tr("never"));
    m_inactivity->setValue(policy.inactivityMinutes);
    m_approvedOnly = new QCheckBox(tr("Only approved profiles run (controlled mode)"), this);
    m_approvedOnly->setChecked(policy.approvedProfilesOnly);
    m_refuseOverdue = new QCheckBox(tr("Profiles do not start on a pump whose calibration is overdue (controlled mode)"), this);
    m_refuseOverdue->setObjectName(u"refuseOverdueCalibration"_s);
    m_refuseOverdue->setChecked(policy.refuseOverdueCalibration);
    auto *form = new QFormLayout;
    form->addRow(tr("Mode:"), m_mode);
    form->addRow(tr("Minimum password length:"), m_minLength);
    form->addRow(QString(), m_lettersDigits);
    form->addRow(tr("Lock after failed log-ins:"), m_failures);
    form->addRow(tr("Locked for:"), m_lockout);
    form->addRow(tr("Log off after inactivity:"), m_inactivity);
    form->addRow(QString(), m_approvedOnly);
    form->addRow(QString(), m_refuseOverdue);
    auto *reasons = new QVBoxLayout;
    for (Accounts::ChangeKind kind : Accounts::allChangeKinds()) {
        auto *box = new QCheckBox(Accounts::changeKindText(kind), this);
        box->setProperty("kind", int(kind));
        box->setChecked(policy.reasonsRequired.contains(kind));
        m_reasons.append(box);
        reasons->addWidget(box);
    }
    form->addRow(tr("A reason is required for:"), reasons);
    auto *apply = new QPushButton(tr("Apply Policy"), this);
    connect(apply, &QPushButton::clicked, this, &AccountsDialog::applyPolicy);
    form->addRow(QString(), apply);
    auto *policyBox = new QGroupBox(tr("Mode and policies"), this);
    policyBox->setLayout(form);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(policyBox);
    layout->addWidget(close);
    resize(820, 720);
    refresh();
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::refresh()
{
    const QList<Accounts::Account> accounts = m_session.accounts().accounts();
    const QDateTime now = m_session.trail().now();
    m_table->setRowCount(int(accounts.size()));
    for (int row = 0; row < accounts.size(); ++row) {
        const Accounts::Account &a = accounts.at(row);
        const QString state = !a.enabled ? tr("disabled") : a.isLocked(now) ? tr("locked until %1").arg(a.lockedUntilUtc.toLocalTime().toString(u"HH:mm"_s)) : tr("active");
        const QStringList cells{a.id, a.fullName, Accounts::roleText(a.role), state,
                                a.passwordChangedUtc.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

QString AccountsDialog::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->text();
}

void AccountsDialog::report(const Result<void> &result)
{
    if (!result)
        QMessageBox::warning(this, tr("Accounts"), result.error().message);
    refresh();
}

namespace {
std::optional<Role> pickRole(QWidget *parent, Role current)
{
    QStringList names;
    for (Role r : Accounts::allRoles())
        names.append(Accounts::roleText(r));
    bool ok = false;
    const QString picked = QInputDialog::getItem(parent, AccountsDialog::tr("Role"), AccountsDialog::tr("Role:"), names,
                                                 int(Accounts::allRoles().indexOf(current)), false, &ok);
    if (!ok)
        return std::nullopt;
    return Accounts::allRoles().at(names.indexOf(picked));
}

QString reasonFor(Accounts::Session &session, QWidget *parent)
{
    if (!session.reasonRequired(Accounts::ChangeKind::AccountChange))
        return {};
    return askReason(parent, Accounts::changeKindText(Accounts::ChangeKind::AccountChange)).value_or(QString());
}
} // namespace

void AccountsDialog::addAccount()
{
    bool ok = false;
    const QString id = QInputDialog::getText(this, tr("New Account"), tr("User id (unique, never reused):"), QLineEdit::Normal, {}, &ok);
    if (!ok || id.trimmed().isEmpty())
        return;
    const QString name = QInputDialog::getText(this, tr("New Account"), tr("Full name (printed with signatures):"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const auto role = pickRole(this, m_session.accounts().hasAdministrator() ? Role::Technician : Role::Administrator);
    if (!role)
        return;
    const QString password = QInputDialog::getText(this, tr("New Account"), tr("First password:"), QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    setBusy(true);
    m_session.createAccountAsync(id, name, *role, password, reasonFor(m_session, this), this, [this](const Result<void> &r) {
        setBusy(false);
        report(r);
    });
}

void AccountsDialog::changeRole()
{
    const auto account = m_session.accounts().account(selectedId());
    if (!account)
        return;
    if (const auto role = pickRole(this, account->role))
        report(m_session.setRole(account->id, *role, reasonFor(m_session, this)));
}

void AccountsDialog::toggleEnabled()
{
    const auto account = m_session.accounts().account(selectedId());
    if (account)
        report(m_session.setEnabled(account->id, !account->enabled, reasonFor(m_session, this)));
}

void AccountsDialog::resetPassword()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Reset Password"), tr("New password for %1:").arg(id), QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    setBusy(true);
    m_session.resetPasswordAsync(id, password, {}, this, [this](const Result<void> &r) {
        setBusy(false);
        report(r);
    });
}

void AccountsDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        child->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void AccountsDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void AccountsDialog::unlock()
{
    const QString id = selectedId();
    if (!id.isEmpty())
        report(m_session.unlock(id));
}

void AccountsDialog::applyPolicy()
{
    Accounts::Policy p;
    p.mode = Accounts::Mode(m_mode->currentData().toInt());
    p.minPasswordLength = m_minLength->value();
    p.passwordNeedsLettersAndDigits = m_lettersDigits->isChecked();
    p.maxFailedLogins = m_failures->value();
    p.lockoutMinutes = m_lockout->value();
    p.inactivityMinutes = m_inactivity->value();
    p.approvedProfilesOnly = m_approvedOnly->isChecked();
    p.refuseOverdueCalibration = m_refuseOverdue->isChecked();
    p.reasonsRequired.clear();
    for (QCheckBox *box : std::as_const(m_reasons)) {
        if (box->isChecked())
            p.reasonsRequired.append(Accounts::ChangeKind(box->property("kind").toInt()));
    }
    report(m_session.setPolicy(p));
}

} // namespace PumpStudio
