// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/cart.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtNumeric>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Catalog {

namespace {
struct CartTr
{
    Q_DECLARE_TR_FUNCTIONS(Cart)
};
} // namespace

std::optional<QString> stockWarning(const CatalogItem &item, Language language, int inCart, int adding)
{
    if (!item.stock || adding <= 0)
        return std::nullopt;
    const int stock = *item.stock;
    const int wanted = std::max(0, inCart) + adding;
    const QString name = u"%1 (%2)"_s.arg(item.name.text(language), item.sku);
    if (stock <= 0)
        return CartTr::tr("%1 is out of stock (0 in stock): an order waits until the distributor has it again.").arg(name);
    if (wanted > stock)
        return CartTr::tr("Only %1 of %2 in stock; the cart would hold %3.").arg(stock).arg(name).arg(wanted);
    return std::nullopt;
}

void Cart::add(const QString &sku, int quantity)
{
    if (sku.isEmpty() || quantity <= 0)
        return;
    const auto it = std::find_if(m_lines.begin(), m_lines.end(), [&sku](const CartLine &line) { return line.sku == sku; });
    if (it != m_lines.end())
        it->quantity = std::min(kMaxQuantity, it->quantity + std::min(quantity, kMaxQuantity));
    else
        m_lines.push_back({sku, std::min(quantity, kMaxQuantity)});
}

bool Cart::setQuantity(const QString &sku, int quantity)
{
    const auto it = std::find_if(m_lines.begin(), m_lines.end(), [&sku](const CartLine &line) { return line.sku == sku; });
    if (it == m_lines.end())
        return false;
    if (quantity <= 0)
        m_lines.erase(it);
    else
        it->quantity = std::min(quantity, kMaxQuantity);
    return true;
}

bool Cart::remove(const QString &sku) { return setQuantity(sku, 0); }

int Cart::quantity(const QString &sku) const
{
    const auto it = std::find_if(m_lines.begin(), m_lines.end(), [&sku](const CartLine &line) { return line.sku == sku; });
    return it == m_lines.end() ? 0 : it->quantity;
}

int Cart::totalUnits() const
{
    int units = 0;
    for (const CartLine &line : m_lines) {
        if (qAddOverflow(units, line.quantity, &units))
            return std::numeric_limits<int>::max();  // a hand-edited cart of 20,000+ lines
    }
    return units;
}

QByteArray Cart::toJson() const
{
    QJsonArray array;
    for (const CartLine &line : m_lines)
        array.append(QJsonObject{{u"sku"_s, line.sku}, {u"quantity"_s, line.quantity}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

Cart Cart::fromJson(const QByteArray &json)
{
    Cart cart;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array()) {
        const QJsonObject object = value.toObject();
        cart.add(object.value(u"sku"_s).toString(), object.value(u"quantity"_s).toInt());
    }
    return cart;
}

CartTotals cartTotals(const Cart &cart, const Catalog &catalog)
{
    CartTotals totals;
    for (const CartLine &line : cart.lines()) {
        const CatalogItem *item = catalog.find(line.sku);
        if (!item) {
            ++totals.unknownLines;
            continue;
        }
        const auto price = item->effectivePrice();
        if (!price) {
            ++totals.onRequestLines;
            if (qAddOverflow(totals.onRequestUnits, line.quantity, &totals.onRequestUnits))
                totals.onRequestUnits = std::numeric_limits<int>::max();
            continue;
        }
        if (totals.tooLarge.contains(price->currency))
            continue;
        const auto lineTotal = multiply(*price, line.quantity);
        qint64 sum = 0;
        if (!lineTotal || qAddOverflow(totals.perCurrency.value(price->currency), lineTotal->minor, &sum)) {
            totals.perCurrency.remove(price->currency);
            totals.tooLarge.append(price->currency);
            continue;
        }
        totals.perCurrency[price->currency] = sum;
    }
    return totals;
}

} // namespace PumpStudio::Catalog
