// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/orderhistory.h"

#include "catalog/catalogstore.h"
#include "core/filereading.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Catalog {

namespace {
constexpr qint64 kMaxHistoryBytes = 16 * 1024 * 1024;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OrderHistory)
};
} // namespace

OrderHistory::OrderHistory(QString path) : m_path(std::move(path)) {}

Result<void> OrderHistory::load()
{
    m_entries.clear();
    m_writable = false;
    if (!QFileInfo::exists(m_path)) {
        m_writable = true;
        return {};
    }
    auto bytes = readFileLimited(m_path, kMaxHistoryBytes, Tr::tr("an order history"));
    if (!bytes)
        return bytes.error();  // not writable: the next append must not replace a file it could not read
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        // Kept aside, never overwritten: the next order starts a new history beside it.
        const QFileInfo info(m_path);
        const QString aside = info.dir().filePath(
            u"%1.damaged-%2.json"_s.arg(info.completeBaseName(), QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)));
        if (!QFile::rename(m_path, aside))
            return makeError(Error::Code::BadFile, Tr::tr("%1 is not an order history file; it is left as it is.").arg(m_path));
        m_writable = true;
        return makeError(Error::Code::BadFile,
                         Tr::tr("%1 is not an order history file; it was kept as %2 and a new history is started.")
                             .arg(m_path, aside));
    }
    m_writable = true;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        SentOrder order;
        order.reference = object.value(u"reference"_s).toString();
        order.sentAt = QDateTime::fromString(object.value(u"sentAt"_s).toString(), Qt::ISODate);
        order.recipient = object.value(u"recipient"_s).toString();
        order.how = object.value(u"how"_s).toString();
        order.totals = object.value(u"totals"_s).toString();
        for (const QJsonValue &line : object.value(u"lines"_s).toArray())
            order.lines.push_back({line[u"sku"_s].toString(), std::clamp(line[u"quantity"_s].toInt(), 0, Cart::kMaxQuantity)});
        m_entries.push_back(std::move(order));
    }
    return {};
}

Result<void> OrderHistory::append(SentOrder order)
{
    m_entries.insert(m_entries.begin(), std::move(order));
    if (!m_writable)
        return makeError(Error::Code::Io, Tr::tr("%1 could not be read, so it is not overwritten; the order is not in the saved history.")
                                              .arg(m_path));
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
