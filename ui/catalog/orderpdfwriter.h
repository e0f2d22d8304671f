// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "catalog/orderrequest.h"
#include "core/result.h"

#include <QCoreApplication>

class QLocale;

namespace PumpStudio {

/// Writes an order request as a one-document quote request PDF with the supplier's details.
class OrderPdfWriter final
{
    Q_DECLARE_TR_FUNCTIONS(OrderPdfWriter)

public:
    /// The quote layout as HTML (what the PDF shows), in `language` for the data.
    static QString html(const Catalog::OrderRequest &order, Catalog::Language language, const QLocale &locale);
    /// Writes the PDF to `path`; the font carries Chinese glyphs so names in both languages are embedded.
    static Result<void> write(const Catalog::OrderRequest &order, Catalog::Language language, const QLocale &locale,
                              const QString &path);
};

} // namespace PumpStudio
