// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/catalogloader.h"

#include "catalog/vocabulary.h"
#include "core/filereading.h"
#include "core/messagetext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Catalog {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CatalogLoader)
};

int lineAt(const QByteArray &bytes, qsizetype offset)
{
    return 1 + static_cast<int>(bytes.left(offset).count('\n'));
}

// QJsonDocument keeps no positions, so one lexical pass finds the line where each element of
// the top-level "items" array starts; errors can then point people at the right line.
std::vector<int> itemStartLines(const QByteArray &json)
{
    std::vector<int> lines;
    int depth = 0;
    int line = 1;
    bool inString = false;
    bool escaped = false;
    bool inItems = false;
    bool expectValue = false;
    QByteArray current;
    QByteArray lastKey;
    for (const char c : json) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            else
                current.append(c);
            if (!inString && depth == 1)
                lastKey = current;
            continue;
        }
        if (inItems && depth == 2 && expectValue && c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ','
            && c != ']') {
            lines.push_back(line);
            expectValue = false;
        }
        switch (c) {
        case '"':
            inString = true;
            current.clear();
            break;
        case '{':
        case '[':
            if (c == '[' && depth == 1 && lastKey == "items") {
                inItems = true;
                expectValue = true;
            }
            ++depth;
            break;
        case '}':
        case ']':
            --depth;
            if (depth == 1)
                inItems = false;
            break;
        case ',':
            if (inItems && depth == 2)
                expectValue = true;
            break;
        default:
            break;
        }
    }
    return lines;
}

constexpr double kMaxSizeMm = 10000;
constexpr double kMaxPoreUm = 10000;
constexpr double kMaxAreaCm2 = 1e6;
constexpr double kMaxCapacityMl = 1e6;
constexpr double kMaxServiceLifeHours = 1e6;

class Parser final
{
public:
    Parser(QString fileName, QString baseDir, std::vector<int> lines)
        : m_file(std::move(fileName)), m_baseDir(std::move(baseDir)), m_lines(std::move(lines))
    {
    }

    Result<Catalog> parse(const QJsonObject &root);

private:
    // Error at file level (no item).
    Error fileError(const QString &field, const QString &problem) const
    {
        return makeError(Error::Code::BadFile, u"%1: %2: %3"_s.arg(m_file, field, problem));
    }
    Error itemError(const QString &field, const QString &problem) const
    {
        const int line = m_item < static_cast<int>(m_lines.size()) ? m_lines.at(static_cast<std::size_t>(m_item)) : 0;
        const QString where = m_sku.isEmpty() ? Tr::tr("item %1").arg(m_item + 1)
                                              : Tr::tr("item %1 (%2)").arg(m_item + 1).arg(m_sku);
        return makeError(Error::Code::BadFile, u"%1:%2: %3: %4: %5"_s.arg(m_file).arg(line).arg(where, field, problem));
    }

    std::optional<Error> text(const QJsonObject &object, const QString &key, const QString &field,
                              LocalizedText &out, bool required, bool item);
    std::optional<Error> number(const QJsonObject &object, const QString &key, const QString &field,
                                std::optional<double> &out, double maximum);
    std::optional<Error> idList(const QJsonObject &object, const QString &key, const QString &field,
                                const QStringList &known, QStringList &out);
    std::optional<Error> parseItem(const QJsonObject &object, CatalogItem &item);
    std::optional<Error> parseSpecs(const QJsonObject &object, Specs &specs);
    std::optional<Error> parsePrice(const QJsonValue &value, std::optional<Money> &price);

    QString m_file;
    QString m_baseDir;
    std::vector<int> m_lines;
    int m_item = 0;
    QString m_sku;
};

std::optional<Error> Parser::text(const QJsonObject &object, const QString &key, const QString &field,
                                  LocalizedText &out, bool required, bool item)
{
    const auto fail = [&](const QString &problem) { return item ? itemError(field, problem) : fileError(field, problem); };
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return fail(Tr::tr("missing"));
        return std::nullopt;
    }
    // A plain string is the same in both languages (a connection size such as "Luer").
    if (value.isString()) {
        out.en = out.zh = value.toString().trimmed();
    } else if (value.isObject()) {
        const QJsonObject texts = value.toObject();
        for (auto it = texts.begin(); it != texts.end(); ++it) {
            if (it.key() != u"en"_s && it.key() != u"zh"_s)
                return fail(Tr::tr("unknown language \"%1\" (use \"en\" and \"zh\")").arg(messageExcerpt(it.key())));
            if (!it.value().isString())
                return fail(Tr::tr("\"%1\" must be a string").arg(it.key()));
        }
        out.en = texts.value(u"en"_s).toString().trimmed();
        out.zh = texts.value(u"zh"_s).toString().trimmed();
    } else {
        return fail(Tr::tr("must be a string or an object with \"en\" and \"zh\""));
    }
    if (required && (out.en.isEmpty() || out.zh.isEmpty()))
        return fail(Tr::tr("needs both an English (\"en\") and a Chinese (\"zh\") text"));
    return std::nullopt;
}

std::optional<Error> Parser::number(const QJsonObject &object, const QString &key, const QString &field,
                                    std::optional<double> &out, double maximum)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() <= 0.0 || value.toDouble() > maximum)
        return itemError(field, Tr::tr("must be a positive number up to %1").arg(messageNumber(maximum)));
    out = value.toDouble();
    return std::nullopt;
}

std::optional<Error> Parser::idList(const QJsonObject &object, const QString &key, const QString &field,
                                    const QStringList &known, QStringList &out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isArray())
        return itemError(field, Tr::tr("must be a list of ids"));
    for (const QJsonValue &entry : value.toArray()) {
        const QString id = entry.toString();
        if (!entry.isString() || !known.contains(id))
            return itemError(field, Tr::tr("unknown id \"%1\"").arg(entry.isString() ? messageExcerpt(id) : Tr::tr("(not a string)")));
        if (!out.contains(id))
            out.append(id);
    }
    return std::nullopt;
}

std::optional<Error> Parser::parseSpecs(const QJsonObject &object, Specs &specs)
{
    static const QStringList known{u"material"_s, u"connection"_s, u"innerDiameterMm"_s, u"outerDiameterMm"_s,
                                   u"poreSizeUm"_s, u"filterAreaCm2"_s, u"capacityMl"_s, u"packSize"_s,
                                   u"packUnit"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return itemError(u"specs."_s + messageExcerpt(it.key()), Tr::tr("unknown field"));
    }
    if (auto error = text(object, u"material"_s, u"specs.material"_s, specs.material, false, true))
        return error;
    if (auto error = text(object, u"connection"_s, u"specs.connection"_s, specs.connection, false, true))
        return error;
    if (auto error = number(object, u"innerDiameterMm"_s, u"specs.innerDiameterMm"_s, specs.innerDiameterMm, kMaxSizeMm))
        return error;
    if (auto error = number(object, u"outerDiameterMm"_s, u"specs.outerDiameterMm"_s, specs.outerDiameterMm, kMaxSizeMm))
        return error;
    if (specs.innerDiameterMm && specs.outerDiameterMm && *specs.outerDiameterMm <= *specs.innerDiameterMm)
        return itemError(u"specs.outerDiameterMm"_s, Tr::tr("must be larger than the inner diameter"));
    if (auto error = number(object, u"poreSizeUm"_s, u"specs.poreSizeUm"_s, specs.poreSizeUm, kMaxPoreUm))
        return error;
    if (auto error = number(object, u"filterAreaCm2"_s, u"specs.filterAreaCm2"_s, specs.filterAreaCm2, kMaxAreaCm2))
        return error;
    if (auto error = number(object, u"capacityMl"_s, u"specs.capacityMl"_s, specs.capacityMl, kMaxCapacityMl))
        return error;
    const QJsonValue pack = object.value(u"packSize"_s);
    if (!pack.isUndefined() && !pack.isNull()) {
        const double size = pack.toDouble(-1.0);
        if (!pack.isDouble() || size < 1.0 || size != std::floor(size) || size > 100000.0)
            return itemError(u"specs.packSize"_s, Tr::tr("must be a whole number of at least 1"));
        specs.packSize = static_cast<int>(size);
    }
    specs.packUnit = object.value(u"packUnit"_s).toString();
    if (!specs.packUnit.isEmpty() && specs.packUnit != u"pcs"_s && specs.packUnit != u"m"_s)
        return itemError(u"specs.packUnit"_s, Tr::tr("must be \"pcs\" or \"m\""));
    return std::nullopt;
}

std::optional<Error> Parser::parsePrice(const QJsonValue &value, std::optional<Money> &price)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;  // price on request
    if (!value.isObject())
        return itemError(u"price"_s, Tr::tr("must be null (price on request) or {\"amount\", \"currency\"}"));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"amount"_s && it.key() != u"currency"_s)
            return itemError(u"price."_s + messageExcerpt(it.key()), Tr::tr("unknown field"));
    }
    const QJsonValue amount = object.value(u"amount"_s);
    if (!amount.isDouble())
        return itemError(u"price.amount"_s, Tr::tr("must be a number of at least 0"));
    const auto minor = priceMinorUnits(amount.toDouble());
    if (const auto *problem = std::get_if<AmountProblem>(&minor))
        return itemError(u"price.amount"_s, Tr::tr("%1 %2").arg(messageNumber(amount.toDouble(), 2), amountProblemText(*problem)));
    static const QRegularExpression currencyCode(u"\\A[A-Z]{3}\\z"_s);
    const QString currency = object.value(u"currency"_s).toString();
    if (!currencyCode.match(currency).hasMatch())
        return itemError(u"price.currency"_s, Tr::tr("must be a three-letter currency code such as CNY"));
    price = Money{std::get<qint64>(minor), currency};
    return std::nullopt;
}

std::optional<Error> Parser::parseItem(const QJsonObject &object, CatalogItem &item)
{
    static const QStringList known{u"sku"_s,          u"name"_s,  u"description"_s, u"category"_s,
                                   u"specs"_s,        u"applications"_s, u"compatible"_s, u"image"_s,
                                   u"price"_s,        u"serviceLifeHours"_s};
    m_sku = object.value(u"sku"_s).toString().trimmed();
    if (m_sku.isEmpty())
        return itemError(u"sku"_s, Tr::tr("missing"));
    static const QRegularExpression skuPattern(u"\\A[A-Za-z0-9][A-Za-z0-9._/-]*\\z"_s);
    if (!skuPattern.match(m_sku).hasMatch())
        return itemError(u"sku"_s, Tr::tr("may hold only letters, digits and . _ / -"));
    item.sku = m_sku;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return itemError(messageExcerpt(it.key()), Tr::tr("unknown field"));
    }
    if (auto error = text(object, u"name"_s, u"name"_s, item.name, true, true))
        return error;
    if (auto error = text(object, u"description"_s, u"description"_s, item.description, true, true))
        return error;
    item.category = object.value(u"category"_s).toString();
    if (!Vocabulary::categories().contains(item.category))
        return itemError(u"category"_s, Tr::tr("unknown category \"%1\"").arg(messageExcerpt(item.category)));
    const QJsonValue specs = object.value(u"specs"_s);
    if (!specs.isUndefined() && !specs.isObject())
        return itemError(u"specs"_s, Tr::tr("must be an object"));
    if (auto error = parseSpecs(specs.toObject(), item.specs))
        return error;
    if (!object.value(u"applications"_s).isArray())
        return itemError(u"applications"_s, Tr::tr("must be a list"));
    if (auto error = idList(object, u"applications"_s, u"applications"_s, Vocabulary::applications(),
                            item.applications))
        return error;
    const QJsonValue compatible = object.value(u"compatible"_s);
    if (!compatible.isUndefined() && !compatible.isObject())
        return itemError(u"compatible"_s, Tr::tr("must be an object with \"heads\", \"tubing\" and \"models\""));
    const QJsonObject compat = compatible.toObject();
    for (auto it = compat.begin(); it != compat.end(); ++it) {
        if (it.key() != u"heads"_s && it.key() != u"tubing"_s && it.key() != u"models"_s)
            return itemError(u"compatible."_s + messageExcerpt(it.key()), Tr::tr("unknown field"));
    }
    if (auto error = idList(compat, u"heads"_s, u"compatible.heads"_s, Vocabulary::heads(), item.compatibleHeads))
        return error;
    if (auto error = idList(compat, u"tubing"_s, u"compatible.tubing"_s, Vocabulary::tubing(), item.compatibleTubing))
        return error;
    if (auto error = idList(compat, u"models"_s, u"compatible.models"_s, Vocabulary::models(), item.compatibleModels))
        return error;
    const QJsonValue image = object.value(u"image"_s);
    if (!image.isUndefined() && !image.isString())
        return itemError(u"image"_s, Tr::tr("must be a path"));
    item.image = image.toString();
    if (!item.image.isEmpty() && !item.image.startsWith(u':')) {
        const auto inside = imageInside(m_baseDir, item.image);
        if (!inside)
            return itemError(u"image"_s, Tr::tr("\"%1\" leads out of the catalog's folder; give a path inside it, such as "
                                                "\"images/%2\"")
                                             .arg(messageExcerpt(item.image), messageExcerpt(QFileInfo(item.image).fileName())));
        item.image = *inside;
    }
    if (auto error = parsePrice(object.value(u"price"_s), item.price))
        return error;
    return number(object, u"serviceLifeHours"_s, u"serviceLifeHours"_s, item.serviceLifeHours, kMaxServiceLifeHours);
}

Result<Catalog> Parser::parse(const QJsonObject &root)
{
    Catalog catalog;
    const QJsonValue format = root.value(u"format"_s);
    if (!format.isDouble())
        return fileError(u"format"_s, Tr::tr("missing; expected %1").arg(kCatalogFormat));
    catalog.format = format.toInt();
    if (catalog.format > kCatalogFormat)
        return fileError(u"format"_s, Tr::tr("version %1 is newer than this program reads (%2); please update PumpStudio")
                                          .arg(catalog.format)
                                          .arg(kCatalogFormat));
    if (catalog.format < 1)
        return fileError(u"format"_s, Tr::tr("must be %1").arg(kCatalogFormat));
    catalog.version = root.value(u"version"_s).toString();
    if (auto error = text(root, u"notice"_s, u"notice"_s, catalog.notice, false, false))
        return *error;
    const QJsonValue manufacturer = root.value(u"manufacturer"_s);
    if (!manufacturer.isObject())
        return fileError(u"manufacturer"_s, Tr::tr("missing"));
    const QJsonObject maker = manufacturer.toObject();
    if (auto error = text(maker, u"name"_s, u"manufacturer.name"_s, catalog.manufacturer.name, true, false))
        return *error;
    if (auto error = text(maker, u"address"_s, u"manufacturer.address"_s, catalog.manufacturer.address, false, false))
        return *error;
    catalog.manufacturer.website = maker.value(u"website"_s).toString();
    catalog.manufacturer.email = maker.value(u"email"_s).toString();
    catalog.manufacturer.phone = maker.value(u"phone"_s).toString();

    const QJsonValue items = root.value(u"items"_s);
    if (!items.isArray())
        return fileError(u"items"_s, Tr::tr("missing or not a list"));
    const QJsonArray array = items.toArray();
    if (array.isEmpty())
        return fileError(u"items"_s, Tr::tr("the catalog lists no items"));
    QSet<QString> skus;
    for (m_item = 0; m_item < array.size(); ++m_item) {
        m_sku.clear();
        const QJsonValue value = array.at(m_item);
        if (!value.isObject())
            return itemError(u"-"_s, Tr::tr("must be an object"));
        CatalogItem item;
        if (auto error = parseItem(value.toObject(), item))
            return *error;
        if (skus.contains(item.sku))
            return itemError(u"sku"_s, Tr::tr("duplicate SKU"));
        skus.insert(item.sku);
        catalog.items.push_back(std::move(item));
    }
    return catalog;
}

} // namespace

std::optional<QString> imageInside(const QString &baseDir, const QString &image)
{
    QString base = QDir::cleanPath(QDir(baseDir).absolutePath());
    if (!base.endsWith(u'/'))
        base += u'/';  // "/" itself already ends with one
    const QString path = QDir::cleanPath(QFileInfo(image).isAbsolute() ? image : base + image);
    // Lexically inside: "../x" and "/etc/x" are not; a link inside pointing out is caught where
    // the file is opened (CatalogStore::importCatalog).
    if (!path.startsWith(base) || path.size() <= base.size())
        return std::nullopt;
    return path;
}

Result<Catalog> parseCatalog(const QByteArray &json, const QString &fileName, const QString &baseDir)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(Error::Code::BadFile, u"%1:%2: %3"_s.arg(fileName)
                                                   .arg(lineAt(json, parseError.offset))
                                                   .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return makeError(Error::Code::BadFile, u"%1: %2"_s.arg(fileName, Tr::tr("the file is not a JSON object")));
    Parser parser(fileName, baseDir, itemStartLines(json));
    return parser.parse(document.object());
}

Result<Catalog> loadCatalogFile(const QString &path)
{
    auto bytes = readFileLimited(path, kMaxCatalogFileBytes, Tr::tr("a catalog file"));
    if (!bytes)
        return bytes.error();
    const QFileInfo info(path);
    return parseCatalog(*bytes, info.fileName(), info.absolutePath());
}

} // namespace PumpStudio::Catalog
