// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "catalogdetailpane.h"

#include "catalogtablemodel.h"

#include "catalog/cart.h"
#include "models/modelregistry.h"

#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

using namespace Catalog;

namespace {

QString number(double value, const QString &unit)
{
    return QLocale().toString(value, 'g', 6) + QChar(u' ') + unit;
}

// "tube-16" -> "16#", "tube-3stop-1.52" -> "3-stop 1.52 mm", "head-yz15" -> "YZ15": ids as people know them.
QString partName(QString id)
{
    if (id.startsWith(u"tube-3stop-"_s))
        return CatalogDetailPane::tr("3-stop %1 mm").arg(id.mid(11));
    if (id.startsWith(u"tube-kcs-"_s))
        return id.mid(9) + u" mm"_s;
    if (id.startsWith(u"tube-"_s))
        return id.mid(5) + u'#';
    if (id.startsWith(u"head-"_s))
        return id.mid(5).toUpper().replace(u'-', u' ');
    return id;
}

QString fallbackImage(const QString &category) { return u":/catalog/images/%1.svg"_s.arg(category); }

} // namespace

CatalogDetailPane::CatalogDetailPane(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("Select an item to see its details."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    outer->addWidget(m_empty);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(m_scroll);
    m_scroll->setWidget(m_content);
    outer->addWidget(m_scroll);
    auto *layout = new QVBoxLayout(m_content);

    m_image = new QLabel(m_content);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumHeight(180);
    layout->addWidget(m_image);

    m_name = new QLabel(m_content);
    QFont heading = m_name->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.35);
    heading.setBold(true);
    m_name->setFont(heading);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_name);

    auto *skuRow = new QHBoxLayout;
    m_skuLabel = new QLabel(m_content);
    m_skuLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    skuRow->addWidget(m_skuLabel);
    m_badge = new QLabel(m_content);
    skuRow->addWidget(m_badge);
    skuRow->addStretch();
    layout->addLayout(skuRow);

    m_description = new QLabel(m_content);
    m_description->setWordWrap(true);
    layout->addWidget(m_description);

    auto *specsTitle = new QLabel(u"<b>%1</b>"_s.arg(tr("Specifications")), m_content);
    layout->addWidget(specsTitle);
    m_specs = new QFormLayout;
    m_specs->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_specs);

    m_applications = new QLabel(m_content);
    m_applications->setWordWrap(true);
    layout->addWidget(m_applications);
    m_compatibility = new QLabel(m_content);
    m_compatibility->setWordWrap(true);
    m_compatibility->setTextFormat(Qt::RichText);
    layout->addWidget(m_compatibility);

    m_price = new QLabel(m_content);
    QFont priceFont = m_price->font();
    priceFont.setBold(true);
    priceFont.setPointSizeF(priceFont.pointSizeF() * 1.15);
    m_price->setFont(priceFont);
    m_price->setWordWrap(true);
    layout->addWidget(m_price);

    auto *orderRow = new QHBoxLayout;
    auto *quantityLabel = new QLabel(tr("&Quantity:"), m_content);
    m_quantity = new QSpinBox(m_content);
    m_quantity->setRange(1, Cart::kMaxQuantity);
    quantityLabel->setBuddy(m_quantity);
    m_add = new QPushButton(tr("&Add to cart"), m_content);
    m_add->setObjectName(u"addToCart"_s);
    orderRow->addWidget(quantityLabel);
    orderRow->addWidget(m_quantity);
    orderRow->addWidget(m_add);
    orderRow->addStretch();
    layout->addLayout(orderRow);
    layout->addStretch();

    connect(m_add, &QPushButton::clicked, this, [this] {
        if (!m_sku.isEmpty())
            Q_EMIT addToCartRequested(m_sku, m_quantity->value());
    });
    showItem(nullptr, Language::English, std::nullopt);
}

QString CatalogDetailPane::modelNames(const QStringList &ids) const
{
    QStringList names;
    for (const QString &id : ids)
        names << (m_models ? m_models->displayName(id) : id);
    return names.join(tr(", "));
}

QString CatalogDetailPane::partNames(const QStringList &ids) const
{
    QStringList names;
    for (const QString &id : ids) {
        // The model files' name where one has this part ("Tubing size 16", "16# 软管").
        const bool known = m_models && std::any_of(m_models->models().begin(), m_models->models().end(), [&id](const Models::PumpModel &m) {
            for (const Models::HeadOption &h : m.heads) {
                if (h.id == id || std::any_of(h.tubing.begin(), h.tubing.end(), [&id](const Models::TubingOption &t) { return t.id == id; }))
                    return true;
            }
            return false;
        });
        names << (known ? m_models->partName({}, id) : partName(id));
    }
    return names.join(tr(", "));
}

QString CatalogDetailPane::compatibilityText() const
{
    QString text = m_compatibility->text();
    text.replace(u"<br>"_s, u"\n"_s);
    text.remove(QRegularExpression(u"<[^>]*>"_s));
    return text;
}

void CatalogDetailPane::showItem(const CatalogItem *item, Language language, const std::optional<ReorderHint> &hint)
{
    m_empty->setVisible(!item);
    m_scroll->setVisible(item != nullptr);
    m_sku = item ? item->sku : QString();
    if (!item)
        return;

    const QString image = !item->image.isEmpty() && QFile::exists(item->image) ? item->image : fallbackImage(item->category);
    m_image->setPixmap(QIcon(image).pixmap(QSize(240, 180), devicePixelRatioF()));
    m_name->setText(item->name.text(language));
    m_skuLabel->setText(tr("SKU %1 · %2").arg(item->sku, CatalogTableModel::categoryName(item->category)));
    if (hint) {
        const bool overdue = hint->severity == ReorderHint::Severity::Overdue;
        m_badge->setText(u" %1 "_s.arg(CatalogTableModel::hintText(*hint)));
        m_badge->setStyleSheet(overdue ? u"background:#fde0dc;color:#b71c1c;border-radius:4px;font-weight:bold;"_s
                                       : u"background:#fff0c2;color:#8a5a00;border-radius:4px;font-weight:bold;"_s);
        m_badge->setToolTip(tr("A pump (%1) has run %2 h of this part's %3 h service life.")
                                .arg(hint->modelId, QLocale().toString(hint->hours, 'f', 0),
                                     QLocale().toString(hint->lifeHours, 'f', 0)));
    }
    m_badge->setVisible(hint.has_value());
    m_description->setText(item->description.text(language));

    while (m_specs->rowCount() > 0)
        m_specs->removeRow(0);
    const auto addSpec = [this](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        auto *valueLabel = new QLabel(value, m_content);
        valueLabel->setWordWrap(true);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_specs->addRow(label, valueLabel);
    };
    const Specs &specs = item->specs;
    addSpec(tr("Material:"), specs.material.text(language));
    addSpec(tr("Connection:"), specs.connection.text(language));
    if (specs.innerDiameterMm)
        addSpec(tr("Tubing inner diameter:"), number(*specs.innerDiameterMm, tr("mm")));
    if (specs.outerDiameterMm)
        addSpec(tr("Tubing outer diameter:"), number(*specs.outerDiameterMm, tr("mm")));
    if (specs.poreSizeUm)
        addSpec(tr("Pore size:"), number(*specs.poreSizeUm, tr("µm")));
    if (specs.filterAreaCm2)
        addSpec(tr("Filter area:"), number(*specs.filterAreaCm2, tr("cm²")));
    if (specs.capacityMl)
        addSpec(tr("Capacity:"), number(*specs.capacityMl, tr("mL")));
    if (specs.packSize)
        addSpec(tr("Pack:"), specs.packUnit == u"m"_s ? tr("%1 m").arg(*specs.packSize)
                                                     : tr("%n piece(s)", nullptr, *specs.packSize));
    if (item->serviceLifeHours)
        addSpec(tr("Service life:"), tr("about %1 pump hours").arg(QLocale().toString(*item->serviceLifeHours, 'f', 0)));

    QStringList applications;
    for (const QString &id : item->applications)
        applications << CatalogTableModel::applicationName(id);
    m_applications->setText(tr("<b>Applications:</b> %1").arg(applications.join(tr(", "))));

    QStringList compatibility;
    if (!item->compatibleModels.isEmpty())
        compatibility << tr("Pump models: %1").arg(modelNames(item->compatibleModels)).toHtmlEscaped();
    if (!item->compatibleHeads.isEmpty())
        compatibility << tr("Pump heads: %1").arg(partNames(item->compatibleHeads)).toHtmlEscaped();
    if (!item->compatibleTubing.isEmpty())
        compatibility << tr("Tubing: %1").arg(partNames(item->compatibleTubing)).toHtmlEscaped();
    if (compatibility.isEmpty())
        compatibility << tr("Not tied to a pump model.").toHtmlEscaped();
    m_compatibility->setText(u"<b>%1</b><br>%2"_s.arg(tr("Compatibility").toHtmlEscaped(), compatibility.join(u"<br>"_s)));

    const auto price = item->effectivePrice();
    QString priceText = price ? formatMoney(*price, QLocale()) : tr("Price on request");
    if (price && item->discountPercent && *item->discountPercent > 0)
        priceText += u"  "_s + tr("(%1% distributor discount)").arg(QLocale().toString(*item->discountPercent, 'g', 4));
    if (item->stock)
        priceText += u"  ·  "_s + (*item->stock > 0 ? tr("%n in stock", nullptr, *item->stock) : tr("out of stock"));
    m_price->setText(priceText);
    const bool outOfStock = item->stock && *item->stock <= 0;
    m_price->setStyleSheet(outOfStock ? u"color:#b71c1c;"_s : QString());
    m_add->setToolTip(outOfStock ? tr("The distributor has none in stock; you are asked before it goes into the cart.") : QString());
    m_quantity->setValue(1);
}

} // namespace PumpStudio
