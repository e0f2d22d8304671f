// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "catalog/catalogtypes.h"
#include "catalog/reorderhints.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace PumpStudio::Models {
class ModelRegistry;
}

namespace PumpStudio {

/// One item in full: picture, specifications, compatibility, price, and "add to cart".
class CatalogDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogDetailPane)

public:
    explicit CatalogDetailPane(QWidget *parent = nullptr);

    /// Shows `item` (or an empty hint when null) in `language`, with its reorder hint if any.
    void showItem(const Catalog::CatalogItem *item, Catalog::Language language,
                  const std::optional<Catalog::ReorderHint> &hint);
    QString currentSku() const { return m_sku; }
    /// Names pump models, heads and tubing from the model files (in the UI's language) instead
    /// of by their ids; without it heads and tubing get short names and models their ids.
    void setModelRegistry(const Models::ModelRegistry *models) { m_models = models; }
    /// The compatibility lines as shown (plain text), for tests.
    QString compatibilityText() const;

Q_SIGNALS:
    void addToCartRequested(const QString &sku, int quantity);

private:
    QString modelNames(const QStringList &ids) const;
    QString partNames(const QStringList &ids) const;

    const Models::ModelRegistry *m_models = nullptr;
    QString m_sku;
    QLabel *m_empty = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_image = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_skuLabel = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_description = nullptr;
    QFormLayout *m_specs = nullptr;
    QLabel *m_applications = nullptr;
    QLabel *m_compatibility = nullptr;
    QLabel *m_price = nullptr;
    QSpinBox *m_quantity = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace PumpStudio
