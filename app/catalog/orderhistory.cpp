// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/orderhistory.h"

#include "catalog/catalogstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Catalog {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OrderHistory)
};
} // namespace

OrderHistory::OrderHistory(QString path) : m_path(std::move(path)) {}

Result<void> OrderHistory::load()
{
    m_entries.clear();
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, Tr::tr("Cannot read %1: %2").arg(m_path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray())
        return makeError(Error::Code::BadFile, Tr::tr("%1 is not an order history file").arg(m_path));
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        SentOrder order;
        order.reference = object.value(u"reference"_s).toString();
        order.sentAt = QDateTime::fromString(object.value(u"sentAt"_s).toString(), Qt::ISODate);
        order.recipient = object.value(u"recipient"_s).toString();
        order.how = object.value(u"how"_s).toString();
        order.totals = object.value(u"totals"_s).toString();
        for (const QJsonValue &line : object.value(u"lines"_s).toArray())
            order.lines.push_back({line[u"sku"_s].toString(), line[u"quantity"_s].toInt()});
        m_entries.push_back(std::move(order));
    }
    return {};
}

Result<void> OrderHistory::append(SentOrder order)
{
    m_entries.insert(m_entries.begin(), std::move(order));
    QJsonArray array;
    for (const SentOrder &entry : m_entries) {
        QJsonArray lines;
        for (const CartLine &line : entry.lines)
            lines.append(QJsonObject{{u"sku"_s, line.sku}, {u"quantity"_s, line.quantity}});
        array.append(QJsonObject{{u"reference"_s, entry.reference},
                                 {u"sentAt"_s, entry.sentAt.toString(Qt::ISODate)},
                                 {u"recipient"_s, entry.recipient},
                                 {u"how"_s, entry.how},
                                 {u"totals"_s, entry.totals},
                                 {u"lines"_s, lines}});
    }
    return writeFileAtomically(m_path, QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace PumpStudio::Catalog
