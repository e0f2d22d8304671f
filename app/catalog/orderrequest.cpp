// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/orderrequest.h"

#include "core/csv.h"
#include "core/appsettings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Catalog {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OrderRequest)
};

const QString kCustomerGroup = u"catalog/customer/"_s;

QString packText(const Specs &specs)
{
    if (!specs.packSize)
        return {};
    return specs.packUnit == u"m"_s ? Tr::tr("%1 m").arg(*specs.packSize) : Tr::tr("%n pcs", nullptr, *specs.packSize);
}

} // namespace

CustomerDetails CustomerDetails::load(const AppSettings &settings)
{
    CustomerDetails details;
    details.organisation = settings.value(kCustomerGroup + u"organisation"_s).toString();
    details.contact = settings.value(kCustomerGroup + u"contact"_s).toString();
    details.address = settings.value(kCustomerGroup + u"address"_s).toString();
    details.email = settings.value(kCustomerGroup + u"email"_s).toString();
    details.notes = settings.value(kCustomerGroup + u"notes"_s).toString();
    details.recipient = settings.value(kCustomerGroup + u"recipient"_s).toString();
    return details;
}

void CustomerDetails::save(AppSettings &settings) const
{
    settings.setValue(kCustomerGroup + u"organisation"_s, organisation);
    settings.setValue(kCustomerGroup + u"contact"_s, contact);
    settings.setValue(kCustomerGroup + u"address"_s, address);
    settings.setValue(kCustomerGroup + u"email"_s, email);
    settings.setValue(kCustomerGroup + u"notes"_s, notes);
    settings.setValue(kCustomerGroup + u"recipient"_s, recipient);
}

Result<void> checkTotals(const OrderRequest &order)
{
    if (!order.totals.overflowed())
        return {};
    return makeError(Error::Code::OutOfRange,
                     Tr::tr("The total in %1 is too large to compute; lower the quantities or split the order.")
                         .arg(order.totals.tooLarge.join(u", "_s)));
}

QString orderReference(const QDateTime &created)
{
    return u"PS-"_s + created.toString(u"yyyyMMdd-HHmmss"_s);
}

OrderRequest buildOrderRequest(const Cart &cart, const Catalog &catalog, const CustomerDetails &customer,
                               const QDateTime &created)
{
    OrderRequest order;
    order.reference = orderReference(created);
    order.created = created;
    order.customer = customer;
    order.supplier = catalog.manufacturer;
    order.notice = catalog.notice;
    order.totals = cartTotals(cart, catalog);
    for (const CartLine &cartLine : cart.lines()) {
        const CatalogItem *item = catalog.find(cartLine.sku);
        if (!item)
            continue;  // counted in totals.unknownLines; nothing to quote
        OrderLine line;
        line.sku = item->sku;
        line.name = item->name;
        line.quantity = cartLine.quantity;
        line.unitPrice = item->effectivePrice();
        if (line.unitPrice)
            line.lineTotal = multiply(*line.unitPrice, cartLine.quantity);  // empty if it cannot be computed
        line.pack = packText(item->specs);
        order.lines.push_back(std::move(line));
    }
    return order;
}

QString totalsText(const CartTotals &totals, const QLocale &locale)
{
    QStringList sums;
    for (auto it = totals.perCurrency.begin(); it != totals.perCurrency.end(); ++it)
        sums.append(formatMoney(Money{it.value(), it.key()}, locale));
    for (const QString &currency : totals.tooLarge)
        sums.append(Tr::tr("%1 total too large to compute").arg(currency));
    QString text = sums.isEmpty() ? QString() : sums.join(u" + "_s);
    if (totals.onRequestLines > 0) {
        const QString onRequest = Tr::tr("%n item(s) price on request", nullptr, totals.onRequestLines);
        text = text.isEmpty() ? onRequest : Tr::tr("%1; %2").arg(text, onRequest);
    }
    return text.isEmpty() ? Tr::tr("nothing priced") : text;
}

QByteArray orderCsv(const OrderRequest &order, Language language, const QLocale &locale)
{
    // Plain numbers (dot decimal) in the price columns so spreadsheets can sum them. Every text
    // cell (item names, the contact typed by the user) goes through the one CSV writer, which
    // keeps a name like "=HYPERLINK(...)" from running as a formula.
    Q_UNUSED(locale)
    CsvWriter csv;
    csv.writeByteOrderMark();
    csv.row({Tr::tr("Reference"), order.reference});
    csv.row({Tr::tr("Date"), order.created.toString(Qt::ISODate)});
    csv.row({Tr::tr("Organisation"), order.customer.organisation});
    csv.row({Tr::tr("Contact"), order.customer.contact});
    csv.row({Tr::tr("Email"), order.customer.email});
    csv.endRow();
    csv.row({Tr::tr("SKU"), Tr::tr("Name"), Tr::tr("Pack"), Tr::tr("Quantity"), Tr::tr("Unit price"), Tr::tr("Currency"),
             Tr::tr("Line total")});
    for (const OrderLine &line : order.lines) {
        csv.text(line.sku).text(line.name.text(language)).text(line.pack).number(line.quantity);
        if (line.unitPrice)
            csv.number(plainAmount(line.unitPrice->minor).toLatin1()).text(line.unitPrice->currency);
        else
            csv.text(Tr::tr("on request")).empty();
        if (line.lineTotal)
            csv.number(plainAmount(line.lineTotal->minor).toLatin1());
        else if (line.unitPrice)
            csv.text(Tr::tr("too large to compute"));
        else
            csv.empty();
        csv.endRow();
    }
    csv.endRow();
    for (auto it = order.totals.perCurrency.begin(); it != order.totals.perCurrency.end(); ++it)
        csv.text(Tr::tr("Total")).empty().empty().empty().empty().text(it.key()).number(plainAmount(it.value()).toLatin1()).endRow();
    for (const QString &currency : order.totals.tooLarge)
        csv.text(Tr::tr("Total")).empty().empty().empty().empty().text(currency).text(Tr::tr("too large to compute")).endRow();
    if (order.totals.onRequestLines > 0)
        csv.text(Tr::tr("Price on request")).empty().empty().number(order.totals.onRequestUnits).endRow();
    return csv.data();
}

QString orderText(const OrderRequest &order, Language language, const QLocale &locale)
{
    QStringList lines;
    lines << Tr::tr("Order request %1").arg(order.reference);
    lines << Tr::tr("Date: %1").arg(locale.toString(order.created, QLocale::ShortFormat));
    lines << QString();
    for (const OrderLine &line : order.lines) {
        const QString price = line.lineTotal ? formatMoney(*line.lineTotal, locale)
                              : line.unitPrice ? Tr::tr("too large to compute")
                                               : Tr::tr("price on request");
        lines << Tr::tr("%1 x %2  %3 — %4").arg(line.quantity).arg(line.sku, line.name.text(language), price);
    }
    lines << QString();
    lines << Tr::tr("Total: %1").arg(totalsText(order.totals, locale));
    lines << QString();
    const CustomerDetails &c = order.customer;
    lines << Tr::tr("Organisation: %1").arg(c.organisation);
    lines << Tr::tr("Contact: %1").arg(c.contact);
    lines << Tr::tr("Address: %1").arg(c.address);
    lines << Tr::tr("Email: %1").arg(c.email);
    if (!c.notes.isEmpty())
        lines << Tr::tr("Notes: %1").arg(c.notes);
    lines << QString();
    lines << Tr::tr("Supplier: %1 (%2)").arg(order.supplier.name.text(language), order.supplier.website);
    return lines.join(u'\n');
}

QUrl orderMailto(const OrderRequest &order, Language language, const QLocale &locale)
{
    QUrl url;
    url.setScheme(u"mailto"_s);
    url.setPath(order.customer.recipient);
    QUrlQuery query;
    // Encode fully ourselves: mail clients split the body on a raw '&' or '+'.
    const auto encode = [](const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); };
    query.addQueryItem(u"subject"_s,
                       encode(Tr::tr("Order request %1 — %2").arg(order.reference, order.customer.organisation)));
    QString body = orderText(order, language, locale);
    body.replace(u"\n"_s, u"\r\n"_s);
    query.addQueryItem(u"body"_s, encode(body));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

} // namespace PumpStudio::Catalog
