// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "auditpage.h"

#include "accounts/session.h"
#include "audit/auditexport.h"
#include "audit/audittrail.h"
#include "auditpdf.h"
#include "audittablemodel.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

namespace {
constexpr int kMaxColumnWidth = 260;  ///< pixels
}

AuditPage::AuditPage(Accounts::Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_model = new AuditTableModel(this);
    m_proxy = new AuditFilterModel(this);
    m_proxy->setSourceModel(m_model);
    connect(&session.trail(), &Audit::AuditTrail::appended, m_model, &AuditTableModel::append);

    m_useSince = new QCheckBox(tr("From"), this);
    m_since = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this);
    m_since->setCalendarPopup(true);
    m_useUntil = new QCheckBox(tr("to"), this);
    m_until = new QDateTimeEdit(QDateTime::currentDateTime().addDays(1), this);
    m_until->setCalendarPopup(true);
    m_user = new QComboBox(this);
    m_user->setObjectName(u"auditUser"_s);
    m_user->setEditable(true);
    m_user->setMinimumContentsLength(12);
    m_pump = new QLineEdit(this);
    m_pump->setObjectName(u"auditPump"_s);
    m_pump->setPlaceholderText(tr("Pump"));
    m_pump->setClearButtonEnabled(true);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"auditKind"_s);
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &kind : Audit::allKinds())
        m_kind->addItem(Audit::kindText(kind), kind);
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Search actions, values, reasons…"));
    m_text->setClearButtonEnabled(true);
    for (QCheckBox *box : {m_useSince, m_useUntil})
        connect(box, &QCheckBox::toggled, this, &AuditPage::applyFilter);
    for (QDateTimeEdit *edit : {m_since, m_until})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &AuditPage::applyFilter);
    connect(m_user, &QComboBox::currentTextChanged, this, &AuditPage::applyFilter);
    connect(m_pump, &QLineEdit::textChanged, this, &AuditPage::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &AuditPage::applyFilter);

    auto *verify = new QPushButton(tr("Verify Chain"), this);
    verify->setObjectName(u"auditVerify"_s);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setToolTip(tr("What is shown, as PDF (to read) or CSV and JSON (for machines)"));
    connect(verify, &QPushButton::clicked, this, [this] { this->verify(); });
    connect(exportButton, &QPushButton::clicked, this, &AuditPage::exportChosen);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_useSince);
    filters->addWidget(m_since);
    filters->addWidget(m_useUntil);
    filters->addWidget(m_until);
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(m_user);
    filters->addWidget(m_pump);
    filters->addWidget(m_kind);
    filters->addWidget(m_text, 1);
    filters->addWidget(verify);
    filters->addWidget(exportButton);

    m_view = new QTableView(this);
    m_view->setObjectName(u"auditView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditTableModel::Seq, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_verify = new QLabel(this);
    m_verify->setObjectName(u"auditVerifyResult"_s);
    m_verify->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_verify);
    layout->addWidget(m_view, 1);
    reload();
}

AuditPage::~AuditPage() = default;

void AuditPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void AuditPage::reload()
{
    m_model->setEntries(m_session.trail().entries().valueOr({}));
    QSet<QString> users;
    for (const Audit::AuditEntry &e : m_model->entries())
        users.insert(e.actor.userId);
    QStringList sorted(users.cbegin(), users.cend());
    sorted.sort(Qt::CaseInsensitive);
    const QString current = m_user->currentText();
    const QSignalBlocker block(m_user);
    m_user->clear();
    m_user->addItem(QString());
    m_user->addItems(sorted);
    m_user->setCurrentText(current);
    m_view->resizeColumnsToContents();
    // A long value (a pump's whole configuration as JSON) would push the old and new values off
    // the page: wide columns are cut to a readable width, the whole text is in the tooltip.
    for (int column = 0; column < m_view->model()->columnCount(); ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), kMaxColumnWidth));
}

void AuditPage::applyFilter()
{
    Audit::AuditFilter f;
    if (m_useSince->isChecked())
        f.since = m_since->dateTime().toUTC();
    if (m_useUntil->isChecked())
        f.until = m_until->dateTime().toUTC();
    f.user = m_user->currentText().trimmed();
    f.pump = m_pump->text().trimmed();
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty())
        f.kinds = {kind};
    f.text = m_text->text().trimmed();
    m_proxy->setFilter(f);
}

void AuditPage::setUserFilter(const QString &user) { m_user->setCurrentText(user); }
void AuditPage::setPumpFilter(const QString &pump) { m_pump->setText(pump); }
void AuditPage::setKindFilter(const QString &kind) { m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind))); }

QString AuditPage::verifyText() const { return m_verify->text(); }

bool AuditPage::verify()
{
    auto report = m_session.trail().verify();
    if (!report) {
        m_verify->setText(report.error().message);
        return false;
    }
    if (report->intact) {
        m_verify->setStyleSheet(u"color: #1b5e20;"_s);
        m_verify->setText(tr("Verified: %1 entries, the hash chain is intact. Last entry %2, hash %3.")
                              .arg(report->checked).arg(report->lastSeq).arg(QString::fromLatin1(report->headHash)));
    } else {
        m_verify->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
        m_verify->setText(tr("The audit trail is BROKEN at entry %1: %2").arg(report->brokenSeq).arg(report->problem));
    }
    return report->intact;
}

bool AuditPage::exportTo(const QString &path)
{
    if (auto r = m_session.check(Accounts::Permission::ExportData); !r) {
        QMessageBox::warning(this, tr("Export"), r.error().message);
        return false;
    }
    const QList<Audit::AuditEntry> shown = m_proxy->shownEntries();
    const QString suffix = QFileInfo(path).suffix().toLower();
    Result<void> written;
    if (suffix == u"pdf") {
        const auto report = m_session.trail().verify();
        written = writeAuditPdf(path, shown, m_proxy->filter().isEmpty() ? QString() : tr("as shown on the Audit page"),
                                report ? *report : Audit::VerifyReport{});
    } else {
        written = Audit::exportEntries(shown, path, suffix == u"json");
    }
    if (!written) {
        QMessageBox::warning(this, tr("Export"), written.error().message);
        return false;
    }
    Audit::AuditDraft draft;
    draft.kind = Audit::Kind::Export;
    draft.target = tr("audit trail");
    draft.action = tr("%n audit entries exported to %1", nullptr, int(shown.size())).arg(path);
    (void)m_session.record(draft);
    Q_EMIT statusMessage(tr("%n entries written to %1", nullptr, int(shown.size())).arg(path));
    return true;
}

void AuditPage::exportChosen()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the Audit Trail"), u"audit-trail.pdf"_s,
                                                      tr("PDF for reading (*.pdf);;CSV (*.csv);;JSON (*.json)"), &filter);
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace PumpStudio
