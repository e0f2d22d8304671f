// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/catalogfilter.h"

#include "catalog/vocabulary.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Catalog {

PumpFit pumpFit(const QStringList &models, const QStringList &heads, const QStringList &tubing)
{
    PumpFit fit;
    for (const QString &model : models) {
        if (!model.isEmpty())
            fit.models.insert(model);
    }
    for (const QString &head : heads) {
        if (head.isEmpty())
            continue;
        fit.heads.insert(head);
        // Other sizes for the same head fit too: users change tubing to change the flow range.
        for (const QString &tube : Vocabulary::tubingForHead(head))
            fit.tubing.insert(tube);
    }
    for (const QString &tube : tubing) {
        if (!tube.isEmpty())
            fit.tubing.insert(tube);
    }
    return fit;
}

QString searchText(const CatalogItem &item)
{
    QStringList parts{item.sku,          item.name.en,   item.name.zh,   item.description.en,
                      item.description.zh, item.specs.material.en, item.specs.material.zh,
                      item.specs.connection.en, item.specs.connection.zh, item.category};
    const auto number = [&parts](const std::optional<double> &value, const QString &unit) {
        if (value) {
            const QString text = QString::number(*value);
            parts << text << text + unit;
        }
    };
    // Numbers with and without their unit so "1.6" and "1.6mm" both find 1.6 mm tubing.
    number(item.specs.innerDiameterMm, u"mm"_s);
    number(item.specs.outerDiameterMm, u"mm"_s);
    number(item.specs.poreSizeUm, u"um"_s);
    number(item.specs.poreSizeUm, u"µm"_s);
    number(item.specs.filterAreaCm2, u"cm2"_s);
    number(item.specs.capacityMl, u"ml"_s);
    if (item.specs.innerDiameterMm && item.specs.outerDiameterMm)
        parts << u"%1x%2"_s.arg(*item.specs.innerDiameterMm).arg(*item.specs.outerDiameterMm);
    parts << item.compatibleHeads << item.compatibleTubing << item.compatibleModels << item.applications;
    // The category and applications as people name them, in both languages whatever the UI's.
    const LocalizedText category = Vocabulary::categoryName(item.category);
    parts << category.en << category.zh << Vocabulary::categoryKeywords(item.category);
    for (const QString &application : item.applications) {
        const LocalizedText name = Vocabulary::applicationName(application);
        parts << name.en << name.zh;
    }
    return parts.join(u'\n').toCaseFolded();
}

namespace {

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

} // namespace

QStringList searchWords(const QString &text)
{
    // Chinese is written without spaces, so each word is a substring test; a word that mixes
    // Latin letters or digits with Chinese ("YZ15泵头") is split where the script changes,
    // because the catalog writes a space there ("YZ15 型泵头").
    static const QRegularExpression whitespace(u"\\s+"_s);
    QStringList words;
    for (const QString &chunk : text.toCaseFolded().split(whitespace, Qt::SkipEmptyParts)) {
        qsizetype start = 0;
        for (qsizetype i = 1; i <= chunk.size(); ++i) {
            if (i == chunk.size() || isHan(chunk.at(i)) != isHan(chunk.at(i - 1))) {
                words.append(chunk.mid(start, i - start));
                start = i;
            }
        }
    }
    return words;
}

bool fits(const CatalogItem &item, const PumpFit &fit)
{
    const auto any = [](const QStringList &ids, const QSet<QString> &set) {
        return std::any_of(ids.begin(), ids.end(), [&set](const QString &id) { return set.contains(id); });
    };
    return any(item.compatibleModels, fit.models) || any(item.compatibleHeads, fit.heads)
        || any(item.compatibleTubing, fit.tubing);
}

bool matches(const CatalogItem &item, const QString &itemSearchText, const FilterCriteria &criteria)
{
    if (!criteria.category.isEmpty() && item.category != criteria.category)
        return false;
    if (!criteria.application.isEmpty() && !item.applications.contains(criteria.application))
        return false;
    if (criteria.fitsMyPumps && !fits(item, criteria.fit))
        return false;
    const QStringList words = searchWords(criteria.text);
    return std::all_of(words.begin(), words.end(),
                       [&itemSearchText](const QString &word) { return itemSearchText.contains(word); });
}

} // namespace PumpStudio::Catalog
