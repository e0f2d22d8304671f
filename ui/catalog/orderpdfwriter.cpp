// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "orderpdfwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

using namespace Catalog;

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u"\n"_s, u"<br>"_s);
}

} // namespace

QString OrderPdfWriter::html(const OrderRequest &order, Language language, const QLocale &locale)
{
    QString h;
    h += u"<html><body>"_s;
    // Letterhead: supplier left, document title and reference right.
    h += u"<table width='100%' cellspacing='0' cellpadding='0'><tr>"
         "<td width='55%'><span style='font-size:14pt;font-weight:bold;color:#1f4e79'>%1</span><br>"
         "<span style='color:#444'>%2</span></td>"
         "<td width='45%' align='right'><span style='font-size:13pt;font-weight:bold'>%3</span><br>%4<br>%5</td>"
         "</tr></table><hr>"_s.arg(escaped(order.supplier.name.text(language)),
                                   escaped(order.supplier.website + (order.supplier.email.isEmpty() ? QString() : u"  ·  "_s + order.supplier.email)),
                                   escaped(tr("Request for quotation")),
                                   escaped(tr("Reference: %1").arg(order.reference)),
                                   escaped(tr("Date: %1").arg(locale.toString(order.created.date(), QLocale::LongFormat))));

    const CustomerDetails &c = order.customer;
    h += u"<p><b>%1</b><br>%2<br>%3<br>%4<br>%5</p>"_s.arg(escaped(tr("Requested by")), escaped(c.organisation),
                                                           escaped(c.contact), escaped(c.address), escaped(c.email));

    h += u"<table width='100%' cellspacing='0' cellpadding='4' border='0.5' style='border-collapse:collapse'>"
         "<tr style='background:#dde6f0;white-space:nowrap'><th align='left' width='3%'>#</th><th align='left' width='21%'>%1</th>"
         "<th align='left' width='30%'>%2</th><th align='left' width='8%'>%3</th><th align='right' width='6%'>%4</th>"
         "<th align='right' width='16%'>%5</th><th align='right' width='16%'>%6</th></tr>"_s
             .arg(escaped(tr("SKU")), escaped(tr("Item")), escaped(tr("Pack")), escaped(tr("Qty")),
                  escaped(tr("Unit price")), escaped(tr("Amount")));
    int number = 0;
    for (const OrderLine &line : order.lines) {
        // A SKU, a quantity or a price is one token: broken over lines ("YW-CF-/PES022-/150") it
        // cannot be read back or typed into an order. The item's name wraps instead.
        h += u"<tr><td>%1</td><td style='white-space:nowrap'>%2</td><td>%3</td><td>%4</td><td align='right'>%5</td>"
             "<td align='right' style='white-space:nowrap'>%6</td><td align='right' style='white-space:nowrap'>%7</td></tr>"_s.arg(++number)
                 .arg(escaped(line.sku), escaped(line.name.text(language)), escaped(line.pack),
                      locale.toString(line.quantity),
                      escaped(line.unitPrice ? formatMoney(*line.unitPrice, locale) : tr("on request")),
                      escaped(line.lineTotal ? formatMoney(*line.lineTotal, locale)
                              : line.unitPrice ? tr("too large to compute")
                                               : QString()));
    }
    h += u"</table>"_s;

    h += u"<table width='100%' cellspacing='0' cellpadding='3'>"_s;
    for (auto it = order.totals.perCurrency.begin(); it != order.totals.perCurrency.end(); ++it) {
        h += u"<tr><td align='right' width='80%'><b>%1</b></td><td align='right'><b>%2</b></td></tr>"_s.arg(
            escaped(tr("Total (%1)").arg(it.key())), escaped(formatMoney(Money{it.value(), it.key()}, locale)));
    }
    for (const QString &currency : order.totals.tooLarge) {
        h += u"<tr><td align='right' width='80%'><b>%1</b></td><td align='right'><b>%2</b></td></tr>"_s.arg(
            escaped(tr("Total (%1)").arg(currency)), escaped(tr("too large to compute")));
    }
    if (order.totals.onRequestLines > 0) {
        h += u"<tr><td align='right' width='80%'>%1</td><td align='right'>%2</td></tr>"_s.arg(
            escaped(tr("Price on request")), escaped(tr("%n item(s)", nullptr, order.totals.onRequestLines)));
    }
    h += u"</table>"_s;

    if (!c.notes.isEmpty())
        h += u"<p><b>%1</b><br>%2</p>"_s.arg(escaped(tr("Notes")), escaped(c.notes));
    h += u"<p>%1</p>"_s.arg(escaped(tr("Please reply with a quotation including delivery time. Prices shown are the "
                                       "list or distributor prices known to the requester; items marked \"on "
                                       "request\" are to be quoted by the supplier.")));
    if (!order.notice.isEmpty())
        h += u"<p style='color:#777;font-size:7pt'>%1</p>"_s.arg(escaped(order.notice.text(language)));
    h += u"<p style='color:#777;font-size:7pt'>%1</p>"_s.arg(escaped(tr("Prepared with PumpStudio.")));
    h += u"</body></html>"_s;
    return h;
}

Result<void> OrderPdfWriter::write(const OrderRequest &order, Language language, const QLocale &locale,
                                   const QString &path)
{
    // QPdfWriter reports no errors, so clear the way and check for the file afterwards.
    if (QFile::exists(path) && !QFile::remove(path))
        return makeError(Error::Code::Io, tr("Cannot replace %1").arg(path));
    {
        QPdfWriter writer(path);
        writer.setTitle(tr("Request for quotation %1").arg(order.reference));
        writer.setCreator(u"PumpStudio"_s);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);

        QTextDocument document;
        // Latin text and digits from a Latin font, Chinese from a CJK fallback: Qt's PDF engine maps
        // the CJK font's Latin digits to no Unicode, which would make numbers unsearchable.
        QFont font;
        font.setFamilies({u"DejaVu Sans"_s, u"Noto Sans"_s, u"Liberation Sans"_s, u"Noto Sans CJK SC"_s,
                          u"Source Han Sans SC"_s, u"WenQuanYi Micro Hei"_s, u"sans-serif"_s});
        font.setPointSizeF(9.0);
        document.setDefaultFont(font);
        document.setHtml(html(order, language, locale));
        document.print(&writer);
    }  // the writer finishes the file when it goes
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return makeError(Error::Code::Io, tr("Cannot write %1").arg(path));
    return {};
}

} // namespace PumpStudio
