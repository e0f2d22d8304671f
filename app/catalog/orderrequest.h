// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "catalog/cart.h"
#include "catalog/catalogtypes.h"
#include "core/result.h"

#include <QDateTime>
#include <QUrl>

class QLocale;

namespace PumpStudio {
class AppSettings;
}

namespace PumpStudio::Catalog {

/// Who is asking for the quote; kept in the settings between sessions.
struct CustomerDetails
{
    QString organisation;
    QString contact;
    QString address;
    QString email;
    QString notes;
    QString recipient;  ///< where "Send" addresses the mail: the distributor or the manufacturer

    static CustomerDetails load(const AppSettings &settings);
    void save(AppSettings &settings) const;
    friend bool operator==(const CustomerDetails &, const CustomerDetails &) = default;
};

/// One line of an order request, priced at the time it was made.
struct OrderLine
{
    QString sku;
    LocalizedText name;
    int quantity = 0;
    std::optional<Money> unitPrice;   ///< empty: price on request
    std::optional<Money> lineTotal;
    QString pack;                     ///< "10 pcs", "15 m"
};

/// A priced snapshot of the cart with the customer's and the supplier's details.
struct OrderRequest
{
    QString reference;
    QDateTime created;
    CustomerDetails customer;
    Manufacturer supplier;
    LocalizedText notice;
    std::vector<OrderLine> lines;
    CartTotals totals;
};

/// Fails, naming the currencies, when a total could not be computed (it would overflow): such an
/// order is not sent or exported.
Result<void> checkTotals(const OrderRequest &order);
/// "PS-yyyyMMdd-HHmmss": unique enough for one customer, readable on the phone.
QString orderReference(const QDateTime &created);
OrderRequest buildOrderRequest(const Cart &cart, const Catalog &catalog, const CustomerDetails &customer,
                               const QDateTime &created);
/// The totals in one line: "CNY 1,280.00 + USD 50.00; 2 item(s) price on request".
QString totalsText(const CartTotals &totals, const QLocale &locale);
/// CSV (UTF-8 with BOM so spreadsheet programs read the Chinese names) of the request.
QByteArray orderCsv(const OrderRequest &order, Language language, const QLocale &locale);
/// The plain-text summary used as the mail body.
QString orderText(const OrderRequest &order, Language language, const QLocale &locale);
/// A mailto: URL with subject and the summary as body.
QUrl orderMailto(const OrderRequest &order, Language language, const QLocale &locale);

} // namespace PumpStudio::Catalog
