// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalog/vocabulary.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Catalog::Vocabulary {

namespace {

const QHash<QString, QStringList> &headTubing()
{
    static const QHash<QString, QStringList> table{
        {u"head-yz15"_s, {u"tube-13"_s, u"tube-14"_s, u"tube-19"_s, u"tube-16"_s, u"tube-25"_s, u"tube-17"_s}},
        {u"head-yz25"_s, {u"tube-15"_s, u"tube-24"_s, u"tube-18"_s}},
        {u"head-ls-easyload"_s, {u"tube-13"_s, u"tube-14"_s, u"tube-16"_s, u"tube-25"_s, u"tube-17"_s, u"tube-18"_s}},
        {u"head-icc-cartridge"_s,
         {u"tube-3stop-0.25"_s, u"tube-3stop-0.51"_s, u"tube-3stop-1.02"_s, u"tube-3stop-1.52"_s, u"tube-3stop-2.06"_s,
          u"tube-3stop-2.79"_s}},
        {u"head-kamoer-kcs"_s, {u"tube-kcs-1x3"_s, u"tube-kcs-2x4"_s}},
    };
    return table;
}

const QHash<QString, QStringList> &modelHeads()
{
    static const QHash<QString, QStringList> table{
        {u"reglo-icc"_s, {u"head-icc-cartridge"_s}},
        {u"longer-bt100-2j"_s, {u"head-yz15"_s}},
        {u"longer-wt600-2j"_s, {u"head-yz15"_s, u"head-yz25"_s}},
        {u"leadfluid-bt100s"_s, {u"head-yz15"_s, u"head-yz25"_s}},
        {u"kamoer-2802"_s, {u"head-kamoer-kcs"_s}},
        {u"masterflex-ls-legacy"_s, {u"head-ls-easyload"_s}},
        {u"masterflex-ls-serialcomms"_s, {u"head-ls-easyload"_s}},
    };
    return table;
}

} // namespace

const QStringList &categories()
{
    static const QStringList list{u"peristaltic-pump-head"_s, u"pump-head"_s, u"pp-pipe-joint"_s, u"capsule-filter"_s,
                                  u"refill-ink-bottle"_s, u"tubing"_s, u"accessory"_s};
    return list;
}

const QStringList &applications()
{
    static const QStringList list{u"medicine"_s, u"laboratory"_s, u"environmental"_s, u"gas-analysis"_s};
    return list;
}

const QStringList &models()
{
    static const QStringList list{u"reglo-icc"_s, u"longer-bt100-2j"_s, u"longer-wt600-2j"_s, u"leadfluid-bt100s"_s,
                                  u"kamoer-2802"_s, u"ne-1000"_s, u"masterflex-ls-legacy"_s,
                                  u"masterflex-ls-serialcomms"_s, u"pressure-modbus"_s};
    return list;
}

const QStringList &heads()
{
    static const QStringList list{u"head-yz15"_s, u"head-yz25"_s, u"head-ls-easyload"_s, u"head-icc-cartridge"_s,
                                  u"head-kamoer-kcs"_s};
    return list;
}

const QStringList &tubing()
{
    static const QStringList list = [] {
        QStringList all;
        for (const QString &head : heads()) {
            for (const QString &tube : headTubing().value(head)) {
                if (!all.contains(tube))
                    all.append(tube);
            }
        }
        return all;
    }();
    return list;
}

QStringList tubingForHead(const QString &headId) { return headTubing().value(headId); }

QStringList headsForModel(const QString &modelId) { return modelHeads().value(modelId); }

LocalizedText categoryName(const QString &id)
{
    static const QHash<QString, LocalizedText> names{
        {u"peristaltic-pump-head"_s, {u"Peristaltic pump heads"_s, u"蠕动泵头"_s}},
        {u"pump-head"_s, {u"Pump heads"_s, u"泵头"_s}},
        {u"pp-pipe-joint"_s, {u"PP pipe joints"_s, u"PP 管接头"_s}},
        {u"capsule-filter"_s, {u"Capsule filters"_s, u"囊式过滤器"_s}},
        {u"refill-ink-bottle"_s, {u"Refill ink bottles"_s, u"补充墨水瓶"_s}},
        {u"tubing"_s, {u"Tubing"_s, u"软管"_s}},
        {u"accessory"_s, {u"Other accessories"_s, u"其他配件"_s}},
    };
    return names.value(id, LocalizedText{id, id});
}

LocalizedText applicationName(const QString &id)
{
    static const QHash<QString, LocalizedText> names{
        {u"medicine"_s, {u"Medicine"_s, u"医药"_s}},
        {u"laboratory"_s, {u"Laboratory"_s, u"实验室"_s}},
        {u"environmental"_s, {u"Environmental protection"_s, u"环保"_s}},
        {u"gas-analysis"_s, {u"Gas analysis"_s, u"气体分析"_s}},
    };
    return names.value(id, LocalizedText{id, id});
}

QStringList categoryKeywords(const QString &id)
{
    // The names a lab or a distributor's price list uses besides the catalog's own.
    static const QHash<QString, QStringList> words{
        {u"peristaltic-pump-head"_s, {u"peristaltic pump head"_s, u"蠕动泵泵头"_s, u"蠕动泵"_s}},
        {u"pump-head"_s, {u"diaphragm"_s, u"gear pump"_s}},
        {u"pp-pipe-joint"_s, {u"connector"_s, u"fitting"_s, u"接头"_s, u"管件"_s}},
        {u"capsule-filter"_s, {u"filter"_s, u"过滤器"_s, u"滤器"_s}},
        {u"refill-ink-bottle"_s, {u"ink"_s, u"bottle"_s, u"墨水"_s}},
        {u"tubing"_s, {u"pump tubing"_s, u"tube"_s, u"hose"_s, u"泵管"_s, u"管子"_s}},
        {u"accessory"_s, {u"accessories"_s, u"配件"_s}},
    };
    return words.value(id);
}

} // namespace PumpStudio::Catalog::Vocabulary
