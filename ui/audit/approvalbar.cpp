// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "approvalbar.h"

#include "accounts/session.h"
#include "audit/audittrail.h"
#include "profiles/profileeditorpage.h"
#include "services/profileapproval.h"
#include "signaturedialog.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

ApprovalBar::ApprovalBar(Accounts::Session &session, ProfileEditorPage &page, QWidget *parent)
    : QWidget(parent), m_session(session), m_page(page)
{
    setObjectName(u"approvalBar"_s);
    m_label = new QLabel(this);
    m_label->setObjectName(u"approvalText"_s);
    m_label->setWordWrap(true);
    m_approve = new QPushButton(tr("Approve…"), this);
    m_approve->setToolTip(tr("Sign this profile as approved (reviewer/QA); the password is asked again"));
    connect(m_approve, &QPushButton::clicked, this, &ApprovalBar::approve);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_approve);
    connect(&page, &ProfileEditorPage::profileOpened, this, &ApprovalBar::refresh);
    connect(&page, &ProfileEditorPage::modifiedChanged, this, &ApprovalBar::refresh);
    connect(&session, &Accounts::Session::changed, this, &ApprovalBar::refresh);
    connect(&session.trail(), &Audit::AuditTrail::appended, this, &ApprovalBar::refresh);
    refresh();
}

ApprovalBar::~ApprovalBar() = default;

QString ApprovalBar::text() const { return m_label->text(); }

void ApprovalBar::refresh()
{
    if (m_page.openPath().isEmpty()) {
        m_label->setText(tr("New profile: save it before it can be approved."));
        m_approve->setEnabled(false);
        return;
    }
    const QByteArray hash = Services::profileContentHash(m_page.profile());
    const Services::Approval approval = Services::approvalOf(m_session.trail(), hash, Services::profileSubject(m_page.openPath()));
    QString text = approval.text();
    if (m_page.isModified())
        text = tr("Unsaved changes: saving them withdraws any approval. %1").arg(text);
    const char *colour = approval.state == Services::Approval::State::Approved ? "#1b5e20"
                         : approval.state == Services::Approval::State::Withdrawn ? "#b00020" : "#5f6368";
    m_label->setStyleSheet(u"color: %1;"_s.arg(QLatin1StringView(colour)));
    m_label->setText(text);
    m_approve->setEnabled(!m_page.isModified() && approval.state != Services::Approval::State::Approved);
}

void ApprovalBar::approve()
{
    const QByteArray hash = Services::profileContentHash(m_page.profile());
    SignatureDialog dialog(m_session, Audit::Meaning::Approved, Services::profileSubject(m_page.openPath()), hash,
                           tr("Profile \"%1\" (%2)").arg(m_page.profile().name, QFileInfo(m_page.openPath()).fileName()), this);
    dialog.exec();
    refresh();
}

} // namespace PumpStudio
