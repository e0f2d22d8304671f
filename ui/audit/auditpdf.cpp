// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "auditpdf.h"

#include "accounts/role.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("PumpStudio::AuditPdf", text, disambiguation, n);
}
} // namespace

Result<void> writeAuditPdf(const QString &path, const QList<Audit::AuditEntry> &entries, const QString &filterText,
                           const Audit::VerifyReport &report)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Code::Io, tr("Could not write %1: %2").arg(path, file.errorString())};
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setResolution(150);
        pdf.setTitle(tr("PumpStudio audit trail"));
        pdf.setCreator(u"PumpStudio"_s);
        QPainter p;
        if (!p.begin(&pdf)) {
            file.cancelWriting();
            return Error{Error::Code::Io, tr("Could not start the PDF %1.").arg(path)};
        }
        const int margin = 40;
        const int width = pdf.width() - 2 * margin;
        int y = margin;
        QFont title = p.font();
        title.setPointSizeF(14);
        title.setBold(true);
        QFont body = p.font();
        body.setPointSizeF(7);
        QFont bold = body;
        bold.setBold(true);
        const auto line = [&](const QString &text, const QFont &font) {
            p.setFont(font);
            const QRect r = p.boundingRect(QRect(margin, y, width, 10000), Qt::TextWordWrap, text);
            if (r.bottom() > pdf.height() - margin) {
                pdf.newPage();
                y = margin;
            }
            const QRect at = p.boundingRect(QRect(margin, y, width, 10000), Qt::TextWordWrap, text);
            p.drawText(at, Qt::TextWordWrap, text);
            y = at.bottom() + 4;
        };
        line(tr("Audit trail"), title);
        line(tr("Printed %1 · %n entries · filter: %2", nullptr, int(entries.size()))
                 .arg(QDateTime::currentDateTime().toString(Qt::ISODate), filterText.isEmpty() ? tr("none") : filterText),
             body);
        line(report.intact ? tr("Hash chain verified: %1 entries intact; last entry %2, hash %3")
                                 .arg(report.checked).arg(report.lastSeq).arg(QString::fromLatin1(report.headHash))
                           : tr("Hash chain BROKEN at entry %1: %2").arg(report.brokenSeq).arg(report.problem),
             bold);
        y += 6;
        for (const Audit::AuditEntry &e : entries) {
            QString text = u"#%1  %2  %3 (%4) @ %5  [%6]  %7: %8"_s.arg(e.seq)
                               .arg(e.localTimeText(), e.actor.displayName(), Accounts::roleTokenText(e.actor.role),
                                    e.actor.workstation, Audit::kindText(e.kind), e.target, e.action);
            if (!e.actor.osUser.isEmpty())
                text += tr("  OS user %1").arg(e.actor.osUser);
            if (!e.oldValue.isEmpty() || !e.newValue.isEmpty())
                text += u"  %1 -> %2"_s.arg(e.oldValue.left(200), e.newValue.left(200));
            if (!e.reason.isEmpty())
                text += tr("  Reason: %1").arg(e.reason);
            line(text, body);
        }
        p.end();
    }
    if (!file.commit())
        return Error{Error::Code::Io, tr("Could not write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace PumpStudio
