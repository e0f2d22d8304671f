// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "catalog/cart.h"
#include "catalog/orderhistory.h"
#include "catalog/orderrequest.h"
#include "core/result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace PumpStudio {

class AppSettings;

/// The cart and the order request: lines with quantities, totals, customer details, export and send.
class CartPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CartPanel)

public:
    explicit CartPanel(AppSettings &settings, QWidget *parent = nullptr);

    /// The catalog prices and names come from; must outlive the panel or be replaced first.
    void setCatalog(const Catalog::Catalog *catalog, Catalog::Language language);
    void add(const QString &sku, int quantity);
    const Catalog::Cart &cart() const { return m_cart; }

    Catalog::CustomerDetails customer() const;
    Catalog::OrderRequest orderRequest() const;
    /// Export without dialogs (the buttons ask for a path first).
    Result<void> exportPdf(const QString &path);
    Result<void> exportCsv(const QString &path);

Q_SIGNALS:
    void cartChanged(int units);
    /// An order request was exported or handed to the mail client.
    void orderRequestMade(const Catalog::SentOrder &order);

private:
    void rebuild();
    void updateTotals();
    void save();
    void saveCustomer();
    void choosePdf();
    void chooseCsv();
    void send();
    bool customerComplete();
    void record(const Catalog::OrderRequest &order, const QString &how);

    AppSettings &m_settings;
    const Catalog::Catalog *m_catalog = nullptr;
    Catalog::Language m_language = Catalog::Language::English;
    Catalog::Cart m_cart;
    QTableWidget *m_table = nullptr;
    QLabel *m_totals = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_contact = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_email = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLineEdit *m_recipient = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace PumpStudio
